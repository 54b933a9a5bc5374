package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new Upload, multi-select or date picker anywhere in the views gets its texts from {@link ComponentTexts}: else it
 * shows Vaadin's English on a Swedish page. ({@code ComponentTextsKT} checks the ones on screen; this catches the next
 * one added.)
 */
class ComponentTextsCoverageTest {

    private static final Pattern CREATED = Pattern.compile("new (Upload|MultiSelectComboBox|DatePicker|DateTimePicker)\\b[<(]");

    @Test
    void everyUploadMultiSelectAndDatePickerIsCreatedThroughComponentTexts() throws IOException {
        List<String> created = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = CREATED.matcher(lines.get(i));
                    while (matcher.find()) {
                        String where = file.getFileName() + ":" + (i + 1);
                        created.add(where);
                        String before = lines.get(i).substring(0, matcher.start());
                        if (!before.matches(".*ComponentTexts\\.\\w+\\($")) {
                            bare.add(where + " " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(created).as("the views do create such components").hasSizeGreaterThanOrEqualTo(14);
        assertThat(bare).as("created without ComponentTexts").isEmpty();
    }
}

package se.fou.oj.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class is named through an import, never by its full name in the code, so that a file's imports show everything it
 * depends on (comments and texts may name classes in full).
 */
class InlineQualifiedNamesTest {

    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.@\"])(?:[a-z][a-z0-9_]*\\.){2,}[A-Z]");
    private static final Pattern TEXT = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    @Test
    void productionCodeImportsWhatItUses() throws IOException {
        assertThat(inlineNames(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theCheckFindsAnInlineName() {
        assertThat(inlineNames("    java.util.List<String> names = new java.util.ArrayList<>();")).hasSize(2);
        assertThat(inlineNames("    // see java.util.List")).isEmpty();
        assertThat(inlineNames("    String s = \"se.fou.oj.Application\";")).isEmpty();
    }

    static List<String> inlineNames(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                boolean inComment = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (inComment) {
                        inComment = !line.contains("*/");
                        continue;
                    }
                    if (line.startsWith("/*")) {
                        inComment = !line.contains("*/");
                        continue;
                    }
                    if (!inlineNames(line).isEmpty()) {
                        found.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    private static List<String> inlineNames(String line) {
        String code = line.strip();
        if (code.startsWith("import ") || code.startsWith("package ") || code.startsWith("*") || code.startsWith("//")) {
            return List.of();
        }
        String masked = TEXT.matcher(code).replaceAll("\"\"");
        int comment = masked.indexOf("//");
        if (comment >= 0) {
            masked = masked.substring(0, comment);
        }
        return QUALIFIED.matcher(masked).results().map(r -> r.group()).toList();
    }
}

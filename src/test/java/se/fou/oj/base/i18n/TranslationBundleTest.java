package se.fou.oj.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.fou.oj.base.security.Role;
import se.fou.oj.cycle.Stage;

/** The Swedish and English bundles hold the same keys, and every key the code names exists. */
class TranslationBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern call = Pattern.compile("(?:getTranslation|messages\\.get|ImportProblem\\([^\"]*|@Menu\\([^)]*title = )\\(?\"([a-zA-Z][\\w.]*\\.[\\w.]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = call.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    /**
     * MessageFormat eats a single apostrophe in a message with arguments, and prints a doubled one literally in a
     * message without: both would show wrong on screen.
     */
    @Test
    void apostrophesAreWrittenForHowTheMessageIsFormatted() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String message = properties.getProperty(key);
                boolean hasArguments = message.matches("(?s).*\\{\\d.*");
                if (hasArguments) {
                    assertThat(message.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                } else {
                    assertThat(message).as(bundle + " " + key).doesNotContain("''");
                }
            }
        }
    }

    /** Keys built from an enum value ("role." + role, "stage." + stage, "start.lead." + role) exist for every value. */
    @Test
    void everyEnumValueHasItsKeys() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(keys).contains(role.labelKey(), "start.lead." + role.name());
        }
        for (Stage stage : Stage.values()) {
            assertThat(keys).contains(stage.labelKey());
        }
    }
}

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
 * Nothing in the application changes or deletes an audit entry: no main code updates or deletes {@code AUDIT_ENTRY}
 * through jOOQ, nor names the table in an UPDATE or DELETE of its own SQL. (The database refuses both anyway, see
 * {@code AuditAppendOnlyIT}; this catches the attempt before it ships.)
 */
class AuditLogIsAppendOnlyTest {

    /** jOOQ's update/delete of the generated table, and SQL text that updates, deletes from or truncates it. */
    private static final Pattern CHANGES_THE_LOG = Pattern.compile(
            "(?i)(\\b(update|delete|deleteFrom|truncate|mergeInto)\\s*\\(\\s*(Tables\\.)?AUDIT_ENTRY\\b)"
                    + "|(\\b(update|delete\\s+from|truncate(\\s+table)?)\\s+`?audit_entry\\b)");

    @Test
    void noMainCodeChangesOrDeletesAnAuditEntry() throws IOException {
        assertThat(offenders(Path.of("src/main"))).isEmpty();
    }

    @Test
    void theCheckFindsAnUpdateOrDeleteOfTheLog() {
        assertThat(changesTheLog("dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.DETAILS, \"x\").execute();")).isTrue();
        assertThat(changesTheLog("dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(1L)).execute();")).isTrue();
        assertThat(changesTheLog("dsl.delete(Tables.AUDIT_ENTRY).execute();")).isTrue();
        assertThat(changesTheLog("jdbc.update(\"DELETE FROM audit_entry WHERE id = ?\", id);")).isTrue();
        assertThat(changesTheLog("jdbc.execute(\"UPDATE audit_entry SET details = ''\");")).isTrue();
        assertThat(changesTheLog("jdbc.execute(\"TRUNCATE TABLE audit_entry\");")).isTrue();
        assertThat(changesTheLog("dsl.insertInto(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTOR, actor).execute();")).isFalse();
        assertThat(changesTheLog("dsl.selectFrom(AUDIT_ENTRY).fetch();")).isFalse();
    }

    private static boolean changesTheLog(String code) {
        return CHANGES_THE_LOG.matcher(code).find();
    }

    /**
     * Every line of Java and SQL under the root that changes the log. The migration that filled the then new columns
     * of existing entries (V22) ran before the log was made append-only and is not application code.
     */
    private static List<String> offenders(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (changesTheLog(lines.get(i))) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }
}

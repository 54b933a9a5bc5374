package se.fou.oj.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.text.MessageFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.fou.oj.base.ui.AuditChangeTexts;

/** Only changed fields are kept, read back from their JSON as written, and shown in words before → after. */
class AuditChangesTest {

    private enum Status { ONGOING, DONE }

    private static final Map<String, String> SWEDISH = Map.of(
            "audit.change", "{0}: {1} → {2}", "audit.change.hidden", "{0} ändrades", "audit.change.empty", "(tomt)",
            "audit.field.status", "Status", "audit.field.answer", "Svar på fråga {0}", "audit.field.password", "Lösenordet",
            "actionPlan.status.ONGOING", "Pågår", "actionPlan.status.DONE", "Klar");

    private static String text(String key, Object... args) {
        String pattern = SWEDISH.get(key);
        return pattern == null ? "!" + key + "!" : MessageFormat.format(pattern, args);
    }

    @Test
    void onlyFieldsThatChangedAreKeptAndBlankIsNoValue() {
        AuditChanges changes = AuditChanges.of()
                .field("same", "a", "a")
                .field("blank", "", null)
                .field("due", LocalDate.of(2021, 12, 31), LocalDate.of(2021, 6, 30))
                .field("at", LocalDateTime.of(2020, 1, 20, 9, 0), LocalDateTime.of(2020, 1, 21, 13, 30))
                .coded("status", Status.ONGOING, Status.DONE, "actionPlan.status.")
                .hidden("password");
        assertThat(changes.list()).containsExactly(
                new AuditChanges.Change("due", "2021-12-31", "2021-06-30", null, false),
                new AuditChanges.Change("at", "2020-01-20 09:00", "2020-01-21 13:30", null, false),
                new AuditChanges.Change("status", "ONGOING", "DONE", "actionPlan.status.", false),
                new AuditChanges.Change("password", null, null, null, true));
        assertThat(AuditChanges.fromJson(changes.toJson())).isEqualTo(changes.list());
        assertThat(AuditChanges.of().field("same", 1, 1).toJson()).isNull();
        assertThat(AuditChanges.fromJson("inte json")).isEmpty();
    }

    @Test
    void eachChangeReadsAsAFieldWithItsValueBeforeAndAfterInWords() {
        AuditChangeTexts texts = new AuditChangeTexts(AuditChangesTest::text);
        List<AuditChanges.Change> changes = AuditChanges.of()
                .coded("status", Status.ONGOING, Status.DONE, "actionPlan.status.")
                .field("answer:2", null, "Vi vet en del.")
                .field("okänt", "x", "y")
                .hidden("password").list();
        assertThat(texts.lines(changes)).isEqualTo("""
                Status: Pågår → Klar
                Svar på fråga 2: (tomt) → Vi vet en del.
                okänt: x → y
                Lösenordet ändrades""");
        assertThat(texts.line(AuditChanges.of().field("answer:1", "a".repeat(400), null).list().get(0)))
                .hasSize("Svar på fråga 1: ".length() + 300 + " → (tomt)".length());
    }
}

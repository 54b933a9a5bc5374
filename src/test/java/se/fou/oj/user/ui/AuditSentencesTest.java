package se.fou.oj.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.fou.oj.base.audit.AuditEntry;

/** Each kind of log line reads as a sentence in the page's language, with names and words instead of codes. */
class AuditSentencesTest {

    private static AuditSentences sentences(String bundle, Locale locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditSentencesTest.class.getResourceAsStream("/i18n/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new AuditSentences((key, args) -> properties.containsKey(key)
                ? new MessageFormat(properties.getProperty(key), locale).format(args) : "!" + key + "!",
                Map.of(3L, "Eva Kontaktperson", 4L, "Johan Kontaktperson"));
    }

    private static AuditEntry entry(String actor, String actorName, String action, String type, String subject, String details) {
        return new AuditEntry(1, LocalDateTime.of(2026, 3, 1, 9, 0), actor, action, type, "1", details, actorName, subject);
    }

    @Test
    void swedishSentencesNamePeopleAndThings() throws IOException {
        AuditSentences sv = sentences("messages.properties", Locale.forLanguageTag("sv"));
        assertThat(sv.sentence(entry("admin", "Anna Administratör", "STAGE", "cycle", "Ekonomiskt bistånd 2018",
                "QUALITY_ASSURANCE -> RESULTS_WORK")))
                .isEqualTo("Anna Administratör flyttade Ekonomiskt bistånd 2018 från Led 1: Kvalitetssäkring till Led 2: Resultatarbete");
        assertThat(sv.sentence(entry("fou", "Fredrik Uppföljare", "INVITE", "meeting", "Resultatmöte", "[3, 4]")))
                .isEqualTo("Fredrik Uppföljare bjöd in Eva Kontaktperson och Johan Kontaktperson till Resultatmöte");
        assertThat(sv.sentence(entry("system", null, "SUBMIT", "submission", "Ohälsa – Ekerö", "ekero")))
                .isEqualTo("Systemet skickade in svaret på Ohälsa – Ekerö");
        assertThat(sv.sentence(entry("fou", "Fredrik Uppföljare", "STATUS", "developmentArea", "Samverkan",
                "PROPOSED -> DROPPED: Ryms inte i år")))
                .isEqualTo("Fredrik Uppföljare ändrade utvecklingsområdet Samverkan från Föreslaget till Avstått – Ryms inte i år");
        assertThat(sv.sentence(entry("fou", "Fredrik Uppföljare", "ATTENDANCE", "meeting", "Resultatmöte",
                "Stina Sekreterare MINUTE_TAKER")))
                .isEqualTo("Fredrik Uppföljare förde in närvaro vid Resultatmöte: Stina Sekreterare – Sekreterare (FoU)");
        assertThat(sv.sentence(entry("fou", "Fredrik Uppföljare", "ATTENDANCE", "meeting", "Resultatmöte",
                "Karin Berg HEAD_OF_DEPARTMENT (frånvarande)")))
                .doesNotContain("HEAD_OF_DEPARTMENT").endsWith("Karin Berg – " + swedishFunction("HEAD_OF_DEPARTMENT") + ", frånvarande");
        assertThat(sv.sentence(entry("fou", "Fredrik Uppföljare", "SOMETHING_NEW", "cycle", "Ekonomiskt bistånd 2018", "x")))
                .as("an event without its own sentence still reads as one").isEqualTo("Fredrik Uppföljare ändrade Ekonomiskt bistånd 2018: x");
    }

    private static String swedishFunction(String code) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditSentencesTest.class.getResourceAsStream("/i18n/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.getProperty("meeting.function." + code);
    }

    @Test
    void englishSentencesInEnglish() throws IOException {
        AuditSentences en = sentences("messages_en.properties", Locale.ENGLISH);
        assertThat(en.sentence(entry("admin", "Anna Administratör", "STAGE", "cycle", "Ekonomiskt bistånd 2018",
                "QUALITY_ASSURANCE -> RESULTS_WORK")))
                .isEqualTo("Anna Administratör moved Ekonomiskt bistånd 2018 from Stage 1: Quality assurance to Stage 2: Working with the results");
        assertThat(en.sentence(entry("system", null, "PUBLISH", "compilation", "Ekonomiskt bistånd 2018", "Version 2 publicerad")))
                .isEqualTo("The system published the compilation for Ekonomiskt bistånd 2018 (version 2)");
    }
}

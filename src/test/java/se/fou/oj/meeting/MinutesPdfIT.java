package se.fou.oj.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.cycle.Cycle;

/**
 * The minutes read as a Swedish protokoll: A4 portrait, and the first page gives the kind and cycle, time and place,
 * who attended, the agenda as § 1, § 2 …; the end has the reviewers' signature lines (Justeras).
 */
class MinutesPdfIT extends IntegrationTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    private static String text(PDDocument document, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theApprovedResultMeetingMinutesAreAPortraitProtokoll() throws Exception {
        loginAs("fou");
        Meeting result = meetings.meetingsOfCycle(testData.demoCycle().id()).stream()
                .filter(m -> m.kind() == MeetingKind.RESULT_MEETING).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        minutes.writeMinutesPdf(result.id(), out);
        // Kept for looking at, as the other demo PDFs are
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/protokoll-resultatmote-demo.pdf"), out.toByteArray());
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isLessThan(page.getMediaBox().getHeight());
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, Offset.offset(1f));
            }
            String first = text(document, 1, 1);
            assertThat(first).contains("Protokoll: Resultatmöte – Ekonomiskt bistånd 2018", "Resultatmöte",
                    "Ekonomiskt bistånd 2018", "Tid tisdag 13 mars 2018 kl. 09.00–11.00", "Plats Sollentuna kommunhus",
                    "Ekerö Eva Kontaktperson – Förvaltningschef eller motsvarande; Erik Lindqvist – Medarbetare",
                    "Solna Sofia Kontaktperson", "FoU Annika Sakkunnig", "Sekreterare Stina Sekreterare",
                    "§ 1");
            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all).contains("§ 2", "Justeras", "Justeras Eva Kontaktperson Justerat 2018-03-16 13:45",
                    "Justeras Johan Kontaktperson Justerat 2018-03-19 08:50", "Protokollet är justerat av Eva Kontaktperson")
                    .doesNotContain("UTKAST");
            // Signature lines come last, after the approval
            assertThat(all.lastIndexOf("Justeras")).isGreaterThan(all.indexOf("Protokollet är justerat av"));
        }
    }

    @Test
    void aDraftIsAPortraitProtokollMarkedUtkastWithEmptySignatureLines() throws Exception {
        Cycle cycle = testData.newCycle();
        loginAs("fou");
        Meeting meeting = meetings.create(cycle.id(), new MeetingDraft(MeetingKind.QUALITY_ASSURANCE, "Utkast i stående",
                LocalDateTime.of(2026, 2, 10, 13, 0), "Solna stadshus", null, false, List.of(), null));
        minutes.addAttendance(meeting.id(), "Pia Plats", null, JobFunction.FOLLOW_UP_COORDINATOR, true);
        minutes.addAttendance(meeting.id(), "Olle Borta", null, JobFunction.GUEST, false);
        long ekero = ((AppUserPrincipal) userDetailsService.loadUserByUsername("ekero")).userId();
        minutes.setReviewers(meeting.id(), List.of(ekero));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        minutes.writeMinutesPdf(meeting.id(), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isLessThan(page.getMediaBox().getHeight());
            String first = text(document, 1, 1);
            assertThat(first).contains("UTKAST", "Plats Solna stadshus", "FoU Pia Plats", "Frånvarande Olle Borta (FoU)",
                    "§ 1");
            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all).contains("Justeras Eva Kontaktperson", "Protokollet är inte justerat");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Protokoll: Utkast i stående");
        }
    }
}

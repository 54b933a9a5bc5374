package se.fou.oj.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.ValidationException;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.cycle.Cycle;

class PaperServiceIT extends IntegrationTest {

    @Autowired
    PaperService papers;

    @Autowired
    MeetingService meetings;

    @Test
    void papersAreTheCompilationEarlierMinutesAndCheckedFiles() {
        Cycle demo = testData.demoCycle();
        loginAs("fou");
        long jarfalla = ((AppUserPrincipal) userDetailsService.loadUserByUsername("jarfalla")).userId();
        Meeting meeting = meetings.create(demo.id(), new MeetingDraft(MeetingKind.DECISION_MEETING, "Beslutsmöte",
                LocalDateTime.of(2018, 5, 15, 13, 0), "Solna", null, false, List.of(jarfalla), null));
        Meeting result = meetings.meetingsOfCycle(demo.id()).stream()
                .filter(m -> m.kind() == MeetingKind.RESULT_MEETING).findFirst().orElseThrow();

        papers.attachCompilation(meeting.id());
        papers.attachMinutes(meeting.id(), result.id());
        papers.upload(meeting.id(), "Underlag Ekerö.pdf", "%PDF-1.7\n%åäö\n".getBytes(StandardCharsets.UTF_8));
        papers.upload(meeting.id(), "statistik.csv", "kod;antal\n021;7\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> papers.upload(meeting.id(), "falsk.pdf", "inte alls en pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Filen falsk.pdf kan inte bifogas.");
        assertThatThrownBy(() -> papers.upload(meeting.id(), "program.exe", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> papers.upload(meeting.id(), "stor.pdf", new byte[PaperFiles.MAX_BYTES + 1]))
                .isInstanceOf(ValidationException.class).hasMessage("Filen är för stor. Största tillåtna storlek är 10 MB.");

        List<Paper> list = papers.papers(meeting.id());
        assertThat(list).extracting(Paper::title).containsExactly("Sammanställning Ekonomiskt bistånd 2018, version 1",
                "Protokoll: Resultatmöte – Ekonomiskt bistånd 2018, version 1", "Underlag Ekerö.pdf", "statistik.csv");

        loginAs("ekero");
        assertThatThrownBy(() -> papers.papers(meeting.id())).isInstanceOf(AccessDeniedException.class);
        loginAs("jarfalla");
        PaperService.Download compilation = papers.download(meeting.id(), list.get(0).id());
        assertThat(new String(compilation.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PaperService.Download csv = papers.download(meeting.id(), list.get(3).id());
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(new String(csv.content(), StandardCharsets.UTF_8)).contains("021;7");
        assertThatThrownBy(() -> papers.upload(meeting.id(), "egen.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

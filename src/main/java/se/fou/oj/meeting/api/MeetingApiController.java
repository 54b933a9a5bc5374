package se.fou.oj.meeting.api;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.fou.oj.base.api.PdfResponses;
import se.fou.oj.meeting.Meeting;
import se.fou.oj.meeting.MeetingService;
import se.fou.oj.meeting.MinutesService;

/** Meetings, their calendar files and minutes, with the same access rules as the screens. */
@RestController
@RequestMapping("/api/v1")
public class MeetingApiController {

    private final MeetingService meetingService;
    private final MinutesService minutesService;
    private final Clock clock;

    MeetingApiController(MeetingService meetingService, MinutesService minutesService, Clock clock) {
        this.clock = clock;
        this.meetingService = meetingService;
        this.minutesService = minutesService;
    }

    public record MeetingDto(long id, String kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                             String place, String videoLink, String status, String minutesStatus, int minutesVersion) {
    }

    @GetMapping("/cycles/{cycleId}/meetings")
    @Operation(summary = "Cykelns möten som användaren får se (tider i Europe/Stockholm)")
    public List<MeetingDto> meetings(@PathVariable long cycleId) {
        return meetingService.meetingsOfCycle(cycleId).stream().map(this::toDto).toList();
    }

    @GetMapping(value = "/meetings/{id}.ics", produces = "text/calendar")
    @Operation(summary = "Mötet som kalenderfil (RFC 5545); samma UID när mötet flyttas eller ställs in")
    public ResponseEntity<byte[]> calendar(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mote-" + id + ".ics\"")
                .body(meetingService.calendarFile(id).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/meetings/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Protokollet som PDF: den justerade versionen, annars utkastet märkt UTKAST")
    public ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return PdfResponses.inline("protokoll-" + id + ".pdf", out -> minutesService.writeMinutesPdf(id, out));
    }

    private MeetingDto toDto(Meeting m) {
        return new MeetingDto(m.id(), m.kind().name(), m.title(), m.startsAt(), m.endsAt(), m.place(), m.videoLink(),
                m.shownStatus(LocalDateTime.now(clock)).name(), m.minutesStatus().name(), m.minutesVersion());
    }
}

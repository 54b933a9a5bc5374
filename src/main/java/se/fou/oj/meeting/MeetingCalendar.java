package se.fou.oj.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;
import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A meeting as an RFC 5545 calendar file. The UID is stable for the meeting, so a moved meeting updates the same
 * calendar entry (its SEQUENCE rises) and a cancelled one cancels it (METHOD:CANCEL, STATUS:CANCELLED).
 */
public final class MeetingCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private MeetingCalendar() {
    }

    public static String uid(long meetingId) {
        return "meeting-" + meetingId + "@fou-nordvast.se";
    }

    /**
     * Europe/Stockholm's rules since 1996 (CEST from the last Sunday of March to the last Sunday of October). ical4j's
     * bundled zone data names Stockholm an alias of Berlin, which would put TZID:Europe/Berlin in the file; calendars
     * should see the meeting's own zone.
     */
    private static final String STOCKHOLM = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FoU//SV",
            "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "X-LIC-LOCATION:Europe/Stockholm",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "END:VCALENDAR", "");

    private static VTimeZone stockholm() {
        try {
            return (VTimeZone) new CalendarBuilder().build(new StringReader(STOCKHOLM)).getComponents("VTIMEZONE").get(0);
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("Tidszonen Europe/Stockholm kunde inte läsas", e);
        }
    }

    public static String ics(Meeting meeting) {
        ZonedDateTime start = meeting.startsAt().atZone(ZONE);
        ZonedDateTime end = meeting.endsAt().atZone(ZONE);
        VEvent event = new VEvent(start, end, meeting.title());
        event.add(new Uid(uid(meeting.id())));
        event.add(new Sequence(meeting.calendarSequence()));
        String where = meeting.place() == null ? meeting.videoLink() : meeting.place()
                + (meeting.videoLink() == null ? "" : " / " + meeting.videoLink());
        if (where != null) {
            event.add(new Location(where));
        }
        event.add(new Description(meeting.cycleTitle() + "\n\nDagordning:\n" + meeting.agenda().stream()
                .map(item -> item.position() + ". " + item.title()
                        + (item.presenter() == null ? "" : " (" + item.presenter() + ")"))
                .collect(Collectors.joining("\n"))));
        boolean cancelled = meeting.status() == Meeting.Status.CANCELLED;
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar()
                .add(new ProdId("-//FoU Nordväst//Öppna jämförelser//SV"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar = calendar.add(stockholm());
        calendar = calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

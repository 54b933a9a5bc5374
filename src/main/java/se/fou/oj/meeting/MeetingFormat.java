package se.fou.oj.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a meeting's time is written in Swedish: "tisdag 13 mars 2018 kl. 09.00–11.00". */
public final class MeetingFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private MeetingFormat() {
    }

    public static String when(Meeting meeting) {
        return DAY.format(meeting.startsAt()) + " kl. " + TIME.format(meeting.startsAt()) + "–" + TIME.format(meeting.endsAt());
    }
}

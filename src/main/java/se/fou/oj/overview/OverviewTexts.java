package se.fou.oj.overview;

import java.time.format.DateTimeFormatter;

/**
 * The overview's words that the screen and the PDF share, so both say the same: a milestone, a follow-up, a
 * municipality's progress. Takes the translation lookup of the caller (the screen's locale, the PDF's Swedish).
 */
public final class OverviewTexts {

    /** A meeting's day and time as the overview prints it. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A translation lookup: key and arguments to text. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private OverviewTexts() {
    }

    /** "2020-06-30 Rutinen klar", marked when its date has passed, or that every milestone is reached. */
    public static String milestone(Overview.Milestone milestone, Texts texts) {
        if (milestone == null) {
            return texts.get("overview.nextMilestone.none");
        }
        return texts.get(milestone.passed() ? "overview.nextMilestone.passed" : "overview.nextMilestone.line",
                milestone.dueOn().toString(), milestone.title());
    }

    /** "Uppföljning 2: möte 2026-12-10" or "…: svar senast 2026-12-01", or that none is planned. */
    public static String followUp(Overview.NextFollowUp next, Texts texts) {
        if (next == null) {
            return texts.get("overview.nextFollowUp.none");
        }
        return texts.get(next.meeting() ? "overview.nextFollowUp.meeting" : "overview.nextFollowUp.deadline", next.title(),
                next.on().toString());
    }

    /**
     * Who is late with a request: the names, or "Ingen"; for a reader who sees only her own municipality (a contact,
     * {@code submitted} null) "Ekerö är inte sen" rather than "Ingen", which would speak for the others too.
     */
    public static String late(Overview.RequestRow request, String ownMunicipalityName, Texts texts) {
        if (!request.late().isEmpty()) {
            return String.join(", ", request.late());
        }
        return request.submitted() == null && ownMunicipalityName != null
                ? texts.get("overview.late.notOwn", ownMunicipalityName) : texts.get("overview.late.none");
    }

    /** "Ekerö: 3 av 5 klara – 60 %, 2 försenade", or that nothing counts yet. */
    public static String progress(Overview.Progress p, Texts texts) {
        String words = p.counted() == 0 ? texts.get("overview.progress.empty", p.municipalityName())
                : texts.get("overview.progress.line", p.municipalityName(), p.done(), p.counted(), p.shareText());
        return p.overdue() > 0 ? words + ", " + texts.get("overview.progress.overdue", p.overdue()) : words;
    }
}

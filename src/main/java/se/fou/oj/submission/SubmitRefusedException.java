package se.fou.oj.submission;

import java.util.List;
import se.fou.oj.base.ValidationException;

/**
 * A submit that was refused although the draft was saved: unlike other {@link ValidationException}s, the answers and
 * figures sent with it <b>are</b> stored (as a draft, in {@link #draft()}), and the message says so. Nothing typed is
 * lost; only the submitting waits for what the message asks (an explanation of the breakdowns that do not sum, or an
 * answer to at least one question).
 */
public class SubmitRefusedException extends ValidationException {

    private final transient Submission draft;
    private final List<StatisticsTable.Mismatch> mismatches;

    public SubmitRefusedException(String message, Submission draft, List<StatisticsTable.Mismatch> mismatches) {
        super(message);
        this.draft = draft;
        this.mismatches = List.copyOf(mismatches);
    }

    /** The draft as saved, with its new version. */
    public Submission draft() {
        return draft;
    }

    /** The breakdowns that do not sum, when that is why the submit was refused; else empty. */
    public List<StatisticsTable.Mismatch> mismatches() {
        return mismatches;
    }
}

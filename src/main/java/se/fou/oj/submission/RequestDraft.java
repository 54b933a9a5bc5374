package se.fou.oj.submission;

import java.time.LocalDate;
import java.util.List;

/**
 * What FoU writes when sending a request: instructions, the questions, the deadline, and optionally a statistics
 * table in the text form of {@link StatisticsTable#parse}.
 */
public record RequestDraft(String title, String instructions, List<String> questions, LocalDate deadline,
                           Long developmentAreaId, String statisticsRows, String statisticsBreakdowns) {

    /** A request without a statistics table. */
    public RequestDraft(String title, String instructions, List<String> questions, LocalDate deadline, Long developmentAreaId) {
        this(title, instructions, questions, deadline, developmentAreaId, null, null);
    }
}

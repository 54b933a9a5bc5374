package se.fou.oj.submission;

import java.time.LocalDate;
import java.util.List;

/** What FoU writes when sending a request: instructions, the questions, the deadline. */
public record RequestDraft(String title, String instructions, List<String> questions, LocalDate deadline,
                           Long developmentAreaId) {
}

package se.fou.oj.developmentarea;

import java.util.List;

/** What is typed when a development area is entered. */
public record DevelopmentAreaDraft(String title, String need, String alreadyKnown, List<String> indicatorCodes,
                                   Long meetingId) {
}

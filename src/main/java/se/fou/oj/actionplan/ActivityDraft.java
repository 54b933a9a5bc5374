package se.fou.oj.actionplan;

import java.time.LocalDate;

/** An activity as its plan's owner enters it; a null status is "not started", "dropped" needs a reason. */
public record ActivityDraft(String what, String responsiblePerson, LocalDate startsOn, LocalDate dueOn,
                            ActivityStatus status, String dropReason) {
}

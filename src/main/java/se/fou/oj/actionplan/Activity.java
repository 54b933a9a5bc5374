package se.fou.oj.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * One activity of an action plan: what, who is responsible, when, and where it stands. {@code municipalityId} is null
 * for the region's/FoU's own plan. {@code fromDecidedPlan} tells an activity seeded from the decided plan's split of
 * responsibility from one the plan's owner added. Overdue: due before today (the app's clock) and neither done nor
 * dropped.
 */
public record Activity(long id, long planId, long developmentAreaId, Long municipalityId, String municipalityName,
                       String what, String responsiblePerson, LocalDate startsOn, LocalDate dueOn, ActivityStatus status,
                       String dropReason, boolean overdue, boolean fromDecidedPlan, List<Note> notes) {
}

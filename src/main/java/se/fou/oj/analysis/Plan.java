package se.fou.oj.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan of an improvement area: start and end (commonly two years), milestones with dates, and the split of
 * responsibility between the municipalities and FoU. FoU proposes it; the social chiefs' decision approves it whole.
 */
public record Plan(LocalDate startsOn, LocalDate endsOn, List<Milestone> milestones, List<Responsibility> responsibilities) {

    public static final Plan EMPTY = new Plan(null, null, List.of(), List.of());

    public record Milestone(LocalDate dueOn, String title) {
    }

    /** Who does what: one municipality, all municipalities, or FoU. */
    public record Responsibility(Responsible responsible, Long municipalityId, String municipalityName, String task) {

        /** Whether the row concerns the given municipality: its own rows and those of all municipalities. */
        public boolean concerns(Long ownMunicipalityId) {
            return responsible == Responsible.ALL_MUNICIPALITIES
                    || (responsible == Responsible.MUNICIPALITY && municipalityId != null && municipalityId.equals(ownMunicipalityId));
        }
    }

    public enum Responsible {
        MUNICIPALITY, ALL_MUNICIPALITIES, FOU
    }

    /** A plan the social chiefs can decide on: a period and at least one responsibility. */
    public boolean complete() {
        return startsOn != null && endsOn != null && !responsibilities.isEmpty();
    }
}

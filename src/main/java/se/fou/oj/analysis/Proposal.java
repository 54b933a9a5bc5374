package se.fou.oj.analysis;

/** A proposed improvement area of a report version: the development area, why, and the plan FoU proposes. */
public record Proposal(long id, long reportId, long developmentAreaId, String areaTitle, String motivation, Plan plan) {
}

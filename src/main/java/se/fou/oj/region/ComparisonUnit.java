package se.fou.oj.region;

/** A unit the region compares itself with in the reports: Stockholm, Riket. */
public record ComparisonUnit(long id, String code, String name) {
}

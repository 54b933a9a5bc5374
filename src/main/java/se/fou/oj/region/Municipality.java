package se.fou.oj.region;

/** A municipality of the region, addressed outside the app by its four-digit municipal code (0125 = Ekerö). */
public record Municipality(long id, String code, String name, boolean active) {
}

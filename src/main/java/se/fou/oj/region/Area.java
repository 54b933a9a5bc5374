package se.fou.oj.region;

/** A verksamhetsområde of Öppna jämförelser, e.g. Ekonomiskt bistånd. */
public record Area(long id, String name, boolean active) {
}

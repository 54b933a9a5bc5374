package se.fou.oj.base.navigation;

/** An entry of a cycle's navigation that the current user may open: key, label's translation key and address. */
public record CycleLink(String key, String labelKey, String href) {
}

package se.fou.oj.base.navigation;

/**
 * One page of a cycle as its navigation lists it. Each feature contributes its own as a Spring bean, so that the
 * shared navigation knows every feature's rule without base depending on the features.
 */
public interface CycleSection {

    /** Stable key, also the tail of the entry's id: results, compilation, interpretations, meetings, ... */
    String key();

    /** Place in the navigation, smallest first. */
    int order();

    /** Translation key of the entry's label. */
    String labelKey();

    /** The page's address with the cycle id as {@code %d}, e.g. {@code cycles/%d/meetings}. */
    String routeTemplate();

    /** Whether the current user may open the page for this cycle: the same rule its view and service apply. */
    default boolean mayOpen(long cycleId) {
        return true;
    }
}

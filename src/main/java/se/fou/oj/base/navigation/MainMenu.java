package se.fou.oj.base.navigation;

/**
 * The side menu is built from the features' own {@code @Menu} annotations ({@code title} a translation key,
 * {@code icon} such as {@code "vaadin:home"}), so that the layout imports no feature. The order places an entry:
 * below {@link #ADMINISTRATION} at the top, before the cycles; from it on under "Administration". Only the pages the
 * user may open are listed (Vaadin checks each view's access annotation), so the group shows only to administrators.
 */
public final class MainMenu {

    /** The first order of the "Administration" group. */
    public static final double ADMINISTRATION = 100;

    private MainMenu() {
    }
}

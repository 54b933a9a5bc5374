package se.fou.oj.base.navigation;

/** A cycle page that every logged-in role may open (its service shows each role what is theirs). */
public abstract class SimpleCycleSection implements CycleSection {

    private final String key;
    private final int order;
    private final String labelKey;
    private final String routeTemplate;

    protected SimpleCycleSection(String key, int order, String labelKey, String routeTemplate) {
        this.key = key;
        this.order = order;
        this.labelKey = labelKey;
        this.routeTemplate = routeTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public String routeTemplate() {
        return routeTemplate;
    }
}

package se.fou.oj.base.security;

/** The four roles of the product. Municipal contacts and social chiefs belong to exactly one municipality. */
public enum Role {
    ADMIN,
    FOU,
    MUNICIPAL_CONTACT,
    SOCIAL_CHIEF;

    /** Role names for access annotations, which need compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String FOU_NAME = "FOU";
    public static final String MUNICIPAL_CONTACT_NAME = "MUNICIPAL_CONTACT";
    public static final String SOCIAL_CHIEF_NAME = "SOCIAL_CHIEF";

    public boolean belongsToMunicipality() {
        return this == MUNICIPAL_CONTACT || this == SOCIAL_CHIEF;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's Swedish/English name. */
    public String labelKey() {
        return "role." + name();
    }
}

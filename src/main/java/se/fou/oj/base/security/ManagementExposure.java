package se.fou.oj.base.security;

import java.util.Locale;

/**
 * Where the actuator's endpoints other than health are reachable ({@code app.management.exposure}):
 * <ul>
 * <li>{@link #ADMIN} (default): on the application's own port, only to administrators by HTTP Basic (401 without
 * credentials, 403 for anybody else); health is open.</li>
 * <li>{@link #PORT}: on a separate management port ({@code management.server.port}) without a login, which the
 * operators must firewall to their own network; the application's port then serves no actuator endpoint at all.</li>
 * </ul>
 */
public enum ManagementExposure {
    ADMIN,
    PORT;

    /**
     * The exposure the settings ask for, refusing a combination that would leave the endpoints open on the
     * application's port or unreachable: {@code port} needs a management port of its own.
     *
     * @param setting        {@code app.management.exposure} ({@code admin} when blank)
     * @param managementPort {@code management.server.port} (null when not set)
     * @param serverPort     {@code server.port}
     */
    public static ManagementExposure of(String setting, Integer managementPort, int serverPort) {
        String value = setting == null || setting.isBlank() ? "admin" : setting.strip().toLowerCase(Locale.ROOT);
        ManagementExposure exposure = switch (value) {
            case "admin" -> ADMIN;
            case "port" -> PORT;
            default -> throw new IllegalStateException("app.management.exposure must be 'admin' or 'port', not '"
                    + setting + "'");
        };
        boolean ownPort = managementPort != null && managementPort > 0 && managementPort != serverPort;
        if (exposure == PORT && !ownPort) {
            throw new IllegalStateException("app.management.exposure=port needs management.server.port set to a port"
                    + " other than the application's (server.port), firewalled to the operators' network");
        }
        if (exposure == ADMIN && managementPort != null && managementPort > 0 && managementPort != serverPort) {
            throw new IllegalStateException("management.server.port is set, so the actuator endpoints are on a port of"
                    + " their own: set app.management.exposure=port as well (and firewall that port)");
        }
        return exposure;
    }

    /** Whether the endpoints other than health need an administrator's login. */
    public boolean requiresAdministrator() {
        return this == ADMIN;
    }
}

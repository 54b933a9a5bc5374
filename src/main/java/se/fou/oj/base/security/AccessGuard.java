package se.fou.oj.base.security;

import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Authorization checks used by every service. A denial is logged with who tried what, then thrown as
 * {@link AccessDeniedException}: views show it as "no access", the API as 403.
 */
public final class AccessGuard {

    private static final Logger log = LoggerFactory.getLogger("se.fou.oj.security.denied");

    /** Told of every denial as it is made, to put it in the audit log (set by {@code base.audit.SecurityAudit}). */
    public interface DenialListener {
        void denied(AppUserPrincipal user, String action, String reason);
    }

    private static final DenialListener NOBODY = (user, action, reason) -> {
    };

    private static volatile DenialListener listener = NOBODY;

    private AccessGuard() {
    }

    /** Sets who is told of denials; null tells nobody. */
    public static void setDenialListener(DenialListener denialListener) {
        listener = denialListener == null ? NOBODY : denialListener;
    }

    /** The current user, who must hold one of the roles (ADMIN implies FOU). */
    public static AppUserPrincipal requireRole(String action, Role... roles) {
        AppUserPrincipal user = CurrentUser.require();
        if (Arrays.stream(roles).noneMatch(user::hasRole)) {
            throw deny(user, action, "role " + user.role() + " not in " + Arrays.toString(roles));
        }
        return user;
    }

    /**
     * The current user, who may read the given municipality's unpublished data: FoU and social chiefs always,
     * municipal contacts only their own municipality.
     */
    public static AppUserPrincipal requireMunicipalityAccess(String action, long municipalityId) {
        AppUserPrincipal user = CurrentUser.require();
        if (!user.seesWholeRegion() && !Objects.equals(user.municipalityId(), municipalityId)) {
            throw deny(user, action, "municipality " + municipalityId + " is not the user's own (" + user.municipalityCode() + ")");
        }
        return user;
    }

    public static AccessDeniedException deny(AppUserPrincipal user, String action, String reason) {
        log.warn("Access denied: user={} role={} action={} reason={}", user.username(), user.role(), action, reason);
        try {
            listener.denied(user, action, reason);
        } catch (RuntimeException e) {
            // A denial stays a denial (403, "no access") even when it cannot be recorded
            log.error("Access denial could not be recorded: user={} action={}", user.username(), action, e);
        }
        return new AccessDeniedException("Du har inte behörighet till detta.");
    }
}

package se.fou.oj.base.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.AccessGuard;
import se.fou.oj.base.security.AppUserPrincipal;

/**
 * Puts logins, failed logins and access denials in the audit log, each in a transaction of its own. Recording never
 * fails its caller: a login still logs in, and a denial is still a 403 or "no access", never a 500, when the log
 * cannot be written (the failure is logged).
 */
@Component
public class SecurityAudit {

    /** The kind of entry of a security event, in the log's "entity type" column. */
    public static final String LOGIN = "login";
    public static final String ACCESS = "access";

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

    private final AuditService audit;

    SecurityAudit(AuditService audit) {
        this.audit = audit;
    }

    @PostConstruct
    void listenToDenials() {
        AccessGuard.setDenialListener((user, action, reason) -> accessDenied(user, action, reason));
    }

    @PreDestroy
    void stopListening() {
        AccessGuard.setDenialListener(null);
    }

    public void loginSucceeded(String username, String displayName, String address) {
        write(username, displayName, "SUCCESS", LOGIN, username, displayName, address);
    }

    /** {@code reason} is what refused it: wrong password, locked, disabled ({@code LOCKED_NOW}, exception names). */
    public void loginFailed(String username, String address, String reason) {
        write(username, null, "FAILURE", LOGIN, username, username, address == null ? reason : reason + ", " + address);
    }

    /** A service's refusal ({@link AccessGuard}): who tried which action, and why not. */
    public void accessDenied(AppUserPrincipal user, String action, String reason) {
        write(user.username(), user.displayName(), "DENIED", ACCESS, null, action, reason);
    }

    /** A screen or an API path the user's role may not open, refused before any service ran. */
    public void pathDenied(AppUserPrincipal user, String path) {
        write(user == null ? null : user.username(), user == null ? null : user.displayName(), "DENIED", ACCESS, null,
                path, null);
    }

    private void write(String actor, String actorName, String action, String entityType, String entityId, String subject,
                       String details) {
        try {
            audit.recordSecurityEvent(actor, actorName, action, entityType, entityId, subject, details);
        } catch (RuntimeException e) {
            log.error("Security event could not be recorded in the audit log: {} {} by {}", entityType, action, actor, e);
        }
    }
}

package se.fou.oj.user;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.fou.oj.base.audit.SecurityAudit;
import se.fou.oj.base.security.AppUserPrincipal;

/**
 * Logs every login attempt (time, user, address, outcome) to the log and the database, counts wrong passwords
 * and locks an account for a while after too many in a row. Works for both the login form and the API's Basic auth.
 * The audit log gets every failed attempt and every login through the login form, but not each API call's Basic
 * authentication, which would bury the log under one line per request.
 */
@Component
class LoginAttemptRecorder {

    private static final Logger log = LoggerFactory.getLogger("se.fou.oj.security.login");

    private final UserRepository repository;
    private final LoginProperties properties;
    private final Clock clock;
    private final SecurityAudit securityAudit;

    LoginAttemptRecorder(UserRepository repository, LoginProperties properties, Clock clock, SecurityAudit securityAudit) {
        this.clock = clock;
        this.securityAudit = securityAudit;
        this.repository = repository;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String address = remoteAddress(event.getAuthentication());
        repository.resetFailures(username);
        repository.insertLoginAttempt(new LoginAttempt(LocalDateTime.now(clock), username, address, true, "SUCCESS"));
        log.info("Login succeeded: user={} address={}", username, address);
        if (!basicAuthenticatedCall()) {
            String name = event.getAuthentication().getPrincipal() instanceof AppUserPrincipal p ? p.displayName() : null;
            securityAudit.loginSucceeded(username, name, address);
        }
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = truncate(String.valueOf(event.getAuthentication().getName()));
        String address = remoteAddress(event.getAuthentication());
        String outcome = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            boolean locked = repository.registerFailure(username, properties.maxFailedAttempts(),
                    LocalDateTime.now(clock).plus(properties.lockDuration()));
            if (locked) {
                outcome = "LOCKED_NOW";
                log.warn("Account locked for {} after {} failed logins: user={} address={}",
                        properties.lockDuration(), properties.maxFailedAttempts(), username, address);
            }
        }
        repository.insertLoginAttempt(new LoginAttempt(LocalDateTime.now(clock), username, address, false, outcome));
        log.warn("Login failed: user={} address={} reason={}", username, address, outcome);
        securityAudit.loginFailed(username, address, outcome);
    }

    /**
     * Whether the login is a call's own Basic authentication: the API's (under /api/) or a metrics scraper's (under
     * /actuator/, every 15 seconds or so). Each call logs in again; the audit log, which keeps every entry for good,
     * records people logging in, not every call.
     */
    private static boolean basicAuthenticatedCall() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String path = attributes.getRequest().getRequestURI().substring(attributes.getRequest().getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static String truncate(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}

package se.fou.oj.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Brute-force protection: after {@code maxFailedAttempts} wrong passwords in a row the account is locked for
 * {@code lockDuration}, then opens again by itself (never permanently).
 */
@ConfigurationProperties(prefix = "app.login")
public record LoginProperties(Integer maxFailedAttempts, Duration lockDuration) {

    public LoginProperties {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}

package se.fou.oj.user;

import java.time.LocalDateTime;

public record LoginAttempt(LocalDateTime attemptedAt, String username, String remoteAddress, boolean success,
                           String outcome) {
}

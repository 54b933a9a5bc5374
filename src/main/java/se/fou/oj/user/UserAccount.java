package se.fou.oj.user;

import java.time.LocalDateTime;
import se.fou.oj.base.security.Role;

/** A user as the admin screens show it (never the password hash). */
public record UserAccount(long id, String username, String displayName, String email, Role role, Long municipalityId,
                          String municipalityName, boolean active, LocalDateTime lockedUntil) {

    UserAccount withMunicipalityName(String name) {
        return new UserAccount(id, username, displayName, email, role, municipalityId, name, active, lockedUntil);
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

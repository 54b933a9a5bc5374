package se.fou.oj.base.security;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as the services see it: role and, for municipal roles, the municipality. Carries no
 * password hash after authentication (Spring erases credentials).
 */
public record AppUserPrincipal(
        long userId,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        Long municipalityId,
        String municipalityCode,
        String municipalityName,
        boolean active,
        LocalDateTime lockedUntil) implements UserDetails {

    /** A principal for background work (demo data, scheduled jobs): administrator and FoU rights, attributable as "system". */
    public static AppUserPrincipal system() {
        return new AppUserPrincipal(0, "system", "System", "", Role.ADMIN, null, null, null, true, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (role == Role.ADMIN) {
            // Administrators also hold FoU rights so that one account can set up and run a cycle
            return List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()), new SimpleGrantedAuthority(Role.FOU.authority()));
        }
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    public boolean hasRole(Role wanted) {
        return role == wanted || (role == Role.ADMIN && wanted == Role.FOU);
    }

    /** FoU staff and administrators see every municipality's data at any time. */
    public boolean seesWholeRegion() {
        return hasRole(Role.FOU) || role == Role.SOCIAL_CHIEF;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** {@code lockedUntil} is set only while the lock holds: the user module drops a lock that ran out by the app's clock. */
    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + ", " + role + ", municipality=" + municipalityCode + "]";
    }
}

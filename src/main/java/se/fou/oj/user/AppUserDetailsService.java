package se.fou.oj.user;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.fou.oj.base.security.AppUserPrincipal;

/**
 * Loads users for form login (the screens) and HTTP Basic (the API). Spring Security then refuses deactivated
 * accounts ({@code isEnabled}) and accounts locked after failed attempts ({@code isAccountNonLocked}).
 */
@Service
public class AppUserDetailsService implements UserDetailsService {

    private final UserRepository repository;
    private final Clock clock;

    AppUserDetailsService(UserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.principalByUsername(username == null ? "" : username.trim())
                .map(this::withoutExpiredLock)
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
    }

    /** A lock that has run out by the app's clock is no lock ({@link AppUserPrincipal#isAccountNonLocked}). */
    private AppUserPrincipal withoutExpiredLock(AppUserPrincipal p) {
        if (p.lockedUntil() == null || p.lockedUntil().isAfter(LocalDateTime.now(clock))) {
            return p;
        }
        return new AppUserPrincipal(p.userId(), p.username(), p.displayName(), p.passwordHash(), p.role(), p.municipalityId(),
                p.municipalityCode(), p.municipalityName(), p.active(), null);
    }
}

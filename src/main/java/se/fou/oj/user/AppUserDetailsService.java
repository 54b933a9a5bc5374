package se.fou.oj.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.region.Municipality;
import se.fou.oj.region.RegionService;

/**
 * Loads users for form login (the screens) and HTTP Basic (the API). Spring Security then refuses deactivated
 * accounts ({@code isEnabled}) and accounts locked after failed attempts ({@code isAccountNonLocked}).
 */
@Service
public class AppUserDetailsService implements UserDetailsService {

    private final UserRepository repository;
    private final RegionService regionService;

    AppUserDetailsService(UserRepository repository, RegionService regionService) {
        this.repository = repository;
        this.regionService = regionService;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.principalByUsername(username == null ? "" : username.trim()).map(this::withMunicipality)
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
    }

    /** A contact's municipality (code and name) is region's: one look-up by the id the user keeps. */
    private AppUserPrincipal withMunicipality(AppUserPrincipal p) {
        if (p.municipalityId() == null) {
            return p;
        }
        Municipality m = regionService.municipalitiesById(Set.of(p.municipalityId())).get(p.municipalityId());
        return m == null ? p : new AppUserPrincipal(p.userId(), p.username(), p.displayName(), p.passwordHash(), p.role(),
                p.municipalityId(), m.code(), m.name(), p.active(), p.lockedUntil());
    }
}

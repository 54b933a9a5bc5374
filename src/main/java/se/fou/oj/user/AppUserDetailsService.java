package se.fou.oj.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for form login (the screens) and HTTP Basic (the API). Spring Security then refuses deactivated
 * accounts ({@code isEnabled}) and accounts locked after failed attempts ({@code isAccountNonLocked}).
 */
@Service
public class AppUserDetailsService implements UserDetailsService {

    private final UserRepository repository;

    AppUserDetailsService(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.principalByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
    }
}

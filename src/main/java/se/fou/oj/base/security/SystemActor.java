package se.fou.oj.base.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs background work (demo data, bootstrap, scheduled jobs) through the same services, as the "system" user. */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        AppUserPrincipal system = AppUserPrincipal.system();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}

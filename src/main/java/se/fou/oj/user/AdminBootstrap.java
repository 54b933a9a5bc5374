package se.fou.oj.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;

/**
 * On an empty production database nobody could log in to create the first user: when
 * {@code app.bootstrap-admin.username} and {@code .password} are set and no user exists, that administrator is created.
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService userService;
    private final Environment environment;

    AdminBootstrap(UserService userService, Environment environment) {
        this.userService = userService;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void createFirstAdmin() {
        String username = environment.getProperty("app.bootstrap-admin.username");
        String password = environment.getProperty("app.bootstrap-admin.password");
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password) || userService.anyUsers()) {
            return;
        }
        SystemActor.run(() -> userService.createUser(
                new UserDraft(username, "Administratör", null, Role.ADMIN, null, true, password)));
        log.info("Created the first administrator '{}'", username);
    }
}

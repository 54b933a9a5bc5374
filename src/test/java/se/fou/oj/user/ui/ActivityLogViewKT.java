package se.fou.oj.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.fou.oj.KaribuTest;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.start.ui.StartView;
import se.fou.oj.user.AppUserDetailsService;
import se.fou.oj.user.UserDraft;
import se.fou.oj.user.UserService;

class ActivityLogViewKT extends KaribuTest {

    @Autowired
    UserService userService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AppUserDetailsService details;

    @Test
    void everyUserChangesTheirOwnPasswordAndTheChangeIsLogged() {
        SystemActor.run(() -> userService.createUser(new UserDraft("byter.losen", "Byter Lösen", null, Role.SOCIAL_CHIEF,
                SystemActor.call(() -> userService.users().stream().filter(u -> u.username().equals("socialchef"))
                        .findFirst().orElseThrow().municipalityId()), true, "forsta-losen")));
        login("byter.losen");
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, s -> s.withId("change-password")));
        _get(PasswordField.class, s -> s.withId("password-current")).setValue("fel-losen");
        _get(PasswordField.class, s -> s.withId("password-new")).setValue("andra-losen");
        _get(PasswordField.class, s -> s.withId("password-repeat")).setValue("andra-losen");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(_get(Div.class, s -> s.withId("password-errors")).getText()).isEqualTo("Det nuvarande lösenordet stämmer inte.");

        _get(PasswordField.class, s -> s.withId("password-current")).setValue("forsta-losen");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(passwordEncoder.matches("andra-losen", details.loadUserByUsername("byter.losen").getPassword())).isTrue();

        login("admin");
        UI.getCurrent().navigate(ActivityLogView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> audit = _get(Grid.class, s -> s.withId("audit-grid"));
        assertThat(GridKt._size(audit)).isGreaterThan(10);
        assertThat(IntStream.range(0, Math.min(GridKt._size(audit), 20)).mapToObj(i -> GridKt._get(audit, i)))
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("byter.losen");
                    assertThat(e.details()).isEqualTo("Bytte sitt lösenord");
                });
    }
}

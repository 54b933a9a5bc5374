package se.fou.oj.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SecurityConfig;
import se.fou.oj.base.security.SystemActor;

class LoginIT extends IntegrationTest {

    @Autowired
    MockMvc mockMvc;


    @Autowired
    UserService userService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "fou", "ekero", "jarfalla", "socialchef"})
    void everyDemoRoleLogsInAndOut(String username) throws Exception {
        mockMvc.perform(formLogin("/login").user(username).password("demo1234"))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
        mockMvc.perform(logout()).andExpect(unauthenticated());
    }

    @Test
    void wrongPasswordIsRefusedAndSentBackToLogin() throws Exception {
        mockMvc.perform(formLogin("/login").user("fou").password("fel-lösen"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void passwordsAreBcryptWithCostAtLeastTen() {
        assertThat(SecurityConfig.BCRYPT_COST).isGreaterThanOrEqualTo(10);
        String hash = passwordEncoder.encode("ett-lösenord");
        assertThat(hash).startsWith("$2a$" + SecurityConfig.BCRYPT_COST + "$");
    }

    private HttpStatus apiStatus(String username, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(username, password, StandardCharsets.UTF_8);
        return HttpStatus.valueOf(rest.exchange("/api/v1/cycles", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value());
    }

    @Test
    void deactivatedUserCannotLogIn() throws Exception {
        UserAccount user = SystemActor.call(() -> userService.createUser(
                new UserDraft("avslutad.anstalld", "Avslutad Anställd", null, Role.FOU, null, true, "hemligt-1")));
        assertThat(apiStatus("avslutad.anstalld", "hemligt-1")).isEqualTo(HttpStatus.OK);
        SystemActor.run(() -> userService.updateUser(user.id(),
                new UserDraft("avslutad.anstalld", "Avslutad Anställd", null, Role.FOU, null, false, null)));
        assertThat(apiStatus("avslutad.anstalld", "hemligt-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
        mockMvc.perform(formLogin("/login").user("avslutad.anstalld").password("hemligt-1")).andExpect(unauthenticated());
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileAndEveryAttemptIsLogged() {
        UserAccount user = SystemActor.call(() -> userService.createUser(
                new UserDraft("glomsk", "Glömsk Användare", null, Role.MUNICIPAL_CONTACT,
                        SystemActor.call(() -> userService.users().stream().filter(u -> u.username().equals("ekero"))
                                .findFirst().orElseThrow().municipalityId()), true, "ratt-losen")));
        for (int i = 0; i < 3; i++) {
            assertThat(apiStatus("glomsk", "fel-losen")).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // Locked now: even the right password is refused until the lock runs out
        assertThat(apiStatus("glomsk", "ratt-losen")).isEqualTo(HttpStatus.UNAUTHORIZED);
        UserAccount locked = SystemActor.call(() -> userService.user(user.id()));
        assertThat(userService.isLocked(locked)).isTrue();
        assertThat(locked.lockedUntil()).isBefore(LocalDateTime.now().plusMinutes(11));

        var attempts = SystemActor.call(() -> userService.loginAttempts("glomsk", 10));
        assertThat(attempts).hasSize(4);
        assertThat(attempts.get(0).outcome()).isEqualTo("LockedException");
        assertThat(attempts.get(1).outcome()).isEqualTo("LOCKED_NOW");
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.success()).isFalse();
            assertThat(a.remoteAddress()).isEqualTo("127.0.0.1");
            assertThat(a.attemptedAt()).isNotNull();
        });

        SystemActor.run(() -> userService.unlock(user.id()));
        assertThat(apiStatus("glomsk", "ratt-losen")).isEqualTo(HttpStatus.OK);
        assertThat(SystemActor.call(() -> userService.loginAttempts("glomsk", 1)).get(0).success()).isTrue();
    }
}

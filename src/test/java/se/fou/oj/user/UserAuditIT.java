package se.fou.oj.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.fou.oj.IntegrationTest;
import se.fou.oj.base.audit.AuditChanges;
import se.fou.oj.base.audit.AuditEntry;
import se.fou.oj.base.audit.AuditFilter;
import se.fou.oj.base.audit.AuditService;
import se.fou.oj.base.security.Role;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.region.RegionService;

/**
 * The audit trail of users and of security: a changed user's fields before and after (never the password), logins
 * through the form, failed logins (form and API), denials by a service, by a screen's path and by the API; who may read
 * the log, and its filters by object, user and time.
 */
class UserAuditIT extends IntegrationTest {

    @Autowired
    UserService userService;

    @Autowired
    RegionService regionService;

    @Autowired
    AuditService audit;

    @Autowired
    MockMvc mockMvc;

    private UserAccount newContact(String username) {
        return SystemActor.call(() -> userService.createUser(new UserDraft(username, "Karin Kontakt", "karin@ekero.se",
                Role.MUNICIPAL_CONTACT, regionService.municipalityByCode("0125").orElseThrow().id(), true, "forsta-losen")));
    }

    /** The log's newest entries of one kind and object, read back through the service as FoU reads them. */
    private List<AuditEntry> entries(String entityType, String object) {
        loginAs("fou");
        return audit.page(new AuditFilter(null, entityType, object, null, null, null), 0, 20);
    }

    @Test
    void aChangedUserShowsEachChangedFieldBeforeAndAfterAndThePasswordOnlyAsChanged() {
        UserAccount karin = newContact("karin.audit");
        loginAs("admin");
        long solna = regionService.municipalityByCode("0184").orElseThrow().id();
        userService.updateUser(karin.id(), new UserDraft("karin.audit", "Karin Kontaktsdotter", "karin@solna.se",
                Role.SOCIAL_CHIEF, solna, false, "nytt-hemligt-losen"));

        List<AuditEntry> entries = entries("user", String.valueOf(karin.id()));
        AuditEntry update = entries.stream().filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
        assertThat(update.actor()).isEqualTo("admin");
        assertThat(update.subject()).isEqualTo("Karin Kontaktsdotter");
        assertThat(update.changes()).containsExactly(
                new AuditChanges.Change("displayName", "Karin Kontakt", "Karin Kontaktsdotter", null, false),
                new AuditChanges.Change("email", "karin@ekero.se", "karin@solna.se", null, false),
                new AuditChanges.Change("role", "MUNICIPAL_CONTACT", "SOCIAL_CHIEF", "role.", false),
                new AuditChanges.Change("municipality", "Ekerö", "Solna", null, false),
                new AuditChanges.Change("active", "true", "false", "audit.value.active.", false));
        AuditEntry password = entries.stream().filter(e -> e.action().equals("PASSWORD")).findFirst().orElseThrow();
        assertThat(password.changes()).containsExactly(new AuditChanges.Change("password", null, null, null, true));
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.changes()) + e.details())
                .doesNotContain("nytt-hemligt-losen").doesNotContain("$2a$"));

        // Saving the same again changes nothing and records nothing
        loginAs("admin");
        userService.updateUser(karin.id(), new UserDraft("karin.audit", "Karin Kontaktsdotter", "karin@solna.se",
                Role.SOCIAL_CHIEF, solna, false, null));
        assertThat(entries("user", String.valueOf(karin.id()))).hasSameSizeAs(entries);
    }

    @Test
    void aFormLoginAndFailedLoginsAreAuditedButAnApiCallsGoodPasswordIsNot() throws Exception {
        newContact("karin.login");
        mockMvc.perform(formLogin("/login").user("karin.login").password("forsta-losen"))
                .andExpect(authenticated().withUsername("karin.login"));
        mockMvc.perform(formLogin("/login").user("karin.login").password("fel-losen")).andExpect(unauthenticated());
        assertThat(rest.withBasicAuth("karin.login", "fel-igen").getForEntity("/api/v1/cycles", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("karin.login", "forsta-losen").getForEntity("/api/v1/cycles", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        // Logins carry addresses: FoU reads the log without them, administrators with them
        loginAs("fou");
        assertThat(audit.page(new AuditFilter(null, "login", "karin.login", null, null, null), 0, 20)).isEmpty();
        assertThat(audit.entityTypes()).doesNotContain("login");
        loginAs("admin");
        List<AuditEntry> logins = audit.page(new AuditFilter(null, "login", "karin.login", null, null, null), 0, 20);
        assertThat(logins).extracting(AuditEntry::action).containsExactly("FAILURE", "FAILURE", "SUCCESS");
        assertThat(logins.get(2).actor()).isEqualTo("karin.login");
        assertThat(logins.get(2).actorName()).isEqualTo("Karin Kontakt");
        assertThat(logins.get(0).details()).startsWith("BadCredentialsException");
    }

    @Test
    void aServicesDenialIsAuditedAndOnlyFouAndAdminsReadTheLog() {
        loginAs("ekero");
        assertThatThrownBy(() -> audit.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        loginAs("socialchef");
        assertThatThrownBy(() -> audit.page(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);

        loginAs("fou");
        assertThat(audit.count(AuditFilter.ALL)).isPositive();
        loginAs("admin");
        assertThat(audit.count(AuditFilter.ALL)).isPositive();

        List<AuditEntry> denials = audit.page(new AuditFilter("ekero", "access", null, null, null, null), 0, 5);
        assertThat(denials).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DENIED");
            assertThat(e.subject()).isEqualTo("readAuditLog");
            assertThat(e.details()).contains("MUNICIPAL_CONTACT");
        });
    }

    @Test
    void theLogIsFilteredByObjectUserAndTime() {
        UserAccount first = newContact("karin.filter1");
        UserAccount second = newContact("karin.filter2");
        clock.set(LocalDateTime.of(2031, 3, 10, 9, 0));
        loginAs("admin");
        userService.unlock(first.id());
        clock.set(LocalDateTime.of(2031, 3, 12, 9, 0));
        loginAs("fou");
        userService.activeUserIds(List.of(Role.FOU));
        loginAs("admin");
        userService.unlock(second.id());

        loginAs("fou");
        assertThat(audit.page(new AuditFilter(null, "user", String.valueOf(first.id()), null, null, null), 0, 10))
                .extracting(AuditEntry::entityId).containsOnly(String.valueOf(first.id()));
        assertThat(audit.page(new AuditFilter(null, "user", "karin.filter", null, null, null), 0, 10))
                .as("by name: the subject").isEmpty();
        assertThat(audit.page(new AuditFilter(null, "user", "Karin Kont", null, LocalDate.of(2031, 3, 10),
                LocalDate.of(2031, 3, 10)), 0, 10)).extracting(AuditEntry::entityId)
                .containsExactly(String.valueOf(first.id()));
        assertThat(audit.page(new AuditFilter("admin", "user", null, null, LocalDate.of(2031, 3, 11), null), 0, 10))
                .extracting(AuditEntry::entityId).containsExactly(String.valueOf(second.id()));
        assertThat(audit.page(new AuditFilter("fou", "user", null, null, LocalDate.of(2031, 3, 11), null), 0, 10)).isEmpty();
    }
}

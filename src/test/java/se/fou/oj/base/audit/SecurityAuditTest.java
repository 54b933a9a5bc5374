package se.fou.oj.base.audit;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.Role;

/** A log that cannot be written never fails a login or turns a denial (403, "no access") into an error. */
class SecurityAuditTest {

    /** An audit log whose database is gone. */
    private static final class BrokenLog extends AuditService {

        BrokenLog() {
            super(null, null, null);
        }

        @Override
        public void recordSecurityEvent(String actor, String actorName, String action, String entityType, String entityId,
                                        String subject, String details) {
            throw new IllegalStateException("databasen svarar inte");
        }
    }

    @Test
    void aFailedWriteIsSwallowedAndLogged() {
        SecurityAudit audit = new SecurityAudit(new BrokenLog());
        AppUserPrincipal contact = new AppUserPrincipal(7, "ekero", "Eva Ekerö", "", Role.MUNICIPAL_CONTACT, 1L, "0125",
                "Ekerö", true, null);
        assertThatCode(() -> audit.accessDenied(contact, "readAuditLog", "role")).doesNotThrowAnyException();
        assertThatCode(() -> audit.pathDenied(contact, "/admin/log")).doesNotThrowAnyException();
        assertThatCode(() -> audit.pathDenied(null, "GET /api/v1/x")).doesNotThrowAnyException();
        assertThatCode(() -> audit.loginFailed("ekero", "127.0.0.1", "BadCredentialsException")).doesNotThrowAnyException();
        assertThatCode(() -> audit.loginSucceeded("ekero", "Eva Ekerö", null)).doesNotThrowAnyException();
    }
}

package se.fou.oj.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.fou.oj.IntegrationTest;

/** The database itself refuses to change or delete an audit entry, whoever asks (V26's triggers). */
class AuditAppendOnlyIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUpdateOrADeleteOfAnEntryIsRefusedByTheDatabaseAndTheEntryStaysAsItWas() {
        long id = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
        String details = jdbc.queryForObject("SELECT COALESCE(details, '') FROM audit_entry WHERE id = ?", String.class, id);
        int entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET details = 'ändrad i efterhand' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("SELECT COALESCE(details, '') FROM audit_entry WHERE id = ?", String.class, id))
                .isEqualTo(details);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Integer.class)).isGreaterThanOrEqualTo(entries);
    }
}

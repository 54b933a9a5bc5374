-- Issue 13, audit trail: an entry keeps the fields it changed with their values before and after, as JSON text
-- ([{"field": "status", "before": "ONGOING", "after": "DONE"}]); MEDIUMTEXT since an answer's text is kept whole.
ALTER TABLE audit_entry ADD COLUMN changes MEDIUMTEXT NULL;

-- The log is written once and never changed: the database refuses any UPDATE or DELETE of an entry, whoever asks.
-- Single-statement triggers (no BEGIN … END), so neither Flyway nor mariadb-dump needs a delimiter of its own.
/* [jooq ignore start] */
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: an entry is never changed';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: an entry is never deleted';
/* [jooq ignore stop] */

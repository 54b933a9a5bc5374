-- A migration that fails half-way (FailedMigrationIT): MariaDB commits each DDL statement at once, so the new table
-- and the new column stay unless the start-up puts the database back from the backup taken before.
CREATE TABLE created_by_failing_migration (id BIGINT NOT NULL, CONSTRAINT pk_created_by_failing_migration PRIMARY KEY (id));
INSERT INTO created_by_failing_migration VALUES (1);
ALTER TABLE app_user ADD COLUMN added_by_failing_migration INT NULL;
UPDATE app_user SET added_by_failing_migration = 1;
INSERT INTO no_such_table_anywhere VALUES (1);

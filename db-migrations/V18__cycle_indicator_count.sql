-- A cycle keeps how many indicators its imported results have: results tells cycle at every import, so that cycle
-- (a lower module) never reads results' tables. The existing cycles get their count from the indicators they have.
ALTER TABLE cycle ADD COLUMN indicator_count INT NOT NULL DEFAULT 0;
/* [jooq ignore start] */
UPDATE cycle SET indicator_count = (SELECT COUNT(*) FROM indicator WHERE indicator.cycle_id = cycle.id);
/* [jooq ignore stop] */

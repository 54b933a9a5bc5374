-- A request's optional statistics table and the counts a municipality enters in it

ALTER TABLE request ADD COLUMN stats_rows TEXT NULL;

ALTER TABLE request ADD COLUMN stats_breakdowns TEXT NULL;

ALTER TABLE submission ADD COLUMN mismatch_explanation TEXT NULL;

CREATE TABLE submission_count (
    id BIGINT NOT NULL AUTO_INCREMENT,
    submission_id BIGINT NOT NULL,
    row_code VARCHAR(40) NOT NULL,
    breakdown VARCHAR(100) NOT NULL,
    category VARCHAR(100) NOT NULL,
    clients INT NULL,
    CONSTRAINT pk_submission_count PRIMARY KEY (id),
    CONSTRAINT uq_submission_count UNIQUE (submission_id, row_code, breakdown, category),
    CONSTRAINT fk_submission_count_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
);

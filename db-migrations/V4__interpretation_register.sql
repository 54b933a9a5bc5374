-- Stage 1, quality assurance: the interpretation register. Per area and indicator code the agreed reading of the
-- survey question and its terms; every revision is a new version, and each later cycle confirms or revises it.

CREATE TABLE interpretation (
    id BIGINT NOT NULL AUTO_INCREMENT,
    area_id BIGINT NOT NULL,
    indicator_code VARCHAR(20) NOT NULL,
    version_no INT NOT NULL,
    reading TEXT NOT NULL,
    definitions TEXT NULL,
    agreed_on DATE NOT NULL,
    meeting_note VARCHAR(300) NULL,
    cycle_id BIGINT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_interpretation PRIMARY KEY (id),
    CONSTRAINT uq_interpretation_version UNIQUE (area_id, indicator_code, version_no),
    CONSTRAINT fk_interpretation_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_interpretation_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id)
);

-- A later cycle keeps an earlier reading unchanged: who confirmed it, when, for which cycle
CREATE TABLE interpretation_confirmation (
    id BIGINT NOT NULL AUTO_INCREMENT,
    interpretation_id BIGINT NOT NULL,
    cycle_id BIGINT NOT NULL,
    confirmed_by VARCHAR(100) NOT NULL,
    confirmed_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_interpretation_confirmation PRIMARY KEY (id),
    CONSTRAINT uq_interpretation_confirmation UNIQUE (interpretation_id, cycle_id),
    CONSTRAINT fk_interpretation_confirmation_interpretation FOREIGN KEY (interpretation_id) REFERENCES interpretation (id),
    CONSTRAINT fk_interpretation_confirmation_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id)
);

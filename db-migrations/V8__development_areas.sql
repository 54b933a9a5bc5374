-- Development areas identified from a cycle's results, usually at the result meeting

CREATE TABLE development_area (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    meeting_id BIGINT NULL,
    title VARCHAR(300) NOT NULL,
    need TEXT NOT NULL,
    already_known TEXT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'PROPOSED',
    drop_reason TEXT NULL,
    proposed_by VARCHAR(100) NOT NULL,
    proposed_by_municipality_id BIGINT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_development_area PRIMARY KEY (id),
    CONSTRAINT fk_development_area_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT fk_development_area_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_development_area_municipality FOREIGN KEY (proposed_by_municipality_id) REFERENCES municipality (id)
);

CREATE TABLE development_area_indicator (
    id BIGINT NOT NULL AUTO_INCREMENT,
    development_area_id BIGINT NOT NULL,
    indicator_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_development_area_indicator PRIMARY KEY (id),
    CONSTRAINT uq_development_area_indicator UNIQUE (development_area_id, indicator_code),
    CONSTRAINT fk_development_area_indicator_area FOREIGN KEY (development_area_id) REFERENCES development_area (id) ON DELETE CASCADE
);

-- Foundation schema: the region's municipalities, areas, cycles, ÖJ indicators and results, users and audit.
-- One statement per line group and no inline KEY/INDEX: jOOQ's DDLDatabase generates the classes from this file.

CREATE TABLE municipality (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code CHAR(4) NOT NULL,
    name VARCHAR(100) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_municipality PRIMARY KEY (id),
    CONSTRAINT uq_municipality_code UNIQUE (code),
    CONSTRAINT uq_municipality_name UNIQUE (name)
);

-- Units the region is compared with in the reports (Stockholm city districts, the whole country)
CREATE TABLE comparison_unit (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT pk_comparison_unit PRIMARY KEY (id),
    CONSTRAINT uq_comparison_unit_code UNIQUE (code),
    CONSTRAINT uq_comparison_unit_name UNIQUE (name)
);

INSERT INTO comparison_unit (code, name, sort_order) VALUES ('STOCKHOLM', 'Stockholm', 1);
INSERT INTO comparison_unit (code, name, sort_order) VALUES ('RIKET', 'Riket', 2);

-- Verksamhetsområde
CREATE TABLE area (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(150) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_area PRIMARY KEY (id),
    CONSTRAINT uq_area_name UNIQUE (name)
);

-- One year of one area: the unit the three-stage working model runs on
CREATE TABLE cycle (
    id BIGINT NOT NULL AUTO_INCREMENT,
    area_id BIGINT NOT NULL,
    cycle_year INT NOT NULL,
    stage VARCHAR(30) NOT NULL DEFAULT 'QUALITY_ASSURANCE',
    results_imported_at DATETIME(6) NULL,
    results_published_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_cycle PRIMARY KEY (id),
    CONSTRAINT uq_cycle_area_year UNIQUE (area_id, cycle_year),
    CONSTRAINT fk_cycle_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT ck_cycle_year CHECK (cycle_year BETWEEN 2000 AND 2100)
);

-- An ÖJ indicator as it appears in one cycle's report (chapter = group, table = one results table)
CREATE TABLE indicator (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    code VARCHAR(20) NOT NULL,
    chapter VARCHAR(200) NOT NULL,
    table_name VARCHAR(300) NOT NULL,
    indicator_text VARCHAR(1000) NOT NULL,
    answer_scale VARCHAR(20) NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT pk_indicator PRIMARY KEY (id),
    CONSTRAINT uq_indicator_cycle_code UNIQUE (cycle_id, code),
    CONSTRAINT fk_indicator_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE
);

-- One municipality's answer to one indicator: a word of the answer scale or a number
CREATE TABLE indicator_result (
    id BIGINT NOT NULL AUTO_INCREMENT,
    indicator_id BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    answer_word VARCHAR(40) NULL,
    answer_number DECIMAL(12, 2) NULL,
    CONSTRAINT pk_indicator_result PRIMARY KEY (id),
    CONSTRAINT uq_indicator_result UNIQUE (indicator_id, municipality_id),
    CONSTRAINT fk_indicator_result_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_result_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

-- Published share (percent) of a comparison unit for one indicator
CREATE TABLE comparison_value (
    id BIGINT NOT NULL AUTO_INCREMENT,
    indicator_id BIGINT NOT NULL,
    comparison_unit_id BIGINT NOT NULL,
    percent DECIMAL(5, 1) NOT NULL,
    CONSTRAINT pk_comparison_value PRIMARY KEY (id),
    CONSTRAINT uq_comparison_value UNIQUE (indicator_id, comparison_unit_id),
    CONSTRAINT fk_comparison_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_comparison_value_unit FOREIGN KEY (comparison_unit_id) REFERENCES comparison_unit (id),
    CONSTRAINT ck_comparison_value_percent CHECK (percent BETWEEN 0 AND 100)
);

CREATE TABLE app_user (
    id BIGINT NOT NULL AUTO_INCREMENT,
    username VARCHAR(100) NOT NULL,
    display_name VARCHAR(150) NOT NULL,
    email VARCHAR(200) NULL,
    password_hash VARCHAR(100) NOT NULL,
    role VARCHAR(30) NOT NULL,
    municipality_id BIGINT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    failed_login_count INT NOT NULL DEFAULT 0,
    locked_until DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'FOU', 'MUNICIPAL_CONTACT', 'SOCIAL_CHIEF'))
);

-- Every login attempt, successful or not (who, when, from where)
CREATE TABLE login_attempt (
    id BIGINT NOT NULL AUTO_INCREMENT,
    attempted_at DATETIME(6) NOT NULL,
    username VARCHAR(100) NOT NULL,
    remote_address VARCHAR(64) NULL,
    success BOOLEAN NOT NULL,
    outcome VARCHAR(60) NOT NULL,
    CONSTRAINT pk_login_attempt PRIMARY KEY (id)
);

CREATE INDEX ix_login_attempt_username ON login_attempt (username, attempted_at);

-- Who changed what, when
CREATE TABLE audit_entry (
    id BIGINT NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(60) NOT NULL,
    entity_type VARCHAR(60) NOT NULL,
    entity_id VARCHAR(60) NULL,
    details TEXT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);

CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);

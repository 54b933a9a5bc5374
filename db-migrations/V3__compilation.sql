-- The compilation of a cycle's results (stage 2, step 1), its published versions, and in-app notifications.

-- FoU's editable texts of the compilation; the tables, averages and generated sentences come from the data
CREATE TABLE compilation (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    introduction TEXT NULL,
    results_in_brief TEXT NULL,
    updated_by VARCHAR(100) NULL,
    updated_at DATETIME(6) NULL,
    CONSTRAINT pk_compilation PRIMARY KEY (id),
    CONSTRAINT uq_compilation_cycle UNIQUE (cycle_id),
    CONSTRAINT fk_compilation_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE
);

-- FoU's own wording of an indicator's comparison sentence, with the generated sentence it replaced, so that an
-- edit made for other figures is flagged when the data changes
CREATE TABLE compilation_sentence (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    indicator_code VARCHAR(20) NOT NULL,
    edited_text TEXT NOT NULL,
    generated_text TEXT NOT NULL,
    edited_by VARCHAR(100) NOT NULL,
    edited_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_compilation_sentence PRIMARY KEY (id),
    CONSTRAINT uq_compilation_sentence UNIQUE (cycle_id, indicator_code),
    CONSTRAINT fk_compilation_sentence_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE
);

-- A published compilation is fixed: its PDF is kept as published; republishing adds a version
CREATE TABLE compilation_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    published_at DATETIME(6) NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    pdf LONGBLOB NOT NULL,
    pdf_size INT NOT NULL,
    CONSTRAINT pk_compilation_version PRIMARY KEY (id),
    CONSTRAINT uq_compilation_version UNIQUE (cycle_id, version_no),
    CONSTRAINT fk_compilation_version_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE
);

-- In-app notifications: a translation key and its argument, shown in the user's language
CREATE TABLE notification (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    message_key VARCHAR(100) NOT NULL,
    message_argument VARCHAR(300) NULL,
    link VARCHAR(300) NULL,
    read_at DATETIME(6) NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE INDEX ix_notification_user ON notification (user_id, read_at);

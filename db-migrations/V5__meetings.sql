-- Meetings of the working model: planning, invitations, attendance, minutes with review and approved versions.

CREATE TABLE meeting (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    title VARCHAR(200) NOT NULL,
    starts_at DATETIME NOT NULL,
    place VARCHAR(300) NULL,
    video_link VARCHAR(500) NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'PLANNED',
    calendar_sequence INT NOT NULL DEFAULT 0,
    invite_all_contacts BOOLEAN NOT NULL DEFAULT FALSE,
    minutes_status VARCHAR(20) NOT NULL DEFAULT 'DRAFT',
    minutes_version INT NOT NULL DEFAULT 1,
    correction_reason TEXT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_meeting PRIMARY KEY (id),
    CONSTRAINT fk_meeting_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id)
);

CREATE TABLE meeting_agenda_item (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    position INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    presenter VARCHAR(150) NULL,
    estimated_minutes INT NOT NULL DEFAULT 15,
    notes TEXT NULL,
    CONSTRAINT pk_meeting_agenda_item PRIMARY KEY (id),
    CONSTRAINT fk_meeting_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

CREATE TABLE meeting_invitee (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    response VARCHAR(20) NOT NULL DEFAULT 'NONE',
    responded_at DATETIME(6) NULL,
    CONSTRAINT pk_meeting_invitee PRIMARY KEY (id),
    CONSTRAINT uq_meeting_invitee UNIQUE (meeting_id, user_id),
    CONSTRAINT fk_meeting_invitee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_invitee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Who was there, recorded by the minute-taker: a municipality's people or FoU's, with their function
CREATE TABLE meeting_attendance (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    person_name VARCHAR(150) NOT NULL,
    municipality_id BIGINT NULL,
    job_function VARCHAR(40) NOT NULL,
    present BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_meeting_attendance PRIMARY KEY (id),
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_attendance_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

CREATE TABLE meeting_decision (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    position INT NOT NULL,
    decision_text TEXT NOT NULL,
    CONSTRAINT pk_meeting_decision PRIMARY KEY (id),
    CONSTRAINT fk_meeting_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

CREATE TABLE meeting_action_item (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    action_text TEXT NOT NULL,
    owner_user_id BIGINT NULL,
    owner_municipality_id BIGINT NULL,
    due_date DATE NOT NULL,
    done_at DATETIME(6) NULL,
    CONSTRAINT pk_meeting_action_item PRIMARY KEY (id),
    CONSTRAINT fk_meeting_action_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_action_item_user FOREIGN KEY (owner_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_meeting_action_item_municipality FOREIGN KEY (owner_municipality_id) REFERENCES municipality (id)
);

-- The reviewers (justerare) of a meeting's minutes and their approval of the current version
CREATE TABLE meeting_reviewer (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    approved_version INT NULL,
    approved_at DATETIME(6) NULL,
    review_comment TEXT NULL,
    CONSTRAINT pk_meeting_reviewer PRIMARY KEY (id),
    CONSTRAINT uq_meeting_reviewer UNIQUE (meeting_id, user_id),
    CONSTRAINT fk_meeting_reviewer_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_reviewer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Approved minutes are fixed: each approved version's PDF is kept as approved
CREATE TABLE minutes_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    approved_at DATETIME(6) NOT NULL,
    approved_by VARCHAR(500) NOT NULL,
    correction_reason TEXT NULL,
    pdf LONGBLOB NOT NULL,
    CONSTRAINT pk_minutes_version PRIMARY KEY (id),
    CONSTRAINT uq_minutes_version UNIQUE (meeting_id, version_no),
    CONSTRAINT fk_minutes_version_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

-- Stage 3: each municipality's action plan for a decided improvement area (and one of the region's/FoU's own), seeded
-- from the decided plan's split of responsibility. A plan is keyed by owner_key: the municipality's id, or 0 for the
-- region's/FoU's plan, since a NULL municipality_id would not be unique.

CREATE TABLE action_plan (
    id BIGINT NOT NULL AUTO_INCREMENT,
    development_area_id BIGINT NOT NULL,
    municipality_id BIGINT NULL,
    owner_key BIGINT NOT NULL,
    approved_by VARCHAR(150) NULL,
    approved_at DATETIME(6) NULL,
    changed_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_action_plan PRIMARY KEY (id),
    CONSTRAINT uq_action_plan UNIQUE (development_area_id, owner_key),
    CONSTRAINT fk_action_plan_area FOREIGN KEY (development_area_id) REFERENCES development_area (id),
    CONSTRAINT fk_action_plan_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

CREATE TABLE action_activity (
    id BIGINT NOT NULL AUTO_INCREMENT,
    action_plan_id BIGINT NOT NULL,
    position INT NOT NULL,
    responsible_kind VARCHAR(20) NOT NULL,
    what TEXT NOT NULL,
    responsible_person VARCHAR(150) NULL,
    starts_on DATE NULL,
    due_on DATE NULL,
    status VARCHAR(20) NOT NULL,
    drop_reason TEXT NULL,
    responsibility_no INT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_action_activity PRIMARY KEY (id),
    CONSTRAINT fk_action_activity_plan FOREIGN KEY (action_plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
);

CREATE TABLE activity_note (
    id BIGINT NOT NULL AUTO_INCREMENT,
    activity_id BIGINT NOT NULL,
    noted_on DATE NOT NULL,
    note TEXT NOT NULL,
    noted_by VARCHAR(150) NOT NULL,
    noted_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_activity_note PRIMARY KEY (id),
    CONSTRAINT fk_activity_note_activity FOREIGN KEY (activity_id) REFERENCES action_activity (id) ON DELETE CASCADE
);

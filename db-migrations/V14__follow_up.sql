-- Stage 3: follow-ups of a decided improvement area, each with what it covers, its request to the municipalities
-- and FoU's compiled report in the sections funders and steering groups expect

CREATE TABLE follow_up (
    id BIGINT NOT NULL AUTO_INCREMENT,
    development_area_id BIGINT NOT NULL,
    title VARCHAR(300) NOT NULL,
    covers TEXT NOT NULL,
    meeting_id BIGINT NULL,
    request_id BIGINT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_follow_up PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_area FOREIGN KEY (development_area_id) REFERENCES development_area (id),
    CONSTRAINT fk_follow_up_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_follow_up_request FOREIGN KEY (request_id) REFERENCES request (id)
);

CREATE TABLE follow_up_section (
    id BIGINT NOT NULL AUTO_INCREMENT,
    follow_up_id BIGINT NOT NULL,
    section VARCHAR(40) NOT NULL,
    section_text TEXT NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_follow_up_section PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_section UNIQUE (follow_up_id, section),
    CONSTRAINT fk_follow_up_section_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_up (id) ON DELETE CASCADE
);

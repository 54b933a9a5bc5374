-- FoU's requests to the municipalities after the result meeting, and each municipality's written submission

CREATE TABLE request (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    development_area_id BIGINT NULL,
    title VARCHAR(300) NOT NULL,
    instructions TEXT NULL,
    deadline DATE NOT NULL,
    answers_published_at DATETIME(6) NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_request PRIMARY KEY (id),
    CONSTRAINT fk_request_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT fk_request_development_area FOREIGN KEY (development_area_id) REFERENCES development_area (id)
);

CREATE TABLE request_question (
    id BIGINT NOT NULL AUTO_INCREMENT,
    request_id BIGINT NOT NULL,
    position INT NOT NULL,
    question_text TEXT NOT NULL,
    CONSTRAINT pk_request_question PRIMARY KEY (id),
    CONSTRAINT fk_request_question_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE
);

-- A deadline extended for one municipality
CREATE TABLE request_deadline (
    id BIGINT NOT NULL AUTO_INCREMENT,
    request_id BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    deadline DATE NOT NULL,
    CONSTRAINT pk_request_deadline PRIMARY KEY (id),
    CONSTRAINT uq_request_deadline UNIQUE (request_id, municipality_id),
    CONSTRAINT fk_request_deadline_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE,
    CONSTRAINT fk_request_deadline_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

-- One municipality's answer to a request; version guards against overwriting someone else's newer save
CREATE TABLE submission (
    id BIGINT NOT NULL AUTO_INCREMENT,
    request_id BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'DRAFT',
    version INT NOT NULL DEFAULT 0,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    submitted_by VARCHAR(100) NULL,
    submitted_at DATETIME(6) NULL,
    reopen_reason TEXT NULL,
    CONSTRAINT pk_submission PRIMARY KEY (id),
    CONSTRAINT uq_submission UNIQUE (request_id, municipality_id),
    CONSTRAINT fk_submission_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

CREATE TABLE submission_answer (
    id BIGINT NOT NULL AUTO_INCREMENT,
    submission_id BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    answer_text TEXT NULL,
    CONSTRAINT pk_submission_answer PRIMARY KEY (id),
    CONSTRAINT uq_submission_answer UNIQUE (submission_id, question_id),
    CONSTRAINT fk_submission_answer_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_answer_question FOREIGN KEY (question_id) REFERENCES request_question (id) ON DELETE CASCADE
);

-- Stage 2, step 3: the knowledge base, the short analysis report with its proposals and plans, and the social chiefs' decision

-- A piece of research or other knowledge, reusable across cycles and areas
CREATE TABLE knowledge_item (
    id BIGINT NOT NULL AUTO_INCREMENT,
    authors VARCHAR(500) NOT NULL,
    publication_year INT NULL,
    title VARCHAR(500) NOT NULL,
    publisher VARCHAR(300) NULL,
    link VARCHAR(1000) NULL,
    summary TEXT NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(100) NULL,
    updated_at DATETIME(6) NULL,
    CONSTRAINT pk_knowledge_item PRIMARY KEY (id)
);

-- How a knowledge item bears on one development area
CREATE TABLE knowledge_link (
    id BIGINT NOT NULL AUTO_INCREMENT,
    knowledge_item_id BIGINT NOT NULL,
    development_area_id BIGINT NOT NULL,
    relevance TEXT NOT NULL,
    linked_by VARCHAR(100) NOT NULL,
    linked_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_knowledge_link PRIMARY KEY (id),
    CONSTRAINT uq_knowledge_link UNIQUE (knowledge_item_id, development_area_id),
    CONSTRAINT fk_knowledge_link_item FOREIGN KEY (knowledge_item_id) REFERENCES knowledge_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_knowledge_link_area FOREIGN KEY (development_area_id) REFERENCES development_area (id) ON DELETE CASCADE
);

-- One version of a cycle's short analysis report; a version sent for decision is frozen with its PDF
CREATE TABLE analysis_report (
    id BIGINT NOT NULL AUTO_INCREMENT,
    cycle_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'DRAFT',
    introduction TEXT NULL,
    analysis TEXT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(100) NULL,
    updated_at DATETIME(6) NULL,
    sent_by VARCHAR(100) NULL,
    sent_at DATETIME(6) NULL,
    pdf LONGBLOB NULL,
    CONSTRAINT pk_analysis_report PRIMARY KEY (id),
    CONSTRAINT uq_analysis_report UNIQUE (cycle_id, version_no),
    CONSTRAINT fk_analysis_report_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id) ON DELETE CASCADE
);

-- A proposed improvement area of a report version, with its motivation and the plan FoU proposes for it
CREATE TABLE analysis_proposal (
    id BIGINT NOT NULL AUTO_INCREMENT,
    report_id BIGINT NOT NULL,
    development_area_id BIGINT NOT NULL,
    motivation TEXT NOT NULL,
    plan_starts_on DATE NULL,
    plan_ends_on DATE NULL,
    CONSTRAINT pk_analysis_proposal PRIMARY KEY (id),
    CONSTRAINT uq_analysis_proposal UNIQUE (report_id, development_area_id),
    CONSTRAINT fk_analysis_proposal_report FOREIGN KEY (report_id) REFERENCES analysis_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_analysis_proposal_area FOREIGN KEY (development_area_id) REFERENCES development_area (id)
);

CREATE TABLE plan_milestone (
    id BIGINT NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT NOT NULL,
    position INT NOT NULL,
    due_on DATE NOT NULL,
    title VARCHAR(500) NOT NULL,
    CONSTRAINT pk_plan_milestone PRIMARY KEY (id),
    CONSTRAINT fk_plan_milestone_proposal FOREIGN KEY (proposal_id) REFERENCES analysis_proposal (id) ON DELETE CASCADE
);

-- Who is responsible for what: one municipality (municipality_id), all municipalities (ALL) or FoU
CREATE TABLE plan_responsibility (
    id BIGINT NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT NOT NULL,
    position INT NOT NULL,
    responsible VARCHAR(20) NOT NULL,
    municipality_id BIGINT NULL,
    task TEXT NOT NULL,
    CONSTRAINT pk_plan_responsibility PRIMARY KEY (id),
    CONSTRAINT fk_plan_responsibility_proposal FOREIGN KEY (proposal_id) REFERENCES analysis_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_responsibility_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

-- A social chief's approval or sending back of one proposal
CREATE TABLE decision_vote (
    id BIGINT NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    user_name VARCHAR(150) NOT NULL,
    municipality_id BIGINT NULL,
    vote VARCHAR(20) NOT NULL,
    vote_comment TEXT NULL,
    voted_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_decision_vote PRIMARY KEY (id),
    CONSTRAINT uq_decision_vote UNIQUE (proposal_id, user_id),
    CONSTRAINT fk_decision_vote_proposal FOREIGN KEY (proposal_id) REFERENCES analysis_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_vote_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_decision_vote_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

-- The outcome for a proposal: approved (quorum reached, or recorded by FoU from a meeting) or sent back
CREATE TABLE proposal_decision (
    id BIGINT NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    decided_at DATETIME(6) NOT NULL,
    recorded_by VARCHAR(150) NOT NULL,
    on_behalf_of_group BOOLEAN NOT NULL DEFAULT FALSE,
    meeting_id BIGINT NULL,
    decision_comment TEXT NULL,
    CONSTRAINT pk_proposal_decision PRIMARY KEY (id),
    CONSTRAINT uq_proposal_decision UNIQUE (proposal_id),
    CONSTRAINT fk_proposal_decision_proposal FOREIGN KEY (proposal_id) REFERENCES analysis_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

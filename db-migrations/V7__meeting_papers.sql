-- A meeting's papers: the published compilation, earlier minutes, or an uploaded file (kept in the database)

CREATE TABLE meeting_paper (
    id BIGINT NOT NULL AUTO_INCREMENT,
    meeting_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    title VARCHAR(300) NOT NULL,
    reference_id BIGINT NULL,
    reference_version INT NULL,
    file_name VARCHAR(255) NULL,
    content_type VARCHAR(120) NULL,
    size_bytes INT NULL,
    content LONGBLOB NULL,
    added_by VARCHAR(100) NOT NULL,
    added_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_meeting_paper PRIMARY KEY (id),
    CONSTRAINT fk_meeting_paper_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

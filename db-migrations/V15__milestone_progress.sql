-- Progress on a decided plan: FoU records when a milestone was reached (the plan itself stays as decided)

CREATE TABLE milestone_progress (
    id BIGINT NOT NULL AUTO_INCREMENT,
    development_area_id BIGINT NOT NULL,
    due_on DATE NOT NULL,
    milestone_title VARCHAR(500) NOT NULL,
    reached_on DATE NOT NULL,
    progress_note TEXT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_milestone_progress PRIMARY KEY (id),
    CONSTRAINT uq_milestone_progress UNIQUE (development_area_id, due_on, milestone_title),
    CONSTRAINT fk_milestone_progress_area FOREIGN KEY (development_area_id) REFERENCES development_area (id)
);

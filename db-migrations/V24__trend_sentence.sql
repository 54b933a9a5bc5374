-- FoU's own wording of the plain sentence under an improvement area's trend chart (one per indicator), with the
-- generated sentence it replaced, so that a rewording made for other figures is flagged when the trend changes
CREATE TABLE trend_sentence (
    id BIGINT NOT NULL AUTO_INCREMENT,
    development_area_id BIGINT NOT NULL,
    indicator_code VARCHAR(20) NOT NULL,
    edited_text TEXT NOT NULL,
    generated_text TEXT NOT NULL,
    edited_by VARCHAR(100) NOT NULL,
    edited_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_trend_sentence PRIMARY KEY (id),
    CONSTRAINT uq_trend_sentence UNIQUE (development_area_id, indicator_code),
    CONSTRAINT fk_trend_sentence_area FOREIGN KEY (development_area_id) REFERENCES development_area (id) ON DELETE CASCADE
);

-- An interpretation reading can name the meeting of its cycle where it was agreed (kept beside the free-text
-- meeting note, which stays for meetings not held in the application)

ALTER TABLE interpretation ADD COLUMN meeting_id BIGINT NULL;

ALTER TABLE interpretation ADD CONSTRAINT fk_interpretation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);

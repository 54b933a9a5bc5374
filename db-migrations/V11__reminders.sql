-- Reminders sent about a request's deadline: each one once, even across restarts

CREATE TABLE reminder_sent (
    id BIGINT NOT NULL AUTO_INCREMENT,
    request_id BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    reminder_kind VARCHAR(30) NOT NULL,
    sent_on DATE NOT NULL,
    recipients INT NOT NULL,
    CONSTRAINT pk_reminder_sent PRIMARY KEY (id),
    CONSTRAINT uq_reminder_sent UNIQUE (request_id, municipality_id, reminder_kind),
    CONSTRAINT fk_reminder_sent_request FOREIGN KEY (request_id) REFERENCES request (id) ON DELETE CASCADE,
    CONSTRAINT fk_reminder_sent_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
);

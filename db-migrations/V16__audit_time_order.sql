-- The log reads newest first by when things happened (the demo's story and imported history are dated in the past,
-- so insertion order is not time order); the index keeps that order cheap for the lazy grid's pages.
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at, id);

-- Scheduled jobs run once across all app instances on one database: a job runs only while it holds its row here.
-- Times are the database's UTC clock (UTC_TIMESTAMP(6)), one clock for every instance whatever their own clocks say.
-- locked_until: the lock is free from then on (a crashed holder's lock runs out by itself);
-- locked_by: host/pid#run of the holder's last run, locked_at: when that run took the lock.
CREATE TABLE job_lock (
    name VARCHAR(64) NOT NULL,
    locked_until DATETIME(6) NOT NULL,
    locked_at DATETIME(6) NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    CONSTRAINT pk_job_lock PRIMARY KEY (name)
);

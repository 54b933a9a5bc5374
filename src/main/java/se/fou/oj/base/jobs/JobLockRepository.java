package se.fou.oj.base.jobs;

import static se.fou.oj.db.Tables.JOB_LOCK;

import java.time.Duration;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The job locks, on the database's own UTC clock (see {@link JobLocks}). */
@Repository
class JobLockRepository {

    /** The database's clock, in UTC with microseconds: the same for every app instance. */
    private static final Field<LocalDateTime> DB_NOW = DSL.field("UTC_TIMESTAMP(6)", SQLDataType.LOCALDATETIME(6));

    private final DSLContext dsl;

    JobLockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Takes the lock when it is free (or new) for at most {@code atMost}; false when a run holds it. Atomic: the row
     * is updated only while its lock has run out, so of two instances trying at once only one gets a row updated.
     */
    boolean tryLock(String name, Duration atMost, String holder) {
        return dsl.update(JOB_LOCK).set(JOB_LOCK.LOCKED_UNTIL, plus(DB_NOW, atMost)).set(JOB_LOCK.LOCKED_AT, DB_NOW)
                .set(JOB_LOCK.LOCKED_BY, holder)
                .where(JOB_LOCK.NAME.eq(name)).and(JOB_LOCK.LOCKED_UNTIL.le(DB_NOW))
                .execute() == 1;
    }

    /**
     * A job's first run makes its row, free at once. In a transaction of its own before {@link #tryLock}: an insert
     * that meets an existing row takes a shared lock on it, and two takers each holding one while wanting to update
     * the row would deadlock. The row is looked for first, so this writes (and locks) nothing once it is there.
     */
    void ensureRow(String name) {
        if (!dsl.fetchExists(JOB_LOCK, JOB_LOCK.NAME.eq(name))) {
            dsl.insertInto(JOB_LOCK).set(JOB_LOCK.NAME, name).set(JOB_LOCK.LOCKED_UNTIL, DB_NOW)
                    .set(JOB_LOCK.LOCKED_AT, DB_NOW).set(JOB_LOCK.LOCKED_BY, "-").onDuplicateKeyIgnore().execute();
        }
    }

    /**
     * Ends a run: the lock stays until {@code atLeast} after the run took it, or ends now if that has passed. False
     * when the run no longer held it (it ran past its longest time and another run took the lock).
     */
    boolean release(String name, String holder, Duration atLeast) {
        return dsl.update(JOB_LOCK).set(JOB_LOCK.LOCKED_UNTIL, DSL.greatest(DB_NOW, plus(JOB_LOCK.LOCKED_AT, atLeast)))
                .where(JOB_LOCK.NAME.eq(name)).and(JOB_LOCK.LOCKED_BY.eq(holder))
                .execute() == 1;
    }

    /** Who holds the lock and until when (UTC), for the log. */
    String describe(String name) {
        Record2<String, LocalDateTime> lock = dsl.select(JOB_LOCK.LOCKED_BY, JOB_LOCK.LOCKED_UNTIL).from(JOB_LOCK)
                .where(JOB_LOCK.NAME.eq(name)).fetchOne();
        return lock == null ? "released meanwhile" : "held by " + lock.value1() + " until " + lock.value2() + " UTC";
    }

    private static Field<LocalDateTime> plus(Field<LocalDateTime> time, Duration duration) {
        long micros = duration.toNanos() / 1_000;
        return DSL.field("{0} + INTERVAL {1} MICROSECOND", SQLDataType.LOCALDATETIME(6), time, DSL.inline(micros));
    }
}

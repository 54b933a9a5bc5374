package se.fou.oj.base.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one app instance at a time when several instances share one database. Each instance's
 * scheduler fires the job; only the one that takes the job's row in {@code job_lock} runs it, the others log that they
 * skipped it. The lock is taken and released in transactions of their own, committed before the job starts and after
 * it has ended (a job that needs a transaction opens its own, so its changes are committed before the lock is free).
 *
 * <p>Times are the database's UTC clock, the one clock all instances share: instances whose own clocks differ a little
 * still agree on whether a lock has run out, and daylight saving time does not move it. A lock is held
 * <ul>
 *   <li>at most {@code atMost}: an instance that dies while running the job (kill -9, a lost server) never
 *       releases it, and another instance takes over once this time has passed; a job must finish within it;</li>
 *   <li>at least {@code atLeast}, counted from the start of the run: the schedulers of other instances fire at the
 *       same moment by their own clocks, which may be a few seconds behind; they find the lock still held and do not
 *       run the job a second time.</li>
 * </ul>
 * A job run directly (not through here, e.g. by a test or an administrator's button) takes no lock.
 */
@Component
public class JobLocks {

    private static final Logger log = LoggerFactory.getLogger(JobLocks.class);
    private static final int MAX_NAME_LENGTH = 64;

    private final JobLockRepository repository;
    private final TransactionTemplate ownTransaction;
    /** A release lost to a concurrent taker's update is tried this often in all. */
    private static final int RELEASE_ATTEMPTS = 3;

    private final String instance;
    private final AtomicLong runs = new AtomicLong();

    JobLocks(JobLockRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.instance = hostName() + "/" + ProcessHandle.current().pid();
    }

    /**
     * Runs {@code job} unless another run (on any instance) holds the lock {@code name}; returns whether it ran here.
     * Exceptions of the job pass through, after the lock has been released.
     */
    public boolean runOnce(String name, Duration atMost, Duration atLeast, Runnable job) {
        if (atLeast.isNegative() || atMost.compareTo(atLeast) < 0) {
            throw new IllegalArgumentException("Job lock " + name + ": need 0 <= atLeast <= atMost, got " + atLeast
                    + " and " + atMost);
        }
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            // The column's width: a longer name would be cut when its row is made, and the job would never run
            throw new IllegalArgumentException("Job lock name must have 1 to " + MAX_NAME_LENGTH + " characters: " + name);
        }
        String holder = instance + "#" + runs.incrementAndGet();
        if (!acquire(name, atMost, holder)) {
            log.info("Job {} skipped on {}: another run holds its lock ({})", name, instance,
                    ownTransaction.execute(status -> repository.describe(name)));
            return false;
        }
        long started = System.nanoTime();
        boolean completed = false;
        try {
            job.run();
            completed = true;
        } finally {
            boolean released = release(name, holder, atLeast);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (!released) {
                log.warn("Job {} ran longer than its lock's {} ({} ms): another instance may have run it meanwhile",
                        name, atMost, millis);
            }
            log.info("Job {} ran on {} in {} ms{}", name, holder, millis, completed ? "" : " and failed");
        }
        return true;
    }

    /**
     * Releases the run's lock, again if a concurrent taker's update made the database give this one up (a deadlock):
     * a release that fails would keep every instance from the job until the lock's longest time has passed.
     */
    private boolean release(String name, String holder, Duration atLeast) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Boolean.TRUE.equals(ownTransaction.execute(status -> repository.release(name, holder, atLeast)));
            } catch (ConcurrencyFailureException e) {
                if (attempt == RELEASE_ATTEMPTS) {
                    throw e;
                }
                log.debug("Job lock {}: release met a concurrent update, again", name, e);
            }
        }
    }

    private boolean acquire(String name, Duration atMost, String holder) {
        try {
            ownTransaction.executeWithoutResult(status -> repository.ensureRow(name));
            return Boolean.TRUE.equals(ownTransaction.execute(status -> repository.tryLock(name, atMost, holder)));
        } catch (ConcurrencyFailureException e) {
            // Two writers on the same row at once (a Galera node's certification failure, a deadlock): the other won
            log.debug("Job lock {}: lost a concurrent attempt", name, e);
            return false;
        }
    }

    /** This instance's name in the lock table and the logs: host/pid. */
    public String instance() {
        return instance;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}

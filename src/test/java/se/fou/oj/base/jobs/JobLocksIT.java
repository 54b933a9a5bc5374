package se.fou.oj.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.fou.oj.IntegrationTest;

/** A job runs on one instance at a time, by the database's clock, and a dead holder's lock runs out. */
class JobLocksIT extends IntegrationTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    JobLocks jobLocks;
    @Autowired
    JdbcTemplate jdbc;

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aJobRunsOnceWhileItsLockIsHeldAtLeastItsShortestTime() {
        String job = newJob();
        assertThat(jobLocks.runOnce(job, MINUTE, MINUTE, runs::incrementAndGet)).isTrue();
        // Another instance's scheduler firing a moment later finds the lock still held
        assertThat(jobLocks.runOnce(job, MINUTE, MINUTE, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(lockedBy(job)).startsWith(jobLocks.instance() + "#");
    }

    @Test
    void aRunningJobKeepsEveryOtherRunOut() throws Exception {
        String job = newJob();
        CountDownLatch othersTried = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> jobLocks.runOnce(job, MINUTE,
                Duration.ZERO, () -> {
                    runs.incrementAndGet();
                    await(othersTried);
                }));
        awaitRunning();
        assertThat(jobLocks.runOnce(job, MINUTE, Duration.ZERO, runs::incrementAndGet)).isFalse();
        othersTried.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        // Released with no shortest time: the next run goes at once
        assertThat(jobLocks.runOnce(job, MINUTE, Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailingJobReleasesItsLock() {
        String job = newJob();
        assertThatThrownBy(() -> jobLocks.runOnce(job, MINUTE, Duration.ZERO, () -> {
            throw new IllegalStateException("the job failed");
        })).hasMessage("the job failed");
        assertThat(jobLocks.runOnce(job, MINUTE, Duration.ZERO, runs::incrementAndGet)).isTrue();
    }

    @Test
    void aDeadInstancesLockRunsOutByTheDatabasesClockNotTheApps() {
        String held = newJob();
        String expired = newJob();
        jdbc.update("INSERT INTO job_lock (name, locked_until, locked_at, locked_by) VALUES "
                + "(?, UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, UTC_TIMESTAMP(6), 'dead/1#1'), "
                + "(?, UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, 'dead/1#2')", held, expired);
        // This instance's clock far ahead changes nothing: every instance reads the one database clock
        clock.set(LocalDateTime.now().plusYears(2));
        assertThat(jobLocks.runOnce(held, MINUTE, Duration.ZERO, runs::incrementAndGet)).isFalse();
        assertThat(jobLocks.runOnce(expired, MINUTE, Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aLockNeedsAShortestTimeWithinItsLongestAndANameThatFitsItsColumn() {
        assertThatThrownBy(() -> jobLocks.runOnce(newJob(), Duration.ofSeconds(1), MINUTE, runs::incrementAndGet))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jobLocks.runOnce("x".repeat(65), MINUTE, MINUTE, runs::incrementAndGet))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(runs).hasValue(0);
    }

    private void awaitRunning() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() == 1);
    }

    private String lockedBy(String job) {
        return jdbc.queryForObject("SELECT locked_by FROM job_lock WHERE name = ?", String.class, job);
    }

    private static String newJob() {
        return "test-" + UUID.randomUUID();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

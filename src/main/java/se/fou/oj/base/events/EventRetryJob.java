package se.fou.oj.base.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.fou.oj.base.jobs.JobLocks;
import se.fou.oj.base.security.SystemActor;

/**
 * Delivers again the events whose listener failed. A module's event is stored with the change that published it and
 * deleted once its listener has run (Spring Modulith's JDBC event publication registry); one still there after a
 * while is a listener that threw, e.g. while the database was briefly away. Listeners run right after the commit,
 * so a publication younger than {@code app.events.retry-after} may simply still be running and is left alone.
 * A restart also delivers what is left ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * With several app instances on one database the scheduled retry runs on one of them at a time ({@link JobLocks}),
 * so two instances never deliver the same publication at once.
 */
@Component
public class EventRetryJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventRetryJob.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;
    private final Duration retryEvery;
    private final JobLocks jobLocks;

    EventRetryJob(IncompleteEventPublications incomplete, JobLocks jobLocks,
                  @Value("${app.events.retry-after:PT1M}") Duration retryAfter,
                  @Value("${app.events.retry-every:PT5M}") Duration retryEvery) {
        this.incomplete = incomplete;
        this.jobLocks = jobLocks;
        this.retryAfter = retryAfter;
        this.retryEvery = retryEvery;
    }

    /**
     * Held at most one period (a retry is quick; one that hangs frees the lock for the next period) and at least the
     * shorter of the period and the retry age, so the instances together retry no more often than one alone would.
     */
    @Scheduled(fixedDelayString = "${app.events.retry-every:PT5M}", initialDelayString = "${app.events.retry-every:PT5M}")
    void retryFailedListeners() {
        Duration atLeast = retryAfter.compareTo(retryEvery) < 0 ? retryAfter : retryEvery;
        jobLocks.runOnce("event-retry", retryEvery, atLeast, () -> retryOlderThan(retryAfter));
    }

    /** Runs again, as the system (this is background work), the listeners that failed at least {@code age} ago. */
    public void retryOlderThan(Duration age) {
        SystemActor.run(() -> incomplete.resubmitIncompletePublicationsOlderThan(age));
        LOG.debug("Resubmitted event publications older than {}", age);
    }
}

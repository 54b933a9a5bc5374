package se.fou.oj.base.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.fou.oj.base.security.SystemActor;

/**
 * Delivers again the events whose listener failed. A module's event is stored with the change that published it and
 * deleted once its listener has run (Spring Modulith's JDBC event publication registry); one still there after a
 * while is a listener that threw, e.g. while the database was briefly away. Listeners run right after the commit,
 * so a publication younger than {@code app.events.retry-after} may simply still be running and is left alone.
 * A restart also delivers what is left ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
public class EventRetryJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventRetryJob.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    EventRetryJob(IncompleteEventPublications incomplete,
                  @Value("${app.events.retry-after:PT1M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${app.events.retry-every:PT5M}", initialDelayString = "${app.events.retry-every:PT5M}")
    void retryFailedListeners() {
        retryOlderThan(retryAfter);
    }

    /** Runs again, as the system (this is background work), the listeners that failed at least {@code age} ago. */
    public void retryOlderThan(Duration age) {
        SystemActor.run(() -> incomplete.resubmitIncompletePublicationsOlderThan(age));
        LOG.debug("Resubmitted event publications older than {}", age);
    }
}

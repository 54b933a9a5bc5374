package se.fou.oj.base.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.fou.oj.IntegrationTest;

/**
 * An event between modules is never lost: a listener that fails leaves its publication in the registry, and the
 * retry job delivers it again; an event of a change that was rolled back is never delivered.
 */
class EventRegistryIT extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FlakyListener listener;
    @Autowired
    EventRetryJob retryJob;

    @BeforeEach
    void reset() {
        listener.reset();
    }

    @Test
    void aFailedListenerIsKeptAndDeliveredAgainByTheRetryJob() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> events.publishEvent(new FlakyListener.Probe(id)));

        assertThat(listener.calls()).isEqualTo(1);
        assertThat(listener.delivered()).isEqualTo(0);
        assertThat(waiting(id)).as("the failed publication is kept").isEqualTo(1);

        retryJob.retryOlderThan(Duration.ZERO);

        assertThat(listener.delivered()).isEqualTo(1);
        assertThat(waiting(id)).as("a delivered publication is removed").isZero();
    }

    @Test
    void anEventOfARolledBackChangeIsNeverDelivered() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new FlakyListener.Probe(id));
            tx.setRollbackOnly();
        });

        assertThat(listener.calls()).isEqualTo(0);
        assertThat(waiting(id)).isZero();
    }

    private int waiting(String probeId) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where EVENT_TYPE like ? and SERIALIZED_EVENT like ?",
                Integer.class, "%Probe", "%" + probeId + "%");
    }
}

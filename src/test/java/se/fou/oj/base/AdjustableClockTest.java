package se.fou.oj.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The demo sets the app's clock for its own thread only, and only while a step runs. */
class AdjustableClockTest {

    private static final Instant REAL = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant STORY = Instant.parse("2018-03-06T08:00:00Z");

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(REAL, ZoneId.of("Europe/Stockholm")));

    @Test
    void standsAtTheSetInstantDuringTheStepOnItsThreadOnly() throws Exception {
        Instant[] seen = new Instant[2];
        clock.at(STORY, () -> {
            seen[0] = clock.instant();
            seen[1] = CompletableFuture.supplyAsync(clock::instant).join();
            return null;
        });
        assertThat(seen[0]).isEqualTo(STORY);
        assertThat(seen[1]).as("another thread, e.g. a user's request").isEqualTo(REAL);
        assertThat(clock.instant()).isEqualTo(REAL);
    }

    @Test
    void aNestedStepGivesBackTheOuterStepsInstant() {
        Instant later = STORY.plusSeconds(3600);
        Instant after = clock.at(STORY, () -> {
            clock.at(later, () -> null);
            return clock.instant();
        });
        assertThat(after).isEqualTo(STORY);
        assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(REAL);
        assertThat(clock.at(STORY, () -> clock.withZone(ZoneId.of("UTC")).instant())).isEqualTo(STORY);
    }
}

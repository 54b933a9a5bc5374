package se.fou.oj.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every "now" of the app comes from, in the region's time zone (an ArchUnit rule forbids any other);
 * tests replace it with a settable one.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    @Bean
    AdjustableClock clock() {
        return new AdjustableClock(Clock.system(ZoneId.of("Europe/Stockholm")));
    }
}

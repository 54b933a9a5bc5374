package se.fou.oj.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The JSON log ({@code logging.structured.format.console=ecs} or {@code logstash}, README: Health, metrics and logs):
 * one line per event, a stack trace included, with the user and the request id as fields of their own.
 */
class JsonLogLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void anEventIsOneJsonLineWithTheUserAndTheRequestId(String format) {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment().withProperty("spring.application.name", "fou-oj"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();

        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("se.fou.oj.security.denied"),
                Level.WARN, "Access denied: user=ekero", new IllegalStateException("refused\nsecond line"), null);
        event.setMDCPropertyMap(Map.of(RequestIdFilter.MDC_USER, "ekero", RequestIdFilter.MDC_REQUEST_ID, "req-42"));
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line.strip()).doesNotContain("\n").startsWith("{").endsWith("}");
        assertThat(line).contains("\"user\":\"ekero\"").contains("\"requestId\":\"req-42\"")
                .contains("Access denied: user=ekero").contains("IllegalStateException");
    }
}

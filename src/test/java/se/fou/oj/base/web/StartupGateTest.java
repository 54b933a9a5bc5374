package se.fou.oj.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import se.fou.oj.base.api.ProblemResponses;
import se.fou.oj.base.audit.SecurityAudit;
import se.fou.oj.base.i18n.BundleMessages;
import se.fou.oj.base.i18n.Messages;

/**
 * Until the application is ready (demo data and first administrator in place), every request gets 503 with a
 * Swedish "starting" answer, a problem for the API and a page for the browser; afterwards requests pass.
 */
class StartupGateTest {

    private final Messages messages = BundleMessages.create();
    private final StartupGate gate = new StartupGate(messages, new ProblemResponses(new ObjectMapper(), messages,
            new StaticListableBeanFactory().getBeanProvider(SecurityAudit.class)));

    @Test
    void beforeTheApplicationIsReadyTheApiGetsASwedish503Problem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cycles");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("the request went no further").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"detail\":\"Startar – försök igen om en stund.");
    }

    @Test
    void beforeTheApplicationIsReadyABrowserGetsASwedishPageThatReloadsItself() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>Startar</h1>", "Startar – försök igen om en stund.", "http-equiv=\"refresh\" content=\"5\"");
    }

    @Test
    void beforeTheApplicationIsReadyOnlyTheLivenessProbePasses() throws Exception {
        MockHttpServletRequest liveness = new MockHttpServletRequest("GET", "/actuator/health/liveness");
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(liveness, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(liveness);

        MockHttpServletRequest readiness = new MockHttpServletRequest("GET", "/actuator/health/readiness");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain refused = new MockFilterChain();
        gate.doFilter(readiness, response, refused);
        assertThat(refused.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void onceReadyEveryRequestPasses() throws Exception {
        gate.onApplicationEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                new GenericApplicationContext(), Duration.ZERO));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cycles");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void theGateOpensAfterTheFirstAdministratorIsCreated() throws Exception {
        int gateOrder = StartupGate.class.getMethod("onApplicationEvent", ApplicationReadyEvent.class)
                .getAnnotation(Order.class).value();
        int adminOrder = Class.forName("se.fou.oj.user.AdminBootstrap").getMethod("createFirstAdmin")
                .getAnnotation(Order.class).value();
        // Listeners of the ready event run in ascending order: the gate's opening must come last
        assertThat(gateOrder).isGreaterThan(adminOrder);
    }
}

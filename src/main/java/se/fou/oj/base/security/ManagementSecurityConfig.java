package se.fou.oj.base.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import se.fou.oj.base.api.ProblemResponses;

/**
 * The actuator's endpoints ({@code /actuator/**}): health is open (its details only to administrators,
 * {@code management.endpoint.health.show-details=when-authorized}); the others, metrics and Prometheus among them, as
 * {@link ManagementExposure} says. Ordered before the API's and the screens' chains: Vaadin's chain matches every
 * request and would otherwise send a monitoring tool to the login page. Stateless and HTTP Basic, as the API: a
 * scraper has no session, and without a session cookie no other site can make a browser call these endpoints.
 */
@Configuration
public class ManagementSecurityConfig {

    @Bean
    ManagementExposure managementExposure(@Value("${app.management.exposure:admin}") String setting,
                                          @Value("${management.server.port:#{null}}") Integer managementPort,
                                          @Value("${server.port:8080}") int serverPort) {
        return ManagementExposure.of(setting, managementPort, serverPort);
    }

    @Bean
    @Order(0)
    SecurityFilterChain managementFilterChain(HttpSecurity http, ManagementExposure exposure, ProblemResponses problems)
            throws Exception {
        // With a management port of its own these matchers match only requests to that port
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
                    if (exposure.requiresAdministrator()) {
                        auth.anyRequest().hasRole(Role.ADMIN_NAME);
                    } else {
                        auth.anyRequest().permitAll();
                    }
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfig.API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(SecurityConfig.REFERRER_POLICY)));
        return http.build();
    }
}

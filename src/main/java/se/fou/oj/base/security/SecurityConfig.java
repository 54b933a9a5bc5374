package se.fou.oj.base.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import se.fou.oj.base.api.ProblemResponses;
import se.fou.oj.base.ui.LoginView;

/**
 * Two filter chains: the API under {@code /api/**} (stateless, HTTP Basic, problem+json errors) and the Vaadin UI
 * (form login on {@link LoginView}, route access from each view's annotation).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /** bcrypt with cost 10: about 60–80 ms per check on the development machine. */
    public static final int BCRYPT_COST = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi", "/api/v1/openapi/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // The error dispatch shows the status a filter chose (a refused CSRF token: 403) instead of turning it into a
        // redirect to the login page; it renders nothing a caller was not already told
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/images/**", "/icons/**").permitAll());
        // Vaadin would exempt the login page from CSRF protection, so a forged form could log a victim in under the
        // attacker's account. Only Vaadin's own UIDL and heartbeat requests are exempt here (they carry Vaadin's own
        // security key); the login form sends Spring's token, which Vaadin puts into the page as meta tags.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(UI_CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)));
        return http.build();
    }

    /**
     * What Vaadin 24 Flow needs and no more: its bootstrap and {@code executeJs} need inline scripts and eval, its
     * components inline styles; charts and icons come as data/blob images; the UI talks to its own origin only. Never
     * framed (clickjacking).
     */
    static final String UI_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The API serves data and PDFs, never pages: it may not be framed. (No {@code default-src 'none'}: it would stop
     * browsers' PDF viewers from showing a PDF opened from the API.)
     */
    static final String API_CONTENT_SECURITY_POLICY = "frame-ancestors 'none'";

    /** No address of the app (which names cycles, requests and meetings) goes to another site. */
    static final ReferrerPolicyHeaderWriter.ReferrerPolicy REFERRER_POLICY = ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;
}

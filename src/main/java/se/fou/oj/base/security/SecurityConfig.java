package se.fou.oj.base.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

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
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}

package se.fou.oj.base.api;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import se.fou.oj.base.i18n.Messages;

/**
 * An unknown address under {@code /api/} is a Swedish 404 problem. Without this, Spring MVC finds no controller and
 * hands the request on to Vaadin's catch-all mapping, which answers 200 with the application's HTML page: a client
 * with a typo in its URL would read HTML as if it were data. This mapping comes after the controllers' (so a known
 * path with a wrong method or Content-Type still gets 405 or 415) and before Vaadin's and the static resources'.
 */
@Configuration(proxyBeanMethods = false)
class ApiFallbackConfig {

    static final int ORDER = 100;

    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping(ProblemResponses problems, Messages messages) {
        HttpRequestHandler notFound = (request, response) -> problems.write(response, request.getRequestURI(),
                HttpStatus.NOT_FOUND, messages.get("api.error.noSuchPath", request.getRequestURI()));
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), ORDER);
    }
}

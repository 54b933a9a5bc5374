package se.fou.oj.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/v1/openapi}: title, version and the Basic auth scheme. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenAPI fouOpenApi() {
        return new OpenAPI()
                .info(new Info().title("FoU Nordväst – Öppna jämförelser API").version("v1")
                        .description("Cykler, resultat med beräknat regionsnitt och import. HTTP Basic med samma "
                                + "användare, roller och kommunregler som i webbgränssnittet."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}

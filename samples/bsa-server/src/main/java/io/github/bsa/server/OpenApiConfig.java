package io.github.bsa.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs}. A copy is checked in as {@code
 * samples/bsa-server/openapi.json} and a test keeps it equal, so every API change shows in review.
 */
@Configuration
public class OpenApiConfig {
  @Bean
  OpenAPI bsaOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("bsa server API")
                .version("v1")
                .description(
                    "Upload bank statements, follow their jobs, read statements, transactions and"
                        + " analyses. Errors are RFC 9457 problem details with a `code`. Changes"
                        + " within v1 are additive only; breaking changes get /api/v2.")
                .license(new License().name("Apache-2.0")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "apiKey",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name(ApiKeyFilter.HEADER))
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}

package org.quietline.server.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.InstantSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The conventions every endpoint shares: problems, the body size limit, the clock, the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    InstantSource clock() {
        return InstantSource.system();
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    JsonBody jsonBody(JsonMapper json, @Value("${quietline.api.max-body-size:256KB}") DataSize limit) {
        return new JsonBody(json, limit.toBytes());
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(@Value("${quietline.api.max-body-size:256KB}") DataSize limit,
            @Value("${quietline.api.max-scrub-body-size:4MB}") DataSize scrubLimit,
            @Value("${quietline.api.max-batch-body-size:4MB}") DataSize batchLimit, ProblemWriter problems) {
        // Before security: an oversized body is refused whoever sends it, without reading it. Scrubbing takes
        // up to 100,000 numbers in one call (about 2 MB of JSON).
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(
                limit.toBytes(), java.util.Map.of("/api/v1/scrub", scrubLimit.toBytes(),
                "/api/v1/reports", batchLimit.toBytes(), "/api/v1/cdrs", batchLimit.toBytes()), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    OpenAPI quietlineOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Quietline API").version("v1")
                        .description("Screening of SMS and calls with explained verdicts. Errors are RFC 9457 problems."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API key: Authorization: Bearer <key>")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}

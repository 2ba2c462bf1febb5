package io.github.bsa.server;

import io.github.bsa.storage.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what. The API ({@code /api/**}) needs an API key ({@code X-API-Key}) or a JWT
 * ({@code Authorization: Bearer}); reading needs {@code statements:read}, uploading and deleting
 * {@code statements:write}. The upload page, health, Prometheus scrape and OpenAPI description are
 * public. Stateless: no session, no cookies, so no CSRF token.
 */
@Configuration
public class SecurityConfig {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ServerProperties properties)
      throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, e) -> {
          response.setHeader("WWW-Authenticate", "ApiKey, Bearer");
          Problems.write(
              response,
              HttpStatus.UNAUTHORIZED,
              "UNAUTHORIZED",
              "Send an API key (X-API-Key) or a valid bearer token");
        };
    AccessDeniedHandler forbidden =
        (request, response, e) ->
            Problems.write(
                response, HttpStatus.FORBIDDEN, "FORBIDDEN", "This credential may only read");
    http.csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/",
                        "/index.html",
                        "/app.js",
                        "/app.css",
                        "/favicon.ico",
                        "/error",
                        "/health",
                        "/health/**",
                        "/prometheus",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/**")
                    .hasAuthority(TenantPrincipal.WRITE)
                    .requestMatchers(HttpMethod.DELETE, "/api/**")
                    .hasAuthority(TenantPrincipal.WRITE)
                    .requestMatchers("/api/**")
                    .hasAuthority(TenantPrincipal.READ)
                    .anyRequest()
                    .denyAll())
        .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
    ServerProperties.Jwt jwt = properties.jwt();
    String secret = jwt.secret();
    if (secret != null && !secret.isEmpty()) {
      NimbusJwtDecoder decoder =
          NimbusJwtDecoder.withSecretKey(
                  new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
              .macAlgorithm(MacAlgorithm.HS256)
              .build();
      decoder.setJwtValidator(
          new DelegatingOAuth2TokenValidator<>(
              new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
              new JwtTimestampValidator(jwt.clockSkew()),
              new JwtIssuerValidator(jwt.issuer()),
              new JwtClaimValidator<List<String>>(
                  JwtClaimNames.AUD, aud -> aud != null && aud.contains(jwt.audience()))));
      http.oauth2ResourceServer(
          o ->
              o.authenticationEntryPoint(unauthorized)
                  .accessDeniedHandler(forbidden)
                  .jwt(
                      j ->
                          j.decoder(decoder)
                              .jwtAuthenticationConverter(
                                  token -> new TenantAuthentication(principal(token, jwt)))));
    }
    return http.build();
  }

  /**
   * Maps a verified token to its tenant: the tenant claim names it, and the {@code scope} claim
   * must hold {@code statements:write} for uploads and deletes (any valid token of the tenant may
   * read).
   */
  static TenantPrincipal principal(Jwt token, ServerProperties.Jwt settings) {
    String tenant = token.getClaimAsString(settings.tenantClaim());
    if (tenant == null || !tenant.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error("invalid_token", "The token names no valid tenant", null));
    }
    boolean write = scopes(token).contains("statements:write");
    return new TenantPrincipal(TenantId.of(tenant), !write, "jwt");
  }

  private static Collection<String> scopes(Jwt token) {
    List<String> out = new ArrayList<>();
    Object scope = token.getClaims().get("scope");
    if (scope instanceof String s) {
      out.addAll(List.of(s.split(" ", -1)));
    } else if (scope instanceof Collection<?> c) {
      c.forEach(x -> out.add(String.valueOf(x)));
    }
    Object scp = token.getClaims().get("scp");
    if (scp instanceof Collection<?> c) {
      c.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}

package io.github.bsa.server;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The server's settings under {@code bsa.server}, validated at start-up: a bad value stops the
 * server with a message naming the property.
 *
 * @param apiKeys API keys as {@code tenant:key[:read],...} (environment {@code
 *     BSA_SERVER_API_KEYS}); {@code :read} makes a key read-only. Keys are hashed on load.
 * @param demoKey whether to create and print a random key for tenant {@code demo} at start-up
 * @param jwt JWT bearer settings
 * @param uploads upload limits
 * @param jobs background job settings
 * @param analysisCache the per-tenant analysis cache
 * @param sentryDsn the Sentry DSN (environment {@code SENTRY_DSN}); empty: nothing is sent
 */
@Validated
@ConfigurationProperties("bsa.server")
public record ServerProperties(
    @Pattern(
            regexp =
                "^$|^([A-Za-z0-9._-]{1,64}:[A-Za-z0-9._~+/=-]{16,200}(:read)?)(,\\s*[A-Za-z0-9._-]{1,64}:[A-Za-z0-9._~+/=-]{16,200}(:read)?)*$",
            message = "must be tenant:key[:read],... with keys of 16 to 200 characters")
        @Nullable String apiKeys,
    boolean demoKey,
    @Valid @NotNull Jwt jwt,
    @Valid @NotNull Uploads uploads,
    @Valid @NotNull Jobs jobs,
    @Valid @NotNull AnalysisCache analysisCache,
    @Nullable String sentryDsn) {

  /**
   * JWT bearer tokens signed with HMAC-SHA256.
   *
   * @param secret the shared secret, at least 32 bytes; empty disables JWT
   * @param issuer the required {@code iss}
   * @param audience the required {@code aud}
   * @param tenantClaim the claim that names the tenant
   * @param clockSkew tolerated clock difference for {@code exp} and {@code nbf}
   */
  public record Jwt(
      @Nullable
          @Pattern(
              regexp = "^$|^.{32,}$",
              message = "must be empty or at least 32 bytes (256 bits)")
          String secret,
      @NotBlank String issuer,
      @NotBlank String audience,
      @NotBlank String tenantClaim,
      @NotNull Duration clockSkew) {}

  /**
   * Upload limits. Byte limits are Spring's {@code spring.servlet.multipart.*}.
   *
   * @param maxFiles files per request
   * @param perMinute uploads (requests) a tenant may start per minute
   * @param burst uploads a tenant may start at once
   * @param perMinuteOverrides per-tenant {@code perMinute}
   */
  public record Uploads(
      @Min(1) @Max(100) int maxFiles,
      @Min(1) @Max(1_000_000) int perMinute,
      @Min(1) @Max(1_000_000) int burst,
      Map<String, Integer> perMinuteOverrides) {
    /** Copies the map. */
    public Uploads {
      perMinuteOverrides = perMinuteOverrides == null ? Map.of() : Map.copyOf(perMinuteOverrides);
    }
  }

  /**
   * Background jobs.
   *
   * @param workers worker threads of this instance
   * @param maxQueued queued jobs (all tenants) beyond which uploads get 503
   * @param maxAttempts attempts for transient failures
   * @param lease how long a claimed job stays with a worker without renewal
   */
  public record Jobs(
      @Min(1) @Max(64) int workers,
      @Min(1) int maxQueued,
      @Min(1) @Max(20) int maxAttempts,
      @NotNull Duration lease) {}

  /**
   * The per-tenant analysis cache.
   *
   * @param maxEntries entries over all tenants
   * @param ttl how long an entry lives; bounds staleness from other instances' uploads
   */
  public record AnalysisCache(@Min(0) int maxEntries, @NotNull Duration ttl) {}
}

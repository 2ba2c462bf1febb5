package io.github.bsa.server;

import io.github.bsa.storage.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per tenant for uploads: {@code burst} at once, refilled at {@code perMinute}. Per
 * instance: behind a load balancer with N instances a tenant gets up to N times the rate (put a
 * shared limiter in the gateway when that matters). Thread-safe.
 */
@Component
public class UploadRateLimiter {
  private final ServerProperties.Uploads settings;
  private final Map<TenantId, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * Creates the limiter.
   *
   * @param properties the server settings
   */
  public UploadRateLimiter(ServerProperties properties) {
    this.settings = properties.uploads();
  }

  /**
   * Takes one upload from the tenant's bucket.
   *
   * @throws Problems.RateLimited with the seconds until the next token
   */
  void acquire(TenantId tenant) {
    int perMinute =
        settings.perMinuteOverrides().getOrDefault(tenant.value(), settings.perMinute());
    int burst = Math.min(settings.burst(), Math.max(1, perMinute));
    Bucket b = buckets.computeIfAbsent(tenant, t -> new Bucket(burst));
    long wait = b.take(burst, perMinute / 60_000_000_000.0, System.nanoTime());
    if (wait > 0) {
      throw new Problems.RateLimited(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
    }
  }

  private static final class Bucket {
    private double tokens;
    private long last = System.nanoTime();

    Bucket(int burst) {
      this.tokens = burst;
    }

    /** Returns 0 when a token was taken, else the nanoseconds until one is there. */
    synchronized long take(int burst, double perNano, long now) {
      tokens = Math.min(burst, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}

package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a store health check, for a host's readiness probe or monitoring. Details never
 * contain secrets or stored data. Immutable.
 *
 * @param healthy whether the store can serve requests
 * @param latency how long the check took
 * @param detail a short explanation, such as {@code "schema version 2"} or the error code
 * @param details more facts (for example {@code dialect}, {@code schemaVersion}, {@code sqlState})
 * @since 0.1
 */
public record StoreHealth(
    boolean healthy, Duration latency, String detail, Map<String, String> details) {

  /** Validates and copies the components. */
  public StoreHealth {
    requireNonNull(latency, "latency");
    requireNonNull(detail, "detail");
    details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
  }
}

package io.github.bsa.storage.health;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The health of one component ({@code storage}, {@code jobs}, {@code cache}, {@code backup}, {@code
 * formats}). Details are counts, durations, versions and error codes; never secrets or stored data.
 * Immutable.
 *
 * @param name the component name
 * @param status its status
 * @param reason a short explanation, such as {@code "schema version 2"} or why it is not UP
 * @param details more facts, sorted by key
 * @since 0.2
 */
public record HealthComponent(
    String name, HealthStatus status, String reason, Map<String, String> details) {
  /** Validates and copies the components. */
  public HealthComponent {
    requireNonNull(name, "name");
    requireNonNull(status, "status");
    requireNonNull(reason, "reason");
    details = Collections.unmodifiableMap(new TreeMap<>(details));
  }
}

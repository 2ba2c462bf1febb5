package io.github.bsa.storage.health;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health of a bsa installation: the worst status of its components, the bsa version and when it
 * was checked. Immutable and thread-safe. {@link #toJson()} is the form a host serves as its health
 * endpoint (answer 503 when {@link #status()} is {@link HealthStatus#DOWN}).
 *
 * @since 0.2
 */
public final class HealthReport {
  /** The version of the JSON form, the {@code schemaVersion} field. */
  public static final int JSON_SCHEMA_VERSION = 1;

  private final HealthStatus status;
  private final String version;
  private final Instant checkedAt;
  private final List<HealthComponent> components;

  /**
   * Creates a report; the status is the worst of the components' (UP when there are none).
   *
   * @param version the bsa version
   * @param checkedAt when the check ran
   * @param components the components, in the order to show them
   */
  public HealthReport(String version, Instant checkedAt, List<HealthComponent> components) {
    this.version = requireNonNull(version, "version");
    this.checkedAt = requireNonNull(checkedAt, "checkedAt");
    this.components = List.copyOf(components);
    HealthStatus worst = HealthStatus.UP;
    for (HealthComponent c : this.components) {
      worst = worst.worst(c.status());
    }
    this.status = worst;
  }

  /**
   * Returns the overall status, the worst of the components.
   *
   * @return the status
   */
  public HealthStatus status() {
    return status;
  }

  /**
   * Returns the bsa version, such as {@code 0.2.0}.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns when the check ran.
   *
   * @return the instant
   */
  public Instant checkedAt() {
    return checkedAt;
  }

  /**
   * Returns the components.
   *
   * @return an unmodifiable list
   */
  public List<HealthComponent> components() {
    return components;
  }

  /**
   * Returns a component by name.
   *
   * @param name such as {@code "storage"}
   * @return the component, empty if it was not checked
   */
  public Optional<HealthComponent> component(String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Returns the JSON form: {@code {"schemaVersion":1,"status":"UP","version":"0.2.0",
   * "checkedAt":"...","components":{"storage":{"status":"UP","reason":"...","details":{...}},...}}}.
   *
   * @return compact JSON
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"schemaVersion\":").append(JSON_SCHEMA_VERSION);
    sb.append(",\"status\":");
    string(sb, status.name());
    sb.append(",\"version\":");
    string(sb, version);
    sb.append(",\"checkedAt\":");
    string(sb, checkedAt.toString());
    sb.append(",\"components\":{");
    boolean first = true;
    for (HealthComponent c : components) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      string(sb, c.name());
      sb.append(":{\"status\":");
      string(sb, c.status().name());
      sb.append(",\"reason\":");
      string(sb, c.reason());
      sb.append(",\"details\":{");
      boolean firstDetail = true;
      for (Map.Entry<String, String> e : c.details().entrySet()) {
        if (!firstDetail) {
          sb.append(',');
        }
        firstDetail = false;
        string(sb, e.getKey());
        sb.append(':');
        string(sb, e.getValue());
      }
      sb.append("}}");
    }
    sb.append("}}");
    return sb.toString();
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    sb.append('"');
  }

  @Override
  public String toString() {
    return "HealthReport[" + status + ", " + components.size() + " components]";
  }
}

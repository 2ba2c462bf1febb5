package io.github.bsa.storage.jobs;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identifier of a background job: a random UUID in its canonical lower-case text form, so it
 * reveals nothing about the tenant or the input. Immutable.
 *
 * @param value the id text
 * @since 0.1
 */
public record JobId(String value) {
  private static final Pattern VALID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /**
   * Validates the id.
   *
   * @throws IllegalArgumentException if the text is not a lower-case UUID
   */
  public JobId {
    requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("A job id is a lower-case UUID");
    }
  }

  /**
   * Returns a new random id.
   *
   * @return the id
   */
  public static JobId random() {
    return new JobId(UUID.randomUUID().toString());
  }

  /**
   * Parses an id, for example one a host received from its user.
   *
   * @param value the text
   * @return the id
   * @throws IllegalArgumentException if the text is not a lower-case UUID
   */
  public static JobId parse(String value) {
    return new JobId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

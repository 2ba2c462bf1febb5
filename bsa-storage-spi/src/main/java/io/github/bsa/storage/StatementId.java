package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The id of a stored statement, unique within its tenant. Ids are opaque: a store derives them from
 * the tenant, the source file and the statement's position in it, so guessing another tenant's id
 * gains nothing (every lookup is also filtered by tenant). Immutable.
 *
 * @param value 1 to 64 letters, digits, {@code -} or {@code _}
 * @since 0.1
 */
public record StatementId(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * Validates the id.
   *
   * @throws IllegalArgumentException if the id has other characters or is too long
   */
  public StatementId {
    requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("A statement id is 1 to 64 letters, digits, '-' or '_'");
    }
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the value
   * @return the id
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public static StatementId of(String value) {
    return new StatementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

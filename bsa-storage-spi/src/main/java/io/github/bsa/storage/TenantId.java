package io.github.bsa.storage;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The tenant that owns stored data. The host application authenticates its user and passes the
 * tenant explicitly to every storage call; bsa keeps no ambient tenant state. Ids are 1 to 64
 * characters of letters, digits, {@code .}, {@code _} and {@code -}, so they can never smuggle SQL
 * or path syntax. Immutable.
 *
 * @param value the tenant id
 * @since 0.1
 */
public record TenantId(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /**
   * Validates the id.
   *
   * @throws IllegalArgumentException if the id is empty, too long or has other characters
   */
  public TenantId {
    requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("A tenant id is 1 to 64 letters, digits, '.', '_' or '-'");
    }
  }

  /**
   * Returns the tenant with the given id.
   *
   * @param value the id
   * @return the tenant
   * @throws IllegalArgumentException if the id is not valid
   */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

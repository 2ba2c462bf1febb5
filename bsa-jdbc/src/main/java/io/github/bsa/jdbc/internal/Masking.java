package io.github.bsa.jdbc.internal;

import java.util.regex.Pattern;

/** Masks secrets in JDBC URLs before they reach a log or a {@code toString()}. */
public final class Masking {
  private static final Pattern PASSWORD =
      Pattern.compile("(?i)(password|passwd|pwd|sslpassword|sslkey|secret)=[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

  private Masking() {}

  /**
   * Returns the URL with passwords and user info replaced by {@code <masked>}.
   *
   * @param jdbcUrl the URL
   * @return the masked URL
   */
  public static String maskUrl(String jdbcUrl) {
    String s = PASSWORD.matcher(jdbcUrl).replaceAll("$1=<masked>");
    return USER_INFO.matcher(s).replaceAll("//<masked>@");
  }
}

package io.github.bsa.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validated International Bank Account Number (ISO 13616): country code, check digits verified
 * with MOD 97-10, and the length checked for countries whose length is known. {@link #toString()}
 * masks all but the last four characters so an IBAN never reaches a log by accident; use {@link
 * #value()} for the full number. Immutable.
 *
 * @since 0.1
 */
public final class Iban {
  private static final Map<String, Integer> LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AL", 28),
          Map.entry("AT", 20),
          Map.entry("AZ", 28),
          Map.entry("BA", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BR", 29),
          Map.entry("CH", 21),
          Map.entry("CR", 22),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DK", 18),
          Map.entry("DO", 28),
          Map.entry("EE", 20),
          Map.entry("EG", 29),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GE", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("GT", 28),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MR", 27),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("SA", 24),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VG", 24),
          Map.entry("XK", 20));

  private final String value;

  private Iban(String value) {
    this.value = value;
  }

  /**
   * Parses an IBAN in electronic ({@code NL91ABNA0417164300}) or print form (with spaces).
   *
   * @param text the IBAN
   * @return the IBAN
   * @throws IllegalArgumentException if the text is not a valid IBAN; the message does not repeat
   *     the text
   */
  public static Iban parse(String text) {
    requireNonNull(text, "text");
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a valid IBAN"));
  }

  /**
   * Parses an IBAN, or returns empty when the text is not a valid one.
   *
   * @param text the candidate, may be {@code null}
   * @return the IBAN
   */
  public static Optional<Iban> tryParse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    String compact = compact(text);
    return isValid(compact) ? Optional.of(new Iban(compact)) : Optional.empty();
  }

  /**
   * Returns whether a text is a valid IBAN.
   *
   * @param text the candidate, may be {@code null}
   * @return whether it is valid
   */
  public static boolean isValid(@Nullable String text) {
    if (text == null) {
      return false;
    }
    String s = compact(text);
    if (s.length() < 15 || s.length() > 34) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      if (i < 2 ? !letter : i < 4 ? !digit : !(letter || digit)) {
        return false;
      }
    }
    Integer expected = LENGTHS.get(s.substring(0, 2));
    if (expected != null && expected != s.length()) {
      return false;
    }
    int remainder = 0;
    String rearranged = s.substring(4) + s.substring(0, 4);
    for (int i = 0; i < rearranged.length(); i++) {
      int n = Character.digit(rearranged.charAt(i), 36);
      remainder = n > 9 ? (remainder * 100 + n) % 97 : (remainder * 10 + n) % 97;
    }
    return remainder == 1;
  }

  /**
   * Returns the IBAN in electronic form, upper case without spaces.
   *
   * @return the full IBAN
   */
  public String value() {
    return value;
  }

  /**
   * Returns the ISO 3166 country code.
   *
   * @return the country code
   */
  public String countryCode() {
    return value.substring(0, 2);
  }

  /**
   * Returns the masked form, such as {@code NL** **** **** **43 00}: the country and the last four
   * characters are kept.
   *
   * @return the masked IBAN
   */
  public String masked() {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(' ');
      }
      sb.append(i < 2 || i >= value.length() - 4 ? value.charAt(i) : '*');
    }
    return sb.toString();
  }

  /**
   * Returns the IBAN in print form, in groups of four.
   *
   * @return the formatted IBAN
   */
  public String formatted() {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(' ');
      }
      sb.append(value.charAt(i));
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Iban other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the {@linkplain #masked() masked} form. */
  @Override
  public String toString() {
    return masked();
  }

  private static String compact(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '-' && c != '\u00a0') {
        sb.append(c);
      }
    }
    String s = sb.toString().toUpperCase(Locale.ROOT);
    return s.startsWith("IBAN") ? s.substring(4) : s;
  }
}

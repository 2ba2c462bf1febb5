package io.github.bsa.parsers.internal.pdf;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Decides a statement's currency from a "Currency: XXX" label, ISO codes, or symbols. */
final class Currencies {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(?:currency|w(?:ä|ae)hrung|devise|moneda|valuta)\\s*:?\\s*([A-Z]{3})\\b");
  private static final List<String> LABEL_WORDS =
      List.of("currency", "hrung", "devise", "moneda", "valuta");
  private static final Pattern CODE = Pattern.compile("\\b([A-Z]{3})\\b");
  private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

  static {
    SYMBOLS.put("₹", "INR");
    SYMBOLS.put("Rs.", "INR");
    SYMBOLS.put("€", "EUR");
    SYMBOLS.put("£", "GBP");
    SYMBOLS.put("CHF", "CHF");
    SYMBOLS.put("CA$", "CAD");
    SYMBOLS.put("A$", "AUD");
    SYMBOLS.put("¥", "JPY");
    SYMBOLS.put("₩", "KRW");
    SYMBOLS.put("$", "USD");
  }

  private static final List<String> COMMON =
      List.of(
          "EUR", "USD", "GBP", "CHF", "INR", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK",
          "HUF", "SGD", "HKD", "NZD", "ZAR", "MXN", "BRL", "AED", "KRW", "KWD", "BHD", "OMR",
          "JOD");

  private Currencies() {}

  static @Nullable String detect(List<Line> lines) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Line l : lines) {
      String text = l.text();
      Matcher m;
      if (mayHoldLabel(l.folded())) {
        m = LABEL.matcher(text);
        if (m.find() && valid(m.group(1))) {
          return m.group(1);
        }
      }
      if (hasThreeCapitals(text)) {
        m = CODE.matcher(text);
        while (m.find()) {
          if (COMMON.contains(m.group(1))) {
            counts.merge(m.group(1), 3, Integer::sum);
          }
        }
      }
      for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
        if (text.contains(e.getKey())) {
          counts.merge(e.getValue(), 1, Integer::sum);
          if (!e.getKey().equals("$")) {
            break;
          }
        }
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * Whether the line's folded text holds one of {@link #LABEL}'s words: a match of the pattern is
   * letters only, which folding keeps together in lower case ("Währung" as "wahrung"), so a line
   * without one is not matched against the pattern at all.
   */
  private static boolean mayHoldLabel(String folded) {
    for (String word : LABEL_WORDS) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds three capital letters A-Z in a row, as every {@link #CODE} does. */
  private static boolean hasThreeCapitals(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= 'A' && c <= 'Z' ? run + 1 : 0;
      if (run == 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean valid(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The currency's fraction digits when they are 0 or 3 (JPY, KRW, KWD, BHD), else 2. */
  static int decimals(@Nullable String code) {
    if (code == null) {
      return 2;
    }
    try {
      int d = Currency.getInstance(code).getDefaultFractionDigits();
      return d == 0 || d == 3 ? d : 2;
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }
}

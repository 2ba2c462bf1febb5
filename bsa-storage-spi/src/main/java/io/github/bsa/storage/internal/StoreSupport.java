package io.github.bsa.storage.internal;

import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.report.ParseResultJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What bsa's own stores share beyond {@code ImportPlan}: the stored JSON of a statement, the
 * searched text, LIKE patterns and scaled amounts. Not API: exported only to {@code
 * io.github.bsa.jdbc} (ADR 0012). Stateless and thread-safe.
 */
public final class StoreSupport {
  private static final BigDecimal E4 = BigDecimal.valueOf(10_000);

  private StoreSupport() {}

  /**
   * Returns the canonical JSON of one statement (a parse result holding only it).
   *
   * @param format the format id
   * @param sourceSha256 the source hash
   * @param statement the statement
   * @return the JSON
   */
  public static String statementJson(String format, String sourceSha256, Statement statement) {
    return ParseResultJson.toJson(
        ParseResult.builder()
            .format(format)
            .sourceSha256(sourceSha256)
            .addStatement(statement)
            .build());
  }

  /**
   * Reads a statement written by {@link #statementJson}.
   *
   * @param json the JSON
   * @return the statement
   */
  public static Statement statementFromJson(String json) {
    return ParseResultJson.fromJson(json).statements().get(0);
  }

  /**
   * Returns the lower-case text searched by {@code TransactionQuery.text}.
   *
   * @param t the transaction
   * @return the text
   */
  public static String searchText(Transaction t) {
    return (t.description() + '\n' + t.counterparty().orElse("") + '\n' + t.reference().orElse(""))
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether a transaction matches a text criterion.
   *
   * @param t the transaction
   * @param text the criterion
   * @return whether it matches
   */
  public static boolean matchesText(Transaction t, String text) {
    return searchText(t).contains(text.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns a LIKE pattern that matches the text literally anywhere, with {@code \} as escape.
   *
   * @param text the text
   * @return the pattern
   */
  public static String likePattern(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length() + 2).append('%');
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '%' || c == '_' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('%').toString();
  }

  /**
   * Returns an amount in units of 1/10000, rounded in the given direction (exact for up to four
   * decimals), for range filters in databases without an exact decimal type.
   *
   * @param amount the amount
   * @param mode the rounding
   * @return the scaled amount
   */
  public static long amountE4(BigDecimal amount, RoundingMode mode) {
    return amount.multiply(E4).setScale(0, mode).longValueExact();
  }
}

package io.github.bsa.parsers.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a document that holds the statements of several accounts into one run of pages per
 * account: a page whose head (its first lines) names another account number or IBAN than the pages
 * before starts a new statement; a page naming none continues the current one. Accounts that change
 * in the middle of a page are not split (see docs/formats/pdf.md).
 */
final class AccountSplitter {
  /** How many lines at the top of a page count as its head. */
  private static final int HEAD_LINES = 8;

  private static final Pattern IBAN =
      Pattern.compile("\\b([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\\b");

  private AccountSplitter() {}

  static List<List<List<Line>>> split(List<List<Line>> pages) {
    List<List<List<Line>>> segments = new ArrayList<>();
    List<List<Line>> current = new ArrayList<>();
    String account = null;
    for (List<Line> page : pages) {
      String here = account(page);
      if (here != null && account != null && !here.equals(account) && !current.isEmpty()) {
        segments.add(current);
        current = new ArrayList<>();
      }
      if (here != null) {
        account = here;
      }
      current.add(page);
    }
    if (!current.isEmpty()) {
      segments.add(current);
    }
    return segments;
  }

  /** The account number or IBAN named in the page's head, digits and letters only. */
  static @Nullable String account(List<Line> page) {
    for (int i = 0; i < Math.min(HEAD_LINES, page.size()); i++) {
      String text = page.get(i).text();
      Matcher m = IBAN.matcher(text);
      while (m.find()) {
        String candidate = m.group(1).replace(" ", "");
        if (io.github.bsa.core.model.Iban.isValid(candidate)) {
          return candidate;
        }
      }
      m = StatementFields.ACCOUNT.matcher(text.replace("  ", "\u0001"));
      if (m.find()) {
        return m.group(1).replaceAll("[^0-9A-Za-z]", "");
      }
    }
    return null;
  }
}

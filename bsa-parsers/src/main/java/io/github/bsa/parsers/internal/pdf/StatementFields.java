package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.model.Iban;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Stage "statement fields": the account number, IBAN, holder and bank printed outside the table.
 */
final class StatementFields {
  /** What was found; each field {@code null} when absent. */
  static final class Fields {
    @Nullable String accountNumber;
    @Nullable String iban;
    @Nullable String holder;
    @Nullable String bank;
  }

  static final Pattern ACCOUNT =
      Pattern.compile(
          "(?i)(?:account|acct|a/c|konto|compte|cuenta|conto|rekening)\\.?[\\s\u0001]*"
              + "(?:number|no\\.?|nr\\.?|#|n°|nº|nummer|num\\.?)?"
              + "[\\s\u0001]*[:.]?[\\s\u0001]*([0-9][0-9-]{3,}[0-9](?: [0-9]{2,})*)");
  private static final Pattern IBAN =
      Pattern.compile("\\b([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\\b");
  private static final Pattern HOLDER =
      Pattern.compile(
          "(?:(?:MR|MRS|MS|MISS|DR|M\\.|MME|HERR|FRAU|SR|SRA)\\.? )?\\p{L}[\\p{L}'.-]+(?: \\p{L}[\\p{L}'.-]*){1,4}");
  private static final Pattern BANK =
      Pattern.compile(
          "(?i)\\b(bank|banque|banco|banca|sparkasse|credit union|volksbank|raiffeisen|savings)\\b");

  private StatementFields() {}

  static Fields find(List<List<Line>> pages, Map<Line, Boolean> consumed) {
    Fields result = new Fields();
    for (List<Line> page : pages) {
      for (Line line : page) {
        if (consumed.containsKey(line)) {
          continue;
        }
        String text = line.text();
        if (result.iban == null) {
          var m = IBAN.matcher(text);
          while (m.find()) {
            String candidate = m.group(1).replace(" ", "");
            if (Iban.isValid(candidate)) {
              result.iban = candidate;
              break;
            }
          }
        }
        if (result.accountNumber == null) {
          var m = ACCOUNT.matcher(text.replace("  ", "\u0001"));
          if (m.find()) {
            result.accountNumber = m.group(1).strip();
          }
        }
      }
    }
    if (pages.isEmpty()) {
      return result;
    }
    List<Line> first = pages.get(0);
    for (int i = 0; i < first.size() && (result.holder == null || result.bank == null); i++) {
      Line line = first.get(i);
      if (consumed.containsKey(line)) {
        break;
      }
      List<Label> labels = Label.of(line);
      for (Label l : labels) {
        String t = l.text().strip();
        if (result.bank == null
            && BANK.matcher(t).find()
            && t.length() <= 60
            && !t.contains(":")
            && !t.contains("@")
            && t.split(" ").length <= 8) {
          result.bank = t.endsWith(".") && !t.endsWith("Ltd.") ? t.substring(0, t.length() - 1) : t;
        }
      }
      if (result.holder == null && !labels.isEmpty()) {
        Label l = labels.get(0);
        String t = l.text().strip();
        if (HOLDER.matcher(t).matches()
            && !BANK.matcher(t).find()
            && !t.contains(":")
            && addressBelow(first, i, l)) {
          result.holder = t;
        }
      }
    }
    return result;
  }

  private static boolean addressBelow(List<Line> page, int i, Label label) {
    for (int k = i + 1; k < Math.min(page.size(), i + 4); k++) {
      Line next = page.get(k);
      if (next.baseline - page.get(i).baseline > page.get(i).size * 5) {
        return false;
      }
      for (Label l : Label.of(next)) {
        if (Math.abs(l.x0() - label.x0()) <= 3) {
          return l.text().matches(".*\\d.*");
        }
      }
    }
    return false;
  }
}

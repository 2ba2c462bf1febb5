package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Transfers to the holder's own other accounts found by structure, whatever the language: a debit
 * (not a card payment, not cash) whose description names the statement holder (every word of the
 * holder's name, at least two) or an account number with the customer number of the statement's
 * account (the same digits but the last two, at least eight digits, other last two digits than the
 * statement's own: the holder's savings account at the same bank). When the statement's account is
 * an IBAN the customer number is read from its basic bank account number (the part after the
 * country and the two check digits, which differ from account to account), and another IBAN of the
 * same country and customer number counts whether the description prints it (compact or in groups
 * of four) or the transaction's counterparty account holds it. The words around it may be unknown;
 * the name and the number come from the statement's own header. Credits are left alone: a salary or
 * a friend's transfer may print the holder as the beneficiary. Linear: one substring search per
 * candidate debit, only when the statement names its holder or account.
 */
final class HolderTransfers {
  /** Rule id of a debit that names the holder. */
  static final String HOLDER_NAME = "analysis.own-transfer.holder-name";

  /** Rule id of a debit that names another account of the holder's customer number. */
  static final String HOLDER_ACCOUNT = "analysis.own-transfer.holder-account";

  private static final int MIN_ACCOUNT_DIGITS = 8;

  private HolderTransfers() {}

  /** What the statements' headers say about their holder, by account key. */
  private record Holder(
      List<String> nameWords, String customerNumber, String ownSuffix, String ibanCountry) {}

  /**
   * Returns the debits that go to the holder's own accounts, with their rule ids, in input order.
   */
  static List<Map.Entry<Item, String>> find(
      List<Statement> statements, boolean[] primary, Items items) {
    Map<String, Holder> holders = new HashMap<>();
    for (int s = 0; s < statements.size(); s++) {
      if (!primary[s]) {
        continue;
      }
      Statement st = statements.get(s);
      List<String> words = new ArrayList<>();
      st.account()
          .holder()
          .ifPresent(
              h -> {
                for (String w : Text.fold(h).strip().split(" ", -1)) {
                  if (w.length() >= 2 && w.chars().allMatch(Character::isLetter)) {
                    words.add(" " + w + " ");
                  }
                }
              });
      String number = st.account().number().orElse("");
      String iban = st.account().iban().map(Iban::value).orElse("");
      String country = "";
      String digits;
      if (looksLikeIban(number) || looksLikeIban(iban)) {
        String compact = AnalysisOptions.normalizeAccount(looksLikeIban(number) ? number : iban);
        country = compact.substring(0, 2).toLowerCase(Locale.ROOT);
        digits = digits(compact.substring(4));
      } else {
        digits = digits(number);
      }
      String customer =
          digits.length() >= MIN_ACCOUNT_DIGITS ? digits.substring(0, digits.length() - 2) : "";
      if (words.size() >= 2 || !customer.isEmpty()) {
        holders.put(
            st.account().key(),
            new Holder(
                words.size() >= 2 ? words : List.of(),
                customer,
                customer.isEmpty() ? "" : digits.substring(digits.length() - 2),
                customer.isEmpty() ? "" : country));
      }
    }
    if (holders.isEmpty()) {
      return List.of();
    }
    List<Map.Entry<Item, String>> out = new ArrayList<>();
    for (int row = 0; row < items.size(); row++) {
      if (items.exclusion[row] != null || items.sign[row] >= 0) {
        continue;
      }
      Item i = items.item(row);
      if (i.card()
          || Categorizer.CARD_RULE.equals(i.ruleId())
          || Categories.CASH_WITHDRAWAL.equals(i.category())) {
        continue;
      }
      Holder h = holders.get(i.accountKey());
      if (h == null) {
        continue;
      }
      String folded = i.folded();
      if (!h.customerNumber().isEmpty()
          && (namesCustomer(folded, h.customerNumber(), h.ownSuffix())
              || (!h.ibanCountry().isEmpty()
                  && (namesIban(folded, h)
                      || sameCustomerIban(i.tx().counterpartyAccount().orElse(""), h))))) {
        out.add(Map.entry(i, HOLDER_ACCOUNT));
      } else if (!h.nameWords().isEmpty() && namesAll(folded, h.nameWords())) {
        out.add(Map.entry(i, HOLDER_NAME));
      }
    }
    return out;
  }

  private static String digits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Two letters, two digits, then at least ten letters or digits (spaces, dots, dashes aside). */
  static boolean looksLikeIban(String s) {
    String c = AnalysisOptions.normalizeAccount(s);
    if (c.length() < 14 || c.length() > 34) {
      return false;
    }
    for (int k = 0; k < c.length(); k++) {
      char ch = c.charAt(k);
      boolean ok =
          k < 2
              ? ch >= 'A' && ch <= 'Z'
              : k < 4
                  ? ch >= '0' && ch <= '9'
                  : (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether a counterparty account is another IBAN of the holder's country and customer number. */
  private static boolean sameCustomerIban(String account, Holder h) {
    if (!looksLikeIban(account)) {
      return false;
    }
    String c = AnalysisOptions.normalizeAccount(account);
    if (!c.substring(0, 2).toLowerCase(Locale.ROOT).equals(h.ibanCountry())) {
      return false;
    }
    String d = digits(c.substring(4));
    return d.length() == h.customerNumber().length() + 2
        && d.startsWith(h.customerNumber())
        && !d.endsWith(h.ownSuffix());
  }

  /**
   * Whether a folded text prints another IBAN of the holder's: the country at a word's start, two
   * check digits, then the customer number's digits and two other digits (the basic bank account
   * number's letters, as a British bank code, skipped), single spaces allowed between them, ending
   * a word.
   */
  private static boolean namesIban(String folded, Holder h) {
    String country = " " + h.ibanCountry();
    String customer = h.customerNumber();
    int from = 0;
    while (true) {
      int at = folded.indexOf(country, from);
      if (at < 0) {
        return false;
      }
      from = at + 1;
      int k = at + country.length();
      // the two check digits
      int checks = 0;
      while (checks < 2 && k < folded.length() && Character.isDigit(folded.charAt(k))) {
        checks++;
        k++;
      }
      if (checks < 2) {
        continue;
      }
      StringBuilder d = new StringBuilder(customer.length() + 2);
      while (k < folded.length() && d.length() < customer.length() + 2) {
        char c = folded.charAt(k);
        if (c >= '0' && c <= '9') {
          d.append(c);
        } else if (c == ' ') {
          if (k + 1 < folded.length() && folded.charAt(k + 1) == ' ') {
            break;
          }
        } else if (!Character.isLetter(c)) {
          break;
        }
        k++;
      }
      String found = d.toString();
      if (found.length() == customer.length() + 2
          && found.startsWith(customer)
          && !found.endsWith(h.ownSuffix())
          && k < folded.length()
          && folded.charAt(k) == ' ') {
        return true;
      }
    }
  }

  private static boolean namesAll(String folded, List<String> words) {
    for (String w : words) {
      if (!folded.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a folded text holds another number of the customer's: the customer number followed by
   * exactly two digits other than the statement's own suffix, as one token (a bank that prints the
   * payer's own account in a direct debit's text names no other account).
   */
  private static boolean namesCustomer(String folded, String customer, String ownSuffix) {
    int from = 0;
    while (true) {
      int at = folded.indexOf(customer, from);
      if (at < 0) {
        return false;
      }
      int end = at + customer.length();
      if (at > 0
          && folded.charAt(at - 1) == ' '
          && end + 2 < folded.length()
          && Character.isDigit(folded.charAt(end))
          && Character.isDigit(folded.charAt(end + 1))
          && folded.charAt(end + 2) == ' '
          && !folded.startsWith(ownSuffix, end)) {
        return true;
      }
      from = at + 1;
    }
  }
}

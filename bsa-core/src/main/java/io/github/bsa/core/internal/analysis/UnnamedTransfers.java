package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.internal.ModelAccess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Standing transfers to the holder's own accounts found by their shape when no word is known (rule
 * {@value #RULE}): debits that no rule named (fallback, a bare transfer or a bank type code), not
 * card payments, not cash, with no payee in a counterparty field, whose description holds nothing
 * but one word and account or contract numbers (at least one of six digits or more), that recur
 * with the same round amount (a multiple of five whole currency units) month after month (at least
 * two, every gap 26 to 35 days), under the same word, of at least half the account's median debit
 * (an account fee or a small charge is less), unless their numbers are the consecutive leaves of
 * one cheque book.
 *
 * <p>The evidence is what banks print: a payment to someone else carries the payee's name (a SEPA
 * credit transfer, a Faster Payment, NEFT/IMPS and a standing order all name the beneficiary; a
 * direct debit names its creditor), while a bank's own booking between a customer's accounts
 * ("Sparen 12345678", "Umbuchung 1234567890") needs no name, only the other account's number; and a
 * household puts a round sum aside each month, whereas a loan instalment is an annuity of cents and
 * a bill varies. A rent or a loan instalment written with a word bsa knows is categorised by the
 * word and never reaches this rule. Linear: one pass over the debits, a map by account, word and
 * amount.
 */
final class UnnamedTransfers {
  /** Rule id of a round monthly transfer that names only an account number and one word. */
  static final String RULE = "analysis.own-transfer.unnamed-standing";

  private static final int MIN_NUMBER_DIGITS = 6;
  private static final int MIN_WORD = 3;
  private static final long ROUND_E4 = 50_000L; // five whole currency units
  private static final int MIN_GAP = 26;
  private static final int MAX_GAP = 35;

  /** The widest spread of the numbers of cheques written from one book over a few months. */
  private static final long CHEQUE_SPAN = 1_000L;

  private UnnamedTransfers() {}

  /** Returns the debits that are standing transfers to an own account, in input order. */
  static List<Item> find(Items items) {
    Map<String, List<Item>> groups = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    for (int row = 0; row < items.size(); row++) {
      // the cheap checks on the columns first: most rows end there without a cursor
      if (items.exclusion[row] != null
          || items.sign[row] >= 0
          || !items.exact[row]
          || items.e4[row] % ROUND_E4 != 0) {
        continue;
      }
      Item i = items.item(row);
      if (!candidate(i)) {
        continue;
      }
      String folded = i.folded();
      String word = words.computeIfAbsent(folded, UnnamedTransfers::onlyWord);
      if (word.isEmpty()) {
        continue;
      }
      groups
          .computeIfAbsent(
              i.accountKey() + '\u0000' + word + '\u0000' + i.e4(), k -> new ArrayList<>())
          .add(i);
    }
    List<Item> out = new ArrayList<>();
    @Nullable Map<String, Long> medians = null;
    for (List<Item> g : groups.values()) {
      if (monthly(g) && !chequeLeaves(g)) {
        if (medians == null) {
          medians = medianDebits(items);
        }
        Item first = g.get(0);
        if (-first.e4() * 2 >= medians.getOrDefault(first.accountKey(), Long.MAX_VALUE)) {
          out.addAll(g);
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.seq, b.seq));
    return out;
  }

  private static boolean candidate(Item i) {
    return i.included()
        && i.sign() < 0
        && i.exact()
        && i.e4() % ROUND_E4 == 0
        && i.epochDay() != Item.UNDATED_DAY
        && !i.card()
        && !Categorizer.CARD_RULE.equals(i.ruleId())
        && !Categories.CASH_WITHDRAWAL.equals(i.category())
        && isBlank(ModelAccess.counterparty(i.tx()))
        && (i.ruleId().startsWith("default.fallback")
            || i.ruleId().startsWith("default.transfers")
            || i.ruleId().startsWith("default.type."));
  }

  /**
   * The description's only word when it holds exactly one word of letters (three or more) and
   * otherwise only numbers, one of them six digits or more; else "".
   */
  static String onlyWord(String folded) {
    String word = "";
    boolean number = false;
    for (String t : folded.strip().split(" ", -1)) {
      if (t.isEmpty()) {
        continue;
      }
      if (allDigits(t)) {
        number |= t.length() >= MIN_NUMBER_DIGITS;
      } else if (t.length() >= MIN_WORD && t.chars().allMatch(Character::isLetter)) {
        if (!word.isEmpty()) {
          return "";
        }
        word = t;
      } else {
        return "";
      }
    }
    return number ? word : "";
  }

  private static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static boolean allDigits(String t) {
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the occurrences' numbers are the leaves of one cheque book: all different, and all
   * within {@value #CHEQUE_SPAN} of each other (a rent paid by cheque, "CHQ 100234", "CHQ 100241");
   * an own account's number repeats, a booking reference is drawn anew.
   */
  private static boolean chequeLeaves(List<Item> g) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    Set<Long> seen = new HashSet<>();
    for (Item i : g) {
      long n = firstLongNumber(i.folded());
      if (n < 0 || !seen.add(n)) {
        return false;
      }
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    return max - min <= CHEQUE_SPAN;
  }

  /**
   * The median absolute debit of each account (in ten-thousandths, exact amounts of included
   * items): a sum set aside is not much smaller, an account fee or a small charge is.
   */
  private static Map<String, Long> medianDebits(Items items) {
    Map<String, Debits> byAccount = new HashMap<>();
    for (int row = 0; row < items.size(); row++) {
      if (items.exclusion[row] == null && items.sign[row] < 0 && items.exact[row]) {
        byAccount.computeIfAbsent(items.accountKey[row], k -> new Debits()).add(-items.e4[row]);
      }
    }
    Map<String, Long> out = new HashMap<>();
    byAccount.forEach((k, d) -> out.put(k, d.median()));
    return out;
  }

  /** A growing array of one account's absolute debits. */
  private static final class Debits {
    private long[] values = new long[16];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long median() {
      return Medians.select(Arrays.copyOf(values, size), size / 2);
    }
  }

  /** The first number of six to eighteen digits in a folded text, or -1. */
  static long firstLongNumber(String folded) {
    for (String t : folded.strip().split(" ", -1)) {
      if (t.length() >= MIN_NUMBER_DIGITS && t.length() <= 18 && allDigits(t)) {
        return Long.parseLong(t);
      }
    }
    return -1;
  }

  /** At least two dated occurrences, each a month after the one before. */
  private static boolean monthly(List<Item> g) {
    if (g.size() < 2) {
      return false;
    }
    List<Item> sorted = new ArrayList<>(g);
    sorted.sort(Item.BY_DATE);
    for (int k = 1; k < sorted.size(); k++) {
      int gap = sorted.get(k).epochDay() - sorted.get(k - 1).epochDay();
      if (gap < MIN_GAP || gap > MAX_GAP) {
        return false;
      }
    }
    return true;
  }
}

package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.Categories;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Returned payments and their fees by structure, whatever the language: a credit that gives back
 * exactly a debit of the same payee a few days after it (a direct debit or transfer, not a card
 * purchase, whose give-backs are refunds) is a returned payment; a bank fee booked on the day of a
 * returned payment or in the days after it is its fee. Words found by the category rules stay
 * valid; this step adds what they miss. Confined to one run.
 */
final class Returns {
  /** Rule id of a credit that reverses an earlier debit of the same payee. */
  static final String REVERSAL_PAIR = "analysis.bounce.reversal-pair";

  /** Rule id of a fee booked right after a returned payment. */
  static final String FEE_AFTER_RETURN = "analysis.bounce.fee-after-return";

  /** Rule id of a charge no word names, booked right after a returned payment. */
  static final String UNNAMED_FEE_AFTER_RETURN = "analysis.bounce.unnamed-fee-after-return";

  private static final String GENERAL_FEE = "default.fees.general";
  private static final int UNNAMED_FEE_WINDOW_DAYS = 1;
  private static final String BOUNCE_FEE = "default.fees.bounce";
  private static final int RETURN_WINDOW_DAYS = 10;
  private static final int FEE_WINDOW_DAYS = 3;

  private Returns() {}

  static void mark(Items items) {
    // credits are few: index them by amount, then look each returnable debit up (no key per debit
    // unless a credit of its amount exists)
    List<Item> credits = new ArrayList<>();
    Map<Amounts.Key, List<Item>> open = new HashMap<>();
    for (int row = 0; row < items.size(); row++) {
      if (items.exclusion[row] == null
          && items.sign[row] > 0
          && !Categories.REFUNDS.equals(items.category[row])) {
        Item i = items.item(row);
        credits.add(i);
        if (!Categories.RETURNED_PAYMENTS.equals(i.category())) {
          open.computeIfAbsent(Amounts.Key.of(i), k -> new ArrayList<>()).add(i);
        }
      }
    }
    long[] exactCredits = new long[credits.size()];
    int n = 0;
    for (Item c : credits) {
      if (c.exact()) {
        exactCredits[n++] = c.e4();
      }
    }
    exactCredits = Arrays.copyOf(exactCredits, n);
    Arrays.sort(exactCredits);
    Set<Item> reversed = new HashSet<>();
    if (!open.isEmpty()) {
      for (int row = 0; row < items.size(); row++) {
        if (items.exclusion[row] != null || items.sign[row] >= 0) {
          continue;
        }
        if (items.exact[row]
            && Arrays.binarySearch(exactCredits, -items.e4[row]) < 0
            && n == credits.size()) {
          continue;
        }
        Item d = items.item(row);
        if (!isReturnable(d)) {
          continue;
        }
        List<Item> candidates = open.get(Amounts.Key.of(d.amount().negate()));
        if (candidates == null) {
          continue;
        }
        for (Item c : candidates) {
          long days = (long) c.epochDay() - d.epochDay();
          if (!reversed.contains(c) && days >= 0 && days <= RETURN_WINDOW_DAYS && samePayee(d, c)) {
            // the first debit in input order that the credit gives back, as before
            reversed.add(c);
          }
        }
      }
    }
    List<Item> returned = new ArrayList<>();
    for (Item c : credits) {
      if (Categories.RETURNED_PAYMENTS.equals(c.category())) {
        returned.add(c);
      } else if (reversed.contains(c)) {
        c.category(Categories.RETURNED_PAYMENTS);
        c.ruleId(REVERSAL_PAIR);
        returned.add(c);
      }
    }
    if (returned.isEmpty()) {
      return;
    }
    // only fees can be matched: collect them once, in input order, instead of scanning every
    // transaction per returned payment
    List<Item> bounceFees = new ArrayList<>();
    List<Item> generalFees = new ArrayList<>();
    for (int row = 0; row < items.size(); row++) {
      if (items.exclusion[row] != null) {
        continue;
      }
      String ruleId = items.ruleId[row];
      if (BOUNCE_FEE.equals(ruleId)) {
        bounceFees.add(items.item(row));
      } else if (GENERAL_FEE.equals(ruleId)
          && items.sign[row] < 0
          && Categories.FEES.equals(items.category[row])) {
        generalFees.add(items.item(row));
      }
    }
    UnnamedFees unnamed = null;
    for (Item r : returned) {
      if (hasBounceFee(bounceFees, r)) {
        continue;
      }
      Item fee = null;
      long best = Long.MAX_VALUE;
      for (Item i : generalFees) {
        if (!GENERAL_FEE.equals(i.ruleId()) || i.abs().compareTo(r.amount()) > 0) {
          // already taken as the fee of an earlier return, or larger than the payment
          continue;
        }
        long days = ChronoUnit.DAYS.between(r.day(), i.day());
        if (days >= 0 && days <= FEE_WINDOW_DAYS && days < best) {
          fee = i;
          best = days;
        }
      }
      if (fee != null) {
        fee.ruleId(FEE_AFTER_RETURN);
      } else {
        if (unnamed == null) {
          unnamed = new UnnamedFees(items);
        }
        unnamed.mark(r);
      }
    }
  }

  /**
   * The fees of returns whose words no list knows: a debit no rule named (fallback), not a card
   * payment, booked on the return's day or the next, smaller than half the returned amount, whose
   * payee appears nowhere else in the run (a charge, not a shop visited again). The nearest day
   * wins, then the smallest amount. The candidates are indexed by day once (one pass over the run,
   * only when a return has no fee by words), then looked up per return.
   */
  private static final class UnnamedFees {
    private final Map<Integer, List<Item>> byDay = new HashMap<>();

    UnnamedFees(Items items) {
      Map<String, Integer> seen = new HashMap<>();
      for (int row = 0; row < items.size(); row++) {
        if (items.exclusion[row] == null) {
          seen.merge(items.name(row).key(), 1, Integer::sum);
        }
      }
      for (int row = 0; row < items.size(); row++) {
        Item i = items.item(row);
        if (i.included()
            && i.sign() < 0
            && i.date() != null
            && i.ruleId().startsWith("default.fallback")
            && !i.card()
            && !i.name().key().isEmpty()
            && seen.getOrDefault(i.name().key(), 0) == 1) {
          byDay.computeIfAbsent(i.epochDay(), k -> new ArrayList<>()).add(i);
        }
      }
    }

    void mark(Item r) {
      Item fee = null;
      long best = Long.MAX_VALUE;
      BigDecimal half = r.amount().abs().divide(BigDecimal.valueOf(2));
      for (int days = 0; days <= UNNAMED_FEE_WINDOW_DAYS; days++) {
        for (Item i : byDay.getOrDefault(r.epochDay() + days, List.of())) {
          if (!i.accountKey().equals(r.accountKey())
              || !i.ruleId().startsWith("default.fallback")
              || i.abs().compareTo(half) >= 0) {
            // another account, already a fee, or too large
            continue;
          }
          long cents = i.exact() ? Math.min(999_999_999L, Math.abs(i.e4()) / 100) : 999_999_999L;
          long rank = days * 1_000_000_000L + cents;
          if (rank < best) {
            fee = i;
            best = rank;
          }
        }
      }
      if (fee != null) {
        fee.category(Categories.FEES);
        fee.ruleId(UNNAMED_FEE_AFTER_RETURN);
      }
    }
  }

  /** Debits a bank can return: not card purchases, not cash, not the holder's own transfers. */
  private static boolean isReturnable(Item i) {
    return i.date() != null
        && !Categorizer.CARD_RULE.equals(i.ruleId())
        && !Categories.TRANSFERS.equals(i.category())
        && !Categories.CASH_WITHDRAWAL.equals(i.category())
        && !i.card();
  }

  private static boolean samePayee(Item debit, Item credit) {
    String a = debit.name().key();
    String b = credit.name().key();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int sa = a.indexOf(' ');
    int sb = b.indexOf(' ');
    if ((sa < 0 ? a : a.substring(0, sa)).equals(sb < 0 ? b : b.substring(0, sb))) {
      return true;
    }
    // the return names the payee among other words ("Retour LSV Romande Energie", "Afvist
    // betalingsservice Andel Energi manglende daekning")
    if (contains(b, a) || contains(a, b)) {
      return true;
    }
    // words no list knows around the payee's name on both sides: one shared word of four letters
    // or more (the exact amount within days is the evidence, the word confirms the payee)
    return sharesWord(a, b);
  }

  /** Whether two keys share a word of at least four letters (letters only). */
  static boolean sharesWord(String a, String b) {
    String padded = " " + b + " ";
    int start = 0;
    while (start < a.length()) {
      int end = a.indexOf(' ', start);
      if (end < 0) {
        end = a.length();
      }
      if (end - start >= 4 && letters(a, start, end)) {
        String w = a.substring(start, end);
        if (padded.contains(" " + w + " ")) {
          return true;
        }
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean letters(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(String whole, String part) {
    return part.length() >= 4 && (" " + whole + " ").contains(" " + part + " ");
  }

  /**
   * Whether a fee the words call a return fee (given, included) is booked in the window after r.
   */
  private static boolean hasBounceFee(List<Item> bounceFees, Item r) {
    for (Item i : bounceFees) {
      long days = ChronoUnit.DAYS.between(r.day(), i.day());
      if (days >= 0 && days <= FEE_WINDOW_DAYS) {
        return true;
      }
    }
    return false;
  }
}

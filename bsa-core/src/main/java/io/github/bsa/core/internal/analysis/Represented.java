package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.Cadence;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.RecurringPayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Debits returned and presented again (ADR 0540): a debit that a credit of the same amount gives
 * back within days (a returned payment, {@link Returns}) and that the same payee debits again, for
 * the same amount, 3 to 14 days after the first attempt. The two attempts are one occurrence of the
 * payee's series: the calendar is the first attempt's (the due day), the member is the attempt that
 * was paid. The returned credit stays a returned payment, cited by the risk signal. Items are
 * cursors, so the attempts are kept by row (an {@link Item} equals another of the same row).
 * Confined to one run.
 */
final class Represented {
  /** Rule id of the series step (documented in docs/analysis.md). */
  static final String RULE = "analysis.recurring.represented";

  private static final int MIN_DAYS = 3;
  private static final int MAX_DAYS = 14;
  private static final int RETURN_WINDOW_DAYS = 10;

  /** Each second attempt, with the returned first attempt it stands for. */
  private final Map<Item, Item> firstBySecond;

  private Represented(Map<Item, Item> firstBySecond) {
    this.firstBySecond = firstBySecond;
  }

  /** The returned debits presented again among the items (none when no credit is returned). */
  static Represented find(Items table) {
    Map<Amounts.Key, List<Item>> returnedByAmount = new HashMap<>();
    for (int row = 0; row < table.size(); row++) {
      if (table.exclusion[row] == null
          && table.sign[row] > 0
          && table.epochDay[row] != Item.UNDATED_DAY
          && Categories.RETURNED_PAYMENTS.equals(table.category[row])) {
        Item i = table.item(row);
        returnedByAmount.computeIfAbsent(Amounts.Key.of(i), k -> new ArrayList<>()).add(i);
      }
    }
    Map<Item, Item> firstBySecond = new HashMap<>();
    if (returnedByAmount.isEmpty()) {
      return new Represented(firstBySecond);
    }
    Map<Amounts.Key, List<Item>> debitsByAmount = new HashMap<>();
    for (int row = 0; row < table.size(); row++) {
      if (table.exclusion[row] == null
          && table.sign[row] < 0
          && table.epochDay[row] != Item.UNDATED_DAY
          && !table.name(row).key().isEmpty()) {
        Item i = table.item(row);
        debitsByAmount.computeIfAbsent(Amounts.Key.of(i), k -> new ArrayList<>()).add(i);
      }
    }
    Set<Item> usedCredits = new HashSet<>();
    Set<Item> taken = new HashSet<>();
    for (Map.Entry<Amounts.Key, List<Item>> e : debitsByAmount.entrySet()) {
      List<Item> debits = e.getValue();
      if (debits.size() < 2) {
        continue;
      }
      List<Item> credits = returnedByAmount.get(Amounts.Key.of(debits.get(0).amount().negate()));
      if (credits == null) {
        continue;
      }
      debits.sort(Item.BY_DATE);
      for (Item first : debits) {
        if (taken.contains(first)) {
          continue;
        }
        Item credit = returnOf(first, credits, usedCredits);
        if (credit == null) {
          continue;
        }
        for (Item second : debits) {
          long days = (long) second.epochDay() - first.epochDay();
          if (!second.equals(first)
              && !taken.contains(second)
              && days >= MIN_DAYS
              && days <= MAX_DAYS
              && second.epochDay() >= credit.epochDay()
              && second.accountKey().equals(first.accountKey())
              && second.name().key().equals(first.name().key())) {
            usedCredits.add(credit);
            taken.add(first);
            taken.add(second);
            firstBySecond.put(second, first);
            break;
          }
        }
      }
    }
    return new Represented(firstBySecond);
  }

  private static @Nullable Item returnOf(Item debit, List<Item> credits, Set<Item> used) {
    for (Item c : credits) {
      long days = (long) c.epochDay() - debit.epochDay();
      if (!used.contains(c)
          && days >= 0
          && days <= RETURN_WINDOW_DAYS
          && c.accountKey().equals(debit.accountKey())) {
        return c;
      }
    }
    return null;
  }

  boolean isEmpty() {
    return firstBySecond.isEmpty();
  }

  /** The candidates without the second attempts (the first attempts keep the calendar). */
  ItemList withoutSecondAttempts(ItemList candidates) {
    ItemList out = new ItemList(candidates.items());
    for (int k = 0; k < candidates.size(); k++) {
      if (!firstBySecond.containsKey(candidates.get(k))) {
        out.addRow(candidates.row(k));
      }
    }
    return out;
  }

  /**
   * The series with each returned first attempt replaced by the attempt that was paid (a monthly or
   * longer series only: in a weekly one the second attempt may be the next occurrence). The
   * calendar (cadence, next expected date) stays the due day's.
   */
  List<RecurringPayment> paidAttempts(List<RecurringPayment> series) {
    Map<String, Item> secondByFirstId = new HashMap<>();
    firstBySecond.forEach((second, first) -> secondByFirstId.put(first.id(), second));
    List<RecurringPayment> out = new ArrayList<>(series.size());
    for (RecurringPayment p : series) {
      if (p.cadence() == Cadence.WEEKLY || p.cadence() == Cadence.BIWEEKLY) {
        out.add(p);
        continue;
      }
      List<String> ids = new ArrayList<>(p.transactionIds());
      LocalDate firstDate = p.firstDate();
      LocalDate lastDate = p.lastDate();
      boolean changed = false;
      for (int k = 0; k < ids.size(); k++) {
        Item second = secondByFirstId.get(ids.get(k));
        if (second != null) {
          ids.set(k, second.id());
          changed = true;
          if (k == 0) {
            firstDate = second.day();
          }
          if (k == ids.size() - 1) {
            lastDate = second.day();
          }
        }
      }
      out.add(
          !changed
              ? p
              : new RecurringPayment(
                  p.id(),
                  p.counterparty(),
                  p.direction(),
                  p.category(),
                  p.cadence(),
                  p.count(),
                  p.averageAmount(),
                  p.minAmount(),
                  p.maxAmount(),
                  firstDate,
                  lastDate,
                  p.nextExpectedDate(),
                  p.active(),
                  p.subscription(),
                  ids));
    }
    return out;
  }
}

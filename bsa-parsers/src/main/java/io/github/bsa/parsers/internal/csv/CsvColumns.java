package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.model.Iban;
import io.github.bsa.parsers.CsvLayout.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Assigns column roles: first by header labels (scored by {@link CsvHeaders}, each claim checked
 * against the column's values), then, for what the labels did not name, by the values themselves.
 * Stateless and thread-safe.
 */
final class CsvColumns {
  private CsvColumns() {}

  /** Value statistics of one column over the sample's data rows. */
  static final class ColumnStats {
    int nonEmpty;
    int dates;
    int amounts;
    int negative;
    int decimals;
    int markers;
    int currencies;
    int ibans;
    int integersOnly;
    long textLength;
    int distinct;
    int debitSeen;
    int creditSeen;

    ColumnStats(List<CsvSniffer.Row> data, int j) {
      Set<String> values = new HashSet<>();
      for (CsvSniffer.Row r : data) {
        String v = r.cell(j).trim();
        if (v.isEmpty()) {
          continue;
        }
        nonEmpty++;
        values.add(v);
        textLength += v.length();
        if (CsvDates.dateOrders(v) != 0) {
          dates++;
        } else if (CsvAmounts.isAmount(v)) {
          amounts++;
          if (v.contains("-") || v.contains("(")) {
            negative++;
          }
          if (CsvAmounts.decimalHint(v) != CsvAmounts.DecimalHint.NONE) {
            decimals++;
          }
          if (asciiDigits(v)) {
            integersOnly++;
          }
        }
        String f = v.toLowerCase(Locale.ROOT);
        if (CsvDetector.DEBIT_MARKERS.contains(f)) {
          markers++;
          debitSeen++;
        } else if (CsvDetector.CREDIT_MARKERS.contains(f)) {
          markers++;
          creditSeen++;
        }
        if (v.length() == 3
            && v.equals(v.toUpperCase(Locale.ROOT))
            && CsvAmounts.currency(v) != null) {
          currencies++;
        }
        if (Iban.isValid(v)) {
          ibans++;
        }
      }
      distinct = values.size();
    }

    /** {@code v.matches("\\d+")} without compiling the pattern per cell (ADR 0350). */
    private static boolean asciiDigits(String v) {
      if (v.isEmpty()) {
        return false;
      }
      for (int k = 0; k < v.length(); k++) {
        char c = v.charAt(k);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    boolean mostly(int count) {
      return nonEmpty > 0 && count >= Math.max(1, Math.ceil(nonEmpty * 0.8));
    }

    boolean fits(Column role) {
      return switch (role) {
        case BOOKING_DATE, VALUE_DATE -> mostly(dates);
        case AMOUNT, BALANCE -> mostly(amounts) && !mostly(dates);
        case DEBIT, CREDIT -> nonEmpty == 0 || (mostly(amounts) && !mostly(dates));
        case DEBIT_CREDIT -> mostly(markers);
        case CURRENCY -> nonEmpty == 0 || mostly(currencies);
        default -> true;
      };
    }

    double avgLength() {
      return nonEmpty == 0 ? 0 : (double) textLength / nonEmpty;
    }
  }

  /** A header's claim on a role for a column. */
  private record Candidate(double score, int column, Column role) {}

  static Map<Column, List<Integer>> assignRoles(
      List<String> header,
      List<CsvSniffer.Row> data,
      ColumnStats[] stats,
      Map<String, Double> conf) {
    Map<Column, List<Integer>> roles = new EnumMap<>(Column.class);
    boolean[] used = new boolean[stats.length];
    List<Candidate> candidates = new ArrayList<>();
    for (int j = 0; j < header.size() && j < stats.length; j++) {
      String n = CsvHeaders.normalize(header.get(j));
      if (CsvHeaders.namesDebitAndCredit(header.get(j))
          && stats[j].fits(Column.AMOUNT)
          && !stats[j].mostly(stats[j].markers)) {
        // "Cargo/Abono", "Soll/Haben" over numbers: one amount column, signed by its values or
        // by the running balance, never a debit column
        candidates.add(new Candidate(1.0, j, Column.AMOUNT));
        continue;
      }
      for (Column c : Column.values()) {
        double s = CsvHeaders.score(c, n);
        if (s >= 0.5 && stats[j].fits(c)) {
          candidates.add(new Candidate(s, j, c));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate a) -> -a.score)
            .thenComparing(a -> a.role)
            .thenComparingInt(a -> a.column));
    int matched = 0;
    for (Candidate cand : candidates) {
      int j = cand.column;
      Column c = cand.role;
      if (used[j]) {
        continue;
      }
      boolean multi = c == Column.MEMO || (c == Column.DESCRIPTION && cand.score >= 0.9);
      if (roles.containsKey(c) && !multi) {
        continue;
      }
      roles.computeIfAbsent(c, k -> new ArrayList<>()).add(j);
      used[j] = true;
      matched++;
    }
    // an amount written as currency code + number in the next, unnamed column
    for (Column c : List.of(Column.AMOUNT, Column.BALANCE)) {
      if (roles.containsKey(c)) {
        continue;
      }
      for (int j = 0; j + 1 < header.size() && j + 1 < stats.length; j++) {
        String n = CsvHeaders.normalize(header.get(j));
        if (CsvHeaders.score(c, n) >= 0.9
            && stats[j].mostly(stats[j].currencies)
            && header.get(j + 1).isBlank()
            && !used[j + 1]
            && stats[j + 1].fits(c)) {
          roles.put(c, new ArrayList<>(List.of(j + 1)));
          used[j + 1] = true;
          if (!used[j] && !roles.containsKey(Column.CURRENCY)) {
            roles.put(Column.CURRENCY, new ArrayList<>(List.of(j)));
            used[j] = true;
          }
          break;
        }
      }
    }
    conf.put("columns", header.isEmpty() ? 0.5 : Math.min(0.98, 0.5 + 0.1 * matched));
    // value-based inference for what the header did not name
    if (!roles.containsKey(Column.BOOKING_DATE) && !roles.containsKey(Column.VALUE_DATE)) {
      for (int j = 0; j < stats.length; j++) {
        if (!used[j] && stats[j].nonEmpty > 0 && stats[j].mostly(stats[j].dates)) {
          roles.put(Column.BOOKING_DATE, new ArrayList<>(List.of(j)));
          used[j] = true;
          for (int k = j + 1; k < stats.length; k++) {
            if (!used[k] && stats[k].nonEmpty > 0 && stats[k].mostly(stats[k].dates)) {
              roles.put(Column.VALUE_DATE, new ArrayList<>(List.of(k)));
              used[k] = true;
              break;
            }
          }
          break;
        }
      }
    }
    if (!roles.containsKey(Column.DEBIT_CREDIT)) {
      for (int j = 0; j < stats.length; j++) {
        ColumnStats s = stats[j];
        Column current = roleOf(roles, j);
        if ((!used[j]
                || current == Column.TYPE
                || (current == Column.DESCRIPTION && header.isEmpty()))
            && s.nonEmpty > 0
            && s.markers == s.nonEmpty
            && s.distinct <= 4) {
          List<Integer> owner = current == null ? null : roles.get(current);
          if (owner != null) {
            owner.remove(Integer.valueOf(j));
            if (owner.isEmpty()) {
              roles.remove(current);
            }
          }
          roles.put(Column.DEBIT_CREDIT, new ArrayList<>(List.of(j)));
          used[j] = true;
          break;
        }
      }
    }
    // a column of ISO currency codes
    if (!roles.containsKey(Column.CURRENCY)) {
      for (int j = 0; j < stats.length; j++) {
        ColumnStats s = stats[j];
        if (!used[j] && s.nonEmpty > 0 && s.currencies == s.nonEmpty) {
          roles.put(Column.CURRENCY, new ArrayList<>(List.of(j)));
          used[j] = true;
          break;
        }
      }
    }
    // amount, debit/credit and balance proven by the arithmetic between them
    CsvArithmetic.infer(data, stats, used, roles);
    // two numeric columns, one filled per row: a debit/credit pair whose order needs evidence
    if (!roles.containsKey(Column.AMOUNT)
        && !roles.containsKey(Column.DEBIT)
        && !roles.containsKey(Column.CREDIT)) {
      int[] pair = CsvDebitCredit.complementary(data, stats, used);
      if (pair != null) {
        int minus = CsvDebitCredit.byMinus(stats, pair[0], pair[1]);
        int debit = minus < 0 ? pair[1] : pair[0];
        roles.put(Column.DEBIT, new ArrayList<>(List.of(debit)));
        roles.put(Column.CREDIT, new ArrayList<>(List.of(debit == pair[0] ? pair[1] : pair[0])));
        used[pair[0]] = true;
        used[pair[1]] = true;
        conf.put(CsvDebitCredit.ORDER, minus == 0 ? 0.0 : 0.9);
      }
    }
    // a pair whose one column a header word named: the other is the column filled when it is not
    if (!roles.containsKey(Column.AMOUNT)
        && roles.containsKey(Column.DEBIT) != roles.containsKey(Column.CREDIT)) {
      Column named = roles.containsKey(Column.DEBIT) ? Column.DEBIT : Column.CREDIT;
      int other =
          CsvDebitCredit.partner(data, stats, used, roles.getOrDefault(named, List.of(-1)).get(0));
      if (other >= 0) {
        roles.put(
            named == Column.DEBIT ? Column.CREDIT : Column.DEBIT, new ArrayList<>(List.of(other)));
        used[other] = true;
      }
    }
    if (!roles.containsKey(Column.AMOUNT)
        && !roles.containsKey(Column.DEBIT)
        && !roles.containsKey(Column.CREDIT)) {
      int best = -1;
      double bestScore = 0;
      for (int j = 0; j < stats.length; j++) {
        ColumnStats s = stats[j];
        if (used[j] || !s.fits(Column.AMOUNT) || s.nonEmpty == 0 || namesOtherRole(header, j)) {
          continue;
        }
        double score = 1 + (s.decimals > 0 ? 1 : 0) + (s.negative > 0 ? 1 : 0);
        if (s.integersOnly == s.nonEmpty && s.avgLength() > 6) {
          score -= 1.5; // ids and reference numbers
        }
        if (score > bestScore) {
          bestScore = score;
          best = j;
        }
      }
      if (best >= 0) {
        roles.put(Column.AMOUNT, new ArrayList<>(List.of(best)));
        used[best] = true;
      }
    }
    if (!roles.containsKey(Column.DESCRIPTION)) {
      int best = -1;
      double longest = 0;
      for (int j = 0; j < stats.length; j++) {
        ColumnStats s = stats[j];
        if (used[j] || s.nonEmpty == 0 || s.mostly(s.dates) || s.mostly(s.amounts)) {
          continue;
        }
        if (header.isEmpty() && s.nonEmpty > 2 && s.distinct == 1) {
          continue; // one value in every row (the account, a channel) describes no transaction
        }
        if (s.avgLength() > longest && s.ibans < s.nonEmpty) {
          longest = s.avgLength();
          best = j;
        }
      }
      if (best >= 0 && (header.isEmpty() || !namesAnyRole(header, best))) {
        roles.put(Column.DESCRIPTION, new ArrayList<>(List.of(best)));
        used[best] = true;
      }
    }
    return roles;
  }

  /** Whether the column's header names some role, so that values must not guess another. */
  private static boolean namesOtherRole(List<String> header, int j) {
    return namesRole(header, j, Column.AMOUNT);
  }

  /** Whether the column's header names any role. */
  private static boolean namesAnyRole(List<String> header, int j) {
    return namesRole(header, j, null);
  }

  /** Whether the column's header names a role other than {@code except}. */
  private static boolean namesRole(List<String> header, int j, @Nullable Column except) {
    if (j >= header.size()) {
      return false;
    }
    String n = CsvHeaders.normalize(header.get(j));
    for (Column c : Column.values()) {
      if (c != except && CsvHeaders.score(c, n) >= 0.5) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Column roleOf(Map<Column, List<Integer>> roles, int j) {
    for (Map.Entry<Column, List<Integer>> e : roles.entrySet()) {
      if (e.getValue().contains(j)) {
        return e.getKey();
      }
    }
    return null;
  }
}

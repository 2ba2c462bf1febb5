package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores extracted transactions against truth: a match needs the exact date and amount (multiset
 * matching), descriptions are compared after whitespace folding and counted apart.
 */
final class Score {
  /** One expected transaction. */
  record Expected(LocalDate date, BigDecimal amount, @Nullable String description) {}

  int expected;
  int extracted;
  int matched;
  int descriptionsEqual;
  int balancesTotal;
  int balancesExact;
  final List<String> misses = new ArrayList<>();

  void add(
      List<Expected> truth,
      @Nullable BigDecimal opening,
      @Nullable BigDecimal closing,
      Optional<Statement> statement,
      String name) {
    List<Transaction> got = statement.map(Statement::transactions).orElse(List.of());
    expected += truth.size();
    extracted += got.size();
    List<Transaction> pool = new ArrayList<>(got);
    for (Expected e : truth) {
      Transaction hit = null;
      for (Transaction t : pool) {
        if (t.date().orElse(null) != null
            && t.date().orElseThrow().equals(e.date())
            && t.amount().compareTo(e.amount()) == 0) {
          hit = t;
          break;
        }
      }
      if (hit == null) {
        misses.add(name + ": missed " + e.date() + " " + e.amount());
        continue;
      }
      pool.remove(hit);
      matched++;
      if (e.description() == null || fold(e.description()).equals(fold(hit.description()))) {
        descriptionsEqual++;
      } else if (misses.size() < 200) {
        misses.add(name + ": description '" + hit.description() + "' != '" + e.description() + "'");
      }
    }
    for (Transaction t : pool) {
      misses.add(name + ": extra " + t.date().orElse(null) + " " + t.amount());
    }
    for (BigDecimal[] pair :
        new BigDecimal[][] {
          {opening, statement.flatMap(Statement::openingBalance).orElse(null)},
          {closing, statement.flatMap(Statement::closingBalance).orElse(null)}
        }) {
      if (pair[0] != null) {
        balancesTotal++;
        if (pair[1] != null && pair[0].compareTo(pair[1]) == 0) {
          balancesExact++;
        } else {
          misses.add(name + ": balance " + pair[1] + " != " + pair[0]);
        }
      }
    }
  }

  static String fold(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  double precision() {
    return extracted == 0 ? 0 : (double) matched / extracted;
  }

  double recall() {
    return expected == 0 ? 0 : (double) matched / expected;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "transactions expected=%d extracted=%d matched=%d precision=%.4f recall=%.4f F1=%.4f"
            + " descriptions=%d/%d balances exact=%d/%d",
        expected,
        extracted,
        matched,
        precision(),
        recall(),
        f1(),
        descriptionsEqual,
        matched,
        balancesExact,
        balancesTotal);
  }
}

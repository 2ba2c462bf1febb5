package io.github.bsa.parsers.testing;

import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores an {@link AnalysisReport} against labelled transactions, with the definitions of {@code
 * ../shared/tools/analysis_score.py} (ported, not called): output transactions are matched to truth
 * ones one to one by exact amount and date; recurring recall counts truth series with at least two
 * matched transactions of which one recurring entry holds two; precision counts recurring entries
 * whose transactions mostly (more than half) belong to one truth series; salary recall counts truth
 * salary/payroll transactions in an income source of kind SALARY; category and counterparty compare
 * labels (counterparty after case folding and punctuation removal, exact and "truth is a prefix");
 * bounces count bounced payments and their fees cited by a risk signal; own transfers count
 * own-account transfers that carry an exclusion. Accumulates over several statements; not
 * thread-safe.
 */
public final class AnalysisScore {
  /** One truth transaction and its label. */
  public record Label(
      LocalDate date,
      BigDecimal amount,
      String kind,
      @Nullable String category,
      @Nullable String counterparty,
      @Nullable String series) {}

  private final Map<String, Integer> c = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> details = new ArrayList<>();

  private void add(String key, int n) {
    c.merge(key, n, Integer::sum);
  }

  private int get(String key) {
    return c.getOrDefault(key, 0);
  }

  static String norm(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String folded = s.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", " ");
    return String.join(" ", folded.strip().split("\\s+", -1)).strip();
  }

  /**
   * Adds one analysed document.
   *
   * @param name the file name, for the notes
   * @param labels the truth transactions in order
   * @param report the analysis of the document
   */
  public void add(String name, List<Label> labels, AnalysisReport report) {
    add("files", 1);
    List<AnalyzedTransaction> otx = report.transactions();
    Map<String, Deque<Integer>> pool = new HashMap<>();
    for (int i = 0; i < otx.size(); i++) {
      AnalyzedTransaction t = otx.get(i);
      pool.computeIfAbsent(key(t.amount(), t.date()), k -> new ArrayDeque<>()).add(i);
    }
    Map<Integer, Integer> m = new LinkedHashMap<>();
    for (int j = 0; j < labels.size(); j++) {
      Deque<Integer> q = pool.get(key(labels.get(j).amount(), labels.get(j).date()));
      if (q != null && !q.isEmpty()) {
        m.put(j, q.poll());
      }
    }
    add("tx", labels.size());
    add("tx_matched", m.size());
    Map<Integer, String> idOf = new HashMap<>();
    m.forEach((j, i) -> idOf.put(j, otx.get(i).id()));
    // recurring
    Map<String, Set<String>> series = new TreeMap<>();
    for (int j = 0; j < labels.size(); j++) {
      String s = labels.get(j).series();
      if (s != null && idOf.containsKey(j)) {
        series.computeIfAbsent(s, k -> new HashSet<>()).add(idOf.get(j));
      }
    }
    series.values().removeIf(v -> v.size() < 2);
    Map<String, String> seriesOf = new HashMap<>();
    series.forEach((k, v) -> v.forEach(id -> seriesOf.put(id, k)));
    Set<String> found = new HashSet<>();
    for (RecurringPayment r : report.recurring()) {
      Map<String, Integer> hits = new TreeMap<>();
      for (String id : new HashSet<>(r.transactionIds())) {
        String s = seriesOf.get(id);
        if (s != null) {
          hits.merge(s, 1, Integer::sum);
        }
      }
      int best = hits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      add("rec_out", 1);
      if (best * 2 > new HashSet<>(r.transactionIds()).size()) {
        add("rec_out_ok", 1);
      } else {
        notes.add(name + " -- recurring not in truth: " + r.counterparty() + " x" + r.count());
      }
      hits.forEach(
          (k, n) -> {
            if (n >= 2) {
              found.add(k);
            }
          });
    }
    add("rec_truth", series.size());
    for (String k : series.keySet()) {
      if (found.contains(k)) {
        add("rec_found", 1);
      } else {
        StringBuilder why = new StringBuilder();
        for (AnalyzedTransaction t : otx) {
          if (series.get(k).contains(t.id())) {
            why.append(" [")
                .append(t.date())
                .append(' ')
                .append(t.amount())
                .append(' ')
                .append(t.counterpartyKey())
                .append(' ')
                .append(t.ruleId())
                .append(']');
          }
        }
        notes.add(name + " -- recurring missed: " + k + why);
      }
    }
    // salary
    Set<String> salIds = new HashSet<>();
    for (IncomeSource s : report.income().sources()) {
      if ("SALARY".equals(s.kind())) {
        salIds.addAll(s.transactionIds());
      }
    }
    Set<String> truthSal = new HashSet<>();
    for (int j = 0; j < labels.size(); j++) {
      String k = labels.get(j).kind();
      if ((k.equals("salary") || k.equals("payroll")) && idOf.containsKey(j)) {
        truthSal.add(idOf.get(j));
      }
    }
    add("sal_truth", truthSal.size());
    add("sal_out", salIds.size());
    int salHit = (int) truthSal.stream().filter(salIds::contains).count();
    add("sal_found", salHit);
    add("sal_out_ok", salHit);
    if (salHit < truthSal.size()) {
      notes.add(name + " -- salary missed: " + (truthSal.size() - salHit) + " tx");
    }
    // categories, counterparties, bounces, own transfers
    Set<String> cited = new HashSet<>();
    for (RiskSignal s : report.riskSignals()) {
      cited.addAll(s.transactionIds());
    }
    Map<String, Integer> confusion = new TreeMap<>();
    for (Map.Entry<Integer, Integer> e : m.entrySet()) {
      Label l = labels.get(e.getKey());
      AnalyzedTransaction o = otx.get(e.getValue());
      if (l.category() != null) {
        add("cat_n", 1);
        if (l.category().equals(o.category())) {
          add("cat_ok", 1);
        } else {
          confusion.merge(l.category() + " -> " + o.category(), 1, Integer::sum);
          details.add(
              name
                  + " -- category "
                  + l.category()
                  + " -> "
                  + o.category()
                  + " by "
                  + o.ruleId()
                  + ": "
                  + o.description());
        }
      }
      if (l.counterparty() != null) {
        add("cp_n", 1);
        String tn = norm(l.counterparty());
        String on = norm(o.counterparty());
        if (tn.equals(on)) {
          add("cp_exact", 1);
        }
        if (on.startsWith(tn)) {
          add("cp_prefix", 1);
        } else {
          notes.add(
              name + " -- counterparty '" + l.counterparty() + "' -> '" + o.counterparty() + "'");
        }
      }
      if (l.kind().equals("bounced_payment") || l.kind().equals("bounce_fee")) {
        add("bounce_n", 1);
        if (cited.contains(o.id())) {
          add("bounce_ok", 1);
        } else {
          notes.add(name + " -- bounce not cited: " + l.kind() + " " + o.description());
        }
      }
      if (l.kind().equals("own_transfer")) {
        add("own_n", 1);
        if (o.exclusion() != null) {
          add("own_ok", 1);
        } else {
          notes.add(name + " -- own transfer kept: " + o.description());
        }
      }
    }
    confusion.forEach((k, n) -> notes.add(name + " -- category " + k + " x" + n));
  }

  private static String key(BigDecimal amount, @Nullable LocalDate date) {
    return amount.stripTrailingZeros().toPlainString() + "|" + date;
  }

  private double ratio(String x, String y) {
    return get(y) == 0 ? Double.NaN : (double) get(x) / get(y);
  }

  /** Returns the figures by name, in the script's order. */
  public Map<String, Double> figures() {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("recurring_R", ratio("rec_found", "rec_truth"));
    f.put("recurring_P", ratio("rec_out_ok", "rec_out"));
    f.put("salary_R", ratio("sal_found", "sal_truth"));
    f.put("salary_P", ratio("sal_out_ok", "sal_out"));
    f.put("category", ratio("cat_ok", "cat_n"));
    f.put("counterparty_exact", ratio("cp_exact", "cp_n"));
    f.put("counterparty_prefix", ratio("cp_prefix", "cp_n"));
    f.put("bounces_R", ratio("bounce_ok", "bounce_n"));
    f.put("own_transfers_R", ratio("own_ok", "own_n"));
    f.put("tx_matched", ratio("tx_matched", "tx"));
    return f;
  }

  /** Returns the notes (misses), in the order found. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Returns one line per wrongly categorised transaction, with its rule and description. */
  public List<String> categoryDetails() {
    return List.copyOf(details);
  }

  /** Returns one line: the set name, the file count and every figure to three decimals. */
  public String summary(String set) {
    StringBuilder sb = new StringBuilder(set).append(": files=").append(get("files"));
    figures().forEach((k, v) -> sb.append(' ').append(k).append('=').append(fmt(v)));
    return sb.toString();
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.3f", v);
  }
}

package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import io.github.bsa.parsers.internal.csv.CsvSniffer.Row;
import io.github.bsa.parsers.internal.vocab.Vocabulary;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Detects the {@link CsvLayout} of a file from a bounded sample of its first bytes. Stateless and
 * thread-safe. See {@code docs/formats/csv.md} for the rules.
 */
final class CsvDetector {
  /** The largest sample the parser hands to the detector. */
  static final int SAMPLE_BYTES = 64 * 1024;

  /** Debit marks of an indicator column (lower case), from the shared vocabulary. */
  static final Set<String> DEBIT_MARKERS =
      Set.copyOf(Vocabulary.labels(Vocabulary.Concept.CSV_DEBIT_MARK));

  /** Credit marks of an indicator column (lower case), from the shared vocabulary. */
  static final Set<String> CREDIT_MARKERS =
      Set.copyOf(Vocabulary.labels(Vocabulary.Concept.CSV_CREDIT_MARK));

  /** What the detector found. */
  static final class Detection {
    final CsvLayout layout;
    final boolean dateOrderDecided;

    /** The order decided by evidence besides the dates, when the dates leave it open. */
    final @Nullable DateOrder evidenceOrder;

    /** What that evidence was, or why there was none, as a clause for a message; or "". */
    final String evidence;

    Detection(CsvLayout layout, boolean dateOrderDecided) {
      this(layout, dateOrderDecided, null, "");
    }

    Detection(
        CsvLayout layout,
        boolean dateOrderDecided,
        @Nullable DateOrder evidenceOrder,
        String evidence) {
      this.layout = layout;
      this.dateOrderDecided = dateOrderDecided;
      this.evidenceOrder = evidenceOrder;
      this.evidence = evidence;
    }
  }

  /** Why no layout was found: either nothing to read, or not a statement. */
  static final class NoLayout extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean empty;
    final long line;
    final String reason;

    /**
     * Whether the input is a statement whose reading is ambiguous (the reason names the option).
     */
    final boolean ambiguous;

    NoLayout(String message, boolean empty, long line) {
      this(message, empty, line, false);
    }

    NoLayout(String message, boolean empty, long line, boolean ambiguous) {
      super(message, null, false, false);
      this.reason = message;
      this.empty = empty;
      this.line = line;
      this.ambiguous = ambiguous;
    }
  }

  private CsvDetector() {}

  static Detection detect(
      byte[] sample,
      int n,
      boolean complete,
      @Nullable Charset forcedCharset,
      @Nullable DateOrder forcedOrder,
      List<CsvLayout> profiles)
      throws NoLayout {
    Map<String, Double> conf = new HashMap<>();
    Charset charset =
        forcedCharset != null ? forcedCharset : CsvSniffer.detectCharset(sample, n, conf);
    if (forcedCharset != null) {
      conf.put("charset", 1.0);
    }
    String text = CsvSniffer.decode(sample, n, charset, complete);
    if (text.isBlank()) {
      throw new NoLayout("CSV input is empty", true, 1);
    }
    if (CsvSniffer.looksBinary(text)) {
      throw new NoLayout("CSV input is binary, not text", false, 1);
    }
    // delimiter: the one giving the most records of one consistent width
    CsvSniffer.Split split = CsvSniffer.split(text);
    if (split == null) {
      throw new NoLayout("CSV input has no delimited records", false, 1);
    }
    char bestDelimiter = split.delimiter();
    conf.put("delimiter", Math.min(1.0, 0.5 + split.score() / 2));
    List<Row> rows = split.rows();

    // a shipped or given profile whose header matches wins
    for (CsvLayout p : profiles) {
      if (p.header().isEmpty() || p.delimiter() != bestDelimiter) {
        continue;
      }
      for (Row r : rows.subList(0, Math.min(rows.size(), 30))) {
        if (sameHeader(r.cells, p.header())) {
          CsvLayout.Builder b = p.toBuilder().charset(charset).headerRecord((int) r.record);
          b.firstDataRecord((int) r.record + 1);
          if (forcedOrder != null) {
            b.dateOrder(forcedOrder);
          }
          b.confidence("profile", 1.0);
          b.confidence("charset", conf.getOrDefault("charset", 1.0));
          return new Detection(b.build(), true);
        }
      }
    }

    // header and first data row
    int width = CsvSniffer.modalWidth(rows);
    int headerIdx = -1;
    int dataIdx = -1;
    for (int i = 0; i < rows.size() && i < 60; i++) {
      Row r = rows.get(i);
      if (isDataLike(r)) {
        dataIdx = i;
        break;
      }
      if (isHeaderLike(r, width)) {
        headerIdx = i; // the last header-like row before the data: preambles may look similar
      }
    }
    if (dataIdx < 0) {
      boolean rowsAfterHeader = false;
      for (int i = headerIdx + 1; headerIdx >= 0 && i < rows.size(); i++) {
        rowsAfterHeader |= rows.get(i).nonEmpty() > 0;
      }
      if (headerIdx >= 0 && complete && !rowsAfterHeader) {
        throw new NoLayout("CSV input has a header but no rows", true, rows.get(headerIdx).line);
      }
      if (complete && titlesOnly(rows)) {
        // a title padded with delimiters ("KNAB EXPORT;;;;"), no header, no rows: an export of
        // a period without transactions whose header line is missing
        throw new NoLayout(
            "CSV input has a title line but no header and no rows", true, rows.get(0).line);
      }
      // Text without a single row holding a date and an amount is not a statement export (prose,
      // a note, another format); only a recognised header without rows (or a title line alone)
      // is an empty statement.
      throw new NoLayout("CSV input has no row with a date and an amount", false, rows.get(0).line);
    }
    if (headerIdx < 0 && dataIdx > 0) {
      Row prev = rows.get(dataIdx - 1);
      if (prev.nonEmpty() >= 2 && prev.cells.size() >= rows.get(dataIdx).cells.size() - 1) {
        boolean textual = true;
        for (String c : prev.cells) {
          if (!c.isBlank() && (CsvDates.dateOrders(c) != 0 || CsvAmounts.isAmount(c))) {
            textual = false;
          }
        }
        if (textual) {
          headerIdx = dataIdx - 1;
        }
      }
    }
    conf.put("header", headerIdx >= 0 ? (knownCount(rows.get(headerIdx)) >= 2 ? 0.95 : 0.7) : 0.6);
    List<String> header = headerIdx >= 0 ? rows.get(headerIdx).cells : List.of();
    List<Row> data = new ArrayList<>();
    for (int i = dataIdx; i < rows.size(); i++) {
      if (isDataLike(rows.get(i))) {
        data.add(rows.get(i)); // footers and broken rows do not vote
      }
    }
    int columnsCount = Math.max(header.size(), width);
    CsvColumns.ColumnStats[] stats = new CsvColumns.ColumnStats[columnsCount];
    for (int j = 0; j < columnsCount; j++) {
      stats[j] = new CsvColumns.ColumnStats(data, j);
    }
    Map<Column, List<Integer>> roles = CsvColumns.assignRoles(header, data, stats, conf);
    // unsigned amounts signed by the running balance, or by an indicator it taught
    CsvArithmetic.Signs signs = CsvArithmetic.signs(data, roles, columnsCount);
    if (signs != null && signs.convention() == SignConvention.INDICATOR) {
      for (List<Integer> cols : roles.values()) {
        cols.remove(Integer.valueOf(signs.indicator()));
      }
      roles.values().removeIf(List::isEmpty);
      roles.put(Column.DEBIT_CREDIT, new ArrayList<>(List.of(signs.indicator())));
    }
    if (!roles.containsKey(Column.BOOKING_DATE) && !roles.containsKey(Column.VALUE_DATE)) {
      throw new NoLayout("CSV input has no date column", false, rows.get(dataIdx).line);
    }
    boolean balanceOnly = false;
    if (!roles.containsKey(Column.AMOUNT)
        && !roles.containsKey(Column.DEBIT)
        && !roles.containsKey(Column.CREDIT)) {
      // balances and no amounts (a balance history): the amounts are the balance changes, but
      // only when the header names the balance; an unnamed number column is an amount
      int b = roles.getOrDefault(Column.BALANCE, List.of(-1)).get(0);
      if (b < 0
          || b >= header.size()
          || CsvHeaders.score(Column.BALANCE, CsvHeaders.normalize(header.get(b))) < 0.5) {
        throw new NoLayout("CSV input has no amount column", false, rows.get(dataIdx).line);
      }
      balanceOnly = true;
    }
    CsvLayout.Builder b = CsvLayout.builder();
    b.charset(charset).delimiter(bestDelimiter).quote('"');
    b.headerRecord(headerIdx >= 0 ? (int) rows.get(headerIdx).record : 0);
    b.firstDataRecord((int) rows.get(dataIdx).record);
    b.header(header);
    roles.forEach(b::column);

    // date order from every date in the sample
    CsvDateEvidence.FromDates byDates = CsvDateEvidence.fromDates(data, roles);
    boolean decided = true;
    if (forcedOrder != null) {
      b.dateOrder(forcedOrder);
      conf.put("dateOrder", 1.0);
    } else if (byDates.order() != null) {
      b.dateOrder(byDates.order());
      conf.put("dateOrder", byDates.confidence());
    } else {
      decided = false; // every date fits day-month and month-day
      conf.put("dateOrder", 0.0);
    }

    // decimal mark from every amount in the sample
    List<Integer> numeric = new ArrayList<>();
    for (Column c : List.of(Column.AMOUNT, Column.DEBIT, Column.CREDIT, Column.BALANCE)) {
      numeric.addAll(roles.getOrDefault(c, List.of()));
    }
    int[] votes = CsvAmounts.decimalVotes(data, numeric);
    int dot = votes[0];
    int comma = votes[1];
    if (dot + comma == 0) {
      b.decimalSeparator(bestDelimiter == ',' ? '.' : bestDelimiter == ';' ? ',' : '.');
      conf.put("decimalSeparator", 0.5);
    } else {
      b.decimalSeparator(comma > dot ? ',' : '.');
      conf.put("decimalSeparator", (double) Math.max(dot, comma) / (dot + comma));
    }
    // a debit/credit pair named by nothing: which is money out needs evidence, or a refusal
    if (conf.getOrDefault(CsvDebitCredit.ORDER, 1.0) == 0.0) {
      int debit = roles.getOrDefault(Column.DEBIT, List.of(-1)).get(0);
      int credit = roles.getOrDefault(Column.CREDIT, List.of(-1)).get(0);
      char decimal = dot + comma == 0 ? '.' : comma > dot ? ',' : '.';
      int order = CsvDebitCredit.byTotals(rows, data, header, debit, credit, decimal, complete);
      if (order == 0) {
        throw new NoLayout(
            "CSV input has two amount columns, one filled per row, and nothing tells which is"
                + " money out (no header words, minus signs, running balance, or opening and"
                + " closing balance"
                + (complete ? "" : " in the first " + SAMPLE_BYTES / 1024 + " KiB")
                + "); set Column.DEBIT and Column.CREDIT in the format option csv.layout",
            false,
            rows.get(dataIdx).line,
            true);
      }
      if (order < 0) {
        CsvDebitCredit.swap(roles);
        b.column(Column.DEBIT, roles.getOrDefault(Column.DEBIT, List.of()));
        b.column(Column.CREDIT, roles.getOrDefault(Column.CREDIT, List.of()));
      }
      conf.put(CsvDebitCredit.ORDER, 0.9);
    }

    // sign convention
    if (balanceOnly) {
      b.signConvention(SignConvention.BY_BALANCE);
      conf.put("sign", 0.7);
    } else if (signs != null && signs.convention() == SignConvention.BY_BALANCE) {
      b.signConvention(SignConvention.BY_BALANCE);
      conf.put("sign", 0.9);
    } else if (signs != null) {
      b.signConvention(SignConvention.INDICATOR);
      b.debitMarkers(Set.of(signs.debitWord())).creditMarkers(Set.of(signs.creditWord()));
      conf.put("sign", 0.9);
    } else if (roles.containsKey(Column.DEBIT) || roles.containsKey(Column.CREDIT)) {
      b.signConvention(SignConvention.DEBIT_CREDIT_COLUMNS);
      conf.put(
          "sign", roles.containsKey(Column.DEBIT) && roles.containsKey(Column.CREDIT) ? 0.95 : 0.7);
    } else if (roles.containsKey(Column.DEBIT_CREDIT)) {
      b.signConvention(SignConvention.INDICATOR);
      b.debitMarkers(DEBIT_MARKERS).creditMarkers(CREDIT_MARKERS);
      conf.put("sign", 0.9);
    } else {
      b.signConvention(SignConvention.SIGNED);
      int amountCol = roles.getOrDefault(Column.AMOUNT, List.of(0)).get(0);
      conf.put("sign", stats[amountCol].negative > 0 ? 0.9 : 0.6);
    }
    // currency named in a header, such as "Bedrag (EUR)"
    Currency headerCurrency = null;
    for (String h : header) {
      Currency c = CsvHeaders.currencyIn(h);
      if (c != null && CsvHeaders.score(Column.AMOUNT, CsvHeaders.normalize(h)) > 0) {
        b.currency(c);
        headerCurrency = c;
      }
    }
    // when the dates leave the order open: what else the file says
    CsvDateEvidence.FromContext context = null;
    if (!decided && forcedOrder == null) {
      // the rows first (sorting, value dates, running balance, span), then the file's clues
      CsvDateEvidence.FromRows byRows =
          CsvDateEvidence.fromRows(data, roles, comma > dot ? ',' : '.');
      CsvDateEvidence.FromContext clues =
          CsvDateEvidence.fromContext(header, data, roles, comma > dot, headerCurrency);
      if (byRows.order() != null || byRows.conflict()) {
        // the rows prove more than the clues: they decide (or refuse), the clues are reported
        context = new CsvDateEvidence.FromContext(byRows.order(), byRows.clause() + clues.clause());
      } else {
        context =
            clues.order() != null
                ? clues
                : new CsvDateEvidence.FromContext(null, byRows.clause() + clues.clause());
      }
      if (context.order() != null) {
        b.dateOrder(context.order());
      }
    }
    for (Map.Entry<String, Double> e : conf.entrySet()) {
      b.confidence(e.getKey(), Math.max(0, Math.min(1, e.getValue())));
    }
    if (context != null) {
      return new Detection(b.build(), false, context.order(), context.clause());
    }
    return new Detection(b.build(), decided || forcedOrder != null);
  }

  /**
   * Whether the input is a few title lines only: each non-blank row one text cell (no date, no
   * number) padded with delimiters to at least three fields.
   */
  private static boolean titlesOnly(List<Row> rows) {
    int titles = 0;
    for (Row r : rows) {
      if (r.nonEmpty() == 0) {
        continue;
      }
      String c = r.cells.get(0);
      if (r.nonEmpty() != 1
          || r.cells.size() < 3
          || c.isBlank()
          || CsvDates.dateOrders(c) != 0
          || CsvAmounts.isAmount(c)
          || ++titles > 3) {
        return false;
      }
    }
    return titles > 0;
  }

  static boolean sameHeader(List<String> cells, List<String> header) {
    List<String> a = trimTrailingEmpty(cells);
    List<String> b = trimTrailingEmpty(header);
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).trim().equalsIgnoreCase(b.get(i).trim())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> trimTrailingEmpty(List<String> cells) {
    int n = cells.size();
    while (n > 0 && cells.get(n - 1).isBlank()) {
      n--;
    }
    return cells.subList(0, n);
  }

  private static int knownCount(Row r) {
    int k = 0;
    for (String c : r.cells) {
      if (!c.isBlank() && CsvHeaders.isKnown(c)) {
        k++;
      }
    }
    return k;
  }

  private static boolean isHeaderLike(Row r, int width) {
    if (r.nonEmpty() < 2) {
      return false;
    }
    for (String c : r.cells) {
      if (!c.isBlank() && (CsvDates.dateOrders(c) != 0 || looksNumeric(c))) {
        return false;
      }
    }
    return knownCount(r) >= 2 || (knownCount(r) >= 1 && r.cells.size() >= width - 1);
  }

  private static boolean looksNumeric(String c) {
    return CsvAmounts.isAmount(c) && c.chars().filter(Character::isLetter).count() == 0;
  }

  static boolean isDataLike(Row r) {
    boolean date = false;
    boolean amount = false;
    for (String c : r.cells) {
      if (c.isBlank()) {
        continue;
      }
      if (!date && CsvDates.dateOrders(c) != 0) {
        date = true;
      } else if (CsvAmounts.isAmount(c)) {
        amount = true;
      }
    }
    return date && amount;
  }
}

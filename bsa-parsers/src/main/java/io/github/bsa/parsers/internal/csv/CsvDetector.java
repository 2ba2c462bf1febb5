package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.internal.text.Charsets;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Detects the {@link CsvLayout} of a file from a bounded sample of its first bytes. Stateless and
 * thread-safe. See {@code docs/formats/csv.md} for the rules.
 */
final class CsvDetector {
  /** The largest sample the parser hands to the detector. */
  static final int SAMPLE_BYTES = 64 * 1024;

  static final Set<String> DEBIT_MARKERS =
      Set.of("d", "dr", "debit", "debet", "s", "soll", "af", "-", "db", "withdrawal", "ausgang");
  static final Set<String> CREDIT_MARKERS =
      Set.of("c", "cr", "credit", "h", "haben", "bij", "+", "deposit", "eingang");

  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final int MAX_SCAN_RECORDS = 400;

  /** What the detector found. */
  static final class Detection {
    final CsvLayout layout;
    final boolean dateOrderDecided;

    Detection(CsvLayout layout, boolean dateOrderDecided) {
      this.layout = layout;
      this.dateOrderDecided = dateOrderDecided;
    }
  }

  /** Why no layout was found: either nothing to read, or not a statement. */
  static final class NoLayout extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean empty;
    final long line;
    final String reason;

    NoLayout(String message, boolean empty, long line) {
      super(message, null, false, false);
      this.reason = message;
      this.empty = empty;
      this.line = line;
    }
  }

  private CsvDetector() {}

  // ------------------------------------------------------------------ charset

  /** Detects the charset from BOM, NUL patterns and UTF-8 validity. */
  static Charset detectCharset(byte[] b, int n, Map<String, Double> confidence) {
    Optional<Charsets.Bom> bom = Charsets.bom(b, n);
    if (bom.isPresent()) {
      confidence.put("charset", 1.0);
      return bom.get().charset();
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < Math.min(n, 4096); i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          evenZero++;
        } else {
          oddZero++;
        }
      }
    }
    int half = Math.min(n, 4096) / 2;
    if (half > 4 && oddZero > half * 0.6 && evenZero < half * 0.1) {
      confidence.put("charset", 0.9);
      return StandardCharsets.UTF_16LE;
    }
    if (half > 4 && evenZero > half * 0.6 && oddZero < half * 0.1) {
      confidence.put("charset", 0.9);
      return StandardCharsets.UTF_16BE;
    }
    boolean ascii = true;
    boolean c1 = false;
    boolean currencySign = false;
    for (int i = 0; i < n; i++) {
      int v = b[i] & 0xff;
      if (v >= 0x80) {
        ascii = false;
        c1 |= v < 0xA0;
        currencySign |= v == 0xA4;
      }
    }
    if (ascii) {
      confidence.put("charset", 0.9);
      return StandardCharsets.UTF_8;
    }
    if (Charsets.isUtf8(b, 0, n, true)) {
      confidence.put("charset", 0.97);
      return StandardCharsets.UTF_8;
    }
    if (c1) {
      confidence.put("charset", 0.85);
      return Charset.forName("windows-1252");
    }
    if (currencySign) {
      // 0xA4 is the euro sign in ISO-8859-15 and a rarely used generic sign in ISO-8859-1
      confidence.put("charset", 0.6);
      return Charset.forName("ISO-8859-15");
    }
    confidence.put("charset", 0.7);
    return StandardCharsets.ISO_8859_1;
  }

  /** Decodes the sample, dropping a BOM and, for an incomplete sample, the last partial line. */
  static String decode(byte[] b, int n, Charset charset, boolean complete) {
    int start = 0;
    if (charset.equals(StandardCharsets.UTF_8)
        && n >= 3
        && (b[0] & 0xff) == 0xEF
        && (b[1] & 0xff) == 0xBB
        && (b[2] & 0xff) == 0xBF) {
      start = 3;
    }
    String text = new String(b, start, n - start, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (!complete) {
      int cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      if (cut > 0) {
        text = text.substring(0, cut + 1);
      }
    }
    return text;
  }

  // ------------------------------------------------------------------ records

  static CSVFormat format(char delimiter, @Nullable Character quote) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setQuote(quote)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true)
        .setLenientEof(true)
        .setTrailingData(true)
        .setRecordSeparator("\n")
        .get();
  }

  /** A record of the sample with the line it starts on. */
  static final class Row {
    final List<String> cells;
    final long line;
    final long record;

    Row(List<String> cells, long line, long record) {
      this.cells = cells;
      this.line = line;
      this.record = record;
    }

    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    int nonEmpty() {
      int k = 0;
      for (String c : cells) {
        if (!c.isBlank()) {
          k++;
        }
      }
      return k;
    }
  }

  static @Nullable List<Row> rows(String text, char delimiter, @Nullable Character quote) {
    List<Row> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text), format(delimiter, quote))) {
      long prevLine = 0;
      for (CSVRecord r : p) {
        out.add(new Row(r.toList(), prevLine + 1, r.getRecordNumber()));
        prevLine = p.getCurrentLineNumber();
        if (out.size() >= MAX_SCAN_RECORDS) {
          break;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return null;
    }
    return out;
  }

  // ------------------------------------------------------------------ detection

  static Detection detect(
      byte[] sample,
      int n,
      boolean complete,
      @Nullable Charset forcedCharset,
      @Nullable DateOrder forcedOrder,
      List<CsvLayout> profiles)
      throws NoLayout {
    Map<String, Double> conf = new HashMap<>();
    Charset charset = forcedCharset != null ? forcedCharset : detectCharset(sample, n, conf);
    if (forcedCharset != null) {
      conf.put("charset", 1.0);
    }
    String text = decode(sample, n, charset, complete);
    if (text.isBlank()) {
      throw new NoLayout("CSV input is empty", true, 1);
    }
    if (looksBinary(text)) {
      throw new NoLayout("CSV input is binary, not text", false, 1);
    }
    // delimiter: the one giving the most records of one consistent width
    char bestDelimiter = ',';
    double bestScore = -1;
    List<Row> bestRows = List.of();
    for (char d : DELIMITERS) {
      List<Row> rows = rows(text, d, '"');
      if (rows == null || rows.isEmpty()) {
        continue;
      }
      double s = delimiterScore(rows);
      if (s > bestScore + 1e-9) {
        bestScore = s;
        bestDelimiter = d;
        bestRows = rows;
      }
    }
    if (bestRows.isEmpty() || bestScore <= 0) {
      throw new NoLayout("CSV input has no delimited records", false, 1);
    }
    conf.put("delimiter", Math.min(1.0, 0.5 + bestScore / 2));
    List<Row> rows = bestRows;

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
    int width = modalWidth(rows);
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
      // Text without a single row holding a date and an amount is not a statement export (prose,
      // a note, another format); only a recognised header without rows is an empty statement.
      throw new NoLayout("CSV input has no row with a date and an amount", false, rows.get(0).line);
    }
    if (headerIdx < 0 && dataIdx > 0) {
      Row prev = rows.get(dataIdx - 1);
      if (prev.nonEmpty() >= 2 && prev.cells.size() >= rows.get(dataIdx).cells.size() - 1) {
        boolean textual = true;
        for (String c : prev.cells) {
          if (!c.isBlank() && (CsvValues.dateOrders(c) != 0 || CsvValues.isAmount(c))) {
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
    ColumnStats[] stats = new ColumnStats[columnsCount];
    for (int j = 0; j < columnsCount; j++) {
      stats[j] = new ColumnStats(data, j);
    }
    Map<Column, List<Integer>> roles = assignRoles(header, stats, conf);
    if (!roles.containsKey(Column.BOOKING_DATE) && !roles.containsKey(Column.VALUE_DATE)) {
      throw new NoLayout("CSV input has no date column", false, rows.get(dataIdx).line);
    }
    if (!roles.containsKey(Column.AMOUNT)
        && !roles.containsKey(Column.DEBIT)
        && !roles.containsKey(Column.CREDIT)) {
      throw new NoLayout("CSV input has no amount column", false, rows.get(dataIdx).line);
    }
    CsvLayout.Builder b = CsvLayout.builder();
    b.charset(charset).delimiter(bestDelimiter).quote('"');
    b.headerRecord(headerIdx >= 0 ? (int) rows.get(headerIdx).record : 0);
    b.firstDataRecord((int) rows.get(dataIdx).record);
    b.header(header);
    roles.forEach(b::column);

    // date order from every date in the sample
    int mask = CsvValues.DMY | CsvValues.MDY | CsvValues.YMD;
    int[] votes = new int[5];
    boolean differ = false;
    for (Column c : List.of(Column.BOOKING_DATE, Column.VALUE_DATE)) {
      for (int j : roles.getOrDefault(c, List.of())) {
        for (Row r : data) {
          int m = CsvValues.dateOrders(r.cell(j));
          if (m != 0) {
            mask &= m;
            differ |= CsvValues.readingsDiffer(r.cell(j));
            for (int bit : new int[] {1, 2, 4}) {
              if ((m & bit) != 0) {
                votes[bit]++;
              }
            }
          }
        }
      }
    }
    boolean decided = true;
    if (forcedOrder != null) {
      b.dateOrder(forcedOrder);
      conf.put("dateOrder", 1.0);
    } else if (Integer.bitCount(mask) == 1) {
      b.dateOrder(CsvValues.order(mask));
      conf.put("dateOrder", 0.99);
    } else if (mask != 0 && !differ && (mask & CsvValues.YMD) == 0) {
      b.dateOrder(DateOrder.DAY_MONTH_YEAR); // every date reads the same either way
      conf.put("dateOrder", 0.9);
    } else if ((mask & CsvValues.YMD) != 0) {
      b.dateOrder(DateOrder.YEAR_MONTH_DAY);
      conf.put("dateOrder", 0.9);
    } else if (mask == 0) {
      int best = votes[CsvValues.DMY] >= votes[CsvValues.MDY] ? CsvValues.DMY : CsvValues.MDY;
      if (votes[CsvValues.YMD] > votes[best]) {
        best = CsvValues.YMD;
      }
      b.dateOrder(CsvValues.order(best));
      conf.put("dateOrder", 0.5);
    } else {
      decided = false; // every date fits day-month and month-day
      conf.put("dateOrder", 0.0);
    }

    // decimal mark from every amount in the sample
    int dot = 0;
    int comma = 0;
    for (Column c : List.of(Column.AMOUNT, Column.DEBIT, Column.CREDIT, Column.BALANCE)) {
      for (int j : roles.getOrDefault(c, List.of())) {
        for (Row r : data) {
          CsvValues.DecimalHint h = CsvValues.decimalHint(r.cell(j));
          if (h == CsvValues.DecimalHint.DOT) {
            dot++;
          } else if (h == CsvValues.DecimalHint.COMMA) {
            comma++;
          }
        }
      }
    }
    if (dot + comma == 0) {
      b.decimalSeparator(bestDelimiter == ',' ? '.' : bestDelimiter == ';' ? ',' : '.');
      conf.put("decimalSeparator", 0.5);
    } else {
      b.decimalSeparator(comma > dot ? ',' : '.');
      conf.put("decimalSeparator", (double) Math.max(dot, comma) / (dot + comma));
    }

    // sign convention
    if (roles.containsKey(Column.DEBIT) || roles.containsKey(Column.CREDIT)) {
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
    for (String h : header) {
      Currency c = CsvHeaders.currencyIn(h);
      if (c != null && CsvHeaders.score(Column.AMOUNT, CsvHeaders.normalize(h)) > 0) {
        b.currency(c);
      }
    }
    for (Map.Entry<String, Double> e : conf.entrySet()) {
      b.confidence(e.getKey(), Math.max(0, Math.min(1, e.getValue())));
    }
    return new Detection(b.build(), decided || forcedOrder != null);
  }

  private static boolean looksBinary(String text) {
    int control = 0;
    int len = Math.min(text.length(), 8192);
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
        control++;
      }
    }
    return control > len / 50 + 1;
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

  private static double delimiterScore(List<Row> rows) {
    Map<Integer, Integer> widths = new HashMap<>();
    int total = 0;
    for (Row r : rows) {
      if (r.nonEmpty() == 0) {
        continue;
      }
      widths.merge(r.cells.size(), 1, Integer::sum);
      total++;
    }
    if (total == 0) {
      return 0;
    }
    Map.Entry<Integer, Integer> mode =
        widths.entrySet().stream()
            .max(
                Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue())
                    .thenComparingInt(Map.Entry::getKey))
            .orElseThrow();
    if (mode.getKey() < 2) {
      return 0;
    }
    double consistency = (double) mode.getValue() / total;
    return consistency * Math.min(1.0, 0.6 + 0.1 * mode.getKey());
  }

  private static int modalWidth(List<Row> rows) {
    Map<Integer, Integer> widths = new HashMap<>();
    for (Row r : rows) {
      if (r.nonEmpty() > 0) {
        widths.merge(r.cells.size(), 1, Integer::sum);
      }
    }
    return widths.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue()))
        .map(Map.Entry::getKey)
        .orElse(0);
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
      if (!c.isBlank() && (CsvValues.dateOrders(c) != 0 || looksNumeric(c))) {
        return false;
      }
    }
    return knownCount(r) >= 2 || (knownCount(r) >= 1 && r.cells.size() >= width - 1);
  }

  private static boolean looksNumeric(String c) {
    return CsvValues.isAmount(c) && c.chars().filter(Character::isLetter).count() == 0;
  }

  static boolean isDataLike(Row r) {
    boolean date = false;
    boolean amount = false;
    for (String c : r.cells) {
      if (c.isBlank()) {
        continue;
      }
      if (!date && CsvValues.dateOrders(c) != 0) {
        date = true;
      } else if (CsvValues.isAmount(c)) {
        amount = true;
      }
    }
    return date && amount;
  }

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

    ColumnStats(List<Row> data, int j) {
      java.util.Set<String> values = new java.util.HashSet<>();
      for (Row r : data) {
        String v = r.cell(j).trim();
        if (v.isEmpty()) {
          continue;
        }
        nonEmpty++;
        values.add(v);
        textLength += v.length();
        if (CsvValues.dateOrders(v) != 0) {
          dates++;
        } else if (CsvValues.isAmount(v)) {
          amounts++;
          if (v.contains("-") || v.contains("(")) {
            negative++;
          }
          if (CsvValues.decimalHint(v) != CsvValues.DecimalHint.NONE) {
            decimals++;
          }
          if (v.matches("\\d+")) {
            integersOnly++;
          }
        }
        String f = v.toLowerCase(Locale.ROOT);
        if (DEBIT_MARKERS.contains(f)) {
          markers++;
          debitSeen++;
        } else if (CREDIT_MARKERS.contains(f)) {
          markers++;
          creditSeen++;
        }
        if (v.length() == 3
            && v.equals(v.toUpperCase(Locale.ROOT))
            && CsvValues.currency(v) != null) {
          currencies++;
        }
        if (io.github.bsa.core.model.Iban.isValid(v)) {
          ibans++;
        }
      }
      distinct = values.size();
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

  private static Map<Column, List<Integer>> assignRoles(
      List<String> header, ColumnStats[] stats, Map<String, Double> conf) {
    Map<Column, List<Integer>> roles = new EnumMap<>(Column.class);
    boolean[] used = new boolean[stats.length];
    List<Candidate> candidates = new ArrayList<>();
    for (int j = 0; j < header.size() && j < stats.length; j++) {
      String n = CsvHeaders.normalize(header.get(j));
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
        if (s.avgLength() > longest && s.ibans < s.nonEmpty) {
          longest = s.avgLength();
          best = j;
        }
      }
      if (best >= 0 && header.isEmpty()) {
        roles.put(Column.DESCRIPTION, new ArrayList<>(List.of(best)));
        used[best] = true;
      }
    }
    return roles;
  }

  /** Whether the column's header names some role, so that values must not guess another. */
  private static boolean namesOtherRole(List<String> header, int j) {
    if (j >= header.size()) {
      return false;
    }
    String n = CsvHeaders.normalize(header.get(j));
    for (Column c : Column.values()) {
      if (c != Column.AMOUNT && CsvHeaders.score(c, n) >= 0.5) {
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

package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.internal.text.MonthNames;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.FormatOptions;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one CSV input: detects (or takes) the layout from a bounded sample, then streams the
 * records. Memory is bounded by the sample, except for files whose account column interleaves
 * accounts (grouped in memory) and files whose sample leaves the date order open (spooled to a
 * temporary file for a second pass). Used from one thread.
 *
 * <p>Size: about 950 lines, above the project's ~500-line guide, on purpose for now: issue #16
 * splits it (layout choice, date-order spooling, record reading, account grouping). Until then, new
 * code goes into its own type.
 */
final class CsvStatementParser implements StatementParser {
  static final String FORMAT = "csv";
  private static final Logger LOG = LoggerFactory.getLogger(CsvStatementParser.class);

  private static final List<String> FOOTER_WORDS =
      List.of(
          "total",
          "totaal",
          "summe",
          "gesamt",
          "somme",
          "suma",
          "totale",
          "celkem",
          "summa",
          "razem",
          "balance",
          "saldo",
          "solde",
          "closing",
          "opening",
          "kontostand",
          "zustatek",
          "end of period",
          "start of period",
          "count",
          "anzahl",
          "aantal");

  private final ParseContext context;

  CsvStatementParser(ParseContext context) {
    this.context = context;
  }

  @Override
  public void parse(InputStream input, StatementSink sink) throws IOException {
    // the facade's stream is buffered, supports mark/reset and ignores close()
    InputStream in = input;
    in.mark(CsvDetector.SAMPLE_BYTES + 1);
    byte[] sample = in.readNBytes(CsvDetector.SAMPLE_BYTES);
    boolean complete = sample.length < CsvDetector.SAMPLE_BYTES || in.read() < 0;
    in.reset();

    var options = context.options();
    Optional<DateOrder> forcedOrder =
        options.dateOrder().or(() -> options.option(FormatOptions.CSV_DATE_ORDER));
    CsvLayout layout;
    boolean decided;
    Optional<CsvLayout> forcedLayout = options.option(FormatOptions.CSV_LAYOUT);
    Optional<String> profileName = options.option(FormatOptions.CSV_PROFILE);
    if (forcedLayout.isPresent() || profileName.isPresent()) {
      layout =
          forcedLayout.isPresent()
              ? forcedLayout.get()
              : CsvProfiles.named(profileName.get())
                  .orElseThrow(
                      () ->
                          new BsaException(
                              ErrorCode.INVALID_OPTION,
                              "unknown CSV profile in the format option csv.profile",
                              SourcePosition.UNKNOWN,
                              null));
      CsvLayout.Builder b = layout.toBuilder();
      options.charset().ifPresent(b::charset);
      forcedOrder.ifPresent(b::dateOrder);
      b.confidence("layout", 1.0);
      layout = b.build();
      decided = true;
    } else {
      try {
        CsvDetector.Detection d =
            CsvDetector.detect(
                sample,
                sample.length,
                complete,
                options.charset().orElse(null),
                forcedOrder.orElse(null),
                CsvProfiles.all());
        layout = d.layout;
        decided = d.dateOrderDecided;
      } catch (CsvDetector.NoLayout e) {
        if (e.empty) {
          sink.warning(ParseWarning.of("CSV_EMPTY", e.reason, SourcePosition.ofLine(e.line)));
          return;
        }
        throw new StatementParseException(
            ErrorCode.MALFORMED_INPUT,
            FORMAT,
            e.reason + "; pass a layout in the format option csv.layout",
            SourcePosition.ofLine(e.line),
            null);
      }
    }
    Path spool = null;
    try {
      if (!decided) {
        // The sample fits both day/month orders: decide from every date of the file.
        if (!complete) {
          spool = context.createTempFile("bsa-csv-", ".spool");
          Files.copy(in, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (spool != null) {
          int mask;
          try (InputStream scan = Files.newInputStream(spool)) {
            mask = scanDateOrders(scan, layout);
          }
          if (Integer.bitCount(mask & ~DISTINCT) == 1 || (mask & DISTINCT) != 0) {
            mask &= ~DISTINCT;
            mask = Integer.bitCount(mask) == 1 ? mask : CsvValues.DMY;
            layout =
                layout.toBuilder()
                    .dateOrder(CsvValues.order(mask))
                    .confidence("dateOrder", 0.99)
                    .build();
            decided = true;
          }
        }
        if (!decided) {
          throw new StatementParseException(
              ErrorCode.AMBIGUOUS_FORMAT,
              FORMAT,
              "CSV dates fit both day/month and month/day order in every row; set"
                  + " ParseOptions.dateOrder or the format option csv.dateOrder",
              SourcePosition.ofRecord(layout.firstDataRecord()),
              null);
        }
      }
      sink.property("csv.layout", layout.toJson());
      layout
          .confidence()
          .forEach((k, v) -> sink.property("csv.confidence." + k, String.valueOf(v)));
      boolean grouped = interleavesAccounts(sample, complete, layout);
      // the spool's stream is opened only now, after every check that may throw, and always
      // closed before the spool is deleted
      if (spool == null) {
        new Reading(layout, sink, grouped).run(in);
      } else {
        try (InputStream source = Files.newInputStream(spool)) {
          new Reading(layout, sink, grouped).run(source);
        }
      }
    } finally {
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    }
  }

  /** Set in a scan result when no date reads differently day-first and month-first. */
  private static final int DISTINCT = 8;

  /**
   * Returns the mask of orders that fit every date of the file, with {@link #DISTINCT} set when no
   * date reads differently in the remaining orders (then the order does not matter).
   */
  private int scanDateOrders(InputStream stream, CsvLayout layout) throws IOException {
    int mask = CsvValues.DMY | CsvValues.MDY;
    boolean distinct = false;
    List<Integer> cols =
        new ArrayList<>(layout.columns().getOrDefault(Column.BOOKING_DATE, List.of()));
    cols.addAll(layout.columns().getOrDefault(Column.VALUE_DATE, List.of()));
    try (CSVParser p = CSVParser.parse(reader(stream, layout), format(layout))) {
      for (CSVRecord r : p) {
        if (r.getRecordNumber() < layout.firstDataRecord()) {
          continue;
        }
        for (int j : cols) {
          if (j < r.size()) {
            int m = CsvValues.dateOrders(r.get(j));
            if (m != 0) {
              mask &= m | DISTINCT;
              if (CsvValues.readingsDiffer(r.get(j))) {
                distinct = true;
              }
            }
          }
        }
        if (Integer.bitCount(mask & ~DISTINCT) <= 1) {
          break;
        }
      }
    } catch (UncheckedIOException e) {
      throw StatementParseException.malformed(
          FORMAT, "CSV record is malformed", SourcePosition.UNKNOWN);
    }
    return distinct ? mask & ~DISTINCT : mask | DISTINCT;
  }

  private boolean interleavesAccounts(byte[] sample, boolean complete, CsvLayout layout) {
    Optional<Integer> col = layout.column(Column.ACCOUNT);
    if (col.isEmpty()) {
      return false;
    }
    String text = CsvDetector.decode(sample, sample.length, layout.charset(), complete);
    List<CsvDetector.Row> rows =
        CsvDetector.rows(text, layout.delimiter(), layout.quote().orElse(null));
    if (rows == null) {
      return false;
    }
    Set<String> closed = new HashSet<>();
    String current = null;
    for (CsvDetector.Row r : rows) {
      if (r.record < layout.firstDataRecord()) {
        continue;
      }
      String key = r.cell(col.get()).trim();
      if (!key.equals(current)) {
        if (closed.contains(key)) {
          return true;
        }
        if (current != null) {
          closed.add(current);
        }
        current = key;
      }
    }
    return false;
  }

  static CSVFormat format(CsvLayout layout) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(layout.delimiter())
        .setQuote(layout.quote().orElse(null))
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true)
        .setTrailingData(true)
        .setLenientEof(false)
        .get();
  }

  private Reader reader(InputStream stream, CsvLayout layout) throws IOException {
    Charset cs = layout.charset();
    var decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader r = new BufferedReader(new InputStreamReader(stream, decoder), 8192);
    r.mark(1);
    int first = r.read();
    if (first != '\uFEFF') {
      r.reset();
    }
    return new LineGuard(r, context.limits().maxLineLength());
  }

  /** Refuses lines longer than the limit, so that one endless field cannot exhaust memory. */
  private static final class LineGuard extends FilterReader {
    private final int max;
    private long run;
    private long line = 1;

    LineGuard(Reader in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = 0; i < n; i++) {
        count(buf[off + i]);
      }
      return n;
    }

    private void count(char c) {
      if (c == '\n' || c == '\r') {
        run = 0;
        if (c == '\n') {
          line++;
        }
      } else if (++run > max) {
        throw new LimitExceededException("maxLineLength", max, SourcePosition.ofLine(line));
      }
    }
  }

  /** One statement being read. */
  private static final class Pending {
    final String key;
    final List<Transaction> held = new ArrayList<>();
    final Set<Currency> currencies = new HashSet<>();
    int count;
    @Nullable BigDecimal firstAmount;
    @Nullable BigDecimal firstBalance;
    @Nullable LocalDate firstDate;
    @Nullable BigDecimal lastAmount;
    @Nullable BigDecimal lastBalance;
    @Nullable LocalDate lastDate;
    int ascending;
    int descending;

    Pending(String key) {
      this.key = key;
    }

    void track(Transaction t) {
      BigDecimal bal = t.balance().orElse(null);
      LocalDate d = t.date().orElse(null);
      if (count == 0) {
        firstAmount = t.amount();
        firstBalance = bal;
        firstDate = d;
      } else if (bal != null && lastBalance != null && lastAmount != null) {
        if (lastBalance.add(t.amount()).compareTo(bal) == 0) {
          ascending++;
        }
        if (bal.add(lastAmount).compareTo(lastBalance) == 0) {
          descending++;
        }
      }
      lastAmount = t.amount();
      lastBalance = bal;
      lastDate = d;
      t.currency().ifPresent(currencies::add);
      count++;
    }
  }

  /** The state of one pass over the records. */
  private final class Reading {
    private final CsvLayout layout;
    private final StatementSink sink;
    private final boolean grouped;
    private final Info info = new Info();
    private final Map<String, Pending> groups = new LinkedHashMap<>();
    private @Nullable Pending current;
    private final Set<String> finished = new HashSet<>();
    private long skipped;

    Reading(CsvLayout layout, StatementSink sink, boolean grouped) {
      this.layout = layout;
      this.sink = sink;
      this.grouped = grouped;
    }

    void run(InputStream stream) throws IOException {
      long rows = 0;
      long line = 1;
      try (CSVParser p = CSVParser.parse(reader(stream, layout), format(layout))) {
        Iterator<CSVRecord> it = p.iterator();
        long prevLine = 0;
        while (true) {
          CSVRecord r;
          try {
            if (!it.hasNext()) {
              break;
            }
            r = it.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            throw new StatementParseException(
                ErrorCode.MALFORMED_INPUT,
                FORMAT,
                "CSV record is malformed, such as an unterminated quote",
                SourcePosition.ofLine(prevLine + 1),
                e);
          }
          line = prevLine + 1;
          prevLine = p.getCurrentLineNumber();
          long rec = r.getRecordNumber();
          if ((++rows & 1023) == 0) {
            context.checkDeadline(SourcePosition.ofLine(line));
          }
          if (rec == layout.headerRecord()) {
            continue;
          }
          List<String> cells = r.toList();
          if (rec < layout.firstDataRecord()) {
            info.scan(cells, layout.decimalSeparator(), false);
            continue;
          }
          row(cells, line, rec);
        }
      }
      finish();
      if (skipped > 0) {
        LOG.debug("CSV: {} rows skipped with warnings", skipped);
      }
    }

    private void row(List<String> cells, long line, long rec) {
      boolean blank = true;
      for (String c : cells) {
        blank &= c.isBlank();
      }
      if (blank) {
        return;
      }
      SourcePosition pos = SourcePosition.of(line, 0).withRecord(rec);
      LocalDate booking = date(cells, Column.BOOKING_DATE);
      LocalDate value = date(cells, Column.VALUE_DATE);
      BigDecimal amount;
      String problem = null;
      try {
        amount = amount(cells);
        if (amount == null) {
          problem = "has no amount";
        }
      } catch (NumberFormatException e) {
        amount = null;
        problem = "has an amount that is not a number";
      }
      if (booking == null && value == null) {
        problem = "has no valid date";
      }
      if (problem != null || amount == null) {
        if (isFooter(cells)) {
          info.scan(cells, layout.decimalSeparator(), true);
          sink.property("csv.footerRows", String.valueOf(++info.footers));
          return;
        }
        skipped++;
        sink.rowSkipped(
            ParseWarning.of("CSV_ROW_SKIPPED", "CSV row " + problem + "; row skipped", pos));
        return;
      }
      Transaction.Builder t = Transaction.builder().amount(amount).position(pos);
      t.bookingDate(booking != null ? booking : value);
      if (booking != null) {
        t.valueDate(value);
      } else {
        t.valueDate(null);
      }
      String description = join(cells, Column.DESCRIPTION);
      String memo = join(cells, Column.MEMO);
      String counterparty = join(cells, Column.COUNTERPARTY);
      String text = description;
      if (!memo.isEmpty() && !text.contains(memo)) {
        text = text.isEmpty() ? memo : text + " " + memo;
      }
      if (text.isEmpty()) {
        text = counterparty;
      }
      t.description(text);
      t.counterparty(counterparty.isEmpty() ? null : counterparty);
      String cpAccount = join(cells, Column.COUNTERPARTY_ACCOUNT);
      t.counterpartyAccount(cpAccount.isEmpty() ? null : cpAccount);
      String ref = join(cells, Column.REFERENCE);
      t.reference(ref.isEmpty() ? null : ref);
      String cat = join(cells, Column.CATEGORY);
      t.category(cat.isEmpty() ? null : cat);
      String type = join(cells, Column.TYPE);
      t.typeCode(type.isEmpty() ? null : type);
      if (!memo.isEmpty()) {
        t.attribute("csv.memo", memo);
      }
      Currency currency = null;
      String ccy = join(cells, Column.CURRENCY);
      if (!ccy.isEmpty()) {
        currency = CsvValues.currency(ccy);
      }
      if (currency == null) {
        currency = layout.currency().orElse(null);
      }
      if (currency == null) {
        currency = symbolCurrency(cells);
      }
      t.currency(currency);
      Optional<Integer> balCol = layout.column(Column.BALANCE);
      if (balCol.isPresent()) {
        try {
          t.balance(CsvValues.parseAmount(cell(cells, balCol.get()), layout.decimalSeparator()));
        } catch (NumberFormatException e) {
          sink.warning(
              ParseWarning.of("CSV_BALANCE_IGNORED", "CSV running balance is not a number", pos));
        }
      }
      String key = layout.column(Column.ACCOUNT).map(j -> cell(cells, j).trim()).orElse("");
      accept(key, t.build(), pos);
    }

    private void accept(String key, Transaction t, SourcePosition pos) {
      if (grouped) {
        Pending p = groups.computeIfAbsent(key, Pending::new);
        p.held.add(t);
        p.track(t);
        return;
      }
      if (current == null || !current.key.equals(key)) {
        if (current != null) {
          end(current);
          finished.add(current.key);
        }
        if (finished.contains(key)) {
          sink.warning(
              ParseWarning.of(
                  "CSV_ACCOUNT_REPEATED",
                  "CSV account reappears after another account; a new statement begins",
                  pos));
        }
        current = new Pending(key);
        sink.beginStatement(StatementHeader.of(account(key)));
      }
      current.track(t);
      sink.transaction(t);
    }

    private void finish() {
      if (grouped) {
        for (Pending p : groups.values()) {
          end(p);
        }
      } else if (current != null) {
        end(current);
      } else if (info.hasAnything()) {
        StatementHeader header = StatementHeader.of(account(""));
        sink.beginStatement(header);
        sink.endStatement(header);
      }
    }

    private void end(Pending p) {
      if (grouped) {
        sink.beginStatement(StatementHeader.of(account(p.key)));
        p.held.forEach(sink::transaction);
      }
      StatementHeader.Builder s = StatementHeader.builder().account(account(p.key));
      Currency cur = layout.currency().orElse(null);
      if (cur == null && p.currencies.size() == 1) {
        cur = p.currencies.iterator().next();
      }
      if (cur == null) {
        cur = info.currency;
      }
      s.currency(cur);
      BigDecimal opening = info.opening;
      BigDecimal closing = info.closing;
      if ((opening == null || closing == null) && p.firstBalance != null && p.lastBalance != null) {
        boolean descending =
            p.descending > p.ascending
                || (p.descending == p.ascending
                    && p.firstDate != null
                    && p.lastDate != null
                    && p.firstDate.isAfter(p.lastDate));
        if (descending) {
          closing = closing != null ? closing : p.firstBalance;
          opening =
              opening != null
                  ? opening
                  : p.lastAmount == null ? null : p.lastBalance.subtract(p.lastAmount);
        } else {
          closing = closing != null ? closing : p.lastBalance;
          opening =
              opening != null
                  ? opening
                  : p.firstAmount == null ? null : p.firstBalance.subtract(p.firstAmount);
        }
      }
      s.openingBalance(opening).closingBalance(closing);
      DateRange stated = info.period(layout.dateOrder());
      if (stated != null) {
        s.period(stated);
      }
      sink.endStatement(s.build());
    }

    private Account account(String key) {
      Account.Builder a = Account.builder();
      String number = key.isEmpty() ? info.accountNumber : key;
      if (number != null) {
        Optional<Iban> iban = Iban.tryParse(number.replace(" ", ""));
        if (iban.isPresent()) {
          a.iban(iban.get());
        }
        a.number(number);
      } else if (info.iban != null) {
        a.iban(info.iban);
      }
      if (key.isEmpty() && info.iban != null && number != null && Iban.tryParse(number).isEmpty()) {
        a.iban(info.iban);
      }
      Currency cur = layout.currency().orElse(info.currency);
      a.currency(cur);
      return a.build();
    }

    private @Nullable LocalDate date(List<String> cells, Column role) {
      Optional<Integer> j = layout.column(role);
      if (j.isEmpty()) {
        return null;
      }
      return CsvValues.parseDate(cell(cells, j.get()), layout.dateOrder());
    }

    private @Nullable BigDecimal amount(List<String> cells) {
      char dec = layout.decimalSeparator();
      Optional<Integer> amountCol = layout.column(Column.AMOUNT);
      return switch (layout.signConvention()) {
        case SIGNED -> amountCol.map(j -> CsvValues.parseAmount(cell(cells, j), dec)).orElse(null);
        case INVERTED -> {
          BigDecimal a =
              amountCol.map(j -> CsvValues.parseAmount(cell(cells, j), dec)).orElse(null);
          yield a == null ? null : a.negate();
        }
        case INDICATOR -> indicated(cells, amountCol, dec);
        case DEBIT_CREDIT_COLUMNS -> {
          BigDecimal d =
              layout
                  .column(Column.DEBIT)
                  .map(j -> CsvValues.parseAmount(cell(cells, j), dec))
                  .orElse(null);
          BigDecimal c =
              layout
                  .column(Column.CREDIT)
                  .map(j -> CsvValues.parseAmount(cell(cells, j), dec))
                  .orElse(null);
          if (d == null && c == null) {
            yield amountCol.map(j -> CsvValues.parseAmount(cell(cells, j), dec)).orElse(null);
          }
          BigDecimal out = c == null ? BigDecimal.ZERO : c;
          yield d == null ? out : out.subtract(d.abs());
        }
      };
    }

    private @Nullable BigDecimal indicated(
        List<String> cells, Optional<Integer> amountCol, char dec) {
      BigDecimal a = amountCol.map(j -> CsvValues.parseAmount(cell(cells, j), dec)).orElse(null);
      if (a == null) {
        return null;
      }
      String mark =
          layout
              .column(Column.DEBIT_CREDIT)
              .map(j -> cell(cells, j).trim().toLowerCase(Locale.ROOT))
              .orElse("");
      if (layout.debitMarkers().contains(mark)) {
        return a.abs().negate();
      }
      if (layout.creditMarkers().contains(mark)) {
        return a.abs();
      }
      if (mark.isEmpty()) {
        return a;
      }
      throw new NumberFormatException("unknown debit/credit mark");
    }

    private String join(List<String> cells, Column role) {
      List<Integer> cols = layout.columns().get(role);
      if (cols == null) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      for (int j : cols) {
        String v = cell(cells, j).trim();
        if (!v.isEmpty() && sb.indexOf(v) < 0) {
          if (sb.length() > 0) {
            sb.append(' ');
          }
          sb.append(v);
        }
      }
      return sb.toString();
    }

    private @Nullable Currency symbolCurrency(List<String> cells) {
      for (Column c : List.of(Column.AMOUNT, Column.DEBIT, Column.CREDIT)) {
        Optional<Integer> j = layout.column(c);
        if (j.isPresent()) {
          String v = cell(cells, j.get());
          if (v.indexOf('€') >= 0) {
            return Currency.getInstance("EUR");
          }
          if (v.indexOf('£') >= 0) {
            return Currency.getInstance("GBP");
          }
        }
      }
      return null;
    }

    private boolean isFooter(List<String> cells) {
      String text = MonthNames.fold(String.join(" ", cells));
      for (String w : FOOTER_WORDS) {
        if (text.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  static String cell(List<String> cells, int j) {
    return j < cells.size() ? cells.get(j) : "";
  }

  /** Account number, balances, currency and period read from preamble and footer rows. */
  static final class Info {
    private static final java.util.regex.Pattern DATE_TOKEN =
        java.util.regex.Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
    private static final java.util.Set<String> PERIOD_FROM =
        java.util.Set.of(
            "from", "von", "van", "du", "desde", "dal", "de", "od", "fran", "start date");
    private static final java.util.Set<String> PERIOD_TO =
        java.util.Set.of("to", "bis", "tot", "au", "hasta", "al", "a", "do", "till", "end date");

    @Nullable String accountNumber;
    @Nullable Iban iban;
    @Nullable BigDecimal opening;
    @Nullable BigDecimal closing;
    @Nullable Currency currency;
    @Nullable String periodText;
    @Nullable String fromText;
    @Nullable String toText;
    int footers;

    boolean hasAnything() {
      return accountNumber != null || iban != null || opening != null || closing != null;
    }

    /** Returns the statement period stated in the preamble, or null when there is none. */
    @Nullable DateRange period(DateOrder order) {
      List<LocalDate> dates = new ArrayList<>();
      if (periodText != null) {
        dates.addAll(datesIn(periodText, order));
      } else if (fromText != null && toText != null) {
        dates.addAll(datesIn(fromText, order));
        dates.addAll(datesIn(toText, order));
      }
      if (dates.size() != 2 || dates.get(1).isBefore(dates.get(0))) {
        return null;
      }
      return DateRange.of(dates.get(0), dates.get(1));
    }

    private static boolean isPeriodLabel(String f) {
      return f.contains("period")
          || f.contains("zeitraum")
          || f.contains("periodo")
          || f.equals("obdobi")
          || f.equals("okres")
          || f.equals("periode");
    }

    private static List<LocalDate> datesIn(String text, DateOrder order) {
      List<LocalDate> out = new ArrayList<>();
      java.util.regex.Matcher m = DATE_TOKEN.matcher(text);
      while (m.find()) {
        LocalDate d = CsvValues.parseDate(m.group(), order);
        if (d != null) {
          out.add(d);
        }
      }
      return out;
    }

    void scan(List<String> cells, char decimal, boolean footer) {
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i).trim();
        if (cell.isEmpty()) {
          continue;
        }
        String label;
        String value;
        int colon = cell.indexOf(':');
        if (colon >= 0 && colon < cell.length() - 1) {
          label = cell.substring(0, colon);
          value = cell.substring(colon + 1).trim();
        } else {
          label = colon >= 0 ? cell.substring(0, colon) : cell;
          value = "";
          for (int k = i + 1; k < cells.size(); k++) {
            if (!cells.get(k).isBlank()) {
              value = cells.get(k).trim();
              break;
            }
          }
        }
        Optional<Iban> ib = Iban.tryParse(cell.replace(" ", ""));
        if (ib.isPresent() && iban == null) {
          iban = ib.get();
        }
        String f = CsvHeaders.normalize(label);
        if (value.isEmpty()) {
          if (label.isBlank() && CsvValues.currency(cell.replace(":", "")) != null) {
            currency = CsvValues.currency(cell.replace(":", ""));
          }
          continue;
        }
        if (f.isEmpty() && CsvValues.currency(value) != null) {
          currency = CsvValues.currency(value);
        } else if (isAccountLabel(f)) {
          Optional<Iban> vi = Iban.tryParse(value.replace(" ", ""));
          if (vi.isPresent()) {
            iban = vi.get();
          } else if (accountNumber == null) {
            accountNumber = value;
          }
        } else if (!footer && isPeriodLabel(f)) {
          periodText = value;
        } else if (!footer && PERIOD_FROM.contains(f)) {
          fromText = value;
        } else if (!footer && PERIOD_TO.contains(f)) {
          toText = value;
        } else if (isOpeningLabel(f) || (footer && isClosingLabel(f))) {
          BigDecimal v = amountOrNull(value, decimal);
          if (v != null) {
            if (isOpeningLabel(f)) {
              opening = v;
            } else {
              closing = v;
            }
          }
        } else if (isClosingLabel(f)) {
          BigDecimal v = amountOrNull(value, decimal);
          if (v != null) {
            closing = v;
          }
        } else if (f.equals("currency")
            || f.equals("wahrung")
            || f.equals("devise")
            || f.equals("valuta")
            || f.equals("moneda")) {
          Currency c = CsvValues.currency(value);
          if (c != null) {
            currency = c;
          }
        }
      }
    }

    private static @Nullable BigDecimal amountOrNull(String value, char decimal) {
      char dec = decimal;
      CsvValues.DecimalHint h = CsvValues.decimalHint(value);
      if (h == CsvValues.DecimalHint.COMMA) {
        dec = ',';
      } else if (h == CsvValues.DecimalHint.DOT) {
        dec = '.';
      }
      try {
        return CsvValues.parseAmount(value, dec);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static boolean isAccountLabel(String f) {
      return f.equals("account")
          || f.equals("account number")
          || f.equals("account no")
          || f.equals("iban")
          || f.equals("konto")
          || f.equals("kontonummer")
          || f.equals("rekening")
          || f.equals("rekeningnummer")
          || f.equals("numero de compte")
          || f.equals("compte")
          || f.equals("cuenta")
          || f.equals("numero de cuenta")
          || f.equals("conto")
          || f.equals("numero conto")
          || f.equals("conta")
          || f.equals("cislo uctu")
          || f.equals("kontonummer iban")
          || f.equals("numer rachunku")
          || f.equals("rachunek");
    }

    private static boolean isOpeningLabel(String f) {
      return f.contains("opening balance")
          || f.contains("start of period")
          || f.contains("beginning balance")
          || f.contains("anfangssaldo")
          || f.contains("alter kontostand")
          || f.contains("beginsaldo")
          || f.contains("startsaldo")
          || f.contains("solde initial")
          || f.contains("solde de debut")
          || f.contains("saldo inicial")
          || f.contains("saldo iniziale")
          || f.contains("pocatecni zustatek")
          || f.contains("ingaende saldo")
          || f.contains("saldo poczatkowe")
          || f.contains("saldo otwarcia");
    }

    private static boolean isClosingLabel(String f) {
      return f.contains("closing balance")
          || f.contains("end of period")
          || f.contains("ending balance")
          || f.contains("endsaldo")
          || f.contains("schlusssaldo")
          || f.contains("neuer kontostand")
          || f.contains("eindsaldo")
          || f.contains("solde final")
          || f.contains("nouveau solde")
          || f.contains("saldo final")
          || f.contains("saldo finale")
          || f.contains("konecny zustatek")
          || f.contains("utgaende saldo")
          || f.contains("saldo koncowe")
          || f.contains("saldo zamkniecia");
    }
  }
}

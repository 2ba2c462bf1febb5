package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the records of a file with a decided layout: preamble rows go to the {@link
 * CsvPreamble}, each data row becomes a transaction (dates, amount by the sign convention, texts,
 * currency, running balance) handed to the {@link CsvStatementAssembler}; rows that are no
 * transaction are footers or skipped with a warning. Used from one thread.
 */
final class CsvRowReader {
  private static final Logger LOG = LoggerFactory.getLogger(CsvRowReader.class);
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency GBP = Currency.getInstance("GBP");

  private final ParseContext context;
  private final CsvLayout layout;
  private final StatementSink sink;
  private final CsvPreamble preamble = new CsvPreamble();
  private final CsvStatementAssembler statements;
  private final @Nullable CsvBalanceSigns balanceSigns;
  private final char decimal;
  // column indexes resolved once (-1: absent), so that a row costs no map look-up
  private final int amountCol;
  private final int debitCol;
  private final int creditCol;
  private final int markCol;
  private final int balanceCol;
  private final int accountCol;
  private final int[] descriptionCols;
  private final int[] memoCols;
  private final int[] counterpartyCols;
  private final int[] counterpartyAccountCols;
  private final int[] referenceCols;
  private final int[] categoryCols;
  private final int[] typeCols;
  private final int[] currencyCols;
  private final DateColumn bookingDates;
  private final DateColumn valueDates;
  private long skipped;
  private @Nullable String lastCurrencyText;
  private @Nullable Currency lastCurrency;

  CsvRowReader(ParseContext context, CsvLayout layout, StatementSink sink, boolean grouped) {
    this.context = context;
    this.layout = layout;
    this.sink = sink;
    this.statements = new CsvStatementAssembler(layout, sink, preamble, grouped);
    this.balanceSigns =
        layout.signConvention() == CsvLayout.SignConvention.BY_BALANCE
            ? new CsvBalanceSigns(
                sink, statements::accept, preamble, grouped, layout.column(Column.AMOUNT).isEmpty())
            : null;
    this.decimal = layout.decimalSeparator();
    this.bookingDates = new DateColumn(first(layout, Column.BOOKING_DATE), layout.dateOrder());
    this.valueDates = new DateColumn(first(layout, Column.VALUE_DATE), layout.dateOrder());
    this.amountCol = first(layout, Column.AMOUNT);
    this.debitCol = first(layout, Column.DEBIT);
    this.creditCol = first(layout, Column.CREDIT);
    this.markCol = first(layout, Column.DEBIT_CREDIT);
    this.balanceCol = first(layout, Column.BALANCE);
    this.accountCol = first(layout, Column.ACCOUNT);
    this.descriptionCols = all(layout, Column.DESCRIPTION);
    this.memoCols = all(layout, Column.MEMO);
    this.counterpartyCols = all(layout, Column.COUNTERPARTY);
    this.counterpartyAccountCols = all(layout, Column.COUNTERPARTY_ACCOUNT);
    this.referenceCols = all(layout, Column.REFERENCE);
    this.categoryCols = all(layout, Column.CATEGORY);
    this.typeCols = all(layout, Column.TYPE);
    this.currencyCols = all(layout, Column.CURRENCY);
  }

  private static int first(CsvLayout layout, Column role) {
    return layout.column(role).orElse(-1);
  }

  private static int[] all(CsvLayout layout, Column role) {
    List<Integer> cols = layout.columns().get(role);
    if (cols == null) {
      return new int[0];
    }
    int[] out = new int[cols.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cols.get(i);
    }
    return out;
  }

  void run(InputStream stream) throws IOException {
    long rows = 0;
    long line;
    try (CSVParser p =
        CSVParser.parse(
            CsvInput.reader(stream, layout, context.limits().maxLineLength()),
            CsvInput.format(layout))) {
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
              CsvStatementParser.FORMAT,
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
        List<String> cells = Arrays.asList(r.values());
        if (rec < layout.firstDataRecord()) {
          preamble.scan(cells, layout.decimalSeparator(), false);
          continue;
        }
        row(cells, line, rec);
      }
    }
    if (balanceSigns != null) {
      balanceSigns.finish();
    }
    statements.finish();
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
    LocalDate booking = bookingDates.read(cells);
    LocalDate value = valueDates.read(cells);
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
      if (CsvPreamble.isFooter(cells)) {
        preamble.scan(cells, layout.decimalSeparator(), true);
        sink.property("csv.footerRows", String.valueOf(++preamble.footers));
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
    String description = join(cells, descriptionCols);
    String memo = join(cells, memoCols);
    String counterparty = join(cells, counterpartyCols);
    String text = description;
    if (!memo.isEmpty() && !text.contains(memo)) {
      text = text.isEmpty() ? memo : text + " " + memo;
    }
    if (text.isEmpty()) {
      text = counterparty;
    }
    t.description(text);
    t.counterparty(counterparty.isEmpty() ? null : counterparty);
    String cpAccount = join(cells, counterpartyAccountCols);
    t.counterpartyAccount(cpAccount.isEmpty() ? null : cpAccount);
    String ref = join(cells, referenceCols);
    t.reference(ref.isEmpty() ? null : ref);
    String cat = join(cells, categoryCols);
    t.category(cat.isEmpty() ? null : cat);
    String type = join(cells, typeCols);
    t.typeCode(type.isEmpty() ? null : type);
    if (!memo.isEmpty()) {
      t.attribute("csv.memo", memo);
    }
    Currency currency = null;
    String ccy = join(cells, currencyCols);
    if (!ccy.isEmpty()) {
      // rows repeat their currency code: look it up once per change
      if (!ccy.equals(lastCurrencyText)) {
        lastCurrencyText = ccy;
        lastCurrency = CsvAmounts.currency(ccy);
      }
      currency = lastCurrency;
    }
    if (currency == null) {
      currency = layout.currency().orElse(null);
    }
    if (currency == null) {
      currency = symbolCurrency(cells);
    }
    t.currency(currency);
    if (balanceCol >= 0) {
      try {
        t.balance(CsvAmounts.parseAmount(cell(cells, balanceCol), decimal));
      } catch (NumberFormatException e) {
        sink.warning(
            ParseWarning.of("CSV_BALANCE_IGNORED", "CSV running balance is not a number", pos));
      }
    }
    String key = accountCol >= 0 ? cell(cells, accountCol).trim() : "";
    if (balanceSigns != null) {
      balanceSigns.accept(key, t.build(), pos);
    } else {
      statements.accept(key, t.build(), pos);
    }
  }

  private @Nullable BigDecimal number(List<String> cells, int j) {
    return j < 0 ? null : CsvAmounts.parseAmount(cell(cells, j), decimal);
  }

  private @Nullable BigDecimal amount(List<String> cells) {
    return switch (layout.signConvention()) {
      case SIGNED -> number(cells, amountCol);
      case BY_BALANCE -> amountCol < 0 ? BigDecimal.ZERO : number(cells, amountCol);
      case INVERTED -> {
        BigDecimal a = number(cells, amountCol);
        yield a == null ? null : a.negate();
      }
      case INDICATOR -> indicated(cells);
      case DEBIT_CREDIT_COLUMNS -> {
        BigDecimal d = number(cells, debitCol);
        BigDecimal c = number(cells, creditCol);
        if (d == null && c == null) {
          yield number(cells, amountCol);
        }
        BigDecimal out = c == null ? BigDecimal.ZERO : c;
        yield d == null ? out : out.subtract(d.abs());
      }
    };
  }

  private @Nullable BigDecimal indicated(List<String> cells) {
    BigDecimal a = number(cells, amountCol);
    if (a == null) {
      return null;
    }
    String mark = markCol >= 0 ? cell(cells, markCol).trim().toLowerCase(Locale.ROOT) : "";
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

  private static String join(List<String> cells, int[] cols) {
    if (cols.length == 0) {
      return "";
    }
    if (cols.length == 1) {
      return cell(cells, cols[0]).trim();
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
    for (int j : new int[] {amountCol, debitCol, creditCol}) {
      if (j >= 0) {
        String v = cell(cells, j);
        if (v.indexOf('€') >= 0) {
          return EUR;
        }
        if (v.indexOf('£') >= 0) {
          return GBP;
        }
      }
    }
    return null;
  }

  /** A date column; consecutive rows mostly repeat their dates, so the last one is kept. */
  private static final class DateColumn {
    private final int column;
    private final DateOrder order;
    private @Nullable String lastText;
    private @Nullable LocalDate last;

    DateColumn(int column, DateOrder order) {
      this.column = column;
      this.order = order;
    }

    @Nullable LocalDate read(List<String> cells) {
      if (column < 0) {
        return null;
      }
      String raw = cell(cells, column);
      if (!raw.equals(lastText)) {
        last = CsvDates.parseDate(raw, order);
        lastText = raw;
      }
      return last;
    }
  }

  static String cell(List<String> cells, int j) {
    return j < cells.size() ? cells.get(j) : "";
  }
}

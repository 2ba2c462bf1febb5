package io.github.bsa.parsers.internal.csv;

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
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  private final ParseContext context;
  private final CsvLayout layout;
  private final StatementSink sink;
  private final CsvPreamble preamble = new CsvPreamble();
  private final CsvStatementAssembler statements;
  private long skipped;

  CsvRowReader(ParseContext context, CsvLayout layout, StatementSink sink, boolean grouped) {
    this.context = context;
    this.layout = layout;
    this.sink = sink;
    this.statements = new CsvStatementAssembler(layout, sink, preamble, grouped);
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
        List<String> cells = r.toList();
        if (rec < layout.firstDataRecord()) {
          preamble.scan(cells, layout.decimalSeparator(), false);
          continue;
        }
        row(cells, line, rec);
      }
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
    statements.accept(key, t.build(), pos);
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
        BigDecimal a = amountCol.map(j -> CsvValues.parseAmount(cell(cells, j), dec)).orElse(null);
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

  static String cell(List<String> cells, int j) {
    return j < cells.size() ? cells.get(j) : "";
  }
}

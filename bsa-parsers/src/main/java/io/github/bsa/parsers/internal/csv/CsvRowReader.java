package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
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
  private String lastKey = "";
  private @Nullable String lastMarkText;
  private String lastMark = "";
  // the record being read: its fields are ranges of the tokenizer's buffer (ADR 0260)
  private char[] buf = new char[0];
  private CsvTokenizer rec = new CsvTokenizer(java.io.Reader.nullReader(), ',', null, false, 1);

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
    CsvTokenizer p = CsvInput.records(stream, layout, context.limits().maxLineLength());
    rec = p;
    while (p.next()) {
      long line = p.line();
      long record = p.record();
      if ((++rows & 1023) == 0) {
        context.checkDeadline(SourcePosition.ofLine(line));
      }
      if (record == layout.headerRecord()) {
        continue;
      }
      if (record < layout.firstDataRecord()) {
        preamble.scan(p.toList(), layout.decimalSeparator(), false);
        continue;
      }
      buf = p.buffer();
      row(line, record);
    }
    if (balanceSigns != null) {
      balanceSigns.finish();
    }
    statements.finish();
    if (skipped > 0) {
      LOG.debug("CSV: {} rows skipped with warnings", skipped);
    }
  }

  private void row(long line, long record) {
    CsvTokenizer r = rec;
    boolean blank = true;
    for (int i = 0, n = r.size(); i < n && blank; i++) {
      blank = CsvTokenizer.isBlank(buf, r.start(i), r.end(i));
    }
    if (blank) {
      return;
    }
    SourcePosition pos = SourcePosition.of(line, 0).withRecord(record);
    LocalDate booking = bookingDates.read(r, buf);
    LocalDate value = valueDates.read(r, buf);
    BigDecimal amount;
    String problem = null;
    try {
      amount = amount();
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
      List<String> cells = r.toList();
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
    String description = join(descriptionCols);
    String memo = join(memoCols);
    String counterparty = join(counterpartyCols);
    String text = description;
    if (!memo.isEmpty() && !text.contains(memo)) {
      text = text.isEmpty() ? memo : text + " " + memo;
    }
    if (text.isEmpty()) {
      text = counterparty;
    }
    t.description(text);
    t.counterparty(counterparty.isEmpty() ? null : counterparty);
    String cpAccount = join(counterpartyAccountCols);
    t.counterpartyAccount(cpAccount.isEmpty() ? null : cpAccount);
    String ref = join(referenceCols);
    t.reference(ref.isEmpty() ? null : ref);
    String cat = join(categoryCols);
    t.category(cat.isEmpty() ? null : cat);
    String type = join(typeCols);
    t.typeCode(type.isEmpty() ? null : type);
    if (!memo.isEmpty()) {
      t.attribute("csv.memo", memo);
    }
    t.currency(currency());
    if (balanceCol >= 0) {
      try {
        t.balance(number(balanceCol));
      } catch (NumberFormatException e) {
        sink.warning(
            ParseWarning.of("CSV_BALANCE_IGNORED", "CSV running balance is not a number", pos));
      }
    }
    String key = accountCol >= 0 ? key() : "";
    if (balanceSigns != null) {
      balanceSigns.accept(key, t.build(), pos);
    } else {
      statements.accept(key, t.build(), pos);
    }
  }

  /** The currency of the row: its currency column, the layout's, or a symbol in the amount. */
  private @Nullable Currency currency() {
    Currency currency = null;
    if (currencyCols.length > 0) {
      // rows repeat their currency code: look it up once per change
      String seen = lastCurrencyText;
      if (currencyCols.length == 1 && seen != null && trimmedEquals(currencyCols[0], seen)) {
        currency = lastCurrency;
      } else {
        String ccy = join(currencyCols);
        if (!ccy.isEmpty()) {
          if (!ccy.equals(lastCurrencyText)) {
            lastCurrencyText = ccy;
            lastCurrency = CsvAmounts.currency(ccy);
          }
          currency = lastCurrency;
        }
      }
    }
    if (currency == null) {
      currency = layout.currency().orElse(null);
    }
    if (currency == null) {
      currency = symbolCurrency();
    }
    return currency;
  }

  /** The account key, trimmed; the previous row's string when the text repeats. */
  private String key() {
    if (!trimmedEquals(accountCol, lastKey)) {
      lastKey = cell(accountCol).trim();
    }
    return lastKey;
  }

  private @Nullable BigDecimal number(int j) {
    if (j < 0) {
      return null;
    }
    if (j >= rec.size()) {
      return CsvAmounts.parseAmount("", decimal);
    }
    return CsvAmounts.parseAmount(buf, rec.start(j), rec.end(j), decimal);
  }

  private @Nullable BigDecimal amount() {
    return switch (layout.signConvention()) {
      case SIGNED -> number(amountCol);
      case BY_BALANCE -> amountCol < 0 ? BigDecimal.ZERO : number(amountCol);
      case INVERTED -> {
        BigDecimal a = number(amountCol);
        yield a == null ? null : a.negate();
      }
      case INDICATOR -> indicated();
      case DEBIT_CREDIT_COLUMNS -> {
        BigDecimal d = number(debitCol);
        BigDecimal c = number(creditCol);
        if (d == null && c == null) {
          yield number(amountCol);
        }
        BigDecimal out = c == null ? BigDecimal.ZERO : c;
        yield d == null ? out : out.subtract(d.abs());
      }
    };
  }

  private @Nullable BigDecimal indicated() {
    BigDecimal a = number(amountCol);
    if (a == null) {
      return null;
    }
    String mark = markCol >= 0 ? mark() : "";
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

  /** The debit/credit mark, trimmed and lower-cased; rows repeat a few marks. */
  private String mark() {
    String seen = lastMarkText;
    if (seen == null || !trimmedEquals(markCol, seen)) {
      seen = cell(markCol).trim();
      lastMarkText = seen;
      lastMark = seen.toLowerCase(Locale.ROOT);
    }
    return lastMark;
  }

  /** Whether field j, trimmed as by {@link String#trim}, is the given text. */
  private boolean trimmedEquals(int j, String text) {
    int s = 0;
    int e = 0;
    if (j < rec.size()) {
      s = rec.start(j);
      e = rec.end(j);
      while (s < e && buf[s] <= ' ') {
        s++;
      }
      while (e > s && buf[e - 1] <= ' ') {
        e--;
      }
    }
    return CsvTokenizer.contentEquals(buf, s, e, text);
  }

  /** Field j trimmed as by {@link String#trim}, as a new string. */
  private String trimmed(int j) {
    if (j >= rec.size()) {
      return "";
    }
    int s = rec.start(j);
    int e = rec.end(j);
    while (s < e && buf[s] <= ' ') {
      s++;
    }
    while (e > s && buf[e - 1] <= ' ') {
      e--;
    }
    return s == e ? "" : new String(buf, s, e - s);
  }

  private String join(int[] cols) {
    if (cols.length == 0) {
      return "";
    }
    if (cols.length == 1) {
      return trimmed(cols[0]);
    }
    StringBuilder sb = new StringBuilder();
    for (int j : cols) {
      String v = trimmed(j);
      if (!v.isEmpty() && sb.indexOf(v) < 0) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(v);
      }
    }
    return sb.toString();
  }

  private @Nullable Currency symbolCurrency() {
    Currency found = symbolCurrency(amountCol);
    if (found == null) {
      found = symbolCurrency(debitCol);
    }
    return found == null ? symbolCurrency(creditCol) : found;
  }

  private @Nullable Currency symbolCurrency(int j) {
    if (j >= 0 && j < rec.size()) {
      for (int k = rec.start(j), e = rec.end(j); k < e; k++) {
        if (buf[k] == '€') {
          return EUR;
        }
        if (buf[k] == '£') {
          return GBP;
        }
      }
    }
    return null;
  }

  private String cell(int j) {
    return rec.get(j);
  }

  /** A date column; consecutive rows mostly repeat their dates, so the last one is kept. */
  private static final class DateColumn {
    private final int column;
    private final DateOrder order;
    // the last text, as chars, compared with the field without creating a string
    private char[] lastChars = new char[16];
    private int lastLength = -1;
    private @Nullable LocalDate last;

    DateColumn(int column, DateOrder order) {
      this.column = column;
      this.order = order;
    }

    @Nullable LocalDate read(CsvTokenizer r, char[] buf) {
      if (column < 0) {
        return null;
      }
      int s = column < r.size() ? r.start(column) : 0;
      int e = column < r.size() ? r.end(column) : 0;
      int n = e - s;
      if (n != lastLength || !Arrays.equals(buf, s, e, lastChars, 0, n)) {
        last = CsvDates.parseDate(r.get(column), order);
        if (n > lastChars.length) {
          lastChars = new char[n];
        }
        System.arraycopy(buf, s, lastChars, 0, n);
        lastLength = n;
      }
      return last;
    }
  }
}

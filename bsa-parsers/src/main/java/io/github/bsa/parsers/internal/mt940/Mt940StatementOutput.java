package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.StatementKind;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The statements and transactions of {@link Mt940Assembler}: begins a statement on the sink, builds
 * and reports each {@code :61:} line with its {@code :86:} information, and ends a statement with
 * its header (period, balances, the MT942 totals checked). One instance per input, used from one
 * thread.
 */
final class Mt940StatementOutput {
  private final String prefix;
  private final StatementSink sink;
  private final boolean mt942Format;
  // attribute keys built once per input, not once per transaction
  private final String markKey;
  private final String fundsCodeKey;
  private final String customerReferenceKey;
  private final String bankReferenceKey;
  private final String supplementaryDetailsKey;
  private final Mt940Information information;

  private long transactionCount;
  private int statementCount;

  Mt940StatementOutput(String formatId, StatementSink sink) {
    this.prefix = formatId + ".";
    this.sink = sink;
    this.mt942Format = formatId.equals(Mt942ParserProvider.FORMAT_ID);
    this.markKey = prefix + "mark";
    this.fundsCodeKey = prefix + "fundsCode";
    this.customerReferenceKey = prefix + "customerReference";
    this.bankReferenceKey = prefix + "bankReference";
    this.supplementaryDetailsKey = prefix + "supplementaryDetails";
    this.information = new Mt940Information(prefix);
  }

  /**
   * Whether a statement is an MT942 interim report: it has MT942 fields ({@code :34F:}, {@code
   * :13D:}, {@code :90D:}/{@code :90C:}) or was read as {@code mt942}, and no final closing balance
   * {@code :62F:}.
   */
  boolean isInterim(Mt940Statement s) {
    return (s.mt942 || mt942Format) && !s.finalClosing;
  }

  long transactionCount() {
    return transactionCount;
  }

  int statementCount() {
    return statementCount;
  }

  void begin(Mt940Statement s) {
    if (!s.begun) {
      s.begun = true;
      sink.beginStatement(StatementHeader.of(account(s)));
    }
  }

  /** Builds and reports the {@code :61:} line {@code p} held for its {@code :86:}. */
  void transaction(Mt940Statement s, Mt940Assembler.Pending p) {
    Mt940StatementLine l = p.line;
    transactionCount++;
    s.transactions++;
    Transaction.Builder b =
        Transaction.builder()
            .bookingDate(l.entryDate())
            .valueDate(l.valueDate())
            .amount(l.amount())
            .currency(s.currency)
            .typeCode(l.typeCode())
            .reference(l.reference())
            .position(SourcePosition.ofLine(p.lineNumber).withRecord(transactionCount))
            .pending(isInterim(s));
    if (!l.mark().equals("D") && !l.mark().equals("C")) {
      b.attribute(markKey, l.mark());
    }
    b.attribute(fundsCodeKey, l.fundsCode());
    b.attribute(customerReferenceKey, l.customerReference());
    b.attribute(bankReferenceKey, l.bankReference());
    if (!p.details.isEmpty()) {
      b.attribute(supplementaryDetailsKey, p.details);
    }
    List<String> info = p.information;
    if (info != null) {
      Mt940Information parsed = information.read(info, p.informationPrintable);
      b.description(parsed.description)
          .counterparty(parsed.counterparty)
          .counterpartyAccount(parsed.counterpartyAccount)
          .endToEndId(parsed.endToEndId);
      for (int i = 0; i < parsed.count; i++) {
        b.attribute(parsed.keys[i], parsed.values[i]);
      }
    } else if (!p.details.isEmpty()) {
      b.description(p.details);
    }
    if (l.amount().signum() < 0) {
      s.debitCount++;
      s.debitSum =
          s.debitSum.subtract(l.amount()); // the same value and scale as adding the negation
    } else {
      s.creditCount++;
      s.creditSum = s.creditSum.add(l.amount());
    }
    LocalDate date = l.entryDate() != null ? l.entryDate() : l.valueDate();
    if (s.firstDate == null || date.isBefore(s.firstDate)) {
      s.firstDate = date;
    }
    if (s.lastDate == null || date.isAfter(s.lastDate)) {
      s.lastDate = date;
    }
    sink.transaction(b.build());
  }

  /** Reports the statement {@code s}, no longer in progress, with its header. */
  void endStatement(Mt940Statement s) {
    begin(s);
    checkSummary(s);
    boolean interim = isInterim(s);
    StatementHeader.Builder b =
        StatementHeader.builder()
            .id(s.id)
            .account(account(s))
            .currency(s.currency)
            .openingBalance(s.opening)
            .closingBalance(s.closing)
            .availableBalance(s.available)
            .information(s.information.length() == 0 ? null : s.information.toString())
            .period(period(s))
            .kind(interim ? StatementKind.INTERIM : StatementKind.FINAL);
    if (s.openingDate != null) {
      b.attribute(prefix + "openingBalanceDate", s.openingDate.toString());
    }
    if (s.closingDate != null) {
      b.attribute(prefix + "closingBalanceDate", s.closingDate.toString());
    }
    for (Map.Entry<String, String> e : s.attributes.entrySet()) {
      b.attribute(e.getKey(), e.getValue());
    }
    for (ParseWarning w : s.warnings) {
      b.addWarning(w);
    }
    statementCount++;
    sink.endStatement(b.build());
  }

  private static @Nullable DateRange period(Mt940Statement s) {
    LocalDate from = s.firstDate != null ? s.firstDate : s.closingDate;
    LocalDate to = s.closingDate != null ? s.closingDate : s.lastDate;
    if (s.lastDate != null && to != null && s.lastDate.isAfter(to)) {
      to = s.lastDate;
    }
    if (from == null || to == null || to.isBefore(from)) {
      return null;
    }
    return DateRange.of(from, to);
  }

  /**
   * Checks the MT942 totals {@code :90D:}/{@code :90C:} against the {@code :61:} lines read; a
   * difference is a warning at the totals' line that names the counts (no amounts).
   */
  private void checkSummary(Mt940Statement s) {
    if (s.declaredDebitCount >= 0) {
      checkTotal(
          s,
          "90D",
          "debit",
          s.declaredDebitCount,
          s.declaredDebitSum,
          s.debitCount,
          s.debitSum,
          s.declaredDebitLine);
    }
    if (s.declaredCreditCount >= 0) {
      checkTotal(
          s,
          "90C",
          "credit",
          s.declaredCreditCount,
          s.declaredCreditSum,
          s.creditCount,
          s.creditSum,
          s.declaredCreditLine);
    }
  }

  private void checkTotal(
      Mt940Statement s,
      String tag,
      String side,
      int declaredCount,
      @Nullable BigDecimal declaredSum,
      int count,
      BigDecimal sum,
      long line) {
    boolean countDiffers = declaredCount != count;
    boolean sumDiffers = declaredSum == null || declaredSum.compareTo(sum) != 0;
    if (!countDiffers && !sumDiffers) {
      return;
    }
    String what =
        countDiffers
            ? "declares " + declaredCount + " " + side + " entries, the report holds " + count
            : "declares a sum of " + side + " entries that differs from the sum of the :61: lines";
    s.warn(
        ParseWarning.of(
            prefix + "summaryMismatch",
            "MT942 :" + tag + ": " + what,
            SourcePosition.ofLine(line)));
  }

  private static Account account(Mt940Statement s) {
    Account.Builder b = Account.builder().currency(s.currency);
    String raw = s.accountNumber;
    if (raw != null) {
      b.number(raw);
      b.iban(Mt940Fields.ibanIn(raw));
    }
    return b.build();
  }
}

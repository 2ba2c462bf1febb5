package io.github.bsa.parsers.internal.ofx;

import static io.github.bsa.parsers.internal.ofx.OfxValues.blankToNull;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementHeader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The cash side of one investment statement ({@code INVSTMTRS}): its account, currency, period,
 * {@code AVAILCASH} and the records that move cash, in file order. Positions, lots and open orders
 * are not read. Not thread-safe.
 */
final class OfxInvestmentStatement {
  /** An {@code INVBANKTRAN}: a bank transaction inside the investment statement. */
  static final class BankTran {
    @Nullable OfxStmtTrn tx;
    @Nullable String subAcctFund;
  }

  final SourcePosition position;
  @Nullable String curdef;
  SourcePosition curdefPosition = SourcePosition.UNKNOWN;
  @Nullable String brokerId;
  @Nullable String acctId;
  @Nullable String dtAsOf;
  @Nullable LocalDate dtStart;
  @Nullable LocalDate dtEnd;
  @Nullable BigDecimal availCash;
  @Nullable String marginBalance;
  @Nullable String shortBalance;
  @Nullable String buyPower;
  @Nullable String cashBal401k;
  boolean tranListOpen;
  int nonCashRecords;
  final List<Object> items = new ArrayList<>();
  final List<ParseWarning> warnings = new ArrayList<>();

  OfxInvestmentStatement(SourcePosition position) {
    this.position = position;
  }

  /** Takes a leaf whose nearest known aggregate is {@code ctx}. */
  void leaf(String ctx, String name, String value, SourcePosition at) {
    switch (ctx) {
      case "INVSTMTRS" -> {
        if (name.equals("CURDEF")) {
          curdef = value;
          curdefPosition = at;
        } else if (name.equals("DTASOF")) {
          dtAsOf = value;
        }
      }
      case "INVACCTFROM" -> {
        if (name.equals("ACCTID")) {
          acctId = value;
        } else if (name.equals("BROKERID")) {
          brokerId = value;
        }
      }
      case "INVTRANLIST" -> {
        if (name.equals("DTSTART")) {
          dtStart = OfxBankStatement.periodDate(value, at, warnings);
        } else if (name.equals("DTEND")) {
          dtEnd = OfxBankStatement.periodDate(value, at, warnings);
        }
      }
      case "INVBAL" -> {
        switch (name) {
          case "AVAILCASH" -> {
            if (value.isEmpty()) {
              warnings.add(
                  ParseWarning.of(
                      "OFX_EMPTY_BALANCE",
                      "OFX INVBAL has an empty AVAILCASH; the balance is treated as absent",
                      at));
            } else {
              availCash = OfxValues.amount(value, "AVAILCASH", at);
            }
          }
          case "MARGINBALANCE" -> marginBalance = value;
          case "SHORTBALANCE" -> shortBalance = value;
          case "BUYPOWER" -> buyPower = value;
          default -> {}
        }
      }
      case "INV401KBAL" -> {
        if (name.equals("CASHBAL")) {
          cashBal401k = value;
        }
      }
      default -> {}
    }
  }

  /** Returns whether the statement has a cash side: a cash record or an {@code AVAILCASH}. */
  boolean hasCash() {
    return availCash != null || !items.isEmpty();
  }

  @Nullable Currency currency() {
    return OfxValues.currency(curdef);
  }

  /**
   * Reports the statement to the sink's callbacks.
   *
   * @param securities the securities named in {@code SECLIST}
   * @param out receives each transaction
   * @return the header to end the statement with
   */
  StatementHeader emit(
      Map<String, OfxInvestmentRecord.Security> securities, Consumer<Transaction> out) {
    Currency currency = currency();
    int record = 0;
    int otherSign = 0;
    SourcePosition firstOtherSign = SourcePosition.UNKNOWN;
    for (Object item : items) {
      record++;
      Transaction t;
      if (item instanceof BankTran bank) {
        OfxStmtTrn tx = bank.tx;
        if (tx == null) {
          continue;
        }
        Transaction.Builder b = tx.toTransaction(record, currency, warnings);
        b.attribute("ofx.inv.record", "INVBANKTRAN");
        b.attribute("ofx.inv.subAcctFund", upper(bank.subAcctFund));
        t = b.build();
      } else {
        OfxInvestmentRecord r = (OfxInvestmentRecord) item;
        if (r.totalHasOtherSign()) {
          if (otherSign++ == 0) {
            firstOtherSign = r.position.withRecord(record);
          }
        }
        t = r.toTransaction(record, currency, securities).build();
      }
      out.accept(t);
    }
    if (otherSign > 0) {
      warnings.add(
          ParseWarning.of(
              "OFX_INV_TOTAL_SIGN",
              "OFX trade TOTAL written with the sign opposite to its cash direction; the cash"
                  + " effect of a buy is taken as negative and of a sell as positive: "
                  + otherSign
                  + " record(s)",
              firstOtherSign));
    }
    return header(currency);
  }

  Account account() {
    return OfxBankStatement.account(currency(), acctId, brokerId);
  }

  private StatementHeader header(@Nullable Currency currency) {
    StatementHeader.Builder b =
        StatementHeader.builder()
            .account(OfxBankStatement.account(currency, acctId, brokerId))
            .currency(currency)
            .closingBalance(availCash);
    if (curdef != null && !curdef.isEmpty() && currency == null) {
      warnings.add(OfxBankStatement.unknownCurrency(curdefPosition));
    }
    OfxBankStatement.period(b, dtStart, dtEnd, position, warnings);
    b.attribute("ofx.messageSet", "investment");
    b.attribute("ofx.inv.dtAsOf", blankToNull(dtAsOf));
    b.attribute("ofx.inv.marginBalance", blankToNull(marginBalance));
    b.attribute("ofx.inv.shortBalance", blankToNull(shortBalance));
    b.attribute("ofx.inv.buyPower", blankToNull(buyPower));
    b.attribute("ofx.inv.401kCashBal", blankToNull(cashBal401k));
    if (nonCashRecords > 0) {
      b.attribute("ofx.inv.nonCashRecords", Integer.toString(nonCashRecords));
    }
    for (ParseWarning w : warnings) {
      b.addWarning(w);
    }
    return b.build();
  }

  private static @Nullable String upper(@Nullable String s) {
    String t = blankToNull(s);
    return t == null ? null : t.toUpperCase(Locale.ROOT);
  }
}

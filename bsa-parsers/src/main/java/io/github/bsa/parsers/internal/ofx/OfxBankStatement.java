package io.github.bsa.parsers.internal.ofx;

import static io.github.bsa.parsers.internal.ofx.OfxValues.blankToNull;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.StatementHeader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One bank ({@code STMTRS}) or credit-card ({@code CCSTMTRS}) statement being read: its account,
 * currency, period and balances, and the header it ends with. Not thread-safe.
 */
final class OfxBankStatement {
  final boolean creditCard;
  final SourcePosition position;
  @Nullable String curdef;
  SourcePosition curdefPosition = SourcePosition.UNKNOWN;
  @Nullable String bankId;
  @Nullable String acctId;
  @Nullable String acctType;
  @Nullable String branchId;
  @Nullable String acctKey;
  boolean accountSeen;
  boolean begun;
  boolean tranListClosed;
  boolean ledgerClosed;
  @Nullable LocalDate dtStart;
  @Nullable LocalDate dtEnd;
  @Nullable BigDecimal ledger;
  @Nullable BigDecimal available;
  int count;
  final List<ParseWarning> warnings = new ArrayList<>();
  final List<String[]> attributes = new ArrayList<>();

  private @Nullable String currencyFor;
  private @Nullable Currency currency;

  OfxBankStatement(boolean creditCard, SourcePosition position) {
    this.creditCard = creditCard;
    this.position = position;
  }

  /** Takes a leaf whose nearest known aggregate is {@code ctx}. */
  void leaf(String ctx, String name, String value, SourcePosition at) {
    switch (ctx) {
      case "STMTRS", "CCSTMTRS" -> {
        if (name.equals("CURDEF")) {
          curdef = value;
          curdefPosition = at;
        }
      }
      case "BANKACCTFROM", "CCACCTFROM" -> setAccount(name, value);
      case "BANKTRANLIST" -> {
        if (name.equals("DTSTART")) {
          dtStart = periodDate(value, at, warnings);
        } else if (name.equals("DTEND")) {
          dtEnd = periodDate(value, at, warnings);
        }
      }
      case "LEDGERBAL", "AVAILBAL" -> balance(ctx, name, value, at);
      default -> {}
    }
  }

  private void balance(String ctx, String name, String value, SourcePosition at) {
    boolean isLedger = ctx.equals("LEDGERBAL");
    if (name.equals("BALAMT")) {
      BigDecimal amount = null;
      if (value.isEmpty()) {
        warnings.add(
            ParseWarning.of(
                "OFX_EMPTY_BALANCE",
                "OFX " + ctx + " has an empty BALAMT; the balance is treated as absent",
                at));
      } else {
        amount = OfxValues.amount(value, "BALAMT", at);
      }
      if (isLedger) {
        ledger = amount;
      } else {
        available = amount;
      }
    } else if (name.equals("DTASOF") && !value.isEmpty()) {
      attributes.add(
          new String[] {isLedger ? "ofx.ledgerBal.dtAsOf" : "ofx.availBal.dtAsOf", value});
    }
  }

  static @Nullable LocalDate periodDate(
      String value, SourcePosition position, List<ParseWarning> warnings) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return OfxValues.date(value);
    } catch (DateTimeException e) {
      warnings.add(
          ParseWarning.of(
              "OFX_BAD_PERIOD_DATE",
              "OFX statement period date is not a valid date; the period is derived from the"
                  + " transactions",
              position));
      return null;
    }
  }

  private void setAccount(String name, String value) {
    switch (name) {
      case "BANKID" -> bankId = value;
      case "ACCTID" -> acctId = value;
      case "ACCTTYPE" -> acctType = value;
      case "BRANCHID" -> branchId = value;
      case "ACCTKEY" -> acctKey = value;
      default -> {}
    }
  }

  @Nullable Currency currency() {
    String code = curdef;
    if (code != null && !code.equals(currencyFor)) {
      currencyFor = code;
      currency = OfxValues.currency(code);
    }
    return code == null ? null : currency;
  }

  Account account() {
    return account(currency(), acctId, bankId);
  }

  static Account account(
      @Nullable Currency currency, @Nullable String acctId, @Nullable String bankId) {
    Account.Builder a = Account.builder().currency(currency);
    String number = blankToNull(acctId);
    a.number(number);
    if (number != null && Iban.isValid(number)) {
      a.iban(Iban.parse(number));
    }
    a.bank(blankToNull(bankId));
    return a.build();
  }

  /** Builds the header the statement ends with. */
  StatementHeader header() {
    StatementHeader.Builder b =
        StatementHeader.builder()
            .account(account())
            .currency(currency())
            .closingBalance(ledger)
            .availableBalance(available);
    if (curdef != null && !curdef.isEmpty() && currency() == null) {
      warnings.add(unknownCurrency(curdefPosition));
    }
    period(b, dtStart, dtEnd, position, warnings);
    b.attribute("ofx.messageSet", creditCard ? "creditcard" : "bank");
    b.attribute("ofx.acctType", blankToNull(acctType));
    b.attribute("ofx.branchId", blankToNull(branchId));
    b.attribute("ofx.acctKey", blankToNull(acctKey));
    for (String[] kv : attributes) {
      b.attribute(kv[0], kv[1]);
    }
    for (ParseWarning w : warnings) {
      b.addWarning(w);
    }
    return b.build();
  }

  static ParseWarning unknownCurrency(SourcePosition at) {
    return ParseWarning.of(
        "OFX_UNKNOWN_CURRENCY",
        "OFX CURDEF is not an ISO 4217 currency code; the currency is left open",
        at);
  }

  static void period(
      StatementHeader.Builder b,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      SourcePosition position,
      List<ParseWarning> warnings) {
    if (start != null && end != null) {
      if (!end.isBefore(start)) {
        b.period(DateRange.of(start, end));
      } else {
        warnings.add(
            ParseWarning.of(
                "OFX_BAD_PERIOD",
                "OFX DTEND is before DTSTART; the period is derived from the transactions",
                position));
      }
    }
  }
}

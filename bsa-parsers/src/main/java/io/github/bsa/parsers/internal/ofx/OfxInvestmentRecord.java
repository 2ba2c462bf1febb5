package io.github.bsa.parsers.internal.ofx;

import static io.github.bsa.parsers.internal.ofx.OfxValues.blankToNull;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One transaction record of an investment statement's {@code INVTRANLIST} (a trade, an income, an
 * expense, ...) and its cash effect. Kept as raw text until the end of the file, because the {@code
 * SECLIST} that names the securities follows the statements. Not thread-safe.
 */
final class OfxInvestmentRecord {
  /** Trades: their cash effect is minus (buys) or plus (sells) the absolute {@code TOTAL}. */
  static final Set<String> BUYS = Set.of("BUYDEBT", "BUYMF", "BUYOPT", "BUYOTHER", "BUYSTOCK");

  static final Set<String> SELLS =
      Set.of("SELLDEBT", "SELLMF", "SELLOPT", "SELLOTHER", "SELLSTOCK");

  /** Records whose {@code TOTAL} is cash in or out of the account. */
  static final Set<String> CASH_RECORDS =
      Set.of("INCOME", "INVEXPENSE", "MARGININTEREST", "RETOFCAP");

  /**
   * Records without a net cash effect: a reinvestment (income spent on the same security), a
   * security transfer, a split, a journal between sub-accounts, an option closure.
   */
  static final Set<String> NON_CASH_RECORDS =
      Set.of("REINVEST", "TRANSFER", "SPLIT", "JRNLSEC", "JRNLFUND", "CLOSUREOPT");

  static boolean isRecord(String name) {
    return BUYS.contains(name)
        || SELLS.contains(name)
        || CASH_RECORDS.contains(name)
        || NON_CASH_RECORDS.contains(name);
  }

  /** A security named in {@code SECLIST}. */
  record Security(@Nullable String name, @Nullable String ticker) {}

  final String kind;
  final SourcePosition position;
  @Nullable String fitid;
  @Nullable String srvrtid;
  @Nullable String dttrade;
  SourcePosition dttradePosition = SourcePosition.UNKNOWN;
  @Nullable String dtsettle;
  @Nullable String memo;
  @Nullable String uniqueId;
  @Nullable String uniqueIdType;
  @Nullable String units;
  @Nullable String unitPrice;
  @Nullable String commission;
  @Nullable String fees;
  @Nullable String total;
  SourcePosition totalPosition = SourcePosition.UNKNOWN;
  @Nullable String incomeType;
  @Nullable String tradeType;
  @Nullable String subAcctFund;
  @Nullable String subAcctSec;
  @Nullable String inv401kSource;
  @Nullable String curSym;
  @Nullable String curRate;
  @Nullable String origCurSym;
  @Nullable String origCurRate;

  OfxInvestmentRecord(String kind, SourcePosition position) {
    this.kind = kind;
    this.position = position;
  }

  void set(String field, String value, SourcePosition at) {
    switch (field) {
      case "FITID" -> fitid = value;
      case "SRVRTID" -> srvrtid = value;
      case "DTTRADE" -> {
        dttrade = value;
        dttradePosition = at;
      }
      case "DTSETTLE" -> dtsettle = value;
      case "MEMO" -> memo = value;
      case "UNITS" -> units = value;
      case "UNITPRICE" -> unitPrice = value;
      case "COMMISSION" -> commission = value;
      case "FEES" -> fees = value;
      case "TOTAL" -> {
        total = value;
        totalPosition = at;
      }
      case "INCOMETYPE" -> incomeType = value;
      case "BUYTYPE", "SELLTYPE", "OPTBUYTYPE", "OPTSELLTYPE" -> tradeType = value;
      case "SUBACCTFUND" -> subAcctFund = value;
      case "SUBACCTSEC" -> subAcctSec = value;
      case "INV401KSOURCE" -> inv401kSource = value;
      default -> {}
    }
  }

  void setSecId(String field, String value) {
    if (field.equals("UNIQUEID")) {
      uniqueId = value;
    } else if (field.equals("UNIQUEIDTYPE")) {
      uniqueIdType = value;
    }
  }

  void setCurrency(String aggregate, String field, String value) {
    boolean orig = aggregate.equals("ORIGCURRENCY");
    if (field.equals("CURSYM")) {
      if (orig) {
        origCurSym = value;
      } else {
        curSym = value;
      }
    } else if (field.equals("CURRATE")) {
      if (orig) {
        origCurRate = value;
      } else {
        curRate = value;
      }
    }
  }

  /**
   * Returns whether the record moves cash of the account: a trade or income paid from or into the
   * cash (or margin, or short) sub-account. A record funded by {@code OTHER} (a 401(k) payroll
   * contribution, say) does not touch the account's cash.
   */
  boolean movesCash() {
    if (NON_CASH_RECORDS.contains(kind)) {
      return false;
    }
    String fund = blankToNull(subAcctFund);
    return fund == null || !fund.equalsIgnoreCase("OTHER");
  }

  /**
   * Builds the cash transaction.
   *
   * @param record the record number in its statement (1-based)
   * @param statementCurrency the statement's currency, or {@code null}
   * @param securities the securities of {@code SECLIST}, by {@code UNIQUEIDTYPE:UNIQUEID}
   * @return the builder, and whether the written {@code TOTAL} had the other sign
   */
  Transaction.Builder toTransaction(
      int record, @Nullable Currency statementCurrency, Map<String, Security> securities) {
    SourcePosition pos = position.withRecord(record);
    if (total == null || total.isEmpty()) {
      throw StatementParseException.invalid(
          OfxParser.FORMAT, "OFX " + kind + " has no TOTAL amount", pos);
    }
    if (dttrade == null || dttrade.isEmpty()) {
      throw StatementParseException.invalid(
          OfxParser.FORMAT, "OFX " + kind + " has no DTTRADE date", pos);
    }
    SourcePosition totalAt = totalPosition.isKnown() ? totalPosition.withRecord(record) : pos;
    BigDecimal written = OfxValues.amount(total, "TOTAL", totalAt);
    BigDecimal amount = cashEffect(written);
    LocalDate traded = date(dttrade, "DTTRADE", dttradePosition.isKnown() ? dttradePosition : pos);
    Transaction.Builder b = Transaction.builder().bookingDate(traded).amount(amount).position(pos);
    if (dtsettle != null && !dtsettle.isEmpty()) {
      try {
        b.valueDate(OfxValues.date(dtsettle));
      } catch (DateTimeException e) {
        b.attribute("ofx.inv.dtSettle", dtsettle);
      }
    }
    String security = securityLabel(securities);
    String label = label();
    String unitsText = units == null ? null : plain(units);
    StringBuilder d = new StringBuilder(label);
    if ((BUYS.contains(kind) || SELLS.contains(kind)) && unitsText != null) {
      d.append(' ').append(unitsText);
    }
    if (security != null) {
      d.append(' ').append(security);
    }
    b.description(OfxValues.description(d.toString(), blankToNull(memo)));
    Security sec = securities.get(secKey());
    String secName = sec == null ? null : blankToNull(sec.name());
    b.counterparty(secName != null ? secName : security);
    b.typeCode(kind);
    b.reference(blankToNull(fitid));
    b.attribute("ofx.memo", blankToNull(memo));
    b.attribute("ofx.srvrTid", blankToNull(srvrtid));
    b.attribute("ofx.inv.record", kind);
    b.attribute("ofx.inv.total", written.toPlainString());
    b.attribute("ofx.inv.incomeType", upper(incomeType));
    b.attribute("ofx.inv.tradeType", upper(tradeType));
    b.attribute("ofx.inv.units", unitsText);
    b.attribute("ofx.inv.unitPrice", unitPrice == null ? null : plain(unitPrice));
    b.attribute("ofx.inv.commission", commission == null ? null : plain(commission));
    b.attribute("ofx.inv.fees", fees == null ? null : plain(fees));
    b.attribute("ofx.inv.subAcctFund", upper(subAcctFund));
    b.attribute("ofx.inv.subAcctSec", upper(subAcctSec));
    b.attribute("ofx.inv.401kSource", upper(inv401kSource));
    String id = blankToNull(uniqueId);
    if (id != null) {
      String type = blankToNull(uniqueIdType);
      b.attribute("ofx.inv.secId", type == null ? id : type.toUpperCase(Locale.ROOT) + ":" + id);
    }
    if (sec != null) {
      b.attribute("ofx.inv.secName", blankToNull(sec.name()));
      b.attribute("ofx.inv.ticker", blankToNull(sec.ticker()));
    }
    OfxValues.currencies(b, statementCurrency, curSym, curRate, origCurSym, origCurRate);
    return b;
  }

  /** Returns whether the written TOTAL has the sign opposite to the record's cash direction. */
  boolean totalHasOtherSign() {
    BigDecimal written = total == null ? null : OfxValues.parseAmount(total);
    return written != null
        && written.signum() != 0
        && cashEffect(written).signum() != written.signum();
  }

  private BigDecimal cashEffect(BigDecimal written) {
    if (BUYS.contains(kind) || kind.equals("INVEXPENSE") || kind.equals("MARGININTEREST")) {
      return written.abs().negate();
    }
    if (SELLS.contains(kind)) {
      return written.abs();
    }
    return written; // INCOME, RETOFCAP: as written (a negative figure reverses an earlier one)
  }

  private static LocalDate date(String value, String field, SourcePosition at) {
    try {
      return OfxValues.date(value);
    } catch (DateTimeException e) {
      throw new StatementParseException(
          ErrorCode.INVALID_DATA,
          OfxParser.FORMAT,
          "OFX " + field + " is not a valid date (expected YYYYMMDD...)",
          at,
          e);
    }
  }

  private String label() {
    if (BUYS.contains(kind)) {
      return "Buy";
    }
    if (SELLS.contains(kind)) {
      return "Sell";
    }
    return switch (kind) {
      case "INCOME" -> incomeLabel(upper(incomeType));
      case "INVEXPENSE" -> "Expense";
      case "MARGININTEREST" -> "Margin interest";
      case "RETOFCAP" -> "Return of capital";
      default -> kind;
    };
  }

  private static String incomeLabel(@Nullable String type) {
    if (type == null) {
      return "Income";
    }
    return switch (type) {
      case "DIV" -> "Dividend";
      case "INTEREST" -> "Interest";
      case "CGLONG" -> "Capital gain distribution, long-term";
      case "CGSHORT" -> "Capital gain distribution, short-term";
      default -> "Income";
    };
  }

  private @Nullable String secKey() {
    String id = blankToNull(uniqueId);
    if (id == null) {
      return null;
    }
    String type = blankToNull(uniqueIdType);
    return key(type, id);
  }

  static String key(@Nullable String type, String id) {
    return (type == null ? "" : type.toUpperCase(Locale.ROOT)) + ":" + id;
  }

  private @Nullable String securityLabel(Map<String, Security> securities) {
    String k = secKey();
    if (k == null) {
      return null;
    }
    Security sec = securities.get(k);
    String name = sec == null ? null : blankToNull(sec.name());
    String ticker = sec == null ? null : blankToNull(sec.ticker());
    if (name != null && ticker != null && !ticker.equalsIgnoreCase(name)) {
      return name + " (" + ticker + ")";
    }
    if (name != null) {
      return name;
    }
    if (ticker != null) {
      return ticker;
    }
    String type = blankToNull(uniqueIdType);
    String id = blankToNull(uniqueId);
    return type == null ? id : type.toUpperCase(Locale.ROOT) + " " + id;
  }

  private static @Nullable String upper(@Nullable String s) {
    String t = blankToNull(s);
    return t == null ? null : t.toUpperCase(Locale.ROOT);
  }

  /** {@code +0000000000100.00000} as {@code 100}; the text itself when it is not a number. */
  private static @Nullable String plain(String value) {
    String t = blankToNull(value);
    if (t == null) {
      return null;
    }
    BigDecimal n = OfxValues.parseAmount(t);
    if (n == null) {
      return t;
    }
    BigDecimal s = n.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}

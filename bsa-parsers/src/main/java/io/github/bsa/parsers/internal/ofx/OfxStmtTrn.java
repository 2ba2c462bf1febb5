package io.github.bsa.parsers.internal.ofx;

import static io.github.bsa.parsers.internal.ofx.OfxValues.blankToNull;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One {@code STMTTRN} being read (in a bank or card statement, or inside an investment statement's
 * {@code INVBANKTRAN}) and its conversion to a {@link Transaction}. Not thread-safe.
 */
final class OfxStmtTrn {
  SourcePosition position;
  @Nullable String trntype;
  @Nullable String dtposted;
  private long dtpostedLine;
  private int dtpostedColumn;
  @Nullable String dtuser;
  @Nullable String dtavail;
  @Nullable String trnamt;
  private long trnamtLine;
  private int trnamtColumn;
  @Nullable String fitid;
  @Nullable String checknum;
  @Nullable String refnum;
  @Nullable String sic;
  @Nullable String payeeid;
  @Nullable String name;
  @Nullable String extdname;
  @Nullable String payeeName;
  @Nullable String memo;
  @Nullable String srvrtid;
  @Nullable String correctFitid;
  @Nullable String correctAction;
  @Nullable String curSym;
  @Nullable String curRate;
  @Nullable String origCurSym;
  @Nullable String origCurRate;
  @Nullable String ctpyAcct;

  OfxStmtTrn(SourcePosition position) {
    this.position = position;
  }

  /**
   * Clears every field for the next {@code STMTTRN}: a bank statement's transactions are built one
   * at a time, so one instance serves them all.
   */
  void reset(SourcePosition at) {
    position = at;
    trntype = null;
    dtposted = null;
    dtpostedLine = 0;
    dtpostedColumn = 0;
    dtuser = null;
    dtavail = null;
    trnamt = null;
    trnamtLine = 0;
    trnamtColumn = 0;
    fitid = null;
    checknum = null;
    refnum = null;
    sic = null;
    payeeid = null;
    name = null;
    extdname = null;
    payeeName = null;
    memo = null;
    srvrtid = null;
    correctFitid = null;
    correctAction = null;
    curSym = null;
    curRate = null;
    origCurSym = null;
    origCurRate = null;
    ctpyAcct = null;
  }

  private SourcePosition amountPosition(SourcePosition fallback) {
    return trnamtLine > 0 ? SourcePosition.of(trnamtLine, trnamtColumn) : fallback;
  }

  private SourcePosition datePosition(SourcePosition fallback) {
    return dtpostedLine > 0 ? SourcePosition.of(dtpostedLine, dtpostedColumn) : fallback;
  }

  /** Takes a leaf of the {@code STMTTRN}, at {@code line} and {@code column}. */
  void set(String field, String value, long line, int column) {
    switch (field) {
      case "TRNTYPE" -> trntype = value;
      case "DTPOSTED" -> {
        dtposted = value;
        dtpostedLine = line;
        dtpostedColumn = column;
      }
      case "DTUSER" -> dtuser = value;
      case "DTAVAIL" -> dtavail = value;
      case "TRNAMT" -> {
        trnamt = value;
        trnamtLine = line;
        trnamtColumn = column;
      }
      case "FITID" -> fitid = value;
      case "CHECKNUM" -> checknum = value;
      case "REFNUM" -> refnum = value;
      case "SIC" -> sic = value;
      case "PAYEEID" -> payeeid = value;
      case "NAME" -> name = value;
      case "EXTDNAME" -> extdname = value;
      case "PAYEE" -> payeeName = value; // some writers put the payee name directly in a PAYEE leaf
      case "MEMO" -> memo = value;
      case "SRVRTID" -> srvrtid = value;
      case "CORRECTFITID" -> correctFitid = value;
      case "CORRECTACTION" -> correctAction = value;
      default -> {}
    }
  }

  void setNested(String aggregate, String field, String value) {
    switch (aggregate) {
      case "PAYEE" -> {
        if (field.equals("NAME")) {
          payeeName = value;
        }
      }
      case "BANKACCTTO", "CCACCTTO" -> {
        if (field.equals("ACCTID")) {
          ctpyAcct = value;
        }
      }
      case "CURRENCY" -> {
        if (field.equals("CURSYM")) {
          curSym = value;
        } else if (field.equals("CURRATE")) {
          curRate = value;
        }
      }
      case "ORIGCURRENCY" -> {
        if (field.equals("CURSYM")) {
          origCurSym = value;
        } else if (field.equals("CURRATE")) {
          origCurRate = value;
        }
      }
      default -> {}
    }
  }

  /**
   * Builds the transaction.
   *
   * @param record the record number in its statement (1-based)
   * @param statementCurrency the statement's {@code CURDEF} currency, or {@code null}
   * @param warnings where the statement's warnings are collected
   * @return the builder, for the caller to add its own attributes
   */
  Transaction.Builder toTransaction(
      int record, @Nullable Currency statementCurrency, List<ParseWarning> warnings) {
    SourcePosition pos = position.withRecord(record);
    if (trnamt == null || trnamt.isEmpty()) {
      throw StatementParseException.invalid(
          OfxParser.FORMAT,
          "OFX STMTTRN has no TRNAMT amount",
          amountPosition(pos).withRecord(record));
    }
    if (dtposted == null || dtposted.isEmpty()) {
      throw StatementParseException.invalid(
          OfxParser.FORMAT,
          "OFX STMTTRN has no DTPOSTED date",
          datePosition(pos).withRecord(record));
    }
    BigDecimal amount = OfxValues.parseAmount(trnamt);
    if (amount == null) {
      throw StatementParseException.invalid(
          OfxParser.FORMAT, "OFX TRNAMT is not a number", amountPosition(pos).withRecord(record));
    }
    LocalDate posted;
    try {
      posted = OfxValues.date(dtposted);
    } catch (DateTimeException e) {
      throw new StatementParseException(
          ErrorCode.INVALID_DATA,
          OfxParser.FORMAT,
          "OFX DTPOSTED is not a valid date (expected YYYYMMDD...)",
          datePosition(pos).withRecord(record),
          e);
    }
    Transaction.Builder b = Transaction.builder().bookingDate(posted).amount(amount).position(pos);
    if (dtavail != null && !dtavail.isEmpty()) {
      try {
        b.valueDate(OfxValues.date(dtavail));
      } catch (DateTimeException e) {
        warnings.add(
            ParseWarning.of("OFX_BAD_DTAVAIL", "OFX DTAVAIL is not a valid date; ignored", pos));
      }
    }
    if (dtuser != null && !dtuser.isEmpty()) {
      b.attribute("ofx.dtUser", dtuser);
      try {
        b.attribute("ofx.userDate", OfxValues.date(dtuser).toString());
      } catch (DateTimeException e) {
        warnings.add(
            ParseWarning.of("OFX_BAD_DTUSER", "OFX DTUSER is not a valid date; ignored", pos));
      }
    }
    String n = blankToNull(name);
    if (n == null) {
      n = blankToNull(payeeName);
    }
    String m = blankToNull(memo);
    b.counterparty(n);
    b.description(OfxValues.description(n, m));
    String type = blankToNull(trntype);
    b.typeCode(type == null ? null : type.toUpperCase(Locale.ROOT));
    b.reference(blankToNull(fitid));
    b.counterpartyAccount(blankToNull(ctpyAcct));
    attribute(b, "ofx.name", n);
    attribute(b, "ofx.memo", m);
    attribute(b, "ofx.checkNum", blankToNull(checknum));
    attribute(b, "ofx.refNum", blankToNull(refnum));
    attribute(b, "ofx.sic", blankToNull(sic));
    attribute(b, "ofx.payeeId", blankToNull(payeeid));
    attribute(b, "ofx.srvrTid", blankToNull(srvrtid));
    attribute(b, "ofx.correctFitId", blankToNull(correctFitid));
    attribute(b, "ofx.correctAction", blankToNull(correctAction));
    attribute(b, "ofx.extdName", blankToNull(extdname));
    OfxValues.currencies(b, statementCurrency, curSym, curRate, origCurSym, origCurRate);
    return b;
  }

  /**
   * Sets an attribute that has a value: on a new builder, setting {@code null} (which removes) is a
   * no-op, and skipping it spares a lookup in the builder's map.
   */
  private static void attribute(Transaction.Builder b, String key, @Nullable String value) {
    if (value != null) {
      b.attribute(key, value);
    }
  }
}

package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cash side of investment statements ({@code INVSTMTRS}) and the securities of {@code
 * SECLIST}. The statements are held until the end of the input, because {@code SECLIST} (which
 * names the securities of trades and income) follows them in the file; the records held are bounded
 * by {@code ParseLimits.maxTransactions}. Not thread-safe.
 */
final class OfxInvestmentReader {
  private final long maxRecords;
  private final List<OfxInvestmentStatement> done = new ArrayList<>();
  private final Map<String, OfxInvestmentRecord.Security> securities = new HashMap<>();
  private @Nullable OfxInvestmentStatement statement;
  private @Nullable OfxInvestmentRecord record;
  private OfxInvestmentStatement.@Nullable BankTran bankTran;
  private @Nullable SecInfo secInfo;
  private long held;
  private int seen;

  OfxInvestmentReader(long maxRecords) {
    this.maxRecords = maxRecords;
  }

  /** Returns the number of investment statements seen. */
  int seen() {
    return seen;
  }

  /** Returns whether a statement is open (the input ended inside it). */
  boolean isOpen() {
    return statement != null;
  }

  /** Returns the finished statements, in file order. */
  List<OfxInvestmentStatement> statements() {
    return done;
  }

  Map<String, OfxInvestmentRecord.Security> securities() {
    return securities;
  }

  /** Returns the open {@code INVBANKTRAN}, which takes the next {@code STMTTRN}. */
  OfxInvestmentStatement.@Nullable BankTran bankTran() {
    return bankTran;
  }

  boolean inRecord() {
    return record != null;
  }

  void start(String name, SourcePosition at) {
    OfxInvestmentStatement st = statement;
    switch (name) {
      case "INVSTMTRS" -> {
        seen++;
        if (st == null) {
          statement = new OfxInvestmentStatement(at);
        }
      }
      case "INVTRANLIST" -> {
        if (st != null) {
          st.tranListOpen = true;
        }
      }
      case "INVBANKTRAN" -> {
        if (st != null && st.tranListOpen) {
          OfxInvestmentStatement.BankTran b = new OfxInvestmentStatement.BankTran();
          bankTran = b;
          hold(b, st, at);
        }
      }
      case "SECINFO" -> secInfo = new SecInfo();
      default -> {
        if (st != null && st.tranListOpen && record == null && OfxInvestmentRecord.isRecord(name)) {
          record = new OfxInvestmentRecord(name, at);
        }
      }
    }
  }

  private void hold(Object item, OfxInvestmentStatement st, SourcePosition at) {
    if (++held > maxRecords) {
      throw new LimitExceededException("maxTransactions", maxRecords, at);
    }
    st.items.add(item);
  }

  void end(String name) {
    OfxInvestmentStatement st = statement;
    switch (name) {
      case "INVSTMTRS" -> {
        if (st != null) {
          statement = null;
          record = null;
          bankTran = null;
          done.add(st);
        }
      }
      case "INVTRANLIST" -> {
        if (st != null) {
          st.tranListOpen = false;
        }
      }
      case "INVBANKTRAN" -> bankTran = null;
      case "SECINFO" -> {
        SecInfo s = secInfo;
        secInfo = null;
        String id = s == null ? null : OfxValues.blankToNull(s.id);
        if (s != null && id != null) {
          securities.putIfAbsent(
              OfxInvestmentRecord.key(OfxValues.blankToNull(s.type), id),
              new OfxInvestmentRecord.Security(s.name, s.ticker));
        }
      }
      default -> {
        OfxInvestmentRecord r = record;
        if (r != null && r.kind.equals(name)) {
          record = null;
          if (st != null) {
            if (r.movesCash()) {
              hold(r, st, r.position);
            } else {
              st.nonCashRecords++;
            }
          }
        }
      }
    }
  }

  /** Takes a leaf whose nearest known aggregate is {@code ctx}. */
  void leaf(String ctx, String name, String value, SourcePosition at) {
    OfxInvestmentRecord r = record;
    if (r != null) {
      switch (ctx) {
        case "SECID" -> r.setSecId(name, value);
        case "CURRENCY", "ORIGCURRENCY" -> r.setCurrency(ctx, name, value);
        default -> r.set(name, value, at);
      }
      return;
    }
    SecInfo s = secInfo;
    if (s != null) {
      if (ctx.equals("SECID")) {
        if (name.equals("UNIQUEIDTYPE")) {
          s.type = value;
        } else if (name.equals("UNIQUEID")) {
          s.id = value;
        }
      } else if (ctx.equals("SECINFO")) {
        if (name.equals("SECNAME")) {
          s.name = value;
        } else if (name.equals("TICKER")) {
          s.ticker = value;
        }
      }
      return;
    }
    OfxInvestmentStatement.BankTran b = bankTran;
    if (b != null && ctx.equals("INVBANKTRAN")) {
      if (name.equals("SUBACCTFUND")) {
        b.subAcctFund = value;
      }
      return;
    }
    OfxInvestmentStatement st = statement;
    if (st != null) {
      st.leaf(ctx, name, value, at);
    }
  }

  /** One {@code SECINFO} being read. */
  private static final class SecInfo {
    @Nullable String type;
    @Nullable String id;
    @Nullable String name;
    @Nullable String ticker;
  }
}

package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups the transactions of one pass into statements (one per account key) and writes each
 * statement's header: account, currency, and opening and closing balances from the preamble or,
 * failing that, from the running balance read in either direction. Streams, except for files whose
 * account column interleaves accounts, which are grouped in memory. Used from one thread.
 */
final class CsvStatementAssembler {
  private final CsvLayout layout;
  private final StatementSink sink;
  private final CsvPreamble preamble;
  private final boolean grouped;
  private final Map<String, Pending> groups = new LinkedHashMap<>();
  private final Set<String> finished = new HashSet<>();
  private @Nullable Pending current;

  CsvStatementAssembler(
      CsvLayout layout, StatementSink sink, CsvPreamble preamble, boolean grouped) {
    this.layout = layout;
    this.sink = sink;
    this.preamble = preamble;
    this.grouped = grouped;
  }

  /** Whether the sample's account column returns to an account after another one. */
  static boolean interleavesAccounts(byte[] sample, boolean complete, CsvLayout layout) {
    Optional<Integer> col = layout.column(Column.ACCOUNT);
    if (col.isEmpty()) {
      return false;
    }
    String text = CsvSniffer.decode(sample, sample.length, layout.charset(), complete);
    List<CsvSniffer.Row> rows =
        CsvSniffer.rows(text, layout.delimiter(), layout.quote().orElse(null));
    if (rows == null) {
      return false;
    }
    Set<String> closed = new HashSet<>();
    String current = null;
    for (CsvSniffer.Row r : rows) {
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

  /** Takes one transaction of the statement of the account key. */
  void accept(String key, Transaction t, SourcePosition pos) {
    if (grouped) {
      Pending p = groups.computeIfAbsent(key, Pending::new);
      p.held.add(t);
      p.track(t);
      return;
    }
    Pending open = current;
    if (open == null || !open.key.equals(key)) {
      if (open != null) {
        end(open);
        finished.add(open.key);
      }
      if (finished.contains(key)) {
        sink.warning(
            ParseWarning.of(
                "CSV_ACCOUNT_REPEATED",
                "CSV account reappears after another account; a new statement begins",
                pos));
      }
      open = new Pending(key);
      current = open;
      sink.beginStatement(StatementHeader.of(account(key)));
    }
    open.track(t);
    sink.transaction(t);
  }

  /** Ends every open statement; a file with a preamble and no rows is one empty statement. */
  void finish() {
    if (grouped) {
      for (Pending p : groups.values()) {
        end(p);
      }
    } else if (current != null) {
      end(current);
    } else if (preamble.hasAnything()) {
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
      cur = preamble.currency;
    }
    s.currency(cur);
    BigDecimal opening = preamble.opening;
    BigDecimal closing = preamble.closing;
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
    DateRange stated = preamble.period(layout.dateOrder());
    if (stated != null) {
      s.period(stated);
    }
    sink.endStatement(s.build());
  }

  private Account account(String key) {
    Account.Builder a = Account.builder();
    String number = key.isEmpty() ? preamble.accountNumber : key;
    if (number != null) {
      Optional<Iban> iban = Iban.tryParse(number.replace(" ", ""));
      if (iban.isPresent()) {
        a.iban(iban.get());
      }
      a.number(number);
    } else if (preamble.iban != null) {
      a.iban(preamble.iban);
    }
    if (key.isEmpty()
        && preamble.iban != null
        && number != null
        && Iban.tryParse(number).isEmpty()) {
      a.iban(preamble.iban);
    }
    Currency cur = layout.currency().orElse(preamble.currency);
    a.currency(cur);
    return a.build();
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
    @Nullable Currency lastCurrency;
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
      // rows repeat their currency: the set is touched only when it changes (ADR 0350)
      Currency c = t.currency().orElse(null);
      if (c != null && c != lastCurrency) {
        currencies.add(c);
        lastCurrency = c;
      }
      count++;
    }
  }
}

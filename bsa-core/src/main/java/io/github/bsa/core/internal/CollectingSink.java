package io.github.bsa.core.internal;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.internal.ids.TransactionIds;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@link StatementSink} behind {@code StatementAnalyzer}: enforces the transaction and time
 * limits, assigns ids, verifies balances incrementally, streams to the listener and, unless told
 * not to, keeps the transactions. Not thread-safe; one per parse.
 */
public final class CollectingSink implements StatementSink {
  private final ParseContext context;
  private final ParseListener listener;
  private final boolean retain;

  private final List<Statement> statements = new ArrayList<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final Map<String, String> properties = new TreeMap<>();
  private long transactionCount;

  // current statement
  private @Nullable TransactionIds ids;
  private final List<Transaction> pending = new ArrayList<>();
  private final List<Transaction> current = new ArrayList<>();
  private BalanceVerifier verifier = new BalanceVerifier();
  private @Nullable LocalDate first;
  private @Nullable LocalDate last;
  private int reportedInStatement;

  /**
   * Creates a sink.
   *
   * @param context the parse context
   * @param listener the caller's listener
   */
  public CollectingSink(ParseContext context, ParseListener listener) {
    this.context = context;
    this.listener = listener;
    this.retain = context.options().retainTransactions();
  }

  @Override
  public void beginStatement(Account account) {
    if (ids == null) {
      ids = new TransactionIds(account.key());
      for (Transaction t : pending) {
        accept(t);
      }
      pending.clear();
    }
  }

  @Override
  public void transaction(Transaction transaction) {
    transactionCount++;
    reportedInStatement++;
    SourcePosition position =
        transaction.position().isKnown()
            ? transaction.position()
            : SourcePosition.ofRecord(transactionCount);
    if (transactionCount > context.limits().maxTransactions()) {
      throw new LimitExceededException(
          "maxTransactions", context.limits().maxTransactions(), position);
    }
    if ((transactionCount & 0xff) == 0) {
      context.checkDeadline(position);
    }
    if (ids == null) {
      pending.add(transaction);
    } else {
      accept(transaction);
    }
  }

  private void accept(Transaction raw) {
    TransactionIds assigner = ids;
    Transaction t = assigner == null ? raw : assigner.assign(raw);
    verifier.add(t);
    LocalDate date = t.date().orElse(null);
    if (date != null) {
      first = first == null || date.isBefore(first) ? date : first;
      last = last == null || date.isAfter(last) ? date : last;
    }
    if (retain) {
      current.add(t);
    }
    listener.onTransaction(statements.size(), t);
  }

  @Override
  public void endStatement(Statement header) {
    if (ids == null) {
      beginStatement(header.account());
    }
    if (reportedInStatement == 0) {
      for (Transaction t : header.transactions()) {
        transaction(t);
      }
    }
    Statement.Builder b =
        header.toBuilder().transactions(retain ? current : List.of()).recheckBalances();
    if (header.period().isEmpty() && first != null && last != null) {
      b.period(DateRange.of(first, last));
    }
    b.balanceCheck(
        verifier.result(
            header.openingBalance().orElse(null), header.closingBalance().orElse(null)));
    Statement statement = b.build();
    listener.onStatement(statements.size(), statement);
    header.warnings().forEach(listener::onWarning);
    statements.add(statement);
    ids = null;
    current.clear();
    pending.clear();
    verifier = new BalanceVerifier();
    first = null;
    last = null;
    reportedInStatement = 0;
    context.checkDeadline(SourcePosition.ofRecord(Math.max(transactionCount, 1)));
  }

  @Override
  public void warning(ParseWarning warning) {
    warnings.add(warning);
    listener.onWarning(warning);
  }

  @Override
  public void property(String key, String value) {
    properties.put(key, value);
  }

  /**
   * Returns whether transactions were reported after the last completed statement.
   *
   * @return whether a statement is open
   */
  public boolean hasOpenStatement() {
    return reportedInStatement > 0;
  }

  /**
   * Returns the completed statements.
   *
   * @return the statements
   */
  public List<Statement> statements() {
    return statements;
  }

  /**
   * Returns the document warnings.
   *
   * @return the warnings
   */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the document properties.
   *
   * @return the properties
   */
  public Map<String, String> properties() {
    return properties;
  }
}

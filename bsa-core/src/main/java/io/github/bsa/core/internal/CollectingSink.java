package io.github.bsa.core.internal;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.internal.ids.TransactionIds;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@link StatementSink} behind {@code StatementAnalyzer}, and the one place that turns what a
 * parser reports into {@link Statement}s: it enforces the protocol (begin, transactions, end) and
 * the transaction, time and cancellation limits, assigns ids, derives the period, verifies balances
 * incrementally, applies the verdict rule for skipped rows, summarises warnings per code, streams
 * to the listener and, unless told not to, keeps the transactions. Not thread-safe; one per parse.
 */
public final class CollectingSink implements StatementSink {
  private final ParseContext context;
  private final ParseListener listener;
  private final String formatId;
  private final boolean retain;

  private final List<Statement> statements = new ArrayList<>();
  private final WarningSummary documentWarnings = new WarningSummary();
  private final Map<String, String> properties = new TreeMap<>();
  private long transactionCount;
  private SourcePosition lastPosition = SourcePosition.UNKNOWN;
  // rows skipped while no statement was open: they count against every later statement
  private long unattributedSkipped;
  private SourcePosition firstUnattributedSkip = SourcePosition.UNKNOWN;

  // the open statement
  private @Nullable StatementHeader begun;
  private @Nullable TransactionIds ids;
  private final List<Transaction> current = new ArrayList<>();
  private BalanceVerifier verifier = new BalanceVerifier();
  private WarningSummary statementWarnings = new WarningSummary();
  private @Nullable LocalDate first;
  private @Nullable LocalDate last;
  private long skipped;
  private SourcePosition firstSkip = SourcePosition.UNKNOWN;

  /**
   * Creates a sink.
   *
   * @param context the parse context
   * @param listener the caller's listener
   * @param formatId the format being parsed, for errors
   */
  public CollectingSink(ParseContext context, ParseListener listener, String formatId) {
    this.context = context;
    this.listener = listener;
    this.formatId = formatId;
    this.retain = context.options().retainTransactions();
  }

  @Override
  public void beginStatement(StatementHeader header) {
    if (begun != null) {
      throw protocol("beginStatement while a statement is open");
    }
    begun = header;
    ids = new TransactionIds(header.account().key());
  }

  @Override
  public void transaction(Transaction transaction) {
    TransactionIds assigner = ids;
    if (assigner == null) {
      throw protocol("transaction before beginStatement");
    }
    transactionCount++;
    SourcePosition position =
        transaction.position().isKnown()
            ? transaction.position()
            : SourcePosition.ofRecord(transactionCount);
    lastPosition = position;
    if (transactionCount > context.limits().maxTransactions()) {
      throw new LimitExceededException(
          "maxTransactions", context.limits().maxTransactions(), position);
    }
    if ((transactionCount & 0xff) == 0) {
      context.checkDeadline(position);
    }
    Transaction t = assigner.assign(transaction);
    verifier.add(t);
    LocalDate date = ModelAccess.date(t);
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
  public void rowSkipped(ParseWarning warning) {
    if (begun == null) {
      if (unattributedSkipped++ == 0) {
        firstUnattributedSkip = warning.position();
      }
      if (documentWarnings.add(warning)) {
        listener.onWarning(warning);
      }
      return;
    }
    if (skipped++ == 0) {
      firstSkip = warning.position();
    }
    if (statementWarnings.add(warning)) {
      listener.onWarning(warning);
    }
    if ((skipped & 0xff) == 0) {
      context.checkDeadline(warning.position());
    }
  }

  @Override
  public void endStatement(StatementHeader header) {
    StatementHeader opening = begun;
    if (opening == null) {
      throw protocol("endStatement without beginStatement");
    }
    Account account =
        header.account().equals(Account.empty()) ? opening.account() : header.account();
    Statement.Builder b =
        Statement.builder()
            .id(header.id().orElse(null))
            .account(account)
            .currency(header.currency().orElse(null))
            .openingBalance(header.openingBalance().orElse(null))
            .closingBalance(header.closingBalance().orElse(null))
            .availableBalance(header.availableBalance().orElse(null))
            .information(header.information().orElse(null))
            .kind(header.kind())
            .transactions(retain ? current : List.of());
    header.attributes().forEach(b::attribute);
    for (ParseWarning w : header.warnings()) {
      if (statementWarnings.add(w)) {
        listener.onWarning(w);
      }
    }
    statementWarnings.warnings().forEach(b::addWarning);
    DateRange period = header.period().orElse(null);
    if (period == null && first != null && last != null) {
      period = DateRange.of(first, last);
    }
    b.period(period);
    b.balanceCheck(verdict(header));
    Statement statement = b.build();
    listener.onStatement(statements.size(), statement);
    statements.add(statement);
    begun = null;
    ids = null;
    current.clear();
    verifier = new BalanceVerifier();
    statementWarnings = new WarningSummary();
    first = null;
    last = null;
    skipped = 0;
    firstSkip = SourcePosition.UNKNOWN;
    context.checkDeadline(SourcePosition.ofRecord(Math.max(transactionCount, 1)));
  }

  /** The balance check, then the verdict rule: a statement with rows left out is never VERIFIED. */
  private BalanceCheck verdict(StatementHeader header) {
    BalanceCheck check =
        verifier.result(header.openingBalance().orElse(null), header.closingBalance().orElse(null));
    if (check.status() != BalanceCheck.Status.VERIFIED) {
      return check;
    }
    if (skipped > 0) {
      return BalanceCheck.unverified("ROWS_SKIPPED", firstSkip);
    }
    if (unattributedSkipped > 0) {
      return BalanceCheck.unverified("ROWS_SKIPPED", firstUnattributedSkip);
    }
    return check;
  }

  @Override
  public void warning(ParseWarning warning) {
    if (documentWarnings.add(warning)) {
      listener.onWarning(warning);
    }
  }

  @Override
  public void property(String key, String value) {
    properties.put(key, value);
  }

  /**
   * Checks that the parser closed its last statement.
   *
   * @throws BsaException with {@link ErrorCode#PARSER_FAILURE} if a statement is still open
   */
  public void finish() {
    if (begun != null) {
      throw protocol("parse returned with a statement still open");
    }
  }

  private BsaException protocol(String what) {
    return new StatementParseException(
        ErrorCode.PARSER_FAILURE,
        formatId,
        "The " + formatId + " parser broke the sink protocol: " + what,
        SourcePosition.ofRecord(Math.max(transactionCount, 1)),
        null);
  }

  /**
   * Returns the position of the last transaction reported, for errors.
   *
   * @return the position, {@link SourcePosition#UNKNOWN} before the first
   */
  public SourcePosition position() {
    return lastPosition;
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
   * Returns the document warnings, one per code.
   *
   * @return the warnings
   */
  public List<ParseWarning> warnings() {
    return documentWarnings.warnings();
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

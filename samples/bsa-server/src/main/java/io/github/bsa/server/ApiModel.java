package io.github.bsa.server;

import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.StoredTransaction;
import io.github.bsa.storage.jobs.Job;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;

/** The JSON shapes of API v1. Adding fields is a compatible change; removing one needs v2. */
final class ApiModel {
  private ApiModel() {}

  /** One accepted file of an upload. */
  record AcceptedFile(int index, String jobId, String format, String location) {}

  /** The answer to an upload: one job per file, in request order. */
  record Accepted(List<AcceptedFile> jobs) {}

  /** A job's state; {@code problem} is set when it failed. */
  record JobView(
      String id,
      String state,
      @Nullable String format,
      int attempts,
      Instant createdAt,
      @Nullable Instant finishedAt,
      @Nullable Boolean duplicate,
      List<String> statementIds,
      @Nullable ProblemDetail problem) {}

  /** A page of items. */
  record Page<T>(List<T> items, int page, int size, long total) {}

  /** The balance check of a statement. */
  record BalanceView(
      String status,
      String reason,
      @Nullable BigDecimal expected,
      @Nullable BigDecimal actual,
      @Nullable Integer breakIndex,
      @Nullable Map<String, Object> breakPosition) {
    static BalanceView of(BalanceCheck c) {
      return new BalanceView(
          c.status().name(),
          c.reason(),
          c.expected().orElse(null),
          c.actual().orElse(null),
          c.breakIndex().isPresent() ? c.breakIndex().getAsInt() : null,
          c.breakPosition().isKnown() ? Problems.position(c.breakPosition()) : null);
    }
  }

  /** A parse warning. */
  record WarningView(String code, String message, @Nullable Map<String, Object> position) {
    static WarningView of(ParseWarning w) {
      return new WarningView(
          w.code(), w.message(), w.position().isKnown() ? Problems.position(w.position()) : null);
    }
  }

  /** A stored statement, without its transactions. */
  record StatementView(
      String id,
      String format,
      int index,
      Instant importedAt,
      String sourceSha256,
      String account,
      @Nullable String currency,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable BigDecimal openingBalance,
      @Nullable BigDecimal closingBalance,
      int transactionCount,
      BalanceView balanceCheck,
      List<WarningView> warnings) {
    static StatementView of(StoredStatement s) {
      Statement st = s.statement();
      return new StatementView(
          s.id().value(),
          s.format(),
          s.index(),
          s.importedAt(),
          s.sourceSha256(),
          st.account().key(),
          st.currency().map(Currency::getCurrencyCode).orElse(null),
          st.period().map(p -> p.from()).orElse(null),
          st.period().map(p -> p.to()).orElse(null),
          st.openingBalance().orElse(null),
          st.closingBalance().orElse(null),
          st.transactions().size(),
          BalanceView.of(st.balanceCheck()),
          st.warnings().stream().map(WarningView::of).toList());
    }
  }

  /** A stored transaction. */
  record TransactionView(
      String id,
      @Nullable LocalDate bookingDate,
      @Nullable LocalDate valueDate,
      BigDecimal amount,
      @Nullable String currency,
      String description,
      @Nullable String counterparty,
      @Nullable String reference,
      @Nullable String category,
      @Nullable BigDecimal balance) {
    static TransactionView of(StoredTransaction stored) {
      Transaction t = stored.transaction();
      return new TransactionView(
          stored.id(),
          t.bookingDate().orElse(null),
          t.valueDate().orElse(null),
          t.amount(),
          t.currency().map(Currency::getCurrencyCode).orElse(null),
          t.description(),
          t.counterparty().orElse(null),
          t.reference().orElse(null),
          t.category().orElse(null),
          t.balance().orElse(null));
    }
  }

  static JobView job(Job j) {
    Boolean duplicate = null;
    List<String> ids = List.of();
    if (j.resultRef().isPresent()) {
      var ref = BsaJobs.ResultRef.decode(j.resultRef().get());
      if (ref.isPresent()) {
        duplicate = ref.get().duplicate();
        ids = ref.get().statementIds().stream().map(id -> id.value()).toList();
      }
    }
    ProblemDetail problem = null;
    if (j.state() == io.github.bsa.storage.jobs.JobState.FAILED
        || j.state() == io.github.bsa.storage.jobs.JobState.CANCELLED) {
      io.github.bsa.core.ErrorCode code =
          j.errorCode().orElse(io.github.bsa.core.ErrorCode.IO_FAILURE);
      String message = j.errorMessage().orElse(code.name());
      problem = Problems.of(code, message, JobErrors.position(message));
    }
    return new JobView(
        j.id().value(),
        j.state().name(),
        j.payload().format().orElse(null),
        j.attempts(),
        j.createdAt(),
        j.finishedAt().orElse(null),
        duplicate,
        ids,
        problem);
  }
}

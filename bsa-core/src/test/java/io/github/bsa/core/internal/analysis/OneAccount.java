package io.github.bsa.core.internal.analysis;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.time.LocalDate;
import java.util.List;

/** One statement of one account, analysed with the default options (ADR 0540's tests). */
final class OneAccount {
  private OneAccount() {}

  static AnalysisReport analyze(List<Transaction> txs, String from, String to) {
    Statement s =
        Statement.builder()
            .account(Account.builder().number("1234567890").build())
            .period(DateRange.of(LocalDate.parse(from), LocalDate.parse(to)))
            .transactions(txs)
            .build();
    return AnalysisEngine.analyze(List.of(s), AnalysisOptions.defaults());
  }
}

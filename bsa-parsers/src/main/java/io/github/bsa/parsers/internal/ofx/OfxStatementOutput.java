package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;

/**
 * The statement building of {@link OfxParser}: a bank or card statement begun on the sink before
 * its first transaction, each {@code STMTTRN} built and reported, the statement ended with its
 * header. Stateless; the statement being built holds the state.
 */
final class OfxStatementOutput {
  private OfxStatementOutput() {}

  static void emit(StatementSink sink, OfxBankStatement st, OfxStmtTrn t) {
    st.count++;
    Transaction built = t.toTransaction(st.count, st.currency(), st.warnings).build();
    begin(sink, st);
    sink.transaction(built);
  }

  static void begin(StatementSink sink, OfxBankStatement st) {
    if (!st.begun) {
      st.begun = true;
      sink.beginStatement(StatementHeader.of(st.account()));
    }
  }

  static void finish(StatementSink sink, OfxBankStatement st) {
    begin(sink, st);
    sink.endStatement(st.header());
  }
}

package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes what the CSV engine reports for one sheet on to the caller's sink, with the sheet's number
 * as the page of every position, and remembers whether a statement was begun (a sheet that fails
 * before that is skipped; after that, the parse fails). Used from one thread.
 */
final class SheetSink implements StatementSink {
  private final StatementSink sink;
  private final int page;
  private boolean begun;
  private int statements;

  SheetSink(StatementSink sink, int page) {
    this.sink = sink;
    this.page = page;
  }

  boolean begun() {
    return begun;
  }

  int statements() {
    return statements;
  }

  @Override
  public void beginStatement(StatementHeader header) {
    begun = true;
    sink.beginStatement(header);
  }

  @Override
  public void transaction(Transaction transaction) {
    sink.transaction(
        transaction.toBuilder().position(transaction.position().withPage(page)).build());
  }

  @Override
  public void rowSkipped(ParseWarning warning) {
    sink.rowSkipped(paged(warning));
  }

  @Override
  public void endStatement(StatementHeader header) {
    statements++;
    sink.endStatement(header);
  }

  @Override
  public void warning(ParseWarning warning) {
    sink.warning(paged(warning));
  }

  @Override
  public void property(String key, String value) {
    sink.property(key, value);
  }

  private ParseWarning paged(ParseWarning w) {
    List<SourcePosition> positions = new ArrayList<>(w.positions().size());
    for (SourcePosition p : w.positions()) {
      positions.add(p.withPage(page));
    }
    return new ParseWarning(
        w.code(), w.message(), w.position().withPage(page), w.count(), positions);
  }
}

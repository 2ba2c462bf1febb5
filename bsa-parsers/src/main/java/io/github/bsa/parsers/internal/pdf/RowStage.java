package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.parsers.internal.vocab.Vocabulary;
import io.github.bsa.parsers.internal.vocab.Vocabulary.Concept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stage "rows": walks each page's lines under the current columns; a row starts at a date in the
 * date column, continuation lines join their row, and balance lines, totals, section headings and
 * page furniture stay out. Returns the rows and the lines they consumed.
 */
final class RowStage {
  /** The rows of a document, the lines used by the table, and whether a header was found. */
  record Rows(List<Row> rows, Map<Line, Boolean> consumed, boolean headerFound) {}

  /** Totals and balance lines in every language: never transactions. */
  private static final LabelFilter NOT_TRANSACTION =
      filter(
          Vocabulary.pattern(Concept.TOTAL).pattern()
              + "|"
              + Vocabulary.pattern(Concept.OPENING).pattern()
              + "|"
              + Vocabulary.pattern(Concept.CLOSING).pattern()
              + "|"
              + Vocabulary.pattern(Concept.BROUGHT_FORWARD).pattern()
              + "|"
              + Vocabulary.pattern(Concept.CARRIED_FORWARD).pattern());

  private static final LabelFilter SECTION = new LabelFilter(sectionPattern());
  private static final LabelFilter SECTION_OTHER =
      new LabelFilter(Vocabulary.pattern(Concept.SECTION_OTHER));
  private static final LabelFilter SECTION_DEBIT =
      new LabelFilter(Vocabulary.pattern(Concept.SECTION_DEBIT));
  private static final LabelFilter SECTION_CREDIT =
      new LabelFilter(Vocabulary.pattern(Concept.SECTION_CREDIT));

  private final HeaderStage headers;
  private final List<Row> rows = new ArrayList<>();
  private final Map<Line, Boolean> consumed = new HashMap<>();

  /** The direction of the current section ("Deposits" +1, "Withdrawals" -1), 0 when none. */
  private int section;

  private String sectionName = "";

  /** Inside a table that holds no transactions. */
  private boolean skipping;

  RowStage(HeaderStage headers) {
    this.headers = headers;
  }

  /** Whether a line is a section heading (of transactions or of another table). */
  static boolean isSectionHeading(Line line) {
    String folded = line.folded();
    return SECTION.matches(folded) || SECTION_OTHER.matches(folded);
  }

  private static Pattern sectionPattern() {
    return Pattern.compile(
        Vocabulary.pattern(Concept.SECTION).pattern() + "( \\(continued\\))?( continued)?");
  }

  Rows run(List<List<Line>> pages, List<Line> all) {
    boolean headerFound = false;
    List<Column> columns = null;
    for (List<Line> page : pages) {
      List<Column> pageColumns = null;
      int start = 0;
      for (int i = 0; i < page.size(); i++) {
        List<Column> header = headers.header(page, i);
        if (header != null) {
          pageColumns = header;
          start = i;
          break;
        }
      }
      if (pageColumns == null) {
        pageColumns = columns;
        start = -1;
      } else {
        headerFound = true;
      }
      if (pageColumns == null) {
        continue;
      }
      columns = pageColumns;
      if (start >= 0) {
        consumed.put(page.get(start), Boolean.TRUE);
      }
      rows(page, start, pageColumns);
    }
    if (!headerFound) {
      List<Column> inferred = HeaderStage.inferColumns(all);
      if (inferred != null) {
        for (List<Line> page : pages) {
          rows(page, -1, inferred);
        }
      }
    }
    return new Rows(rows, consumed, headerFound);
  }

  private static LabelFilter filter(String regex) {
    return new LabelFilter(Pattern.compile(regex));
  }

  private static boolean isLabelText(String folded, LabelFilter p) {
    return !folded.isEmpty() && p.find(folded);
  }

  /** The folded words of a line, amounts and dates left out: what a label check reads. */
  static String words(Line line) {
    StringBuilder sb = new StringBuilder();
    for (Token t : line.tokens) {
      if (t.amount == null && t.date == null) {
        sb.append(t.text).append(' ');
      }
    }
    return ColumnKind.fold(sb.toString());
  }

  private void rows(List<Line> page, int headerIndex, List<Column> initial) {
    List<Column> columns = initial;
    Row current = null;
    Line chainLine = null;
    int index = 0;
    float pitch = typicalPitch(page, headerIndex + 1);
    for (int i = headerIndex + 1; i < page.size(); i++) {
      Line line = page.get(i);
      if (i > headerIndex + 1 || headerIndex < 0) {
        List<Column> again = headers.header(page, i);
        if (again != null) {
          skipping = false;
          columns = again;
          current = null;
          chainLine = null;
          consumed.put(line, Boolean.TRUE);
          continue;
        }
      }
      String lineFolded = line.folded();
      if (SECTION_OTHER.matches(lineFolded)) {
        skipping = true; // a table without transactions (daily balances) until the next heading
        current = null;
        chainLine = null;
        continue;
      }
      if (SECTION.matches(lineFolded)) {
        skipping = false;
        sectionName = lineFolded.replaceAll(" continued$", "");
        section = SECTION_DEBIT.find(lineFolded) ? -1 : SECTION_CREDIT.find(lineFolded) ? 1 : 0;
      }
      Cells cells = Cells.of(line, columns);
      RawDate date = null;
      RawDate secondDate = null;
      StringBuilder dateText = new StringBuilder();
      for (Token t : cells.get(ColumnKind.DATE)) {
        if (date == null && t.date != null) {
          date = t.date;
        } else if (secondDate == null && t.date != null && t.startsCell()) {
          // two titles run together over two date columns ("Bokforingsdag" "Valutadag"): the
          // second date, a cell apart, is the value date
          secondDate = t.date;
        } else {
          dateText.append(t.text);
        }
      }
      String desc = cells.text(ColumnKind.DESCRIPTION);
      if (skipping) {
        continue;
      }
      String folded = words(line);
      boolean txnMoney = cells.hasTransactionMoney();
      Amount balance = cells.money(ColumnKind.BALANCE);
      boolean close =
          chainLine != null
              && line.baseline - chainLine.baseline
                  <= Math.max(Math.max(line.size, chainLine.size) * 2.0f, pitch * 1.5f);
      if (date != null && dateText.length() == 0) {
        // a dated line with a totals or balance word is a candidate: the arithmetic decides
        // (RowArithmetic), the word alone drops nothing
        boolean labelled = isLabelText(folded, NOT_TRANSACTION);
        if (txnMoney || (balance == null && !desc.isEmpty())) {
          // without money on the line: a dated row whose amount is printed on a following line
          current = newRow(line, date, cells, rows, section);
          if (current.rawValueDate == null) {
            current.rawValueDate = secondDate;
          }
          current.labelled = labelled;
          current.indexOnPage = ++index;
          chainLine = line;
          consumed.put(line, Boolean.TRUE);
          continue;
        }
        current = null;
        chainLine = null;
        continue;
      }
      if (date == null
          && dateText.length() == 0
          && txnMoney
          && close
          && current != null
          && !isLabelText(folded, NOT_TRANSACTION)) {
        if (!current.hasTransactionMoney()) {
          addCells(current, line, cells);
        } else if (current.labelled) {
          // no day's second booking under a line that may be a total
          current = null;
          chainLine = null;
          continue;
        } else {
          // same date as the row above, printed once per day
          Row row = newRow(line, current.rawDate, cells, rows, section);
          row.rawValueDate = row.rawValueDate == null ? current.rawValueDate : row.rawValueDate;
          row.indexOnPage = ++index;
          current = row;
        }
        chainLine = line;
        consumed.put(line, Boolean.TRUE);
        continue;
      }
      if (date == null
          && dateText.length() == 0
          && !txnMoney
          && balance == null
          && close
          && current != null
          && cells.get(ColumnKind.DATE).isEmpty()
          && !SECTION.matches(line.folded())
          && !isLabelText(folded, NOT_TRANSACTION)
          && Math.abs(line.size - current.size) <= 0.6f) {
        addCells(current, line, cells);
        chainLine = line;
        consumed.put(line, Boolean.TRUE);
        continue;
      }
      current = null;
      chainLine = null;
    }
    if (!page.isEmpty()) {
      int pageNo = page.get(0).page;
      rows.removeIf(
          r -> {
            if (r.page != pageNo || r.hasTransactionMoney()) {
              return false;
            }
            if (r.labelled) {
              r.lines.forEach(consumed::remove); // a label line as before: free for the balances
            }
            return true;
          });
      renumber(rows, pageNo);
    }
  }

  /** The median distance between consecutive baselines from {@code from} on: the row pitch. */
  private static float typicalPitch(List<Line> page, int from) {
    List<Float> deltas = new ArrayList<>();
    for (int i = Math.max(1, from + 1); i < page.size(); i++) {
      float d = page.get(i).baseline - page.get(i - 1).baseline;
      if (d > 0) {
        deltas.add(d);
      }
    }
    if (deltas.isEmpty()) {
      return 0;
    }
    deltas.sort(Float::compare);
    return deltas.get(deltas.size() / 2);
  }

  static void renumber(List<Row> rows, int page) {
    int n = 0;
    for (Row r : rows) {
      if (r.page == page) {
        r.indexOnPage = ++n;
      }
    }
  }

  private Row newRow(Line line, RawDate date, Cells cells, List<Row> rows, int section) {
    Token first = line.tokens.get(0);
    Row row = new Row(line.page, date, line.box(), line.baseline, first.font, line.size);
    row.lines.add(line);
    row.section = section;
    row.sectionName = sectionName;
    for (Token t : cells.get(ColumnKind.DESCRIPTION)) {
      row.font = t.font;
      row.size = t.size;
      break;
    }
    for (Token t : cells.get(ColumnKind.VALUE_DATE)) {
      if (t.date != null) {
        row.rawValueDate = t.date;
        break;
      }
    }
    // a reference printed inside the description cell, apart from the text
    List<Token> desc = new ArrayList<>(cells.get(ColumnKind.DESCRIPTION));
    if (cells.get(ColumnKind.REFERENCE).isEmpty() && desc.size() > 1) {
      for (int i = 1; i < desc.size(); i++) {
        Token t = desc.get(i);
        if (t.startsCell() && t.text.matches("[\\w/-]*\\d{4,}[\\w/-]*")) {
          List<Token> moved = new ArrayList<>(desc.subList(i, desc.size()));
          desc.subList(i, desc.size()).clear();
          cells.byKind.put(ColumnKind.DESCRIPTION, desc);
          cells.byKind.put(ColumnKind.REFERENCE, moved);
          break;
        }
      }
    }
    fill(row, cells);
    rows.add(row);
    return row;
  }

  private static void addCells(Row row, Line line, Cells cells) {
    row.box = row.box.union(line.box());
    row.lines.add(line);
    row.lastBaseline = line.baseline;
    fill(row, cells);
  }

  private static void fill(Row row, Cells cells) {
    String d = cells.text(ColumnKind.DESCRIPTION);
    if (!d.isEmpty()) {
      row.description.add(d);
    }
    String r = cells.text(ColumnKind.REFERENCE);
    if (!r.isEmpty()) {
      row.reference.add(r);
    }
    for (ColumnKind kind :
        List.of(ColumnKind.DEBIT, ColumnKind.CREDIT, ColumnKind.AMOUNT, ColumnKind.BALANCE)) {
      for (Token t : cells.get(kind)) {
        if (t.amount != null) {
          row.moneyTokens.add(new Row.Money(kind, t));
        }
      }
    }
    if (row.debit == null) {
      row.debit = cells.money(ColumnKind.DEBIT);
    }
    if (row.credit == null) {
      row.credit = cells.money(ColumnKind.CREDIT);
    }
    if (row.amount == null) {
      row.amount = cells.money(ColumnKind.AMOUNT);
    }
    if (row.balance == null) {
      row.balance = cells.money(ColumnKind.BALANCE);
    }
  }
}

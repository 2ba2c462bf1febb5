package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a statement's transaction table from positioned tokens. See {@code docs/formats/pdf.md}
 * for the method: header labels give the columns (or, without a header, the x-alignment of
 * amounts); a row starts at a date in the date column; continuation lines are joined to their row;
 * balance rows, totals, headings and page furniture are recognised and kept out; the running
 * balance decides signs and reveals breaks.
 *
 * <p>Size: over 1,000 lines, above the project's ~500-line guide, on purpose for now: the table
 * reconstruction is one algorithm whose stages share the column model; issue #16 splits it into
 * column detection, row assembly and sign resolution. Until then, new code goes into its own type.
 */
final class LayoutEngine {
  /** A column: its kind and the x-range of its header label (or of its values). */
  record Column(ColumnKind kind, float x0, float x1) {
    float center() {
      return (x0 + x1) / 2;
    }
  }

  private record Label(String text, float x0, float x1) {}

  private static final Pattern OPENING =
      Pattern.compile(
          "(opening bal|beginning bal|brought forward|previous bal|balance forward|starting bal"
              + "|anfangssaldo|alter saldo|alter kontostand|saldo anterior|solde precedent|ancien solde"
              + "|saldo iniziale|saldo inicial|solde de debut|solde initial|saldo vorherig|beginsaldo"
              + "|vorig saldo|ingaande saldo)");
  private static final Pattern CLOSING =
      Pattern.compile(
          "(closing bal|ending bal|new balance|endsaldo|neuer saldo|neuer kontostand|saldo final"
              + "|nouveau solde|solde final|saldo finale|solde de fin|schlusssaldo|saldo actual|eindsaldo"
              + "|nieuw saldo|uitgaande saldo)");
  private static final Pattern NOT_TRANSACTION =
      Pattern.compile(
          "(\\btotal|carried forward|brought forward|\\bsubtotal|\\bsumme\\b|\\btotaux?\\b|opening bal"
              + "|closing bal|beginning bal|ending bal|new balance|previous bal|\\buebertrag|\\bubertrag)");
  private static final Pattern SECTION =
      Pattern.compile(
          "(deposits?( and (other )?(additions|credits))?|withdrawals?( and (other )?(subtractions|debits))?"
              + "|checks? paid|other debits|other credits|electronic (withdrawals|deposits)|fees|purchases"
              + "|payments( and credits)?|card transactions|einzahlungen|auszahlungen|gutschriften"
              + "|lastschriften|daily balance.*|interest)( \\(continued\\))?( continued)?");
  private static final Pattern SECTION_DEBIT =
      Pattern.compile(
          "(withdrawal|debit|checks? paid|fees|purchases|auszahlung|lastschrift|subtraction)");
  private static final Pattern SECTION_CREDIT =
      Pattern.compile("(deposit|credit|addition|einzahlung|gutschrift|payments)");
  private static final Pattern CREDIT_CARD =
      Pattern.compile(
          "(credit card|card statement|minimum payment|payment due|credit limit|available credit"
              + "|kreditkarte|carte de credit|tarjeta de credito|minimum due|card account)");
  private static final Pattern ACCOUNT =
      Pattern.compile(
          "(?i)(?:account|acct|a/c|konto|compte|cuenta|conto)\\.?[\\s\u0001]*"
              + "(?:number|no\\.?|nr\\.?|#|n°|nummer|num\\.?)?"
              + "[\\s\u0001]*[:.]?[\\s\u0001]*([0-9][0-9-]{3,}[0-9](?: [0-9]{2,})*)");
  private static final Pattern IBAN =
      Pattern.compile("\\b([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\\b");
  private static final Pattern HOLDER =
      Pattern.compile(
          "(?:(?:MR|MRS|MS|MISS|DR|M\\.|MME|HERR|FRAU|SR|SRA)\\.? )?\\p{L}[\\p{L}'.-]+(?: \\p{L}[\\p{L}'.-]*){1,4}");
  private static final Pattern BANK =
      Pattern.compile(
          "(?i)\\b(bank|banque|banco|banca|sparkasse|credit union|volksbank|raiffeisen|savings)\\b");

  private final PdfProfile profile;
  private final Consumer<ParseWarning> warnings;

  LayoutEngine(PdfProfile profile, Consumer<ParseWarning> warnings) {
    this.profile = profile;
    this.warnings = warnings;
  }

  /** The engine's findings for one document. */
  static final class Result {
    final List<Row> rows = new ArrayList<>();
    @Nullable BigDecimal opening;
    @Nullable BigDecimal closing;
    @Nullable LocalDate periodFrom;
    @Nullable LocalDate periodTo;
    @Nullable String accountNumber;
    @Nullable String iban;
    @Nullable String holder;
    @Nullable String bank;
    @Nullable String currency;
    boolean creditCard;
    boolean dayFirst;
    boolean headerFound;
    int balanceBreaks;

    /** The direction of the current section ("Deposits" +1, "Withdrawals" -1), 0 when none. */
    int section;
  }

  Result analyze(List<List<Line>> pages, @Nullable Boolean dayFirstOption, int fallbackYear) {
    Result result = new Result();
    List<Line> all = new ArrayList<>();
    pages.forEach(all::addAll);
    StringBuilder folded = new StringBuilder();
    for (Line l : all) {
      folded.append(ColumnKind.fold(l.text())).append('\n');
    }
    result.creditCard =
        profile.creditCard() != null
            ? Boolean.TRUE.equals(profile.creditCard())
            : countMatches(CREDIT_CARD, folded) >= 2;
    result.currency = Currencies.detect(all);
    result.dayFirst = dayFirst(all, dayFirstOption, result.currency);
    period(all, result);

    // table rows
    Map<Line, Boolean> consumed = new HashMap<>();
    List<Column> columns = null;
    for (List<Line> page : pages) {
      List<Column> pageColumns = null;
      int start = 0;
      for (int i = 0; i < page.size(); i++) {
        List<Column> header = header(page, i);
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
        result.headerFound = true;
      }
      if (pageColumns == null) {
        continue;
      }
      columns = pageColumns;
      if (start >= 0) {
        consumed.put(page.get(start), Boolean.TRUE);
      }
      rows(page, start, pageColumns, result, consumed);
    }
    if (!result.headerFound) {
      List<Column> inferred = inferColumns(all);
      if (inferred != null) {
        for (List<Line> page : pages) {
          rows(page, -1, inferred, result, consumed);
        }
      }
    }
    settleDates(result, fallbackYear);
    balances(all, consumed, result);
    settleSigns(result);
    fields(pages, consumed, result);
    return result;
  }

  private static int countMatches(Pattern p, CharSequence text) {
    int n = 0;
    var m = p.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  // ---------------------------------------------------------------- dates

  private boolean dayFirst(List<Line> all, @Nullable Boolean option, @Nullable String currency) {
    if (profile.dayFirst() != null) {
      return Boolean.TRUE.equals(profile.dayFirst());
    }
    int votes = 0;
    for (Line l : all) {
      for (Token t : l.tokens) {
        if (t.date != null) {
          votes += t.date.orderVote() * 4;
          if (!t.date.named() && t.date.separator() == '.') {
            votes += 1;
          }
        }
      }
    }
    if (votes != 0) {
      return votes > 0;
    }
    if (option != null) {
      return option;
    }
    return !"USD".equals(currency);
  }

  private static void period(List<Line> all, Result result) {
    for (Line l : all) {
      List<LocalDate> dates = new ArrayList<>();
      for (Token t : l.tokens) {
        if (t.date != null && t.date.year() > 0) {
          LocalDate d = t.date.resolve(result.dayFirst, null, null, t.date.year());
          if (d != null) {
            dates.add(d);
          }
        }
      }
      for (int i = 0; i + 1 < dates.size(); i++) {
        LocalDate a = dates.get(i);
        LocalDate b = dates.get(i + 1);
        if (!b.isBefore(a) && b.toEpochDay() - a.toEpochDay() <= 400) {
          result.periodFrom = a;
          result.periodTo = b;
          return;
        }
      }
    }
  }

  private static void settleDates(Result result, int fallbackYear) {
    int year = fallbackYear;
    if (result.periodTo == null) {
      for (Row r : result.rows) {
        if (r.rawDate.year() > 0) {
          year = r.rawDate.year();
        }
      }
    }
    for (Row r : result.rows) {
      r.date = r.rawDate.resolve(result.dayFirst, result.periodFrom, result.periodTo, year);
      if (r.rawValueDate != null) {
        r.valueDate =
            r.rawValueDate.resolve(result.dayFirst, result.periodFrom, result.periodTo, year);
      }
    }
  }

  // ---------------------------------------------------------------- header

  private static List<Label> labels(Line line) {
    List<Label> labels = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    float x0 = 0;
    float x1 = 0;
    for (Token t : line.tokens) {
      if (text.length() > 0 && t.startsCell()) {
        labels.add(new Label(text.toString(), x0, x1));
        text.setLength(0);
      }
      if (text.length() == 0) {
        x0 = t.x0;
      } else {
        text.append(' ');
      }
      text.append(t.text);
      x1 = t.x1;
    }
    if (text.length() > 0) {
      labels.add(new Label(text.toString(), x0, x1));
    }
    return labels;
  }

  private static boolean hasAmount(Line line) {
    for (Token t : line.tokens) {
      if (t.amount != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDate(Line line) {
    for (Token t : line.tokens) {
      if (t.date != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns the columns when line {@code i} is a table header, else {@code null}. */
  private @Nullable List<Column> header(List<Line> page, int i) {
    Line line = page.get(i);
    if (line.tokens.size() < 3 || hasAmount(line) || hasDate(line)) {
      return null;
    }
    List<Label> labels = labels(line);
    if (labels.size() < 3) {
      return null;
    }
    List<StringBuilder> texts = new ArrayList<>();
    for (Label l : labels) {
      texts.add(new StringBuilder(l.text()));
    }
    if (i > 0) {
      Line above = page.get(i - 1);
      if (line.baseline - above.baseline <= line.size * 1.8f
          && !hasAmount(above)
          && !hasDate(above)) {
        for (Label u : labels(above)) {
          int best = -1;
          float bestOverlap = 0;
          for (int k = 0; k < labels.size(); k++) {
            float overlap =
                Math.min(u.x1(), labels.get(k).x1()) - Math.max(u.x0(), labels.get(k).x0());
            if (overlap > bestOverlap) {
              bestOverlap = overlap;
              best = k;
            }
          }
          if (best >= 0) {
            texts.get(best).insert(0, u.text() + " ");
          }
        }
      }
    }
    List<Column> columns = new ArrayList<>();
    int classified = 0;
    boolean date = false;
    boolean money = false;
    for (int k = 0; k < labels.size(); k++) {
      ColumnKind kind = profile.classify(texts.get(k).toString());
      if (kind == ColumnKind.OTHER) {
        kind = ColumnKind.classify(texts.get(k).toString());
      }
      if (kind != ColumnKind.OTHER) {
        classified++;
      }
      if (kind == ColumnKind.DATE) {
        if (date) {
          kind = ColumnKind.VALUE_DATE;
        }
        date = true;
      }
      money |= kind.isTransactionMoney();
      columns.add(new Column(kind, labels.get(k).x0(), labels.get(k).x1()));
    }
    if (!date || !money || classified * 10 < labels.size() * 6) {
      return null;
    }
    if (columns.stream().noneMatch(c -> c.kind() == ColumnKind.DESCRIPTION)) {
      for (int k = 0; k < columns.size(); k++) {
        if (columns.get(k).kind() == ColumnKind.OTHER) {
          columns.set(
              k, new Column(ColumnKind.DESCRIPTION, columns.get(k).x0(), columns.get(k).x1()));
          break;
        }
      }
    }
    return columns;
  }

  /**
   * Without any header: columns from dates at the start of lines and the x-alignment of amounts.
   */
  private static @Nullable List<Column> inferColumns(List<Line> all) {
    List<Line> candidates = new ArrayList<>();
    for (Line l : all) {
      if (!l.tokens.isEmpty() && l.tokens.get(0).date != null && hasAmount(l)) {
        candidates.add(l);
      }
    }
    if (candidates.size() < 2) {
      return null;
    }
    float dateX0 = Float.MAX_VALUE;
    float dateX1 = 0;
    float valueX0 = Float.MAX_VALUE;
    float valueX1 = 0;
    int valueDates = 0;
    List<Token> amounts = new ArrayList<>();
    float descX0 = Float.MAX_VALUE;
    for (Line l : candidates) {
      Token first = l.tokens.get(0);
      dateX0 = Math.min(dateX0, first.x0);
      dateX1 = Math.max(dateX1, first.x1);
      int next = 1;
      if (l.tokens.size() > 1 && l.tokens.get(1).date != null) {
        valueDates++;
        valueX0 = Math.min(valueX0, l.tokens.get(1).x0);
        valueX1 = Math.max(valueX1, l.tokens.get(1).x1);
        next = 2;
      }
      if (l.tokens.size() > next && l.tokens.get(next).amount == null) {
        descX0 = Math.min(descX0, l.tokens.get(next).x0);
      }
      for (Token t : l.tokens) {
        if (t.amount != null) {
          amounts.add(t);
        }
      }
    }
    amounts.sort(Comparator.comparingDouble(t -> t.x1));
    List<List<Token>> clusters = new ArrayList<>();
    for (Token t : amounts) {
      List<Token> last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
      if (last != null && t.x1 - last.get(last.size() - 1).x1 <= t.size * 0.8f) {
        last.add(t);
      } else {
        List<Token> c = new ArrayList<>();
        c.add(t);
        clusters.add(c);
      }
    }
    clusters.removeIf(c -> c.size() * 5 < candidates.size());
    if (clusters.isEmpty()) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(ColumnKind.DATE, dateX0, dateX1));
    if (valueDates * 2 > candidates.size()) {
      columns.add(new Column(ColumnKind.VALUE_DATE, valueX0, valueX1));
    }
    float firstMoney = Float.MAX_VALUE;
    for (List<Token> c : clusters) {
      for (Token t : c) {
        firstMoney = Math.min(firstMoney, t.x0);
      }
    }
    float d0 = descX0 == Float.MAX_VALUE ? dateX1 + 1 : descX0;
    columns.add(new Column(ColumnKind.DESCRIPTION, d0, Math.max(d0, firstMoney - 1)));
    int n = clusters.size();
    for (int k = 0; k < n; k++) {
      List<Token> c = clusters.get(k);
      float x0 = Float.MAX_VALUE;
      float x1 = 0;
      for (Token t : c) {
        x0 = Math.min(x0, t.x0);
        x1 = Math.max(x1, t.x1);
      }
      ColumnKind kind;
      if (n == 1) {
        kind = ColumnKind.AMOUNT;
      } else if (k == n - 1) {
        kind = ColumnKind.BALANCE;
      } else if (n == 2) {
        kind = ColumnKind.AMOUNT;
      } else if (k == n - 3) {
        kind = ColumnKind.DEBIT;
      } else if (k == n - 2) {
        kind = ColumnKind.CREDIT;
      } else {
        kind = ColumnKind.OTHER;
      }
      columns.add(new Column(kind, x0, x1));
    }
    columns.sort(Comparator.comparingDouble(Column::x0));
    return columns;
  }

  // ---------------------------------------------------------------- rows

  /** Assigns a token to a column index, or -1 for a stray token. */
  private static int assign(Token t, List<Column> columns) {
    if (t.amount != null) {
      int best = -1;
      float bestGap = Float.MAX_VALUE;
      float bestCenter = Float.MAX_VALUE;
      for (int k = 0; k < columns.size(); k++) {
        Column c = columns.get(k);
        if (!c.kind().isMoney()) {
          continue;
        }
        float gap = Math.max(0, Math.max(c.x0() - t.x1, t.x0 - c.x1()));
        float center = Math.abs(c.center() - t.center());
        if (gap < bestGap - 0.01f || (Math.abs(gap - bestGap) <= 0.01f && center < bestCenter)) {
          best = k;
          bestGap = gap;
          bestCenter = center;
        }
      }
      if (best >= 0 && bestGap <= Math.max(t.size * 3, 30)) {
        return best;
      }
    }
    int text = -1;
    for (int k = 0; k < columns.size(); k++) {
      Column c = columns.get(k);
      if (!c.kind().isMoney() && c.x0() <= t.x0 + t.size * 0.5f) {
        text = k;
      }
    }
    if (text < 0) {
      for (int k = 0; k < columns.size(); k++) {
        if (!columns.get(k).kind().isMoney()) {
          return k;
        }
      }
      return -1;
    }
    for (int k = text + 1; k < columns.size(); k++) {
      Column c = columns.get(k);
      if (c.kind().isMoney() && c.x0() <= t.x0 && t.x0 < c.x1()) {
        return -1;
      }
    }
    return text;
  }

  private static final class Cells {
    final Map<ColumnKind, List<Token>> byKind = new EnumMap<>(ColumnKind.class);
    final List<Token> stray = new ArrayList<>();

    List<Token> get(ColumnKind kind) {
      return byKind.getOrDefault(kind, List.of());
    }

    @Nullable Amount money(ColumnKind kind) {
      Amount a = null;
      for (Token t : get(kind)) {
        if (t.amount != null) {
          a = t.amount;
        }
      }
      return a;
    }

    boolean hasTransactionMoney() {
      return money(ColumnKind.DEBIT) != null
          || money(ColumnKind.CREDIT) != null
          || money(ColumnKind.AMOUNT) != null;
    }

    String text(ColumnKind kind) {
      StringBuilder sb = new StringBuilder();
      for (Token t : get(kind)) {
        if (kind.isMoney() && t.amount != null) {
          continue;
        }
        sb.append(sb.length() > 0 ? " " : "").append(t.text);
      }
      return sb.toString();
    }
  }

  private static Cells cells(Line line, List<Column> columns) {
    Cells cells = new Cells();
    for (Token t : line.tokens) {
      int k = assign(t, columns);
      if (k < 0) {
        cells.stray.add(t);
        continue;
      }
      ColumnKind kind = columns.get(k).kind();
      cells.byKind.computeIfAbsent(kind, x -> new ArrayList<>()).add(t);
    }
    // text after the date in the date cell, past a wide gap, belongs to the description (a
    // header whose labels run together, or a date label centred over a narrow column)
    List<Token> dateCell = cells.byKind.get(ColumnKind.DATE);
    if (dateCell != null && dateCell.size() > 1 && dateCell.get(0).date != null) {
      int split = -1;
      for (int i = 1; i < dateCell.size() && split < 0; i++) {
        if (dateCell.get(i).startsCell() && dateCell.get(i).date == null) {
          split = i;
        }
      }
      if (split > 0) {
        List<Token> moved = new ArrayList<>(dateCell.subList(split, dateCell.size()));
        dateCell.subList(split, dateCell.size()).clear();
        List<Token> desc =
            cells.byKind.computeIfAbsent(ColumnKind.DESCRIPTION, x -> new ArrayList<>());
        desc.addAll(0, moved);
      }
    }
    // a CR/DR marker printed apart from its amount
    for (Token t : cells.stray) {
      String s = t.text.strip();
      if (s.equalsIgnoreCase("CR") || s.equalsIgnoreCase("DR")) {
        for (ColumnKind kind : List.of(ColumnKind.AMOUNT, ColumnKind.BALANCE)) {
          List<Token> list = cells.byKind.get(kind);
          if (list != null) {
            for (int i = 0; i < list.size(); i++) {
              Token a = list.get(i);
              if (a.amount != null
                  && a.amount.marker() == 0
                  && t.x0 >= a.x1
                  && t.x0 - a.x1 < t.size * 2) {
                Amount marked =
                    new Amount(
                        a.amount.magnitude(),
                        s.equalsIgnoreCase("CR") ? 1 : -1,
                        a.amount.currency());
                list.set(
                    i,
                    new Token(
                        a.text + " " + s,
                        a.x0,
                        t.x1,
                        a.top,
                        a.bottom,
                        a.font,
                        a.size,
                        a.gapBefore,
                        marked,
                        null));
              }
            }
          }
        }
      }
    }
    return cells;
  }

  private static boolean isLabelText(String folded, Pattern p) {
    return !folded.isEmpty() && p.matcher(folded).find();
  }

  private void rows(
      List<Line> page,
      int headerIndex,
      List<Column> initial,
      Result result,
      Map<Line, Boolean> consumed) {
    List<Column> columns = initial;
    Row current = null;
    Line chainLine = null;
    int index = 0;
    float pitch = typicalPitch(page, headerIndex + 1);
    for (int i = headerIndex + 1; i < page.size(); i++) {
      Line line = page.get(i);
      if (i > headerIndex + 1 || headerIndex < 0) {
        List<Column> again = header(page, i);
        if (again != null) {
          columns = again;
          current = null;
          chainLine = null;
          consumed.put(line, Boolean.TRUE);
          continue;
        }
      }
      String lineFolded = ColumnKind.fold(line.text());
      if (SECTION.matcher(lineFolded).matches()) {
        result.section =
            SECTION_DEBIT.matcher(lineFolded).find()
                ? -1
                : SECTION_CREDIT.matcher(lineFolded).find() ? 1 : 0;
      }
      Cells cells = cells(line, columns);
      RawDate date = null;
      StringBuilder dateText = new StringBuilder();
      for (Token t : cells.get(ColumnKind.DATE)) {
        if (date == null && t.date != null) {
          date = t.date;
        } else {
          dateText.append(t.text);
        }
      }
      String desc = cells.text(ColumnKind.DESCRIPTION);
      String folded = ColumnKind.fold(desc + " " + dateText);
      boolean txnMoney = cells.hasTransactionMoney();
      Amount balance = cells.money(ColumnKind.BALANCE);
      boolean close =
          chainLine != null
              && line.baseline - chainLine.baseline
                  <= Math.max(Math.max(line.size, chainLine.size) * 2.0f, pitch * 1.5f);
      if (date != null && dateText.length() == 0) {
        if (txnMoney && !isLabelText(folded, NOT_TRANSACTION)) {
          current = newRow(line, date, cells, result.rows, result.section);
          current.indexOnPage = ++index;
          chainLine = line;
          consumed.put(line, Boolean.TRUE);
          continue;
        }
        if (!txnMoney
            && balance == null
            && !isLabelText(folded, NOT_TRANSACTION)
            && !desc.isEmpty()) {
          // a dated row whose amount is printed on a following line
          current = newRow(line, date, cells, result.rows, result.section);
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
        } else {
          // same date as the row above, printed once per day
          Row row = newRow(line, current.rawDate, cells, result.rows, result.section);
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
          && !SECTION.matcher(ColumnKind.fold(line.text())).matches()
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
      result.rows.removeIf(r -> r.page == pageNo && !r.hasTransactionMoney());
      renumber(result.rows, pageNo);
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

  private static void renumber(List<Row> rows, int page) {
    int n = 0;
    for (Row r : rows) {
      if (r.page == page) {
        r.indexOnPage = ++n;
      }
    }
  }

  private static Row newRow(Line line, RawDate date, Cells cells, List<Row> rows, int section) {
    Token first = line.tokens.get(0);
    Row row = new Row(line.page, date, line.box(), line.baseline, first.font, line.size);
    row.section = section;
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

  // ---------------------------------------------------------------- balances and signs

  private BigDecimal balanceValue(Amount a, boolean creditCard) {
    if (creditCard) {
      return a.marker() != 0 ? a.magnitude() : a.magnitude().negate();
    }
    return a.signed();
  }

  /** Finds the opening and closing balances printed with a label (summary boxes, balance rows). */
  private void balances(List<Line> all, Map<Line, Boolean> consumed, Result result) {
    Amount opening = null;
    Amount closing = null;
    for (int i = 0; i < all.size(); i++) {
      Line line = all.get(i);
      if (consumed.containsKey(line)) {
        continue;
      }
      String text = ColumnKind.fold(line.text());
      if (opening == null && OPENING.matcher(text).find()) {
        opening = labelled(all, i, OPENING);
      }
      if (closing == null && CLOSING.matcher(text).find()) {
        closing = labelled(all, i, CLOSING);
      }
    }
    if (opening != null) {
      result.opening = balanceValue(opening, result.creditCard);
    }
    if (closing != null) {
      result.closing = balanceValue(closing, result.creditCard);
    }
  }

  /** Returns the amount printed right of the label, or under it on the next line. */
  private static @Nullable Amount labelled(List<Line> all, int i, Pattern label) {
    Line line = all.get(i);
    // find the label's token span
    float labelX0 = -1;
    float labelX1 = -1;
    for (int k = 0; k < line.tokens.size(); k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = k; j < Math.min(line.tokens.size(), k + 4); j++) {
        sb.append(j > k ? " " : "").append(line.tokens.get(j).text);
        if (label.matcher(ColumnKind.fold(sb.toString())).find()) {
          int from = k;
          while (from < j && label.matcher(ColumnKind.fold(span(line, from + 1, j))).find()) {
            from++;
          }
          labelX0 = line.tokens.get(from).x0;
          labelX1 = line.tokens.get(j).x1;
          break;
        }
      }
      if (labelX0 >= 0) {
        break;
      }
    }
    if (labelX0 < 0) {
      return null;
    }
    Amount right = null;
    for (Token t : line.tokens) {
      if (t.amount != null && t.x0 >= labelX1) {
        right = t.amount;
        boolean nextIsLabel = false;
        for (Token u : line.tokens) {
          if (u.x0 > labelX1
              && u.x0 < t.x0
              && u.amount == null
              && Character.isLetter(u.text.charAt(0))
              && u.startsCell()) {
            nextIsLabel = true;
          }
        }
        if (nextIsLabel) {
          right = null;
        }
        break;
      }
    }
    if (right != null) {
      return right;
    }
    if (i + 1 < all.size()) {
      Line next = all.get(i + 1);
      if (next.page == line.page && next.baseline - line.baseline <= line.size * 2.5f) {
        Amount best = null;
        float bestDistance = Float.MAX_VALUE;
        for (Token t : next.tokens) {
          if (t.amount == null) {
            continue;
          }
          float gap = Math.max(0, Math.max(labelX0 - t.x1, t.x0 - labelX1));
          if (gap < bestDistance && gap <= line.size * 3) {
            best = t.amount;
            bestDistance = gap;
          }
        }
        return best;
      }
    }
    return null;
  }

  private static String span(Line line, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int j = from; j <= to; j++) {
      sb.append(j > from ? " " : "").append(line.tokens.get(j).text);
    }
    return sb.toString();
  }

  private void settleSigns(Result result) {
    boolean cc = result.creditCard;
    // debit/credit columns may be labelled the other way round: let the running balance decide
    int asIs = 0;
    int swapped = 0;
    BigDecimal prev = result.opening;
    for (Row r : result.rows) {
      if (r.balance == null) {
        prev = null;
        continue;
      }
      BigDecimal bal = balanceValue(r.balance, cc);
      if (prev != null && (r.debit != null || r.credit != null)) {
        BigDecimal v = columnValue(r, cc, false);
        if (prev.add(v).compareTo(bal) == 0) {
          asIs++;
        } else if (prev.subtract(v).compareTo(bal) == 0) {
          swapped++;
        }
      }
      prev = bal;
    }
    boolean swap = swapped > asIs;
    prev = result.opening;
    for (Row r : result.rows) {
      BigDecimal v = columnValue(r, cc, swap);
      BigDecimal bal = r.balance == null ? null : balanceValue(r.balance, cc);
      if (prev == null && bal != null && r == result.rows.get(0) && result.opening == null) {
        prev = bal.subtract(v);
      }
      if (bal != null && prev != null && prev.add(v).compareTo(bal) != 0) {
        Amount a = r.amount;
        if (r.debit == null
            && r.credit == null
            && a != null
            && a.marker() == 0
            && prev.subtract(v).compareTo(bal) == 0) {
          v = v.negate(); // an unsigned amount whose direction only the balance tells
        } else {
          result.balanceBreaks++;
          warnings.accept(
              ParseWarning.of(
                  "PDF_RUNNING_BALANCE_BREAK",
                  "The printed running balance does not follow from the previous balance and this"
                      + " row's amount: a row may be missing, split or altered",
                  SourcePosition.ofPage(r.page).withLine(r.indexOnPage).withBox(r.box)));
        }
      }
      r.value = v;
      r.balanceValue = bal;
      prev = bal != null ? bal : prev == null ? null : prev.add(v);
    }
    if (result.opening == null && !result.rows.isEmpty()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Row r : result.rows) {
        sum = sum.add(r.value);
        if (r.balanceValue != null) {
          result.opening = r.balanceValue.subtract(sum);
          break;
        }
      }
    }
    if (result.closing == null) {
      for (int i = result.rows.size() - 1; i >= 0; i--) {
        Row r = result.rows.get(i);
        if (r.balanceValue != null) {
          BigDecimal after = BigDecimal.ZERO;
          for (int j = i + 1; j < result.rows.size(); j++) {
            after = after.add(result.rows.get(j).value);
          }
          result.closing = r.balanceValue.add(after);
          break;
        }
      }
    }
  }

  private static BigDecimal columnValue(Row r, boolean cc, boolean swap) {
    BigDecimal v = BigDecimal.ZERO;
    if (r.debit != null) {
      v = v.add(swap ? r.debit.magnitude() : r.debit.magnitude().negate());
    }
    if (r.credit != null) {
      v = v.add(swap ? r.credit.magnitude().negate() : r.credit.magnitude());
    }
    Amount a = r.amount;
    if (a != null) {
      if (cc) {
        v = v.add(a.marker() != 0 || r.section > 0 ? a.magnitude() : a.magnitude().negate());
      } else if (a.marker() == 0 && r.section < 0) {
        v = v.add(a.magnitude().negate());
      } else {
        v = v.add(a.signed());
      }
    }
    return v;
  }

  // ---------------------------------------------------------------- statement fields

  private static void fields(List<List<Line>> pages, Map<Line, Boolean> consumed, Result result) {
    for (List<Line> page : pages) {
      for (Line line : page) {
        if (consumed.containsKey(line)) {
          continue;
        }
        String text = line.text();
        if (result.iban == null) {
          var m = IBAN.matcher(text);
          while (m.find()) {
            String candidate = m.group(1).replace(" ", "");
            if (io.github.bsa.core.model.Iban.isValid(candidate)) {
              result.iban = candidate;
              break;
            }
          }
        }
        if (result.accountNumber == null) {
          var m = ACCOUNT.matcher(text.replace("  ", "\u0001"));
          if (m.find()) {
            result.accountNumber = m.group(1).strip();
          }
        }
      }
    }
    if (pages.isEmpty()) {
      return;
    }
    List<Line> first = pages.get(0);
    for (int i = 0; i < first.size() && (result.holder == null || result.bank == null); i++) {
      Line line = first.get(i);
      if (consumed.containsKey(line)) {
        break;
      }
      List<Label> labels = labels(line);
      for (Label l : labels) {
        String t = l.text().strip();
        if (result.bank == null
            && BANK.matcher(t).find()
            && t.length() <= 60
            && !t.contains(":")
            && !t.contains("@")
            && t.split(" ").length <= 8) {
          result.bank = t.endsWith(".") && !t.endsWith("Ltd.") ? t.substring(0, t.length() - 1) : t;
        }
      }
      if (result.holder == null && !labels.isEmpty()) {
        Label l = labels.get(0);
        String t = l.text().strip();
        if (HOLDER.matcher(t).matches()
            && !BANK.matcher(t).find()
            && !t.contains(":")
            && addressBelow(first, i, l)) {
          result.holder = t;
        }
      }
    }
  }

  private static boolean addressBelow(List<Line> page, int i, Label label) {
    for (int k = i + 1; k < Math.min(page.size(), i + 4); k++) {
      Line next = page.get(k);
      if (next.baseline - page.get(i).baseline > page.get(i).size * 5) {
        return false;
      }
      for (Label l : labels(next)) {
        if (Math.abs(l.x0() - label.x0()) <= 3) {
          return l.text().matches(".*\\d.*");
        }
      }
    }
    return false;
  }
}

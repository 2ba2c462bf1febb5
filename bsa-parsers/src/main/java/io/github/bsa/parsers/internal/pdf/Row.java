package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.BoundingBox;
import io.github.bsa.core.internal.text.Whitespace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One table row being assembled: its first line and the continuation lines joined to it. */
final class Row {
  final int page;
  final RawDate rawDate;
  @Nullable RawDate rawValueDate;
  final List<String> description = new ArrayList<>();
  final List<String> reference = new ArrayList<>();
  @Nullable Amount debit;
  @Nullable Amount credit;
  @Nullable Amount amount;
  @Nullable Amount balance;

  /** Amount tokens of the row with their column kind, for the font check. */
  record Money(ColumnKind kind, Token token) {}

  final List<Money> moneyTokens = new ArrayList<>();
  BoundingBox box;
  float lastBaseline;
  String font;
  int section;

  /** The folded heading of the section the row is in, empty when none. */
  String sectionName = "";

  float size;

  /**
   * Whether the row's first line holds a totals, balance or carried-forward word: such a row is a
   * booking only when the arithmetic says so ({@link RowArithmetic}).
   */
  boolean labelled;

  /** The page lines the row was read from, in order. */
  final List<Line> lines = new ArrayList<>();

  // settled later
  int indexOnPage;
  @Nullable LocalDate date;
  @Nullable LocalDate valueDate;
  BigDecimal value = BigDecimal.ZERO;
  @Nullable BigDecimal balanceValue;

  Row(int page, RawDate rawDate, BoundingBox box, float baseline, String font, float size) {
    this.page = page;
    this.rawDate = rawDate;
    this.box = box;
    this.lastBaseline = baseline;
    this.font = font;
    this.size = size;
  }

  boolean hasTransactionMoney() {
    return debit != null || credit != null || amount != null;
  }

  String descriptionText() {
    return Whitespace.fold(String.join(" ", description));
  }

  String referenceText() {
    return Whitespace.fold(String.join(" ", reference));
  }
}

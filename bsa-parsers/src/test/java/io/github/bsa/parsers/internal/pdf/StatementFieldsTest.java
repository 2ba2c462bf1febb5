package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Box;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Lang;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Spec;
import io.github.bsa.parsers.internal.pdf.ArrangedStatements.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opening and closing balances proven by arithmetic: summary boxes in three arrangements (stacked,
 * a label row over a value row, side by side), old/new balance lines inside the table, with and
 * without a running balance, in six languages. Every transaction and both balances must be exact,
 * the statement verified, and no balance line read as a transaction.
 */
final class StatementFieldsTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();
  private static final Score TOTAL = new Score();

  static Stream<Spec> specs() {
    List<Spec> specs = new ArrayList<>();
    Lang[] langs = {
      ArrangedStatements.EN_US,
      ArrangedStatements.EN_GB,
      ArrangedStatements.DE,
      ArrangedStatements.DE_SALDO,
      ArrangedStatements.FR,
      ArrangedStatements.ES,
      ArrangedStatements.NL
    };
    int n = 0;
    for (Lang lang : langs) {
      for (Box box : Box.values()) {
        n++;
        boolean running = n % 3 != 0;
        boolean signed = n % 2 == 0;
        boolean lines = box == Box.NONE || n % 4 == 1;
        specs.add(
            new Spec(
                lang,
                box,
                lines,
                running,
                signed,
                2,
                lang.code().equals("en-us")
                    ? "USD"
                    : lang.code().equals("en-gb")
                        ? "GBP"
                        : lang.code().equals("de-saldo") ? "CHF" : "EUR",
                "12345678",
                12 + n % 40,
                n));
      }
    }
    return specs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void readsBalancesAndRows(Spec spec) {
    List<Truth> truths = new ArrayList<>();
    byte[] pdf = ArrangedStatements.document(List.of(spec), truths);
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    Truth truth = truths.get(0);
    Score score = new Score();
    List<Score.Expected> expected = new ArrayList<>();
    truth
        .transactions()
        .forEach(t -> expected.add(new Score.Expected(t.date(), t.amount(), t.description())));
    String name = spec.lang().code() + "/" + spec.box();
    score.add(
        expected, truth.opening(), truth.closing(), result.statements().stream().findFirst(), name);
    TOTAL.add(
        expected, truth.opening(), truth.closing(), result.statements().stream().findFirst(), name);
    assertThat(score.misses).as(name + " " + score.summary()).isEmpty();
    Statement st = result.statements().get(0);
    assertThat(st.balanceCheck().status()).as(name).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(result.warnings()).noneMatch(w -> w.code().equals("PDF_BALANCE_CONFLICT"));
  }

  @Test
  void conflictingPrintedBalanceIsAWarningWithBothLocations() {
    // a summary box whose "new balance" is wrong while the closing line and rows agree
    Spec spec =
        new Spec(ArrangedStatements.EN_US, Box.NONE, true, true, false, 2, "USD", "1234", 20, 7);
    List<Truth> truths = new ArrayList<>();
    byte[] pdf;
    try (PdfCanvas c = new PdfCanvas()) {
      Truth t = ArrangedStatements.write(c, spec);
      truths.add(t);
      c.y -= 20;
      c.text(9, 300, "New balance");
      c.right(
          9,
          550,
          ArrangedStatements.number(t.closing().add(java.math.BigDecimal.TEN), spec.lang(), 2));
      pdf = c.bytes();
    }
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    Statement st = result.statements().get(0);
    assertThat(st.closingBalance()).contains(truths.get(0).closing());
    assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(result.warnings())
        .anySatisfy(
            w -> {
              assertThat(w.code()).isEqualTo("PDF_BALANCE_CONFLICT");
              assertThat(w.message()).contains("page 1 line").contains(" disagrees with ");
            });
  }

  @Test
  void creditCardPreviousBalanceRowIsTheOpeningBalance() {
    java.math.BigDecimal previous = new java.math.BigDecimal("1234.56");
    java.math.BigDecimal[] amounts = {
      new java.math.BigDecimal("45.10"),
      new java.math.BigDecimal("-500.00"),
      new java.math.BigDecimal("120.99"),
      new java.math.BigDecimal("18.25")
    };
    java.math.BigDecimal owed = previous;
    for (java.math.BigDecimal a : amounts) {
      owed = owed.add(a);
    }
    byte[] pdf;
    try (PdfCanvas c = new PdfCanvas()) {
      c.newPage();
      c.text(c.bold, 14, 40, "Harbor Card Services");
      c.y -= 16;
      c.text(9, 40, "Credit card statement  Account number: 4000123412341234");
      c.y -= 12;
      c.text(9, 40, "Statement period 03/01/2026 - 03/31/2026");
      c.y -= 12;
      c.text(9, 40, "Minimum payment due");
      c.right(9, 300, "35.00");
      c.text(9, 330, "Credit limit");
      c.right(9, 550, "8,000.00");
      c.y -= 24;
      c.text(c.bold, 8, 40, "Date");
      c.text(c.bold, 8, 110, "Description");
      c.right(c.bold, 8, 470, "Amount");
      c.y -= 14;
      c.text(8, 40, "03/01");
      c.text(8, 110, "Previous balance");
      c.right(8, 470, "1,234.56");
      c.y -= 12;
      String[] names = {"Greenleaf Market", "Payment thank you", "ShopSphere", "Coffee Corner"};
      for (int i = 0; i < amounts.length; i++) {
        c.text(8, 40, "03/0" + (i + 2));
        c.text(8, 110, names[i]);
        c.right(8, 470, ArrangedStatements.number(amounts[i], ArrangedStatements.EN_US, 2));
        c.y -= 12;
      }
      c.y -= 12;
      c.text(9, 300, "New balance");
      c.right(9, 550, ArrangedStatements.number(owed, ArrangedStatements.EN_US, 2));
      pdf = c.bytes();
    }
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    Statement st = result.statements().get(0);
    assertThat(st.transactions()).hasSize(amounts.length);
    assertThat(st.openingBalance()).contains(previous.negate());
    assertThat(st.closingBalance()).contains(owed.negate());
    assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  @AfterAll
  static void report() {
    System.out.println("statement fields (generated layouts): " + TOTAL.summary());
  }
}

package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.parsers.internal.pdf.StatementPdfWriter.Generated;
import io.github.bsa.parsers.internal.pdf.StatementPdfWriter.SignMode;
import io.github.bsa.parsers.internal.pdf.StatementPdfWriter.Style;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements generated in code (PDFBox) in layouts the engine was not tuned on: other languages,
 * date and amount forms, debit/credit columns or signed amounts, sections, running balance or not,
 * multi-page with carried-forward rows, wrapped descriptions, a credit card, a layout without a
 * header. Each must be read exactly and verified.
 */
final class GeneratedLayoutsTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();
  private static final Score TOTAL = new Score();

  static String fmt(BigDecimal value, char group, char decimal, boolean indian) {
    String plain = value.abs().setScale(2).toPlainString();
    String integer = plain.substring(0, plain.length() - 3);
    StringBuilder sb = new StringBuilder();
    int n = integer.length();
    for (int i = 0; i < n; i++) {
      int fromRight = n - i;
      sb.append(integer.charAt(i));
      if (fromRight > 1) {
        boolean boundary =
            indian
                ? (fromRight == 4 || (fromRight > 4 && (fromRight - 4) % 2 == 0))
                : (fromRight - 1) % 3 == 0;
        if (boundary) {
          sb.append(group);
        }
      }
    }
    return sb + String.valueOf(decimal) + plain.substring(plain.length() - 2);
  }

  private static Function<BigDecimal, String> signed(char group, char decimal) {
    return v -> (v.signum() < 0 ? "-" : "") + fmt(v, group, decimal, false);
  }

  private static Function<LocalDate, String> pattern(String p, Locale locale) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern(p, locale);
    return f::format;
  }

  private static final String[] FR_MONTHS = {
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc."
  };

  static Stream<Style> styles() {
    List<Style> styles = new ArrayList<>();
    styles.add(
        new Style(
            "de-soll-haben",
            "Musterbank Sparkasse",
            new String[] {"Buchungstag", "Valuta", "Verwendungszweck", "Soll", "Haben", "Saldo"},
            new float[] {40, 90, 150, -395, -470, -555},
            SignMode.DEBIT_CREDIT_COLUMNS,
            true,
            true,
            pattern("dd.MM.yyyy", Locale.ROOT),
            v -> fmt(v, '.', ',', false),
            signed('.', ','),
            "Währung: EUR",
            "Alter Kontostand",
            "Neuer Kontostand",
            "Übertrag",
            "Übertrag",
            40,
            20,
            true,
            "",
            ""));
    styles.add(
        new Style(
            "fr-debit-credit",
            "Banque Exemple",
            new String[] {"Date", "Libellé", "Débit", "Crédit", "Solde"},
            new float[] {40, 110, -395, -470, -555},
            SignMode.DEBIT_CREDIT_COLUMNS,
            true,
            true,
            d -> d.getDayOfMonth() + " " + FR_MONTHS[d.getMonthValue() - 1] + " " + d.getYear(),
            v -> fmt(v, ' ', ',', false),
            signed(' ', ','),
            "Devise : EUR",
            "Solde précédent",
            "Nouveau solde",
            null,
            null,
            35,
            25,
            false,
            "",
            ""));
    styles.add(
        new Style(
            "uk-paid-out-in",
            "Example Bank plc",
            new String[] {"Date", "Description", "Paid out", "Paid in", "Balance"},
            new float[] {40, 110, -395, -470, -555},
            SignMode.DEBIT_CREDIT_COLUMNS,
            true,
            true,
            pattern("dd MMM yy", Locale.ENGLISH),
            v -> fmt(v, ',', '.', false),
            signed(',', '.'),
            "Currency: GBP",
            "Opening balance",
            "Closing balance",
            "Balance brought forward",
            "Balance carried forward",
            30,
            18,
            false,
            "",
            ""));
    styles.add(
        new Style(
            "ch-signed",
            "Beispiel Kantonalbank",
            new String[] {"Datum", "Text", "Betrag", "Saldo"},
            new float[] {40, 110, -470, -555},
            SignMode.SIGNED_AMOUNT,
            true,
            true,
            pattern("dd.MM.yy", Locale.ROOT),
            signed('\'', '.'),
            signed('\'', '.'),
            "Währung: CHF",
            "Anfangssaldo",
            "Schlusssaldo",
            null,
            null,
            50,
            30,
            false,
            "",
            ""));
    styles.add(
        new Style(
            "us-credit-card",
            "Example Card Services Bank",
            new String[] {"Trans Date", "Post Date", "Description", "Amount"},
            new float[] {40, 90, 150, -470},
            SignMode.CREDIT_CARD,
            false,
            true,
            pattern("MM/dd", Locale.ROOT),
            signed(',', '.'),
            v -> (v.signum() < 0 ? "-" : "") + "$" + fmt(v, ',', '.', false),
            "Currency: USD",
            "Previous Balance",
            "New Balance",
            null,
            null,
            60,
            30,
            true,
            "",
            ""));
    styles.add(
        new Style(
            "au-no-header-parentheses",
            "Example Savings Bank",
            new String[0],
            new float[0],
            SignMode.SIGNED_AMOUNT,
            true,
            false,
            pattern("dd/MM/yyyy", Locale.ROOT),
            v -> v.signum() < 0 ? "(" + fmt(v, ',', '.', false) + ")" : fmt(v, ',', '.', false),
            signed(',', '.'),
            "Currency: AUD",
            "Opening Balance",
            "Closing Balance",
            null,
            null,
            45,
            25,
            false,
            "",
            ""));
    styles.add(
        new Style(
            "us-sections",
            "Example National Bank",
            new String[] {"Date", "Description", "Amount"},
            new float[] {40, 110, -470},
            SignMode.SECTIONS,
            false,
            true,
            pattern("MM/dd/yyyy", Locale.ROOT),
            v -> fmt(v, ',', '.', false),
            v -> (v.signum() < 0 ? "-" : "") + "$" + fmt(v, ',', '.', false),
            "Currency: USD",
            "Beginning Balance",
            "Ending Balance",
            null,
            null,
            45,
            22,
            false,
            "ELECTRONIC WITHDRAWALS",
            "DEPOSITS AND ADDITIONS"));
    styles.add(
        new Style(
            "in-dr-cr-suffix",
            "Example Co-operative Bank Ltd.",
            new String[] {"Txn Date", "Description", "Debit", "Credit", "Balance"},
            new float[] {40, 110, -395, -470, -555},
            SignMode.DEBIT_CREDIT_COLUMNS,
            true,
            true,
            pattern("dd-MM-yyyy", Locale.ROOT),
            v -> fmt(v, ',', '.', true),
            v -> fmt(v, ',', '.', true) + (v.signum() < 0 ? " Dr" : " Cr"),
            "Currency : INR",
            "Opening Balance",
            "Closing Balance",
            null,
            null,
            35,
            20,
            false,
            "",
            ""));
    styles.add(
        new Style(
            "nl-af-bij-once-per-day",
            "Voorbeeld Bank",
            new String[] {"Datum", "Omschrijving", "Af", "Bij", "Saldo"},
            new float[] {40, 110, -395, -470, -555},
            SignMode.DEBIT_CREDIT_COLUMNS,
            true,
            true,
            pattern("dd-MM-yyyy", Locale.ROOT),
            v -> fmt(v, '.', ',', false),
            v -> fmt(v, '.', ',', false) + (v.signum() < 0 ? "-" : ""),
            "Valuta: EUR",
            "Beginsaldo",
            "Eindsaldo",
            null,
            null,
            38,
            24,
            false,
            "",
            ""));
    styles.add(
        new Style(
            "es-importe-signed",
            "Banco Ejemplo",
            new String[] {"Fecha", "Concepto", "Importe", "Saldo"},
            new float[] {40, 110, -470, -555},
            SignMode.SIGNED_AMOUNT,
            true,
            true,
            pattern("dd/MM/yyyy", Locale.ROOT),
            signed('.', ','),
            signed('.', ','),
            "Moneda: EUR",
            "Saldo anterior",
            "Saldo final",
            null,
            null,
            42,
            26,
            false,
            "",
            ""));
    return styles.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void generated_style_isReadExactlyAndVerified(Style style) {
    for (long seed = 1; seed <= 2; seed++) {
      Generated g = StatementPdfWriter.generate(style, seed * 31 + style.name().length(), 45);
      ParseResult result = ANALYZER.parse(g.pdf(), ParseOptions.defaults());
      Score score = new Score();
      List<Score.Expected> expected = new ArrayList<>();
      g.transactions()
          .forEach(t -> expected.add(new Score.Expected(t.date(), t.amount(), t.description())));
      score.add(
          expected,
          g.opening(),
          g.closing(),
          result.statements().stream().findFirst(),
          style.name());
      TOTAL.add(
          expected,
          g.opening(),
          g.closing(),
          result.statements().stream().findFirst(),
          style.name());
      assertThat(score.misses).as(style.name() + " " + score.summary()).isEmpty();
      Statement st = result.statements().get(0);
      assertThat(st.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
      assertThat(st.transactions())
          .allSatisfy(
              t -> {
                assertThat(t.position().page()).isPositive();
                assertThat(t.position().line()).isPositive();
                assertThat(t.position().box()).isPresent();
              });
    }
  }

  @AfterAll
  static void summary() {
    System.out.println("generated layouts: " + TOTAL.summary());
  }
}

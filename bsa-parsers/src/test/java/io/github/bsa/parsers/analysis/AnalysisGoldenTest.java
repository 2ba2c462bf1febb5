package io.github.bsa.parsers.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.CategoryRules;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.report.AnalysisReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Pins the whole JSON report (every section: transactions, cash flow, recurring, income, balances,
 * risk signals, lender summary, warnings) of generated statements, so that work on the analysis's
 * speed cannot change a result unnoticed. Each case's JSON is compared by its SHA-256 and length
 * with {@code analysis-golden.txt}, recorded from the code before the columnar rewrite (ADR 0310).
 * The JSON of every case is written to {@code target/analysis-golden/} for diffing.
 *
 * <p>A change that is meant to change results (a rule, a detector) re-records the file with {@code
 * -Dbsa.golden.record=true} and says so in its commit.
 */
final class AnalysisGoldenTest {
  private static final String RESOURCE = "analysis-golden.txt";
  private static final Path SOURCE =
      Path.of("src/test/resources/io/github/bsa/parsers/analysis", RESOURCE);
  private static final Path DUMP = Path.of("target/analysis-golden");
  private static final StatementAnalyzer ANALYZER = StatementAnalyzer.builder().build();

  @Test
  void generatedStatements_fullReports_unchanged() throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    Files.createDirectories(DUMP);
    for (Map.Entry<String, String> e : reports().entrySet()) {
      String json = e.getValue();
      actual.put(e.getKey(), digest(json) + "\t" + json.length());
      Files.writeString(DUMP.resolve(e.getKey() + ".json"), json, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    actual.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
    if (Boolean.getBoolean("bsa.golden.record")) {
      Files.createDirectories(SOURCE.getParent());
      Files.writeString(SOURCE, text.toString(), StandardCharsets.UTF_8);
      return;
    }
    Map<String, String> expected = new LinkedHashMap<>();
    try (InputStream in =
        Objects.requireNonNull(AnalysisGoldenTest.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isBlank()) {
          int tab = line.indexOf('\t');
          expected.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    List<String> changed = new ArrayList<>();
    actual.forEach(
        (k, v) -> {
          if (!v.equals(expected.get(k))) {
            changed.add(k);
          }
        });
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(changed).as("cases whose report changed (JSON in " + DUMP + ")").isEmpty();
  }

  /** The cases, by name, and their JSON reports. */
  private static Map<String, String> reports() {
    Map<String, String> out = new LinkedHashMap<>();
    List<Statement> heldOut = new ArrayList<>();
    for (boolean blind : new boolean[] {false, true}) {
      for (HeldOutStatements.Generated g : HeldOutStatements.all(1, blind)) {
        heldOut.add(g.statement());
        out.put(
            "held-out-" + (blind ? "blind-" : "") + g.name(),
            AnalysisReportJson.toJson(ANALYZER.analyze(List.of(g.statement()))));
      }
    }
    for (WorldStatements.Generated g : WorldStatements.all(1, false)) {
      out.put(
          "world-" + g.name(),
          AnalysisReportJson.toJson(ANALYZER.analyze(ANALYZER.parse(g.csv()).statements())));
    }
    // every held-out statement together: several accounts and currencies
    out.put("held-out-together", AnalysisReportJson.toJson(ANALYZER.analyze(heldOut)));
    out.put("options-duplicates-own-accounts", withOptions(heldOut));
    return out;
  }

  /**
   * A statement given twice (definite duplicates), two accounts with a paired transfer, a suspected
   * duplicate, an undated transaction, an own account named in the options, user rules, a large
   * threshold, a reference date and a smaller top list.
   */
  private static String withOptions(List<Statement> heldOut) {
    Statement first = heldOut.get(0);
    Currency currency = first.currency().orElseThrow();
    Account savings = Account.builder().number("OWN-SAVINGS-1").currency(currency).build();
    Account other = Account.builder().number("PAIRED-2").currency(currency).build();
    Statement pairedOut =
        Statement.builder()
            .account(other)
            .currency(currency)
            .transactions(
                List.of(
                    tx("p-1", LocalDate.of(2025, 2, 10), "-480.00", "Transfer", null),
                    tx("p-2", null, "-12.50", "Undated booking", null),
                    tx("p-3", LocalDate.of(2025, 2, 12), "-75.00", "Umbuchung", "OWN-SAVINGS-1"),
                    tx("p-4", LocalDate.of(2025, 2, 14), "-9.99", "Card purchase Night Owl", null),
                    tx("p-5", LocalDate.of(2025, 2, 14), "-9.99", "Card purchase Night Owl", null)))
            .build();
    Statement pairedIn =
        Statement.builder()
            .account(savings)
            .currency(currency)
            .transactions(
                List.of(
                    tx("s-1", LocalDate.of(2025, 2, 11), "480.00", "Incoming transfer", null),
                    tx("s-2", LocalDate.of(2025, 2, 28), "1.23", "Interest", null)))
            .build();
    List<Statement> statements = new ArrayList<>();
    statements.add(first);
    statements.add(first);
    statements.add(heldOut.get(1));
    statements.add(pairedOut);
    statements.add(pairedIn);
    AnalysisOptions options =
        AnalysisOptions.builder()
            .rules(
                CategoryRules.parse(
                    "{\"rules\": [{\"id\": \"user.night\", \"category\": \"dining\", \"text\":"
                        + " [\"night owl\"]}, {\"id\": \"user.big\", \"category\": \"shopping\","
                        + " \"minAmount\": \"600\", \"direction\": \"out\"}]}"))
            .addOwnAccount("OWN-SAVINGS-1")
            .largeThreshold(new BigDecimal("700"))
            .referenceDate(LocalDate.of(2025, 6, 30))
            .topN(3)
            .build();
    return AnalysisReportJson.toJson(ANALYZER.analyze(statements, options));
  }

  private static Transaction tx(
      String id,
      @Nullable LocalDate date,
      String amount,
      String description,
      @Nullable String counterpartyAccount) {
    return Transaction.builder()
        .id(id)
        .bookingDate(date)
        .amount(new BigDecimal(amount))
        .description(description)
        .counterpartyAccount(counterpartyAccount)
        .build();
  }

  private static String digest(String json) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

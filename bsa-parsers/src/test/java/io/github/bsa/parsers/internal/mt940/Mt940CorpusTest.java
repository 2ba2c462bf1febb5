package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.FormatDetection;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.tck.ThrottledInputStream;
import io.github.bsa.parsers.testing.Fixtures;
import io.github.bsa.parsers.testing.TruthFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the shared MT940/MT942 corpus ({@code ../shared/fixtures/real/mt940}), one test case per
 * input; skipped when the collection is absent, failing when it is expected ({@code
 * BSA_FIXTURES_REQUIRED=true}) or present with fewer than {@value #MIN_FILES} inputs. Every input
 * with a truth file must match it, every other input must parse with reconciling balances or fail
 * with a typed error that names a position. The exceptions are documented in {@code
 * docs/formats/mt940.md}.
 */
final class Mt940CorpusTest {
  /**
   * Inputs whose statements do not reconcile although they parse correctly: the sample files
   * themselves do not add up (see docs/formats/mt940.md, "Corpus exceptions").
   */
  private static final Map<String, String> NOT_RECONCILING =
      Map.ofEntries(
          Map.entry("real/mt940/jejik-mt940-php/abnamro.txt", "hand-made sample"),
          Map.entry(
              "real/mt940/jejik-mt940-php/bug-core-5401.txt",
              "bug-report snippet with a 0.00 closing balance"),
          Map.entry(
              "real/mt940/jejik-mt940-php/commerzbank.txt", "anonymised, 0.00 opening and closing"),
          Map.entry(
              "real/mt940/jejik-mt940-php/deutschebank.txt",
              "anonymised, 0.00 opening and closing"),
          Map.entry("real/mt940/jejik-mt940-php/ing-dos.txt", "anonymised sample"),
          Map.entry("real/mt940/jejik-mt940-php/ing-unix.txt", "anonymised sample"),
          Map.entry("real/mt940/jejik-mt940-php/knab.txt", "second statement does not add up"),
          Map.entry(
              "real/mt940/jejik-mt940-php/oldenburgischelandesbank.txt",
              "anonymised, 0 opening and closing"),
          Map.entry(
              "real/mt940/jejik-mt940-php/oldenburgischelandesbankmitbindestrich.txt",
              "anonymised sample"),
          Map.entry("real/mt940/jejik-mt940-php/postfinance.txt", "second statement off by 0.20"),
          Map.entry("real/mt940/jejik-mt940-php/rabobank.txt", "statements 1 and 3 do not add up"),
          Map.entry("real/mt940/jejik-mt940-php/sparkasse2.txt", "reversal sample"),
          Map.entry("real/mt940/jejik-mt940-php/sparkasse3.txt", "reversal sample"),
          Map.entry("real/mt940/jejik-mt940-php/triodos.txt", "hand-made sample"),
          Map.entry("real/mt940/php-mt940-fruitl00p/Abn/sample2.sta", "anonymised sample"),
          Map.entry(
              "real/mt940/php-mt940-fruitl00p/Hsbc/sample.sta",
              "0.00 opening and closing around a debit"),
          Map.entry("real/mt940/php-mt940-fruitl00p/Ing/sample.sta", "anonymised sample"),
          Map.entry("real/mt940/php-mt940-fruitl00p/Knab/sample.sta", "anonymised sample"),
          Map.entry(
              "real/mt940/php-mt940-fruitl00p/Knab/sample3.sta", "0.00 closing after a credit"),
          Map.entry(
              "real/mt940/php-mt940-fruitl00p/Rabo/sample.sta",
              "hand-made sample, most statements"),
          Map.entry("real/mt940/php-mt940-fruitl00p/Rabo/sample2.sta", "hand-made sample"),
          Map.entry("real/mt940/php-mt940-fruitl00p/Rabo/sample3.sta", "hand-made sample"),
          Map.entry("real/mt940/php-mt940-fruitl00p/Rabo/sample4.sta", "hand-made sample"));

  /** Inputs that are broken on purpose and must end in a typed error. */
  private static final Map<String, String> BROKEN =
      Map.ofEntries(
          Map.entry(
              "real/mt940/wolph-mt940/self-provided/empty_non_swift.sta",
              "only a :NS: field, no statement"),
          Map.entry(
              "real/mt940/wolph-mt940/self-provided/invalid_statement.sta",
              "the numbers 1 to 10, not MT940"),
          Map.entry(
              "real/mt940/wolph-mt940/betterplace/empty_line.sta",
              "a lone :20: field, no statement"),
          Map.entry("real/mt940/wolph-mt940/cmxl/reference.sta", "a lone :20: field, no statement"),
          Map.entry(
              "real/mt940/wolph-mt940/cmxl/statement_number.sta",
              ":20: and :28C: only, no statement"));

  /** Truth aspects skipped for a file, with the reason. */
  private static final Map<String, String> TRUTH_EXCEPTIONS =
      Map.of(
          // the truth's account is the text of a broken second :25: (really :86: text); the first
          // :25: of the statement is kept
          "real/mt940/wolph-mt940/betterplace/sepa_snippet_broken.sta", "account differs");

  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder()
          .parsers(List.of(new Mt940ParserProvider(), new Mt942ParserProvider()))
          .build();

  /** The least number of inputs {@code real/mt940} holds; fewer fails the test. */
  private static final int MIN_FILES = 100;

  static Stream<Arguments> inputs() {
    return Fixtures.corpus("real/mt940", MIN_FILES).stream()
        .filter(Mt940CorpusTest::isInput)
        .map(p -> Arguments.of(Named.of(Fixtures.name(p), p)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void input_matchesTruthOrReconcilesOrFailsTyped(Path input) throws IOException {
    String name = Fixtures.name(input);
    List<String> failures = new ArrayList<>();
    Path truthPath = input.resolveSibling(input.getFileName() + ".truth.json");
    TruthFile truth = Files.exists(truthPath) ? TruthFile.read(truthPath) : null;
    byte[] bytes = Files.readAllBytes(input);
    String format = truth != null ? truth.format() : detectedFormat(bytes);
    if (truth != null && !truth.isFragment()) {
      FormatDetection d = ANALYZER.detect(bytes);
      if (!d.formatId().equals(truth.format()) || d.confidence() < 0.85) {
        failures.add("detected as " + d.formatId() + " " + d.confidence());
      }
    }
    ParseResult result;
    try {
      result = ANALYZER.parse(bytes, ParseOptions.builder().format(format).build());
    } catch (BsaException e) {
      System.out.println(name + ": " + e.errorCode() + " at " + e.position());
      if (!e.position().isKnown()) {
        failures.add("error without position: " + e.getMessage());
      }
      if (truth != null && !truth.isFragment()) {
        failures.add("truth file but parse failed: " + e.getMessage());
      } else if (truth == null && !BROKEN.containsKey(name)) {
        failures.add("unexpected failure: " + e.getMessage());
      }
      assertThat(failures).as(name).isEmpty();
      return;
    }
    if (BROKEN.containsKey(name)) {
      failures.add("listed as broken but parsed");
    }
    if (truth != null) {
      List<String> diffs = new ArrayList<>(truth.compare(result));
      String skip = TRUTH_EXCEPTIONS.get(name);
      if (skip != null) {
        diffs.removeIf(d -> d.contains(skip));
      }
      if (diffs.isEmpty()) {
        truth
            .softDifferences(result)
            .forEach(d -> System.out.println("  soft: " + name + ": " + d));
      } else {
        failures.add(diffs.toString());
      }
    }
    String balances = balances(result);
    if (balances.contains("DISCREPANCY")
        && !NOT_RECONCILING.containsKey(name)
        && (truth == null || truth.reconciles())) {
      failures.add("balances do not reconcile: " + balances);
    }
    System.out.printf(
        "%-72s %-6s %5d %6d %s%n",
        name, result.format(), result.statements().size(), result.transactionCount(), balances);
    assertThat(failures).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void input_throttledStream_givesTheSameResult(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    ParseOptions options = ParseOptions.builder().format(detectedFormat(bytes)).build();
    String plain = render(() -> ANALYZER.parse(bytes, options));
    String throttled =
        render(
            () ->
                ANALYZER.parse(new ThrottledInputStream(new ByteArrayInputStream(bytes)), options));
    assertThat(throttled).as(Fixtures.name(input)).isEqualTo(plain);
  }

  @Test
  void exceptions_nameInputsOfTheCorpus() {
    Set<String> names =
        Fixtures.corpus("real/mt940", MIN_FILES).stream()
            .map(Fixtures::name)
            .collect(Collectors.toSet());
    assertThat(names)
        .containsAll(NOT_RECONCILING.keySet())
        .containsAll(BROKEN.keySet())
        .containsAll(TRUTH_EXCEPTIONS.keySet());
  }

  private static boolean isInput(Path p) {
    return !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("licence");
  }

  private static String render(java.util.function.Supplier<ParseResult> parse) {
    try {
      ParseResult r = parse.get();
      StringBuilder sb = new StringBuilder();
      for (Statement s : r.statements()) {
        sb.append(s.id().orElse(""))
            .append(' ')
            .append(s.openingBalance().orElse(null))
            .append(' ');
        sb.append(s.closingBalance().orElse(null)).append('\n');
        for (Transaction t : s.transactions()) {
          sb.append(t.date().orElse(null))
              .append(' ')
              .append(t.amount())
              .append(' ')
              .append(t.description())
              .append(' ')
              .append(t.attributes())
              .append('\n');
        }
      }
      return sb.toString();
    } catch (BsaException e) {
      return e.errorCode() + " " + e.position() + " " + e.getMessage();
    }
  }

  private static String detectedFormat(byte[] bytes) {
    try {
      FormatDetection d = ANALYZER.detect(bytes);
      return d.formatId();
    } catch (BsaException e) {
      return "mt940";
    }
  }

  private static String balances(ParseResult result) {
    StringBuilder sb = new StringBuilder();
    int verified = 0;
    int unverified = 0;
    for (Statement s : result.statements()) {
      BalanceCheck c = s.balanceCheck();
      switch (c.status()) {
        case VERIFIED -> verified++;
        case UNVERIFIED -> unverified++;
        default -> sb.append("DISCREPANCY@").append(s.id().orElse("?")).append(' ');
      }
    }
    return sb.append(verified).append(" ok ").append(unverified).append(" unverified").toString();
  }
}

package io.github.bsa.parsers.internal.camt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.spi.tck.ThrottledInputStream;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.parsers.testing.Fixtures;
import io.github.bsa.parsers.testing.TruthFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code ../shared/fixtures/real/camt}, one test case per input (skipped when the collection
 * is absent, failing when it is expected with {@code BSA_FIXTURES_REQUIRED=true} or present with
 * fewer than {@value #MIN_FILES} inputs): inputs with a bsa-truth/1 file must match it; the others
 * must parse (reconciling where they state both balances) or fail with a typed error naming a
 * position. Documented exceptions are listed in {@code docs/formats/camt.md}.
 */
class CamtCorpusTest {
  /** Inputs whose stated balances do not add up in the file itself (docs/formats/camt.md). */
  private static final Map<String, String> NOT_RECONCILING =
      Map.of(
          "test-camt-parse-5200108-invalid-saldo.xml",
          "hbci4java sample with deliberately wrong closing balance",
          "test-camt-ruecklastschrift.xml",
          "hbci4java sample: previous and closing balance equal despite a 53.00 debit",
          "test-camt053.xml",
          "OCA sample: the statement's balances do not add up to its entries",
          "test-camt053-bookgdt-dttm.xml",
          "OCA sample: a cut-down copy of test-camt053.xml that kept the original balances");

  /** Inputs that are not CAMT XML and must be refused with a typed error. */
  private static final Map<String, String> REFUSED =
      Map.of(
          "test-camt053.zip", "a ZIP archive, not XML",
          "camt053.v2.wrong.xml", "genkgo sample: a message without any statement",
          "test-camt-parse-none.xml", "hbci4java sample: a report message without any report",
          "test-camt-parse-invalid.xml", "hbci4java sample: a report message without any report");

  /**
   * Truths that describe an upstream reading bsa does not share; the aspect is skipped and the file
   * checked for what bsa reads instead (docs/formats/camt.md).
   */
  private static final Map<String, String> TRUTH_READING_DIFFERS =
      Map.of(
          "test-camt053-no-ntry.xml",
          "OCA drops a statement without entries; bsa reports it with its balances and no"
              + " transactions");

  private static final List<String> ROWS = new ArrayList<>();

  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  /** The least number of inputs {@code real/camt} holds; fewer fails the test. */
  private static final int MIN_FILES = 50;

  static Stream<Arguments> inputs() {
    return Fixtures.corpus("real/camt", MIN_FILES).stream()
        .filter(p -> !p.getFileName().toString().endsWith(".json"))
        .map(p -> Arguments.of(Named.of(Fixtures.name(p), p)));
  }

  static boolean splitsBatches(TruthFile truth) {
    return truth.truthFrom().contains("one transaction per TxDtls");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void input_matchesTruthOrParsesOrFailsTyped(Path input) {
    Path truthPath = input.resolveSibling(input.getFileName() + ".truth.json");
    List<String> failures =
        Files.exists(truthPath)
            ? truthMatches(TruthFile.read(truthPath))
            : parsesOrFailsTyped(input);
    assertThat(failures).as(Fixtures.name(input)).isEmpty();
  }

  @Test
  void exceptions_nameInputsOfTheCorpus() {
    Set<String> files =
        Fixtures.corpus("real/camt", MIN_FILES).stream()
            .map(p -> p.getFileName().toString())
            .collect(Collectors.toSet());
    assertThat(files)
        .containsAll(NOT_RECONCILING.keySet())
        .containsAll(REFUSED.keySet())
        .containsAll(TRUTH_READING_DIFFERS.keySet());
  }

  private static List<String> truthMatches(TruthFile truth) {
    String name = Fixtures.name(truth.input());
    ParseOptions.Builder options = ParseOptions.builder();
    if (splitsBatches(truth)) {
      options.option(io.github.bsa.parsers.FormatOptions.CAMT_SPLIT_BATCHES, true);
    }
    ParseResult result;
    try {
      result = ANALYZER.parse(truth.input(), options.build());
    } catch (BsaException e) {
      row(name, "-", "-", "ERROR " + e.errorCode(), "-");
      return List.of(e.errorCode() + " " + e.getMessage());
    }
    String file = truth.input().getFileName().toString();
    List<String> diffs = new ArrayList<>();
    if (TRUTH_READING_DIFFERS.containsKey(file)) {
      if (result.statements().size() != 1
          || result.transactionCount() != 0
          || result.statements().get(0).balanceCheck().status() != BalanceCheck.Status.VERIFIED) {
        diffs.add("expected one statement without transactions whose balances agree");
      }
    } else {
      diffs.addAll(truth.compare(result));
    }
    if (!result.format().equals(truth.format())) {
      diffs.add("detected " + result.format() + " instead of " + truth.format());
    }
    List<String> soft =
        TRUTH_READING_DIFFERS.containsKey(file) ? List.of() : truth.softDifferences(result);
    try (InputStream slow = new ThrottledInputStream(Files.newInputStream(truth.input()))) {
      ParseResult throttled = ANALYZER.parse(slow, options.build());
      for (int i = 0; i < result.statements().size(); i++) {
        if (!throttled
            .statements()
            .get(i)
            .transactions()
            .equals(result.statements().get(i).transactions())) {
          diffs.add("1-3 byte reads give other transactions");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!soft.isEmpty()) {
      System.out.println(name + " soft differences: " + soft);
      if (!truth.truthFrom().startsWith("OCA/")) {
        // OCA's description is its payment_ref and its reference its own pick (camt.md)
        diffs.addAll(soft);
      }
    }
    if (truth.reconciles()) {
      for (Statement s : result.statements()) {
        if (s.balanceCheck().status() != BalanceCheck.Status.VERIFIED) {
          diffs.add("balances do not reconcile");
        }
      }
    }
    row(
        name,
        Integer.toString(result.statements().size()),
        Integer.toString(result.transactionCount()),
        diffs.isEmpty() ? (soft.isEmpty() ? "match" : "match (" + soft.size() + " soft)") : "DIFF",
        checks(result));
    return diffs;
  }

  private static List<String> parsesOrFailsTyped(Path input) {
    List<String> failures = new ArrayList<>();
    String file = input.getFileName().toString();
    String name = Fixtures.name(input);
    try {
      ParseResult result = ANALYZER.parse(input);
      assertThat(result.format()).startsWith("camt.05");
      for (Statement s : result.statements()) {
        if (s.balanceCheck().status() == BalanceCheck.Status.DISCREPANCY
            && !NOT_RECONCILING.containsKey(file)) {
          failures.add("balances do not reconcile");
        }
      }
      if (REFUSED.containsKey(file)) {
        failures.add("expected a typed error");
      }
      row(
          name,
          Integer.toString(result.statements().size()),
          Integer.toString(result.transactionCount()),
          "no truth",
          checks(result));
    } catch (BsaException e) {
      if (!REFUSED.containsKey(file)) {
        failures.add(e.errorCode() + " " + e.getMessage() + " " + e.position());
      }
      // read as CAMT regardless of detection, the parser itself names the position
      try {
        var unused = ANALYZER.parse(input, ParseOptions.builder().format("camt.053").build());
        failures.add("parsed when forced to camt.053");
      } catch (BsaException forced) {
        if (forced.position().line() <= 0) {
          failures.add("forced parse failed without a line");
        }
      }
      row(name, "-", "-", "refused " + e.errorCode() + " at " + e.position(), "-");
    }
    return failures;
  }

  private static String checks(ParseResult result) {
    return result.statements().stream()
        .map(s -> s.balanceCheck().status().toString())
        .collect(Collectors.joining(","));
  }

  private static synchronized void row(
      String file, String statements, String transactions, String truth, String balance) {
    ROWS.add(
        String.format("%-70s %5s %6s  %-28s %s", file, statements, transactions, truth, balance));
  }

  @AfterAll
  static void printTable() {
    if (ROWS.isEmpty()) {
      return;
    }
    System.out.println(
        String.format(
            "%-70s %5s %6s  %-28s %s", "file", "stmts", "txns", "truth", "balance check"));
    ROWS.forEach(System.out::println);
  }
}

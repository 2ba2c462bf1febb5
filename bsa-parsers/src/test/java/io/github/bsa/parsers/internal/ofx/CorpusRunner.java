package io.github.bsa.parsers.internal.ofx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.tck.ThrottledInputStream;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.parsers.testing.Fixtures;
import io.github.bsa.parsers.testing.TruthFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Checks the inputs of one format's corpus folder under the shared fixtures, one test case per
 * file: every input with a truth file must match it, every other input must parse (balances
 * reconciling where the file states both) or fail with a typed error that names a position, or the
 * error code listed in the expectations. Also checks that a 1-3-byte throttled stream gives the
 * same result. Prints a summary table.
 */
public final class CorpusRunner {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  private CorpusRunner() {}

  /**
   * Checks one input of a format's corpus: it matches its truth file when it has one, parses
   * (balances reconciling where stated, a 1-3-byte throttled read giving the same result) or fails
   * with a typed error naming a position, or with the error code listed in the expectations.
   *
   * @param input the input file
   * @param format the format id the input must be detected as (unless expected to fail)
   * @param expectedFailures relative file name to the error code it must fail with
   */
  public static void check(Path input, String format, Map<String, ErrorCode> expectedFailures) {
    List<String> rows = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    String name = Fixtures.name(input);
    Path truthPath = input.resolveSibling(input.getFileName() + ".truth.json");
    TruthFile truth = Files.exists(truthPath) ? TruthFile.read(truthPath) : null;
    ErrorCode expected = expectedFailures.get(name);
    byte[] bytes = read(input);
    ParseResult result;
    try {
      result = ANALYZER.parse(input);
    } catch (BsaException e) {
      boolean positioned = e.errorCode() == ErrorCode.UNSUPPORTED_FORMAT || e.position().isKnown();
      String verdict;
      if (expected != null && expected == e.errorCode() && positioned) {
        verdict = "expected error";
      } else if (expected == null) {
        verdict = "UNEXPECTED ERROR";
        failures.add(name + ": " + e.errorCode() + " " + e.getMessage());
      } else {
        verdict = "WRONG ERROR";
        failures.add(name + ": expected " + expected + " but " + e.errorCode() + " " + e);
      }
      rows.add(
          String.format(
              "%-70s %-5s %4s %5s %-10s %-20s %s",
              name, "-", "-", "-", "-", verdict, e.errorCode() + " at " + e.position()));
      report(rows, failures);
      return;
    }
    if (expected != null) {
      failures.add(name + ": expected " + expected + " but parsed");
    }
    if (!result.format().equals(format)) {
      failures.add(name + ": detected as " + result.format());
    }
    String truthVerdict = "no truth";
    if (truth != null) {
      List<String> diffs = truth.compare(result);
      if (diffs.isEmpty()) {
        List<String> soft = truth.softDifferences(result);
        truthVerdict = soft.isEmpty() ? "match" : "match (" + soft.size() + " soft)";
      } else {
        truthVerdict = "MISMATCH";
        failures.add(name + ": " + diffs);
      }
    }
    for (Statement s : result.statements()) {
      if (s.balanceCheck().status() == BalanceCheck.Status.DISCREPANCY) {
        failures.add(name + ": balance discrepancy " + s.balanceCheck().reason());
      }
    }
    ParseResult throttled =
        ANALYZER.parse(
            new ThrottledInputStream(new ByteArrayInputStream(bytes)),
            input.getFileName().toString(),
            ParseOptions.defaults(),
            ParseListener.NONE);
    if (!fingerprint(throttled).equals(fingerprint(result))) {
      failures.add(name + ": throttled parse differs");
    }
    String balances =
        result.statements().stream()
            .map(s -> s.balanceCheck().status().name().substring(0, 3))
            .collect(Collectors.joining(","));
    rows.add(
        String.format(
            "%-70s %-5s %4d %5d %-10s %-20s %s",
            name,
            result.format(),
            result.statements().size(),
            result.transactionCount(),
            balances.isEmpty() ? "-" : balances,
            truthVerdict,
            result.warnings().isEmpty() ? "" : result.warnings().size() + " warning(s)"));
    report(rows, failures);
  }

  private static void report(List<String> rows, List<String> failures) {
    rows.forEach(System.out::println);
    assertThat(failures).as("corpus failures").isEmpty();
  }

  /**
   * Returns the inputs of a corpus folder as named test arguments (see {@link
   * Fixtures#corpus(String, int)} for when it skips and when it fails).
   *
   * @param folder the folder below the fixtures root, such as {@code real/ofx}
   * @param minFiles the least number of inputs the folder must hold
   * @return one argument per input, named by its path below the fixtures root
   */
  public static Stream<Arguments> inputs(String folder, int minFiles) {
    return Fixtures.corpus(folder, minFiles).stream()
        .map(p -> Arguments.of(Named.of(Fixtures.name(p), p)));
  }

  /** Returns a canonical text of the statements and transactions, for equality checks. */
  public static String fingerprint(ParseResult r) {
    StringBuilder sb = new StringBuilder();
    for (Statement s : r.statements()) {
      sb.append(s.account().key()).append('|').append(s.closingBalance()).append('\n');
      for (Transaction t : s.transactions()) {
        sb.append(t.date())
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
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

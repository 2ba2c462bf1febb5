package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.junit.jupiter.api.Test;

/**
 * Walks the shared MT940/MT942 corpus ({@code ../shared/fixtures/real/mt940}, skipped when absent):
 * every input with a truth file must match it, every other input must parse with reconciling
 * balances or fail with a typed error that names a position. The exceptions are documented in
 * {@code docs/formats/mt940.md}.
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

  @Test
  void corpus_everyInput_matchesTruthOrReconcilesOrFailsTyped() throws IOException {
    Fixtures.corpus("real/mt940", 10); // skips without the collection, fails below 10 inputs
    Path dir = Fixtures.folder("real/mt940");
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%-72s %-6s %5s %6s %-10s %s%n",
            "file", "format", "stmts", "txns", "truth", "balances"));
    int truthMatched = 0;
    int truthFiles = 0;
    int parsed = 0;
    int rejected = 0;
    for (Path input : inputs(dir)) {
      String name = Fixtures.name(input);
      Path truthPath = input.resolveSibling(input.getFileName() + ".truth.json");
      TruthFile truth = Files.exists(truthPath) ? TruthFile.read(truthPath) : null;
      byte[] bytes = Files.readAllBytes(input);
      String format = truth != null ? truth.format() : detectedFormat(bytes);
      if (truth != null && !truth.isFragment()) {
        FormatDetection d = ANALYZER.detect(bytes);
        if (!d.formatId().equals(truth.format()) || d.confidence() < 0.85) {
          failures.add(name + ": detected as " + d.formatId() + " " + d.confidence());
        }
      }
      ParseResult result;
      try {
        result = ANALYZER.parse(bytes, ParseOptions.builder().format(format).build());
      } catch (BsaException e) {
        rejected++;
        String verdict = truth != null ? (truth.isFragment() ? "rejected" : "FAILED") : "-";
        table.append(
            String.format(
                "%-72s %-6s %5s %6s %-10s %s%n",
                name, format, "-", "-", verdict, e.errorCode() + " at " + e.position()));
        if (!e.position().isKnown()) {
          failures.add(name + ": error without position: " + e.getMessage());
        }
        if (truth != null && !truth.isFragment()) {
          truthFiles++;
          failures.add(name + ": truth file but parse failed: " + e.getMessage());
        } else if (truth == null && !BROKEN.containsKey(name)) {
          failures.add(name + ": unexpected failure: " + e.getMessage());
        }
        continue;
      }
      parsed++;
      if (BROKEN.containsKey(name)) {
        failures.add(name + ": listed as broken but parsed");
      }
      String truthVerdict = "-";
      if (truth != null) {
        truthFiles++;
        List<String> diffs = new ArrayList<>(truth.compare(result));
        String skip = TRUTH_EXCEPTIONS.get(name);
        if (skip != null) {
          diffs.removeIf(d -> d.contains(skip));
        }
        if (diffs.isEmpty()) {
          truthMatched++;
          List<String> soft = truth.softDifferences(result);
          truthVerdict = soft.isEmpty() ? "match" : "match~";
          soft.forEach(d -> System.out.println("  soft: " + name + ": " + d));
        } else {
          truthVerdict = "DIFF";
          failures.add(name + ": " + diffs);
        }
      }
      String balances = balances(result);
      if (balances.contains("DISCREPANCY")
          && !NOT_RECONCILING.containsKey(name)
          && (truth == null || truth.reconciles())) {
        failures.add(name + ": balances do not reconcile: " + balances);
      }
      table.append(
          String.format(
              "%-72s %-6s %5d %6d %-10s %s%n",
              name,
              result.format(),
              result.statements().size(),
              result.transactionCount(),
              truthVerdict,
              balances));
    }
    table.append(
        String.format(
            "parsed %d, rejected %d, truth matched %d of %d%n",
            parsed, rejected, truthMatched, truthFiles));
    System.out.println(table);
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  @Test
  void corpus_throttledStream_givesTheSameResult() throws IOException {
    Fixtures.corpus("real/mt940", 10); // skips without the collection, fails below 10 inputs
    Path dir = Fixtures.folder("real/mt940");
    for (Path input : inputs(dir)) {
      byte[] bytes = Files.readAllBytes(input);
      ParseOptions options = ParseOptions.builder().format(detectedFormat(bytes)).build();
      String plain = render(() -> ANALYZER.parse(bytes, options));
      String throttled =
          render(
              () ->
                  ANALYZER.parse(
                      new ThrottledInputStream(new ByteArrayInputStream(bytes)), options));
      assertThat(throttled).as(Fixtures.name(input)).isEqualTo(plain);
    }
  }

  private static List<Path> inputs(Path dir) {
    return Fixtures.inputs(dir).stream()
        .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("licence"))
        .toList();
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

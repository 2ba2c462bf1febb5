package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file larger than the detection sample whose date order is undecided is copied to a spool
 * file in the caller's temp folder ({@link ParseOptions#tempDirectory()}); when deciding the order
 * fails (a limit, an ambiguity refusal) the spool's stream is closed and the spool deleted. Open
 * streams are checked on Linux through {@code /proc/self/fd}; files in the test's own folder, so
 * that other builds writing to {@code java.io.tmpdir} cannot disturb the count.
 */
final class CsvSpoolTest {
  private static final Path FDS = Path.of("/proc/self/fd");

  @TempDir Path dir;

  /** More than 64 KiB of rows whose dates read the same day-first and month-first. */
  private static String ambiguous(String tail) {
    StringBuilder b = new StringBuilder("Date,Description,Amount\n");
    while (b.length() < CsvDetector.SAMPLE_BYTES + 4096) {
      b.append("01/02/2026,Shop,-1.00\n").append("03/04/2026,Shop,-2.00\n");
    }
    return b.append(tail).toString();
  }

  private static StatementAnalyzer analyzer(ParseLimits limits) {
    return StatementAnalyzer.builder()
        .parsers(List.of(new CsvParserProvider()))
        .limits(limits)
        .build();
  }

  private ParseOptions inDir() {
    return ParseOptions.builder().tempDirectory(dir).build();
  }

  private static long openSpools() throws IOException {
    try (Stream<Path> fds = Files.list(FDS)) {
      return fds.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).toString().contains("bsa-csv-");
                } catch (IOException | UnsupportedOperationException e) {
                  return false; // the listing's own descriptor, already closed
                }
              })
          .count();
    }
  }

  private List<String> spoolFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private void assertNoSpoolLeft(ThrowingCallable parse, ErrorCode expected) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(FDS), "needs /proc/self/fd");
    assertThat(openSpools()).isZero();
    assertThatThrownBy(parse)
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(expected));
    assertThat(openSpools()).as("spool streams left open").isZero();
    assertThat(spoolFiles()).as("spool files left behind").isEmpty();
  }

  @Test
  void spool_isInTheCallersTempFolder_whileRead_andGoneAfter() throws IOException {
    // the sample fits both orders; a row past it decides day-first
    byte[] bytes = ambiguous("13/04/2026,Shop,-3.00\n").getBytes(StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();
    ParseResult r =
        analyzer(ParseLimits.defaults())
            .parse(
                new ByteArrayInputStream(bytes),
                null,
                inDir(),
                new ParseListener() {
                  @Override
                  public void onTransaction(int statementIndex, Transaction transaction) {
                    if (seen.isEmpty()) {
                      try {
                        seen.addAll(spoolFiles());
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    }
                  }
                });
    assertThat(seen).singleElement().asString().startsWith("bsa-csv-").endsWith(".spool");
    assertThat(spoolFiles()).as("spool deleted after the parse").isEmpty();
    List<Transaction> txs = r.statements().get(0).transactions();
    assertThat(txs.get(txs.size() - 1).date()).contains(LocalDate.of(2026, 4, 13));
    assertThat(txs.get(0).date()).contains(LocalDate.of(2026, 2, 1));
  }

  @Test
  void ambiguityRefusal_closesAndDeletesTheSpool() throws IOException {
    byte[] bytes = ambiguous("").getBytes(StandardCharsets.UTF_8);
    assertNoSpoolLeft(
        () -> analyzer(ParseLimits.defaults()).parse(bytes, inDir()), ErrorCode.AMBIGUOUS_FORMAT);
  }

  @Test
  void limitDuringDateOrderScan_closesAndDeletesTheSpool() throws IOException {
    byte[] bytes =
        ambiguous("05/06/2026," + "x".repeat(5000) + ",-1.00\n").getBytes(StandardCharsets.UTF_8);
    assertNoSpoolLeft(
        () -> analyzer(ParseLimits.builder().maxLineLength(1000).build()).parse(bytes, inDir()),
        ErrorCode.LIMIT_EXCEEDED);
  }
}

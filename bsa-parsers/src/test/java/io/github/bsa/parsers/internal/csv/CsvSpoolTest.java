package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A CSV file larger than the detection sample whose date order is undecided is copied to a spool
 * file; when deciding the order fails (a limit, an ambiguity refusal) the spool's stream is closed
 * and the spool deleted. Checked on Linux through {@code /proc/self/fd}.
 */
final class CsvSpoolTest {
  private static final Path FDS = Path.of("/proc/self/fd");

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

  private static long spoolFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("bsa-csv-")).count();
    }
  }

  private static void assertNoSpoolLeft(ThrowingCallable parse, ErrorCode expected)
      throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(FDS), "needs /proc/self/fd");
    long filesBefore = spoolFiles();
    assertThat(openSpools()).isZero();
    assertThatThrownBy(parse)
        .isInstanceOfSatisfying(
            BsaException.class, e -> assertThat(e.errorCode()).isEqualTo(expected));
    assertThat(openSpools()).as("spool streams left open").isZero();
    assertThat(spoolFiles()).as("spool files left behind").isEqualTo(filesBefore);
  }

  @Test
  void ambiguityRefusal_closesAndDeletesTheSpool() throws IOException {
    byte[] bytes = ambiguous("").getBytes(StandardCharsets.UTF_8);
    assertNoSpoolLeft(
        () -> analyzer(ParseLimits.defaults()).parse(bytes, ParseOptions.defaults()),
        ErrorCode.AMBIGUOUS_FORMAT);
  }

  @Test
  void limitDuringDateOrderScan_closesAndDeletesTheSpool() throws IOException {
    byte[] bytes =
        ambiguous("05/06/2026," + "x".repeat(5000) + ",-1.00\n").getBytes(StandardCharsets.UTF_8);
    assertNoSpoolLeft(
        () ->
            analyzer(ParseLimits.builder().maxLineLength(1000).build())
                .parse(bytes, ParseOptions.defaults()),
        ErrorCode.LIMIT_EXCEEDED);
  }
}

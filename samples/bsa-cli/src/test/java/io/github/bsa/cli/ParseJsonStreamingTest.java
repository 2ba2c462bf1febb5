package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.testing.ProjectPaths;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse --json} writes its transactions as it parses: the same line as serialising the whole
 * result, and one statement of 10,000,000 transactions within {@code -Xmx64m} in a forked JVM.
 */
class ParseJsonStreamingTest {
  /** The target of issue #15; {@code -Dbsa.cli.json.transactions=N} changes it. */
  static final long TRANSACTIONS = 10_000_000;

  @TempDir Path dir;

  @Test
  void streamedLineEqualsTheWholeResultsLine() throws Exception {
    List<Path> files = new ArrayList<>();
    Path mt940 = dir.resolve("two.sta");
    writeMt940(mt940, 7, 3);
    files.add(mt940);
    Path csv = dir.resolve("small.csv");
    Files.writeString(
        csv,
        """
        Buchungstag;Verwendungszweck;Betrag;Saldo
        13.01.2024;Miete "Januar" ÄÖÜ;-500,00;500,00
        14.01.2024;Gehalt;1000,00;1500,00
        """);
    files.add(csv);
    Path empty = dir.resolve("notes.txt");
    Files.writeString(empty, "nothing");
    files.add(empty);
    Optional<Path> fixtures = ProjectPaths.fixtures().map(f -> f.resolve("real"));
    if (fixtures.isPresent() && Files.isDirectory(fixtures.get())) {
      try (Stream<Path> all = Files.walk(fixtures.get())) {
        all.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(sta|mt940|ofx|qfx|qif|csv|xml)$"))
            .sorted()
            .forEach(files::add);
      }
    }
    StatementAnalyzer analyzer = CliSupport.analyzer();
    for (Path file : files) {
      String expected;
      try {
        expected = ParseCommand.jsonLine(file, analyzer.parse(file, ParseOptions.defaults()));
      } catch (BsaException e) {
        expected = ParseCommand.errorLine(file, e);
      }
      CliTest.Run run = CliTest.run("parse", "--json", file.toString());
      assertThat(run.out()).as(file.toString()).isEqualTo(expected + System.lineSeparator());
    }
  }

  /**
   * One MT940 statement of {@value #TRANSACTIONS} transactions (issue #15), written into a named
   * pipe while the CLI reads it (no input file), the output counted as it arrives (no output file);
   * only the CLI's own transaction spool is on disk, in the test's folder.
   */
  @Test
  void oneLargeStatementStreamsIn64Megabytes() throws Exception {
    long count = Long.getLong("bsa.cli.json.transactions", TRANSACTIONS);
    Path input = dir.resolve("large.sta");
    Process mkfifo = new ProcessBuilder("mkfifo", input.toString()).start();
    Assumptions.assumeTrue(
        mkfifo.waitFor(1, TimeUnit.MINUTES) && mkfifo.exitValue() == 0, "no mkfifo");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + dir,
                "-cp",
                System.getProperty("java.class.path"),
                BsaCli.class.getName(),
                "parse",
                "--json",
                "--max-megabytes=1000000",
                "--max-seconds=7200",
                "--max-transactions=" + count,
                input.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.getOutputStream().close();
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<?> written =
        writer.submit(
            () -> {
              writeMt940(input, count, count);
              return null;
            });
    try {
      long[] found = count(p.getInputStream(), "\"amount\":", "\"status\":\"VERIFIED\"");
      assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isZero();
      written.get(1, TimeUnit.MINUTES);
      assertThat(found[0]).isEqualTo(count);
      assertThat(found[1]).isEqualTo(1);
    } finally {
      p.destroyForcibly();
      if (!written.isDone()) {
        // a writer still waiting for a reader of the pipe: open it once so that it fails
        try (InputStream unblock = Files.newInputStream(input)) {
          unblock.available();
        } catch (IOException e) {
          // the writer fails with a broken pipe; the assertion above has the cause
        }
      }
      writer.shutdownNow();
    }
  }

  /** Counts the occurrences of ASCII texts in a stream without keeping it. */
  private static long[] count(InputStream stream, String... texts) throws IOException {
    long[] found = new long[texts.length];
    int[] matched = new int[texts.length];
    try (InputStream in = new BufferedInputStream(stream, 1 << 16)) {
      int b;
      while ((b = in.read()) >= 0) {
        for (int k = 0; k < texts.length; k++) {
          String pattern = texts[k];
          if (b == pattern.charAt(matched[k])) {
            if (++matched[k] == pattern.length()) {
              found[k]++;
              matched[k] = 0;
            }
          } else {
            matched[k] = b == pattern.charAt(0) ? 1 : 0;
          }
        }
      }
    }
    return found;
  }

  /** Writes statements of {@code perStatement} transactions, {@code count} in all. */
  private static void writeMt940(Path file, long count, long perStatement) throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII))) {
      long balance = 100_000;
      for (long s = 0; s * perStatement < count; s++) {
        w.write("{1:F01BENCDEFFAXXX0000000000}{2:I940BENCDEFFXXXXN}{4:\r\n:20:STMT" + s + "\r\n");
        w.write(":25:DE89370400440532013000\r\n:28C:" + (s + 1) + "/1\r\n");
        w.write(":60F:C240102EUR" + money(balance) + "\r\n");
        long n = Math.min(perStatement, count - s * perStatement);
        for (long i = 0; i < n; i++) {
          boolean debit = i % 2 == 1;
          balance += debit ? -100 : 100;
          w.write(":61:2401020102" + (debit ? 'D' : 'C') + "1,00NTRFNONREF//B" + s + '-' + i);
          w.write("\r\n:86:166?00GUTSCHRIFT?20SVWZ+Invoice " + i + "?32Example GmbH\r\n");
        }
        w.write(":62F:C240102EUR" + money(balance) + "\r\n-}\r\n");
      }
    }
  }

  private static String money(long cents) {
    return String.format(Locale.ROOT, "%d,%02d", cents / 100, cents % 100);
  }
}

package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse --json} writes its transactions as it parses: the same line as serialising the whole
 * result, and a large file within {@code -Xmx64m} in a forked JVM.
 */
class ParseJsonStreamingTest {
  /** CI size; the by-hand run of issue #15 is 3,000,000 ({@code -Dbsa.cli.json.transactions}). */
  static final long CI_TRANSACTIONS = 200_000;

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
    Path fixtures = Path.of("").toAbsolutePath();
    while (fixtures.getParent() != null && !Files.exists(fixtures.resolve("mvnw"))) {
      fixtures = fixtures.getParent();
    }
    fixtures = fixtures.resolveSibling("shared").resolve("fixtures").resolve("real");
    if (Files.isDirectory(fixtures)) {
      try (Stream<Path> all = Files.walk(fixtures)) {
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

  @Test
  void largeMt940StreamsIn64Megabytes() throws Exception {
    long count = Long.getLong("bsa.cli.json.transactions", CI_TRANSACTIONS);
    Path input = dir.resolve("large.sta");
    writeMt940(input, count, 500);
    Path output = dir.resolve("out.jsonl");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                BsaCli.class.getName(),
                "parse",
                "--json",
                input.toString())
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.getOutputStream().close();
    assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(count(output, "\"amount\":")).isEqualTo(count);
    assertThat(count(output, "\"status\":\"VERIFIED\"")).isEqualTo((count + 499) / 500);
    Files.delete(input);
    Files.delete(output);
  }

  /** Counts the occurrences of an ASCII text in a file without loading it. */
  private static long count(Path file, String text) throws IOException {
    Assumptions.assumeTrue(Files.size(file) > 0, "no output");
    byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
    long found = 0;
    int matched = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int b;
      while ((b = in.read()) >= 0) {
        if (b == pattern[matched]) {
          if (++matched == pattern.length) {
            found++;
            matched = 0;
          }
        } else {
          matched = b == pattern[0] ? 1 : 0;
        }
      }
    }
    return found;
  }

  /** Writes statements of {@code perStatement} transactions, {@code count} in all. */
  private static void writeMt940(Path file, long count, int perStatement) throws IOException {
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

package io.github.bsa.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV parsing end to end (detection, value parsing, transactions, ids, balance check) against the
 * libraries a team would use instead, on the same bytes in the same run: bare commons-csv record
 * iteration, FastCSV record iteration, and a plain byte loop as the floor. The peers only tokenize
 * and touch every field; they parse no date or amount.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar CsvParseBenchmark}; {@code
 * bsa-benchmarks/ratios.py} turns the JSON result into bsa/peer ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CsvParseBenchmark {
  @Param({"100000"})
  public int rows;

  byte[] bytes = new byte[0];
  private final StatementAnalyzer analyzer =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  private final ParseOptions options =
      ParseOptions.builder().format("csv").retainTransactions(false).build();

  /** Writes a German-style export: semicolons, decimal commas, DD.MM.YYYY, running balance. */
  @Setup
  public void setUp() {
    Random random = new Random(11);
    DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    StringBuilder sb =
        new StringBuilder(
            "Buchungstag;Wertstellung;Auftraggeber/Empfänger;Verwendungszweck;Betrag;Saldo;Währung\n");
    BigDecimal balance = new BigDecimal("1000.00");
    LocalDate date = LocalDate.of(2024, 1, 13);
    for (int i = 0; i < rows; i++) {
      BigDecimal amount = BigDecimal.valueOf(random.nextInt(200_000) - 100_000, 2);
      balance = balance.add(amount);
      String d = date.plusDays(i / 40).format(f);
      sb.append(d)
          .append(';')
          .append(d)
          .append(";Händler ")
          .append(i % 97)
          .append(";\"Rechnung ")
          .append(i)
          .append(", Kunde ")
          .append(i % 13)
          .append("\";")
          .append(amount.toPlainString().replace('.', ','))
          .append(';')
          .append(balance.toPlainString().replace('.', ','))
          .append(";EUR\n");
    }
    bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The full bsa parse. */
  @Benchmark
  public int bsa() {
    ParseResult r = analyzer.parse(bytes, options);
    return r.transactionCount();
  }

  /** Bare commons-csv: decode and tokenize every record, touching each field. */
  @Benchmark
  public void commonsCsv(Blackhole bh) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
    try (Reader reader =
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        for (int i = 0; i < record.size(); i++) {
          bh.consume(record.get(i));
        }
      }
    }
  }

  /** FastCSV: decode and tokenize every record, touching each field. */
  @Benchmark
  public void fastCsv(Blackhole bh) throws IOException {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .fieldSeparator(';')
            .ofCsvRecord(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      for (CsvRecord record : reader) {
        for (int i = 0; i < record.getFieldCount(); i++) {
          bh.consume(record.getField(i));
        }
      }
    }
  }

  /** The floor: one loop over the bytes. */
  @Benchmark
  public long floor() {
    return Floor.lineFeeds(bytes);
  }
}

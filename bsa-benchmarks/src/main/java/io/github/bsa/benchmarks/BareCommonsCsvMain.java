package io.github.bsa.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The start-up peer of {@code ./bsa parse file.csv}: a fresh JVM that reads a semicolon CSV with
 * bare commons-csv, touching every field, and prints the number of records.
 *
 * <p>Run: {@code java -cp bsa-benchmarks/target/benchmarks.jar
 * io.github.bsa.benchmarks.BareCommonsCsvMain file.csv}; {@code StartupFiles} writes the inputs.
 */
public final class BareCommonsCsvMain {
  private BareCommonsCsvMain() {}

  /**
   * Reads one CSV file.
   *
   * @param args the file's path
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    long records = 0;
    long chars = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
    try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        records++;
        for (int i = 0; i < record.size(); i++) {
          chars += record.get(i).length();
        }
      }
    }
    System.out.println(records + " records, " + chars + " characters");
  }
}

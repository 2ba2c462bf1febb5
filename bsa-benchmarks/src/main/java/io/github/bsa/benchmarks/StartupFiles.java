package io.github.bsa.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the inputs of the start-up comparison into a folder: {@code statement.pdf} (10 pages, the
 * document of {@link PdfParseBenchmark}) and {@code statement.csv} (20,000 rows, the file of {@link
 * CsvParseBenchmark}).
 *
 * <p>Run: {@code java -cp bsa-benchmarks/target/benchmarks.jar
 * io.github.bsa.benchmarks.StartupFiles DIR}
 */
public final class StartupFiles {
  private StartupFiles() {}

  /**
   * Writes both files.
   *
   * @param args the folder
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    Files.write(
        dir.resolve("statement.pdf"),
        PdfParseBenchmark.statement(10 * PdfParseBenchmark.ROWS_PER_PAGE, 42));
    CsvParseBenchmark csv = new CsvParseBenchmark();
    csv.rows = 20_000;
    csv.setUp();
    Files.write(dir.resolve("statement.csv"), csv.bytes);
    System.out.println("wrote " + dir.resolve("statement.pdf") + " and statement.csv");
  }
}

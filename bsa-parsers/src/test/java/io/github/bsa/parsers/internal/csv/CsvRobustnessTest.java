package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.tck.ParserRobustnessKit;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV against the parser robustness kit. */
final class CsvRobustnessTest extends ParserRobustnessKit {
  private static final String ENGLISH =
      """
      Date,Description,Amount,Balance
      2026-01-02,Coffee,-3.50,96.50
      2026-01-15,"Salary, January",2500.00,2596.50
      2026-01-20,Rent,-1000.00,1596.50
      """;

  @Override
  protected StatementParserProvider provider() {
    return new CsvParserProvider();
  }

  @Override
  protected List<Sample> samples() {
    return List.of(
        Sample.of("german", CsvParserTest.GERMAN), Sample.of("english-crlf", crlf(ENGLISH)));
  }

  private static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  private static String rows(int count, String description) {
    StringBuilder b = new StringBuilder("Date,Description,Amount\n");
    for (int i = 0; i < count; i++) {
      b.append("2026-01-")
          .append(String.format("%02d", 1 + i % 28))
          .append(',')
          .append(description)
          .append(',')
          .append(-1 - i % 50)
          .append(".00\n");
    }
    return b.toString();
  }

  @Override
  protected byte[] largeInput() {
    return rows(12_000, "Shop").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected byte[] longLineInput(int length) {
    return rows(3, "x".repeat(length)).getBytes(StandardCharsets.UTF_8);
  }
}

package io.github.bsa.samples;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.core.spi.StatementSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/**
 * The example of {@code docs/extending.md}: a parser for the (invented) "Acme Bank" export, a
 * pipe-separated text file:
 *
 * <pre>
 * ACME-EXPORT v1
 * ACCOUNT|NL91ABNA0417164300|EUR
 * OPENING|1000.00
 * 2026-01-05|-25.00|Groceries
 * 2026-01-06|1500.00|Salary January
 * CLOSING|2475.00
 * </pre>
 */
public final class AcmeBankParserProvider implements StatementParserProvider {
  private static final String FORMAT = "acme";

  @Override
  public String formatId() {
    return FORMAT;
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    return sample.text().startsWith("ACME-EXPORT v1")
        ? ProbeResult.of(0.95, "ACME-EXPORT header")
        : ProbeResult.NO;
  }

  @Override
  public StatementParser create(ParseContext context) {
    return AcmeBankParserProvider::parse;
  }

  private static void parse(InputStream input, StatementSink sink) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    StatementHeader.Builder statement = StatementHeader.builder();
    boolean begun = false;
    Currency currency = null;
    String line;
    long lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      SourcePosition at = SourcePosition.ofLine(lineNumber);
      String[] f = line.split("\\|", -1);
      try {
        switch (f[0]) {
          case "ACME-EXPORT v1", "" -> {}
          case "ACCOUNT" -> {
            currency = Currency.getInstance(f[2]);
            Account account = Account.builder().number(f[1]).currency(currency).build();
            statement.account(account);
            sink.beginStatement(statement.build());
            begun = true;
          }
          case "OPENING" -> statement.openingBalance(new BigDecimal(f[1]));
          case "CLOSING" -> statement.closingBalance(new BigDecimal(f[1]));
          default -> {
            if (!begun) {
              throw StatementParseException.malformed(FORMAT, "A row before the ACCOUNT line", at);
            }
            sink.transaction(
                Transaction.builder()
                    .bookingDate(LocalDate.parse(f[0]))
                    .amount(new BigDecimal(f[1]))
                    .currency(currency)
                    .description(f[2])
                    .position(at)
                    .build());
          }
        }
      } catch (ArrayIndexOutOfBoundsException
          | IllegalArgumentException
          | DateTimeParseException e) {
        // The message names the line, never its content.
        throw StatementParseException.malformed(FORMAT, "Not an Acme Bank row", at);
      }
    }
    if (!begun) {
      throw StatementParseException.malformed(FORMAT, "No ACCOUNT line", SourcePosition.ofLine(1));
    }
    sink.endStatement(statement.build());
  }
}

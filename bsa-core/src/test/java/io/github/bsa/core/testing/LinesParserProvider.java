package io.github.bsa.core.testing;

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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A tiny format for tests: a {@code #LINES} header, {@code OPEN;x}, then {@code
 * date;amount;text[;balance]} rows, {@code CLOSE;x}, and {@code END} to finish a statement.
 */
public final class LinesParserProvider implements StatementParserProvider {
  @Override
  public String formatId() {
    return "lines";
  }

  @Override
  public ProbeResult probe(SourceSample sample) {
    return sample.text().startsWith("#LINES")
        ? ProbeResult.of(0.9, "#LINES header")
        : ProbeResult.NO;
  }

  @Override
  public StatementParser create(ParseContext context) {
    return (input, sink) -> {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
      StatementHeader.Builder header = StatementHeader.builder();
      String line;
      long n = 0;
      boolean open = false;
      while ((line = reader.readLine()) != null) {
        n++;
        SourcePosition at = SourcePosition.ofLine(n);
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        switch (f[0]) {
          case "ACCOUNT" -> {
            header.account(Account.builder().number(f[1]).build());
            sink.beginStatement(header.build());
            open = true;
          }
          case "OPEN" -> header.openingBalance(new BigDecimal(f[1]));
          case "CLOSE" -> header.closingBalance(new BigDecimal(f[1]));
          case "END" -> {
            if (!open) {
              sink.beginStatement(header.build());
            }
            sink.endStatement(header.build());
            header = StatementHeader.builder();
            open = false;
          }
          case "BOOM" -> throw new IllegalStateException("simulated parser bug");
          default -> {
            if (f.length < 3) {
              throw StatementParseException.malformed("lines", "Row has too few fields", at);
            }
            Transaction.Builder t =
                Transaction.builder()
                    .bookingDate(LocalDate.parse(f[0]))
                    .amount(new BigDecimal(f[1]))
                    .description(f[2])
                    .position(at);
            if (f.length > 3) {
              t.balance(new BigDecimal(f[3]));
            }
            if (!open) {
              sink.beginStatement(header.build());
              open = true;
            }
            sink.transaction(t.build());
          }
        }
      }
      if (open) {
        sink.endStatement(header.build());
      }
    };
  }
}

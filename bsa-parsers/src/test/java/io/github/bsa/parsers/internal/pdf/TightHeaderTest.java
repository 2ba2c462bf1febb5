package io.github.bsa.parsers.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A header whose titles are printed close together ("Value Date" ends a few points before
 * "Narration" begins, less than the usual cell gap): the titles are split at the narrower gap so
 * that the description column is found (ADR 0420).
 */
final class TightHeaderTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(List.of(new PdfParserProvider())).build();

  @Test
  void valueDateUpToNarration_descriptionsRead() {
    byte[] pdf;
    try (PdfCanvas c = new PdfCanvas()) {
      c.newPage();
      c.text(c.bold, 14, 40, "Example Cooperative Bank");
      c.y -= 18;
      c.text(9, 300, "Opening Balance");
      c.right(9, 562, "10,000.00 Cr");
      c.y -= 24;
      c.text(c.bold, 8, 40, "Txn Date");
      c.text(c.bold, 8, 88, "Value Date");
      c.text(c.bold, 8, 136, "Narration");
      c.right(c.bold, 8, 435, "Withdrawal");
      c.right(c.bold, 8, 500, "Deposit");
      c.right(c.bold, 8, 562, "Balance");
      c.y -= 15;
      String[][] rows = {
        {"03-02-2025", "UPI/123456789012/DAILY NEEDS STORE/Payment", "512.78", "", "9,487.22 Cr"},
        {
          "05-02-2025", "NEFT CR-EXMP0001234-ACME WORKS-SALARY FEB", "", "45,000.00", "54,487.22 Cr"
        },
        {"07-02-2025", "ACH D- CITY POWER SUPPLY-ELECTRICITY BILL", "1,250.40", "", "53,236.82 Cr"}
      };
      for (String[] r : rows) {
        c.text(8, 40, r[0]);
        c.text(8, 88, r[0]);
        c.text(8, 136, r[1]);
        c.right(8, 435, r[2]);
        c.right(8, 500, r[3]);
        c.right(8, 562, r[4]);
        c.y -= 13;
      }
      c.y -= 8;
      c.text(9, 300, "Closing Balance");
      c.right(9, 562, "53,236.82 Cr");
      pdf = c.bytes();
    }
    ParseResult result = ANALYZER.parse(pdf, ParseOptions.defaults());
    List<Transaction> txns = result.statements().get(0).transactions();
    assertThat(txns).hasSize(3);
    assertThat(txns.get(0).description()).contains("DAILY NEEDS STORE");
    assertThat(txns.get(1).description()).contains("ACME WORKS");
    assertThat(txns.get(1).amount()).isEqualByComparingTo(new BigDecimal("45000.00"));
    assertThat(txns.get(2).amount()).isEqualByComparingTo(new BigDecimal("-1250.40"));
  }
}

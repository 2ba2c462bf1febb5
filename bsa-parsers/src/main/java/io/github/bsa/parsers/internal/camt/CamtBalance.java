package io.github.bsa.parsers.internal.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One balance ({@code Bal}) of a statement. Used from one thread. */
final class CamtBalance {
  private final CamtValues values;

  @Nullable String code;
  @Nullable BigDecimal amount;
  @Nullable String currency;
  @Nullable Boolean debit;
  @Nullable LocalDate date;

  CamtBalance(CamtValues values) {
    this.values = values;
  }

  void value(String p, String v) {
    switch (p) {
      case "Tp/CdOrPrtry/Cd", "Tp/Cd" -> code = v;
      case "Tp/CdOrPrtry/Prtry", "Tp/Prtry" -> {
        if (code == null) {
          code = v;
        }
      }
      case "Amt" -> {
        amount = values.amount(v);
        currency = values.ccy;
      }
      case "CdtDbtInd" -> debit = values.debit(v);
      case "Dt/Dt", "Dt/DtTm" -> date = values.date(v);
      default -> {
        // sub-types, availability, credit lines: not mapped
      }
    }
  }
}

package io.github.bsa.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.BalanceCheck.Status;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class BalanceVerifierTest {

  @Test
  void verify_noBalances_isUnverified() {
    assertThat(BalanceVerifier.verify(null, rows("-1", null, "2", null), null).status())
        .isEqualTo(Status.UNVERIFIED);
  }

  @Test
  void verify_totalsHold_isVerified() {
    BalanceCheck c = BalanceVerifier.verify(dec("10"), rows("-1", null, "2.50", null), dec("11.5"));
    assertThat(c.status()).isEqualTo(Status.VERIFIED);
    assertThat(c.reason()).isEqualTo("TOTALS");
  }

  @Test
  void verify_totalsBroken_isDiscrepancyWithAmounts() {
    BalanceCheck c = BalanceVerifier.verify(dec("10"), rows("-1", null), dec("10"));
    assertThat(c.status()).isEqualTo(Status.DISCREPANCY);
    assertThat(c.reason()).isEqualTo("TOTALS");
    assertThat(c.expected()).contains(dec("10"));
    assertThat(c.actual()).contains(dec("9"));
    assertThat(c.breakIndex()).isEmpty();
  }

  @Test
  void verify_runningBalanceBreak_namesTheRow() {
    BalanceCheck c =
        BalanceVerifier.verify(
            dec("100"), rows("-10", "90", "-5", "85", "-5", "81", "1", "82"), dec("82"));
    assertThat(c.status()).isEqualTo(Status.DISCREPANCY);
    assertThat(c.reason()).isEqualTo("RUNNING_BALANCE");
    assertThat(c.breakIndex()).hasValue(2);
    assertThat(c.breakPosition().line()).isEqualTo(3);
  }

  @Test
  void verify_runningBalanceOnly_isVerified() {
    BalanceCheck c = BalanceVerifier.verify(null, rows("-10", "90", "-5", "85", "3", "88"), null);
    assertThat(c.status()).isEqualTo(Status.VERIFIED);
    assertThat(c.reason()).isEqualTo("RUNNING_BALANCE");
  }

  @Test
  void verify_newestFirstRunningBalance_isVerified() {
    // same movements listed newest first: each balance includes its own row
    BalanceCheck c =
        BalanceVerifier.verify(dec("100"), rows("3", "88", "-5", "85", "-10", "90"), dec("88"));
    assertThat(c.status()).isEqualTo(Status.VERIFIED);
  }

  @Test
  void verify_balancePrintedOncePerDay_isVerified() {
    BalanceCheck c =
        BalanceVerifier.verify(dec("100"), rows("-10", null, "-5", "85", "1", "86"), dec("86"));
    assertThat(c.status()).isEqualTo(Status.VERIFIED);
    assertThat(c.reason()).isEqualTo("TOTALS_AND_RUNNING_BALANCE");
  }

  @Test
  void verify_openingDisagreesWithFirstRow_breaksAtFirstRow() {
    BalanceCheck c = BalanceVerifier.verify(dec("50"), rows("-10", "90", "-5", "85"), null);
    assertThat(c.status()).isEqualTo(Status.DISCREPANCY);
    assertThat(c.breakIndex()).hasValue(0);
  }

  @Test
  void verify_emptyStatement_comparesBalances() {
    assertThat(BalanceVerifier.verify(dec("5"), List.of(), dec("5")).status())
        .isEqualTo(Status.VERIFIED);
    assertThat(BalanceVerifier.verify(dec("5"), List.of(), dec("6")).status())
        .isEqualTo(Status.DISCREPANCY);
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static List<Transaction> rows(@Nullable String... amountsAndBalances) {
    List<Transaction> out = new ArrayList<>();
    for (int i = 0; i < amountsAndBalances.length; i += 2) {
      Transaction.Builder b =
          Transaction.builder()
              .bookingDate(LocalDate.of(2026, 1, 1 + i / 2))
              .amount(new BigDecimal(amountsAndBalances[i]))
              .position(SourcePosition.ofLine(i / 2 + 1));
      String balance = amountsAndBalances[i + 1];
      if (balance != null) {
        b.balance(new BigDecimal(balance));
      }
      out.add(b.build());
    }
    return out;
  }
}

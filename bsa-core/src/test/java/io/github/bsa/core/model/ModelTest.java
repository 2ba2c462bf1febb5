package io.github.bsa.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class ModelTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void money_differentScales_areEqual() {
    assertThat(Money.of("1.5", "EUR")).isEqualTo(Money.of("1.50", "EUR"));
    assertThat(Money.of("1.5", "EUR").amount().toPlainString()).isEqualTo("1.50");
    assertThat(Money.of("1.2345", "EUR").amount().toPlainString()).isEqualTo("1.2345");
    assertThat(Money.of("10", "JPY").toString()).isEqualTo("10 JPY");
  }

  @Test
  void money_arithmetic_keepsCurrency() {
    Money a = Money.of("10.00", "EUR");
    assertThat(a.plus(Money.of("2.5", "EUR"))).isEqualTo(Money.of("12.50", "EUR"));
    assertThat(a.minus(Money.of("12", "EUR")).isNegative()).isTrue();
    assertThat(a.negate()).isEqualTo(Money.of("-10", "EUR"));
    assertThatThrownBy(() -> a.plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void iban_valid_isParsedAndMasked() {
    Iban iban = Iban.parse("nl91 abna 0417 1643 00");
    assertThat(iban.value()).isEqualTo("NL91ABNA0417164300");
    assertThat(iban.countryCode()).isEqualTo("NL");
    assertThat(iban.formatted()).isEqualTo("NL91 ABNA 0417 1643 00");
    assertThat(iban.toString()).isEqualTo("NL** **** **** **43 00").doesNotContain("0417");
    assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
    assertThat(Iban.isValid("GB82WEST12345698765432")).isTrue();
  }

  @Test
  void iban_invalid_isRejectedWithoutEchoingTheValue() {
    assertThat(Iban.isValid("NL91ABNA0417164301")).isFalse(); // check digits
    assertThat(Iban.isValid("NL91ABNA041716430")).isFalse(); // length
    assertThat(Iban.isValid("1234")).isFalse();
    assertThat(Iban.tryParse(null)).isEmpty();
    assertThatThrownBy(() -> Iban.parse("DE00123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("DE00123");
  }

  @Test
  void dateRange_reversed_isRejected() {
    LocalDate d = LocalDate.of(2026, 1, 31);
    assertThat(DateRange.of(d.minusDays(30), d).days()).isEqualTo(31);
    assertThat(DateRange.of(d, d).contains(d)).isTrue();
    assertThatThrownBy(() -> DateRange.of(d, d.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transaction_builder_foldsWhitespaceAndRedactsToString() {
    Transaction t =
        Transaction.builder()
            .bookingDate(LocalDate.of(2026, 1, 3))
            .amount(new BigDecimal("-12.50"))
            .currency(EUR)
            .description("  Coffee \n  shop\t 42 ")
            .counterparty("Jane   Doe")
            .reference(" ")
            .attribute("mt940.typeCode", "NTRF")
            .position(SourcePosition.ofLine(14).withRecord(3))
            .build();
    assertThat(t.description()).isEqualTo("Coffee shop 42");
    assertThat(t.counterparty()).contains("Jane Doe");
    assertThat(t.reference()).isEmpty();
    assertThat(t.date()).contains(LocalDate.of(2026, 1, 3));
    assertThat(t.money()).contains(Money.of("-12.5", "EUR"));
    assertThat(t.toString()).doesNotContain("12.5").doesNotContain("Coffee").contains("line 14");
    assertThat(t.toBuilder().build()).isEqualTo(t);
    assertThat(t.attributes()).containsEntry("mt940.typeCode", "NTRF");
  }

  @Test
  void transaction_withoutAmount_isRejected() {
    assertThatThrownBy(() -> Transaction.builder().build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void transaction_dateFallsBackToValueDate() {
    Transaction t =
        Transaction.builder().valueDate(LocalDate.of(2026, 2, 1)).amount(BigDecimal.ONE).build();
    assertThat(t.date()).contains(LocalDate.of(2026, 2, 1));
    assertThat(Transaction.builder().amount(BigDecimal.ONE).build().date()).isEmpty();
  }

  @Test
  void statement_build_computesBalanceCheck() {
    Statement s =
        Statement.builder()
            .account(Account.builder().iban(Iban.parse("NL91ABNA0417164300")).currency(EUR).build())
            .openingBalance(new BigDecimal("100.00"))
            .closingBalance(new BigDecimal("87.50"))
            .addTransaction(tx("-12.50", null))
            .build();
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(s.currency()).contains(EUR);
    assertThat(s.toString()).doesNotContain("100").doesNotContain("0417");
    Statement broken = s.toBuilder().closingBalance(new BigDecimal("80")).recheckBalances().build();
    assertThat(broken.balanceCheck().status()).isEqualTo(BalanceCheck.Status.DISCREPANCY);
    assertThat(broken.balanceCheck().reason()).isEqualTo("TOTALS");
    assertThat(broken.transactions()).isUnmodifiable();
  }

  @Test
  void account_key_prefersIban() {
    assertThat(Account.builder().number("123").build().key()).isEqualTo("123");
    assertThat(Account.builder().number("123").iban(Iban.parse("NL91ABNA0417164300")).build().key())
        .isEqualTo("NL91ABNA0417164300");
    assertThat(Account.empty().key()).isEmpty();
    assertThat(Account.builder().number("123456789").build().toString())
        .doesNotContain("123456789");
  }

  @Test
  void sourcePosition_toString_namesParts() {
    assertThat(SourcePosition.ofLine(14).withRecord(3)).hasToString("line 14, record 3");
    assertThat(SourcePosition.ofPage(2).withLine(5)).hasToString("page 2, line 5");
    assertThat(SourcePosition.UNKNOWN.isKnown()).isFalse();
    assertThatThrownBy(() -> SourcePosition.ofLine(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Transaction tx(String amount, @Nullable String balance) {
    Transaction.Builder b =
        Transaction.builder().bookingDate(LocalDate.of(2026, 1, 2)).amount(new BigDecimal(amount));
    if (balance != null) {
      b.balance(new BigDecimal(balance));
    }
    return b.build();
  }
}

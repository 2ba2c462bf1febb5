package io.github.bsa.storage.tck;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;

/**
 * Synthetic statements for the compatibility kit: day {@code n} of a running account has one
 * transaction numbered {@code n}, so two windows over the same numbers overlap exactly.
 */
public final class Samples {
  /** The first booking date of the synthetic account. */
  public static final LocalDate DAY_ZERO = LocalDate.of(2026, 1, 1);

  /** An IBAN for the synthetic account (a valid test IBAN). */
  public static final String IBAN = "NL91ABNA0417164300";

  private static final Currency EUR = Currency.getInstance("EUR");

  private Samples() {}

  /**
   * Returns a fake SHA-256 for a label.
   *
   * @param label the label
   * @return 64 hex digits
   */
  public static String sha(String label) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns transaction {@code n} of the synthetic account.
   *
   * @param n the number
   * @param withReference whether it carries a bank reference
   * @return the transaction
   */
  public static Transaction transaction(int n, boolean withReference) {
    BigDecimal amount =
        BigDecimal.valueOf((n % 2 == 0 ? 1 : -1) * (1000L + n * 7L), 2); // e.g. -10.07, 10.14
    return Transaction.builder()
        .bookingDate(DAY_ZERO.plusDays(n))
        .valueDate(DAY_ZERO.plusDays(n + 1L))
        .amount(amount)
        .currency(EUR)
        .description("Payment number " + n + (n % 5 == 0 ? " coffee 100%_off" : ""))
        .counterparty("Counterparty " + (n % 3))
        .counterpartyAccount("DE89370400440532013000")
        .reference(withReference ? "REF" + n : null)
        .endToEndId("E2E-" + n)
        .typeCode("NMSC")
        .category(n % 4 == 0 ? "groceries" : "other")
        .balance(BigDecimal.valueOf(100_000L + n, 2))
        .attribute("test.n", Integer.toString(n))
        .build();
  }

  /**
   * Returns a statement of transactions {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param accountIban the account IBAN
   * @param from the first number
   * @param to the end number
   * @param withReferences whether transactions carry bank references
   * @return the statement
   */
  public static Statement statement(String accountIban, int from, int to, boolean withReferences) {
    List<Transaction> txns = new ArrayList<>();
    for (int n = from; n < to; n++) {
      txns.add(transaction(n, withReferences));
    }
    return Statement.builder()
        .id("STMT-" + from)
        .account(Account.builder().iban(Iban.parse(accountIban)).currency(EUR).build())
        .period(DateRange.of(DAY_ZERO.plusDays(from), DAY_ZERO.plusDays(Math.max(from, to - 1L))))
        .currency(EUR)
        .information("synthetic")
        .transactions(txns)
        .build();
  }

  /**
   * Returns a one-statement parse result.
   *
   * @param label distinguishes files (becomes the source hash)
   * @param from the first transaction number
   * @param to the end number (exclusive)
   * @return the result
   */
  public static ParseResult file(String label, int from, int to) {
    return result(label, statement(IBAN, from, to, true));
  }

  /**
   * Returns a parse result of the given statements.
   *
   * @param label distinguishes files (becomes the source hash)
   * @param statements the statements
   * @return the result
   */
  public static ParseResult result(String label, Statement... statements) {
    return ParseResult.builder()
        .format("camt.053")
        .sourceSha256(sha(label))
        .statements(List.of(statements))
        .build();
  }
}

package io.github.bsa.core.internal.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The bounded id tables (ADR 0140) against the rule as it was written before them: one unbounded
 * table per statement, kept here as the oracle.
 */
final class TransactionIdsBoundTest {
  private static final String ACCOUNT = "DE89370400440532013000";

  /** The rule before ADR 0140, with string keys: the oracle. */
  private static List<String> oracle(List<Transaction> txs) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    Map<String, Integer> refs = new HashMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (Transaction t : txs) {
      String reference = t.reference().orElse(null);
      String date = t.date().map(Object::toString).orElse("");
      BigDecimal stripped = t.amount().stripTrailingZeros();
      String amount =
          stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
      String source;
      if (reference != null
          && !reference.equalsIgnoreCase("NONREF")
          && refs.merge(reference + '\u0000' + date + '\u0000' + amount, 1, Integer::sum) == 1) {
        source = "R\u0000" + ACCOUNT + '\u0000' + reference + '\u0000' + date + '\u0000' + amount;
      } else {
        String fingerprint =
            ACCOUNT
                + '\u0000'
                + date
                + '\u0000'
                + amount
                + '\u0000'
                + t.description().toLowerCase(Locale.ROOT);
        source =
            "F\u0000" + fingerprint + '\u0000' + occurrences.merge(fingerprint, 1, Integer::sum);
      }
      byte[] digest = md.digest(source.getBytes(StandardCharsets.UTF_8));
      ids.add(HexFormat.of().formatHex(digest, 0, 12));
    }
    return ids;
  }

  private static List<String> bounded(List<Transaction> txs, int budget) {
    TransactionIds ids = new TransactionIds(ACCOUNT, budget);
    return txs.stream().map(t -> ids.assign(t).id().orElseThrow()).toList();
  }

  private static Transaction tx(
      LocalDate date, @Nullable String reference, String amount, String text) {
    return Transaction.builder()
        .bookingDate(date)
        .amount(new BigDecimal(amount))
        .reference(reference)
        .description(text)
        .build();
  }

  /** {@code perDay} transactions a day, with repeated references and identical rows. */
  private static List<Transaction> sortedDays(int days, int perDay) {
    List<Transaction> out = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      LocalDate date = LocalDate.of(2020, 1, 1).plusDays(d);
      for (int i = 0; i < perDay; i++) {
        out.add(
            tx(
                date,
                i % 3 == 0 ? "REF" + (i % 7) : null,
                i % 2 == 0 ? "-1" : "2.50",
                "T" + i % 11));
      }
    }
    return out;
  }

  /** Text that exercises every branch of the char-level id source (ADR 0210). */
  private static final String[] TEXTS = {
    "",
    "Miete Januar",
    "ÜBERWEISUNG Müller ß À",
    "ΣΟΦΊΑ ΟΔΟΣ",
    "İstanbul ISTANBUL",
    "Café \uD83D\uDE00 emoji",
    "lone \uD800 high",
    "lone \uDC00 low",
    "end high \uD800",
    "ǅ titlecase Ǆ",
    "ＡＢＣ fullwidth",
    "NUL\u0000inside",
  };

  private static final String[] AMOUNTS = {
    "0",
    "0.00",
    "-0.000",
    "1",
    "-1",
    "10",
    "100.00",
    "-12.50",
    "0.05",
    "-0.5",
    "1E+3",
    "-2.5E+2",
    "123456789012345678",
    "1234567890123456789",
    "-98765432109876543210.1234",
    "0.000000000000000001",
    "1E-25",
    "999999999999999999.99",
    "42.4200",
  };

  @Test
  void assign_randomTextAmountsAndDates_sameIdsAsTheStringRule() throws Exception {
    java.util.Random random = new java.util.Random(210);
    List<Transaction> input = new ArrayList<>();
    LocalDate[] dates = {
      LocalDate.of(2024, 2, 29),
      LocalDate.of(999, 1, 1),
      LocalDate.of(12345, 6, 7),
      LocalDate.of(-5, 3, 4),
      LocalDate.of(2024, 12, 31)
    };
    for (int i = 0; i < 4000; i++) {
      String text = TEXTS[random.nextInt(TEXTS.length)] + (random.nextBoolean() ? "" : " " + i % 7);
      String amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
      String reference =
          switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "NONREF";
            case 2 -> "REF-" + (i % 5);
            default -> TEXTS[random.nextInt(TEXTS.length)] + "x";
          };
      Transaction.Builder b =
          Transaction.builder()
              .amount(new BigDecimal(amount))
              .reference(reference)
              .description(text);
      if (random.nextInt(10) > 0) {
        b.bookingDate(dates[random.nextInt(dates.length)]);
      }
      input.add(b.build());
    }
    assertThat(bounded(input, TransactionIds.DEFAULT_BUDGET_SLOTS)).isEqualTo(oracle(input));
  }

  @Test
  void assign_knownInput_sameIdsAsTheUnboundedRule() throws Exception {
    List<Transaction> input = TransactionIdsPinTest.knownInput();
    assertThat(bounded(input, TransactionIds.DEFAULT_BUDGET_SLOTS)).isEqualTo(oracle(input));
  }

  @Test
  void assign_sortedDatesBeyondTheBudget_sameIdsAsTheUnboundedRule() throws Exception {
    // 600 days of 100: tables of old dates are dropped many times over; dates never come back
    List<Transaction> input = sortedDays(600, 100);
    assertThat(bounded(input, 512)).isEqualTo(oracle(input));
    // and descending order too
    List<Transaction> descending = new ArrayList<>(input);
    java.util.Collections.reverse(descending);
    assertThat(bounded(descending, 512)).isEqualTo(oracle(descending));
  }

  @Test
  void assign_dateComingBackAfterItsTableWasDropped_idsStayDistinct() throws Exception {
    List<Transaction> input = new ArrayList<>(sortedDays(50, 200));
    input.addAll(sortedDays(50, 200)); // every date again: same fingerprints, same references
    List<String> ids = bounded(input, 512);
    assertThat(new HashSet<>(ids)).hasSize(input.size());
    // the first pass is still identical to the rule before
    assertThat(ids.subList(0, 10_000)).isEqualTo(oracle(input).subList(0, 10_000));
    // with a budget large enough, the whole input is identical
    assertThat(bounded(input, TransactionIds.DEFAULT_BUDGET_SLOTS)).isEqualTo(oracle(input));
  }

  @Test
  void assign_oneDateLargerThanTheBudget_idsDistinctAndTablesBounded() throws Exception {
    LocalDate date = LocalDate.of(2024, 5, 1);
    List<Transaction> input = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      input.add(tx(date, i % 2 == 0 ? "R" + i : null, "-1", "Row " + (i % 20_000)));
    }
    TransactionIds ids = new TransactionIds(ACCOUNT, 1024);
    Set<String> seen = new HashSet<>();
    long maxSlots = 0;
    for (Transaction t : input) {
      seen.add(ids.assign(t).id().orElseThrow());
      maxSlots = Math.max(maxSlots, ids.slotsInUse());
    }
    assertThat(seen).hasSize(input.size());
    assertThat(maxSlots).isLessThanOrEqualTo(1024);
    // the transactions before the first new epoch keep the ids of the rule before
    assertThat(bounded(input, 1024).subList(0, 200)).isEqualTo(oracle(input).subList(0, 200));
  }

  @Test
  void assign_manyDistinctDates_tablesBounded() {
    TransactionIds ids = new TransactionIds(ACCOUNT, 4096);
    long maxSlots = 0;
    for (int d = 0; d < 20_000; d++) {
      ids.assign(tx(LocalDate.of(2000, 1, 1).plusDays(d), null, "-1", "x"));
      maxSlots = Math.max(maxSlots, ids.slotsInUse());
    }
    assertThat(maxSlots).isLessThanOrEqualTo(4096);
  }
}

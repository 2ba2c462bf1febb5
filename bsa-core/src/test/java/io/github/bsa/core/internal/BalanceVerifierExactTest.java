package io.github.bsa.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The verifier's long arithmetic (ADR 0290) against the rule computed with {@code BigDecimal}
 * throughout, on random statements: mixed and negative scales, 18- and 19-digit values, sums
 * crossing 10^18, running balances that hold forwards, backwards or break, missing balances. Checks
 * the check (status, reason, break index and position) and the amounts it reports and sums, in
 * value <em>and</em> scale.
 */
final class BalanceVerifierExactTest {

  @Test
  void verify_randomStatements_sameAsBigDecimalArithmetic() {
    Random random = new Random(290);
    Set<String> seen = new TreeSet<>();
    for (int round = 0; round < 20_000; round++) {
      int scale = pick(random, 2, 2, 2, 0, 3);
      List<Transaction> rows = new ArrayList<>();
      BigDecimal running = amount(random, scale);
      boolean reverse = random.nextInt(4) == 0;
      int n = random.nextInt(25);
      BigDecimal opening = running;
      for (int i = 0; i < n; i++) {
        BigDecimal amount = amount(random, scale);
        running = reverse ? running.subtract(amount) : running.add(amount);
        BigDecimal balance = running;
        int r = random.nextInt(10);
        if (r < 3) {
          balance = null;
        } else if (r == 3) {
          balance = running.add(BigDecimal.ONE.movePointLeft(Math.max(scale, 0)));
        } else if (r == 4) {
          balance = running.setScale(running.scale() + 1);
        }
        Transaction.Builder b =
            Transaction.builder().amount(amount).position(SourcePosition.ofLine(i + 1));
        if (balance != null) {
          b.balance(balance);
        }
        rows.add(b.build());
      }
      BigDecimal from = random.nextInt(4) == 0 ? null : opening;
      BigDecimal to =
          random.nextInt(4) == 0
              ? null
              : random.nextInt(5) == 0 ? running.add(BigDecimal.TEN) : running;
      if (reverse) {
        List<Transaction> newestFirst = new ArrayList<>(rows);
        Collections.reverse(newestFirst);
        rows = newestFirst;
      }
      BalanceVerifier verifier = new BalanceVerifier();
      rows.forEach(verifier::add);
      BalanceCheck actual = verifier.result(from, to);
      BalanceCheck expected = Oracle.verify(from, rows, to);
      String where = "round " + round;
      seen.add(expected.status() + " " + expected.reason());
      assertThat(actual).as(where).isEqualTo(expected);
      assertThat(actual.expected().map(BalanceVerifierExactTest::exact))
          .as(where)
          .isEqualTo(expected.expected().map(BalanceVerifierExactTest::exact));
      assertThat(actual.actual().map(BalanceVerifierExactTest::exact))
          .as(where)
          .isEqualTo(expected.actual().map(BalanceVerifierExactTest::exact));
      assertThat(exact(verifier.sum())).as(where).isEqualTo(exact(Oracle.sum(rows)));
    }
    // every outcome of the rule came up
    assertThat(seen)
        .contains(
            "DISCREPANCY RUNNING_BALANCE",
            "DISCREPANCY TOTALS",
            "UNVERIFIED NO_BALANCES",
            "VERIFIED RUNNING_BALANCE",
            "VERIFIED TOTALS",
            "VERIFIED TOTALS_AND_RUNNING_BALANCE");
  }

  @Test
  void sum_longsCrossingTheLimit_continueExactly() {
    BalanceVerifier.ExactSum sum = new BalanceVerifier.ExactSum();
    BigDecimal big = new BigDecimal("9999999999999999.99");
    BigDecimal expected = BigDecimal.ZERO;
    for (int i = 0; i < 50; i++) {
      sum.add(big);
      expected = expected.add(big);
      assertThat(exact(sum.value())).isEqualTo(exact(expected));
    }
    sum.add(new BigDecimal("-1E+2"));
    expected = expected.add(new BigDecimal("-1E+2"));
    assertThat(exact(sum.value())).isEqualTo(exact(expected));
  }

  @Test
  void sum_empty_isZeroItself() {
    BalanceVerifier.ExactSum sum = new BalanceVerifier.ExactSum();
    assertThat(sum.value()).isSameAs(BigDecimal.ZERO);
    sum.add(new BigDecimal("1.50"));
    sum.clear();
    assertThat(sum.value()).isSameAs(BigDecimal.ZERO);
  }

  /** Value and scale: {@code BigDecimal.equals}. */
  private static String exact(BigDecimal value) {
    return value.unscaledValue() + "e-" + value.scale();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  private static BigDecimal amount(Random random, int scale) {
    int kind = random.nextInt(40);
    if (kind == 0) {
      // another scale than the statement's
      return BigDecimal.valueOf(random.nextInt(100_000) - 50_000, scale + 1);
    }
    if (kind == 1) {
      return new BigDecimal(BigInteger.valueOf(random.nextInt(9) + 1), -3);
    }
    if (kind == 2) {
      // 18 and 19 digits
      long v = 100_000_000_000_000_000L + (random.nextLong() & 0xffff_ffff_ffffL);
      return BigDecimal.valueOf(random.nextBoolean() ? v : v * 9, scale);
    }
    if (kind == 3) {
      return new BigDecimal("12345678901234567890123").movePointLeft(scale);
    }
    if (kind == 4) {
      return BigDecimal.valueOf(0, scale);
    }
    return BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, scale);
  }

  /** The rule with {@code BigDecimal} arithmetic only, as the verifier computed it before. */
  private static final class Oracle {
    static BigDecimal sum(List<Transaction> rows) {
      BigDecimal s = BigDecimal.ZERO;
      for (Transaction t : rows) {
        s = s.add(t.amount());
      }
      return s;
    }

    static BalanceCheck verify(
        @Nullable BigDecimal opening, List<Transaction> rows, @Nullable BigDecimal closing) {
      BigDecimal total = BigDecimal.ZERO;
      int withBalance = 0;
      BigDecimal first = null;
      BigDecimal toFirst = BigDecimal.ZERO;
      int firstIndex = -1;
      SourcePosition firstAt = SourcePosition.UNKNOWN;
      BigDecimal last = null;
      BigDecimal since = null;
      int forward = -1;
      SourcePosition forwardAt = SourcePosition.UNKNOWN;
      BigDecimal forwardExpected = null;
      BigDecimal forwardActual = null;
      int backward = -1;
      for (int i = 0; i < rows.size(); i++) {
        Transaction t = rows.get(i);
        total = total.add(t.amount());
        BigDecimal balance = t.balance().orElse(null);
        if (balance == null) {
          since = since == null ? BigDecimal.ZERO.add(t.amount()) : since.add(t.amount());
          continue;
        }
        withBalance++;
        if (first == null) {
          first = balance;
          toFirst = total;
          firstIndex = i;
          firstAt = t.position();
        }
        if (last != null && forward < 0) {
          BigDecimal base = since == null && last.scale() >= 0 ? last : last.add(orZero(since));
          BigDecimal computed = base.add(t.amount());
          if (computed.compareTo(balance) != 0) {
            forward = i;
            forwardAt = t.position();
            forwardExpected = balance;
            forwardActual = computed;
          }
        }
        if (i > 0 && backward < 0) {
          Transaction previous = rows.get(i - 1);
          BigDecimal previousBalance = previous.balance().orElse(null);
          if (previousBalance != null
              && previousBalance.subtract(previous.amount()).compareTo(balance) != 0) {
            backward = i;
          }
        }
        last = balance;
        since = null;
      }
      BalanceCheck running = null;
      if (withBalance > 1 || (withBalance == 1 && opening != null)) {
        boolean backwardHolds = backward < 0 && withBalance >= 2;
        if (opening != null
            && first != null
            && opening.add(toFirst).compareTo(first) != 0
            && !backwardHolds) {
          running =
              BalanceCheck.discrepancy(
                  "RUNNING_BALANCE", firstIndex, firstAt, first, opening.add(toFirst));
        } else if (forward >= 0 && !backwardHolds) {
          running =
              BalanceCheck.discrepancy(
                  "RUNNING_BALANCE",
                  forward,
                  forwardAt,
                  orZero(forwardExpected),
                  orZero(forwardActual));
        } else if (forward < 0
            && opening == null
            && closing != null
            && last != null
            && last.add(orZero(since)).compareTo(closing) != 0) {
          running =
              BalanceCheck.discrepancy(
                  "TOTALS", -1, SourcePosition.UNKNOWN, closing, last.add(orZero(since)));
        } else {
          running = BalanceCheck.verified("RUNNING_BALANCE");
        }
      }
      if (opening == null || closing == null) {
        return running != null ? running : BalanceCheck.unverified();
      }
      BigDecimal computed = opening.add(total);
      boolean runningBroken =
          running != null && running.status() == BalanceCheck.Status.DISCREPANCY;
      if (computed.compareTo(closing) != 0) {
        return running != null && runningBroken
            ? running
            : BalanceCheck.discrepancy("TOTALS", -1, SourcePosition.UNKNOWN, closing, computed);
      }
      if (running == null) {
        return BalanceCheck.verified("TOTALS");
      }
      return runningBroken ? running : BalanceCheck.verified("TOTALS_AND_RUNNING_BALANCE");
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
      return value == null ? BigDecimal.ZERO : value;
    }
  }
}

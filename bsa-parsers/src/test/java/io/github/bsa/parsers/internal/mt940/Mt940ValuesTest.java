package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The amount reader's long fast path (ADR 0210) gives the value and scale of the full reading. */
final class Mt940ValuesTest {
  private static final Pattern AMOUNT = Pattern.compile("\\d*[.,]?\\d*");

  /** The reading as specified: digits, at most one decimal mark, at least one digit. */
  private static @Nullable BigDecimal reference(String text) {
    String s = text.trim();
    if (s.isEmpty() || s.length() > 40 || !AMOUNT.matcher(s).matches() || !s.matches(".*\\d.*")) {
      return null;
    }
    String d = s.replace(',', '.');
    if (d.startsWith(".")) {
      d = "0" + d;
    }
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    return new BigDecimal(d);
  }

  @Test
  void amount_randomText_sameValueAndScaleAsTheFullReading() {
    String alphabet = "0123456789000,.. x-";
    Random random = new Random(61);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(i % 2 == 0 ? 8 : 24); n > 0; n--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(Mt940Values.amount(text)).as(text).isEqualTo(reference(text));
    }
    assertThat(Mt940Values.amount("1234567890123456789,01"))
        .isEqualTo(new BigDecimal("1234567890123456789.01"));
    assertThat(Mt940Values.amount("0,")).isEqualTo(new BigDecimal("0"));
  }

  @Test
  void amountOfRange_isTheReadingOfTheSubstring_negatedWhenAsked() {
    String alphabet = "0123456789000,..x";
    Random random = new Random(270);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder("xx");
      for (int n = random.nextInt(i % 2 == 0 ? 8 : 44); n > 0; n--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.append("yy").toString();
      int from = 2 + random.nextInt(text.length() - 3);
      int to = from + random.nextInt(text.length() - 1 - from);
      BigDecimal plain = Mt940Values.amount(text.substring(from, to));
      assertThat(Mt940Values.amount(text, from, to, false)).as(text).isEqualTo(plain);
      assertThat(Mt940Values.amount(text, from, to, true))
          .as(text)
          .isEqualTo(plain == null ? null : plain.negate());
    }
  }
}

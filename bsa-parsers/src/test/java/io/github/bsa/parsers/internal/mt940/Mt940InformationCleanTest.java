package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Mt940Information#read(List, boolean)} on printable lines (values cut without a fold, ADR
 * 0360) reads what the folding path reads, on generated German, Dutch and free {@code :86:} fields
 * with spaces at the ends of lines and sub-fields, doubled spaces, empty and full (65-character)
 * lines, repeated sub-field numbers and SEPA keywords, and values that repeat from one field to the
 * next.
 */
final class Mt940InformationCleanTest {
  private static final String[] WORDS = {
    "EREF+", "SVWZ+", "MREF+", "IBAN+", "BIC+", "KREF+", "ABWA+", "NOTPROVIDED", "Invoice", "12345",
    "GmbH", "DE02120300000000202051", "COBADEFFXXX", "/", "+", "?", "a", "Miete", "/NAME/",
        "/REMI/",
    "/TRTP/", "NAAM:", "IBAN:", "BIC:", "x"
  };

  @Test
  void printableLines_readAsTheFoldingPathReadsThem() {
    Random random = new Random(360);
    Mt940Information clean = new Mt940Information("mt940.");
    Mt940Information folded = new Mt940Information("mt940.");
    List<List<String>> recent = new ArrayList<>();
    for (int n = 0; n < 30_000; n++) {
      List<String> lines =
          !recent.isEmpty() && random.nextInt(3) == 0
              ? recent.get(random.nextInt(recent.size()))
              : field(random);
      if (recent.size() < 50) {
        recent.add(lines);
      } else {
        recent.set(random.nextInt(50), lines);
      }
      Mt940Information a = clean.read(lines, true);
      String expected = describe(folded.read(lines, false));
      assertThat(describe(a)).as(lines.toString()).isEqualTo(expected);
    }
  }

  private static String describe(Mt940Information i) {
    return i.description
        + "|"
        + i.counterparty
        + "|"
        + i.counterpartyAccount
        + "|"
        + i.endToEndId
        + "|"
        + Arrays.asList(i.keys).subList(0, i.count)
        + "|"
        + Arrays.asList(i.values).subList(0, i.count);
  }

  private static List<String> field(Random random) {
    StringBuilder text = new StringBuilder();
    int kind = random.nextInt(4);
    if (kind < 3) {
      text.append(random.nextBoolean() ? "166" : "");
      int subFields = 1 + random.nextInt(10);
      for (int f = 0; f < subFields; f++) {
        int[] common = {0, 10, 20, 21, 22, 23, 30, 31, 32, 33, 34, 60, 20, 21};
        int key = random.nextInt(5) == 0 ? random.nextInt(100) : common[random.nextInt(14)];
        text.append(random.nextInt(20) == 0 ? '>' : '?').append(key / 10).append(key % 10);
        text.append(words(random));
      }
    } else {
      text.append(words(random));
    }
    // cut into lines at random points, some of them full SWIFT lines
    List<String> lines = new ArrayList<>();
    int at = 0;
    while (at < text.length() || lines.isEmpty()) {
      int length = random.nextInt(4) == 0 ? 65 : random.nextInt(70);
      int end = Math.min(text.length(), at + length);
      lines.add(text.substring(at, end));
      at = end;
      if (random.nextInt(15) == 0) {
        lines.add("");
      }
    }
    return lines;
  }

  private static String words(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(6);
    for (int w = 0; w < n; w++) {
      int spaces = random.nextInt(8) == 0 ? 2 : random.nextInt(3) == 0 ? 0 : 1;
      sb.append(" ".repeat(spaces)).append(WORDS[random.nextInt(WORDS.length)]);
    }
    if (random.nextInt(5) == 0) {
      sb.append(' ');
    }
    return sb.toString();
  }
}

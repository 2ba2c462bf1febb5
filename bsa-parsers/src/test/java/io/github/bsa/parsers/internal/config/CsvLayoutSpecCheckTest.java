package io.github.bsa.parsers.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.internal.config.ConfigValidation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvLayoutSpec#isValid()} (no Bean Validation, ADR 0370) agrees with Hibernate Validator on
 * every constraint's boundaries and on random combinations of them: a layout it passes is one Bean
 * Validation passes, and one it refuses goes to Bean Validation, which words the error.
 */
class CsvLayoutSpecCheckTest {

  private static boolean beanValid(CsvLayoutSpec spec) {
    try {
      ConfigValidation.validate(spec, CsvLayoutSpec.KIND, ErrorCode.INVALID_OPTION, null, "");
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static CsvLayoutSpec base() {
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    columns.put("BOOKING_DATE", List.of(0));
    columns.put("AMOUNT", List.of(1));
    return new CsvLayoutSpec(
        "name",
        "UTF-8",
        ";",
        "\"",
        1,
        0,
        List.of("Date", "Amount"),
        columns,
        "DAY_MONTH_YEAR",
        ",",
        "SIGNED",
        List.of("d"),
        List.of("c"),
        "EUR",
        Map.of("dateOrder", 0.5));
  }

  private static String repeat(int n) {
    return "x".repeat(n);
  }

  private static <T> List<T> listOf(int n, T value) {
    return new ArrayList<>(Collections.nCopies(n, value));
  }

  private static List<String> withNull() {
    return new ArrayList<>(Arrays.asList("a", null));
  }

  private static Map<String, List<Integer>> cols(@Nullable Object... keyValues) {
    Map<String, List<Integer>> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<Integer> v = (List<Integer>) keyValues[i + 1];
      m.put((String) keyValues[i], v);
    }
    return m;
  }

  private static Map<String, Double> conf(String key, @Nullable Double value) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  /** One change of one component each, at and around each constraint's bounds. */
  private static List<UnaryOperator<CsvLayoutSpec>> mutations() {
    List<UnaryOperator<CsvLayoutSpec>> m = new ArrayList<>();
    for (@Nullable String v : new @Nullable String[] {null, "", repeat(100), repeat(101)}) {
      m.add(s -> with(s, 0, v));
    }
    for (@Nullable String v :
        new @Nullable String[] {"", " ", "\t", "UTF-8", "utf-8", "NO-SUCH", "ISO-8859-1", "?"}) {
      m.add(s -> with(s, 1, v));
    }
    for (@Nullable String v :
        new @Nullable String[] {null, "", ";", ";;", "\r", "\n", "\t", "\"", ",", "\u2028"}) {
      m.add(s -> with(s, 2, v));
    }
    for (@Nullable String v : new @Nullable String[] {null, "", "\"", "''", ";", ",", "'"}) {
      m.add(s -> with(s, 3, v));
    }
    for (int v : new int[] {-1, 0, 1, 1_000_000, 1_000_001, Integer.MIN_VALUE}) {
      m.add(s -> with(s, 4, v));
      m.add(s -> with(s, 5, v));
    }
    m.add(s -> with(s, 6, null));
    m.add(s -> with(s, 6, listOf(1000, "h")));
    m.add(s -> with(s, 6, listOf(1001, "h")));
    m.add(s -> with(s, 6, List.of(repeat(1000))));
    m.add(s -> with(s, 6, List.of(repeat(1001))));
    m.add(s -> with(s, 6, withNull()));
    m.add(s -> with(s, 7, null));
    m.add(s -> with(s, 7, cols()));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0))));
    m.add(s -> with(s, 7, cols("value_date", List.of(0), "amount", List.of(9999))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "AMOUNT", List.of(10000))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(-1), "AMOUNT", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(), "AMOUNT", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), " ", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "FOO", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "AMOUNT", null)));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", Arrays.asList(0, null), "AMOUNT", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "DEBIT", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "CREDIT", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "BALANCE", List.of(1))));
    m.add(s -> with(s, 7, cols("BOOKING_DATE", List.of(0), "DEBIT_CREDIT", List.of(2))));
    m.add(s -> with(s, 7, cols("AMOUNT", List.of(1), "DESCRIPTION", List.of(2))));
    for (@Nullable String v :
        new @Nullable String[] {"", " ", "dmy", "DAY_MONTH_YEAR", "year_month_day", "x"}) {
      m.add(s -> with(s, 8, v));
    }
    for (@Nullable String v : new @Nullable String[] {null, "", ".", ",", ";", "..", " "}) {
      m.add(s -> with(s, 9, v));
    }
    for (String v :
        new String[] {
          "", " ", "signed", "INVERTED", "INDICATOR", "BY_BALANCE", "DEBIT_CREDIT_COLUMNS", "UP"
        }) {
      m.add(s -> with(s, 10, v));
    }
    for (int idx : new int[] {11, 12}) {
      m.add(s -> with(s, idx, null));
      m.add(s -> with(s, idx, listOf(100, "m")));
      m.add(s -> with(s, idx, listOf(101, "m")));
      m.add(s -> with(s, idx, List.of(repeat(40))));
      m.add(s -> with(s, idx, List.of(repeat(41))));
      m.add(s -> with(s, idx, withNull()));
    }
    for (@Nullable String v :
        new @Nullable String[] {null, "EUR", "eur", "XYZ", "ABC", "EU", "EURO", "E1R", "ÄBC"}) {
      m.add(s -> with(s, 13, v));
    }
    m.add(s -> with(s, 14, null));
    m.add(s -> with(s, 14, Map.of()));
    for (double v :
        new double[] {
          0,
          1,
          -0.0,
          0.5,
          Math.nextUp(1.0),
          Math.nextDown(0.0),
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.MIN_VALUE
        }) {
      m.add(s -> with(s, 14, conf("x", v)));
    }
    m.add(s -> with(s, 14, conf(" ", 0.5)));
    m.add(s -> with(s, 14, conf("", 0.5)));
    m.add(s -> with(s, 14, conf("x", null)));
    return m;
  }

  private static CsvLayoutSpec with(CsvLayoutSpec s, int component, @Nullable Object value) {
    Object[] c = {
      s.name(),
      s.charset(),
      s.delimiter(),
      s.quote(),
      s.headerRecord(),
      s.firstDataRecord(),
      s.header(),
      s.columns(),
      s.dateOrder(),
      s.decimalSeparator(),
      s.signConvention(),
      s.debitMarkers(),
      s.creditMarkers(),
      s.currency(),
      s.confidence()
    };
    c[component] = value;
    @SuppressWarnings("unchecked")
    CsvLayoutSpec out =
        new CsvLayoutSpec(
            (String) c[0],
            (String) c[1],
            (String) c[2],
            (String) c[3],
            (Integer) c[4],
            (Integer) c[5],
            (List<String>) c[6],
            (Map<String, List<Integer>>) c[7],
            (String) c[8],
            (String) c[9],
            (String) c[10],
            (List<String>) c[11],
            (List<String>) c[12],
            (String) c[13],
            (Map<String, Double>) c[14]);
    return out;
  }

  @Test
  void baseIsValid() {
    assertThat(base().isValid()).isTrue();
    assertThat(beanValid(base())).isTrue();
  }

  @Test
  void agreesWithBeanValidationOnEachBoundary() {
    List<UnaryOperator<CsvLayoutSpec>> mutations = mutations();
    int valid = 0;
    for (int i = 0; i < mutations.size(); i++) {
      CsvLayoutSpec spec = mutations.get(i).apply(base());
      assertThat(spec.isValid()).as("mutation %d: %s", i, spec).isEqualTo(beanValid(spec));
      valid += spec.isValid() ? 1 : 0;
    }
    assertThat(valid).as("both outcomes covered").isBetween(10, mutations.size() - 10);
  }

  @Test
  void agreesWithBeanValidationOnCombinations() {
    List<UnaryOperator<CsvLayoutSpec>> mutations = mutations();
    Random random = new Random(370);
    for (int i = 0; i < 3000; i++) {
      CsvLayoutSpec spec = base();
      int n = 1 + random.nextInt(3);
      for (int k = 0; k < n; k++) {
        spec = mutations.get(random.nextInt(mutations.size())).apply(spec);
      }
      assertThat(spec.isValid()).as("combination %d: %s", i, spec).isEqualTo(beanValid(spec));
    }
  }
}

package io.github.bsa.parsers.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.BsaException;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.CsvLayout.Column;
import io.github.bsa.parsers.CsvLayout.SignConvention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layout JSON read and written without Jackson (ADR 0370) is what the Jackson path reads and
 * writes: every built-in profile is read by {@link PlainJson} to the same layout, the writer's text
 * is Jackson's pretty-printed text, and any text, valid or broken, gives the same layout or the
 * same error either way.
 */
class CsvLayoutJsonPlainTest {
  private static final String ROOT = "/io/github/bsa/parsers/csv/profiles/";
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static String resource(String name) throws IOException {
    try (InputStream in = CsvLayout.class.getResourceAsStream(ROOT + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> profiles() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : resource("index.txt").lines().toList()) {
      String f = line.trim();
      if (!f.isEmpty() && !f.startsWith("#")) {
        out.add(resource(f));
      }
    }
    return out;
  }

  /** The layout's JSON, or the error's code, position and message. */
  private static String outcome(String json, boolean plain) {
    try {
      return CsvLayoutJson.write(plain ? CsvLayoutJson.read(json) : CsvLayoutJson.readTree(json));
    } catch (BsaException e) {
      return e.errorCode() + " " + e.position() + " " + e.getMessage();
    }
  }

  private static String jacksonPretty(String json) throws IOException {
    return JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(JACKSON.readTree(json));
  }

  @Test
  void builtInProfilesAreReadWithoutJackson() throws IOException {
    List<String> profiles = profiles();
    assertThat(profiles).hasSizeGreaterThan(5);
    for (String json : profiles) {
      CsvLayout plain = CsvLayoutJson.readPlain(json);
      assertThat(plain).as(json).isNotNull();
      assertThat(CsvLayoutJson.write(Objects.requireNonNull(plain)))
          .isEqualTo(CsvLayoutJson.write(CsvLayoutJson.readTree(json)));
    }
  }

  @Test
  void writerWritesWhatJacksonWrites() throws IOException {
    for (String json : profiles()) {
      String written = CsvLayoutJson.write(CsvLayoutJson.read(json));
      assertThat(written).isEqualTo(jacksonPretty(written));
    }
    Random random = new Random(370);
    String chars = "aZ09 \"\\/\b\f\n\r\t\u0001\u001f\u007f\u00e9\u2028\u20ac\ud83d\ude00;,.'";
    for (int i = 0; i < 500; i++) {
      CsvLayout.Builder b =
          CsvLayout.builder()
              .column(Column.BOOKING_DATE, random.nextInt(5))
              .column(Column.AMOUNT, List.of(5 + random.nextInt(5), 11))
              .header(List.of(text(random, chars), text(random, chars)))
              .debitMarkers(Set.of(text(random, chars)))
              .creditMarkers(Set.of())
              .signConvention(SignConvention.SIGNED)
              .confidence("dateOrder", random.nextDouble())
              .confidence("x", random.nextInt(2));
      if (random.nextBoolean()) {
        b.name(text(random, chars)).currency(Currency.getInstance("EUR"));
      }
      String written = CsvLayoutJson.write(b.build());
      assertThat(written).isEqualTo(jacksonPretty(written));
      assertThat(outcome(written, true)).isEqualTo(outcome(written, false));
    }
  }

  private static String text(Random random, String chars) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString().replaceAll("[\ud800-\udfff]", "");
  }

  @Test
  void brokenAndOddTextsGiveTheSameOutcome() throws IOException {
    List<String> seeds = new ArrayList<>(profiles());
    seeds.add("{\"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 1}}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": [0], \"AMOUNT\": 1}, \"confidence\": {\"a\": 1}}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 1}, \"name\": \"\\u00e9\\ud83d\"}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 1, \"AMOUNT\": 2}}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 1}} {}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 1e0}}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 01}}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": -0, \"AMOUNT\": 2147483648}}");
    seeds.add("{\"columns\": {\"BOOKING_DATE\": 0, \"AMOUNT\": 1}, \"quote\": \"\\t\"}");
    seeds.add("[]");
    seeds.add("");
    seeds.add("   ");
    String noise = "{}[]\",:0123456789-.eE\\utfnrl \n\t/";
    Random random = new Random(370);
    int checked = 0;
    for (String seed : seeds) {
      assertThat(outcome(seed, true)).as(seed).isEqualTo(outcome(seed, false));
      for (int i = 0; i < 150 && !seed.isEmpty(); i++) {
        StringBuilder s = new StringBuilder(seed);
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          int at = random.nextInt(s.length() + 1);
          switch (random.nextInt(3)) {
            case 0 -> {
              if (at < s.length()) {
                s.deleteCharAt(at);
              }
            }
            case 1 -> s.insert(at, noise.charAt(random.nextInt(noise.length())));
            default -> {
              if (at < s.length()) {
                s.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
              }
            }
          }
        }
        String text = s.toString();
        assertThat(outcome(text, true)).as(text).isEqualTo(outcome(text, false));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }
}

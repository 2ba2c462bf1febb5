package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.tck.ThrottledInputStream;
import io.github.bsa.parsers.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Pins everything the MT940/MT942 parser reports, so that its speed work (ADR 0270) cannot change a
 * result: every statement and transaction field, attributes, positions, warnings, the balance
 * verdict, and for a refused input the error code, position and message. The expectations are
 * SHA-256 digests (no fixture text) of the results of the parser as it was before that work, in
 * {@code mt940-differential.txt}: one line per input, for the shared corpus ({@code real/mt940},
 * skipped when absent), seeded mutations of it, and seeded generated statements and their mutations
 * (always run). Each input is read as {@code mt940} and as {@code mt942}, from a plain and from a
 * throttled stream (which must agree).
 *
 * <p>To record the digests again (only when a change of output is intended): {@code
 * BSA_MT940_RECORD=/abs/path/mt940-differential.txt} with this test.
 */
final class Mt940DifferentialTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder()
          .parsers(List.of(new Mt940ParserProvider(), new Mt942ParserProvider()))
          .build();

  private static final String PINS = "mt940-differential.txt";
  private static final int GENERATED = 400;
  private static final int CORPUS_MUTATIONS = 3;

  @Test
  void generated_statementsParseAsBefore() throws IOException {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    Random random = new Random(2701);
    for (int i = 0; i < GENERATED; i++) {
      byte[] doc = Mt940Generator.document(random);
      inputs.put("gen-" + i, doc);
      inputs.put("gen-" + i + "-mut", mutate(doc, random));
    }
    check("gen-", inputs);
  }

  @Test
  void corpus_parsesAsBefore() throws IOException {
    List<Path> files = Fixtures.corpus("real/mt940", 100);
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    Random random = new Random(2702);
    for (Path p : files) {
      if (Fixtures.name(p).toLowerCase(Locale.ROOT).contains("licen")) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(p);
      String name = "corpus:" + Fixtures.name(p);
      inputs.put(name, bytes);
      for (int m = 0; m < CORPUS_MUTATIONS; m++) {
        inputs.put(name + "#mut" + m, mutate(bytes, random));
      }
    }
    check("corpus:", inputs);
  }

  private static void check(String group, Map<String, byte[]> inputs) throws IOException {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      actual.put(e.getKey(), digest(e.getKey(), e.getValue()));
    }
    String record = System.getenv("BSA_MT940_RECORD");
    if (record != null && !record.isBlank()) {
      Path out = Path.of(record);
      List<String> lines = new ArrayList<>();
      if (Files.exists(out)) {
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
          if (!l.startsWith(group)) {
            lines.add(l);
          }
        }
      }
      actual.forEach((k, v) -> lines.add(k + " " + v));
      lines.sort(null);
      Files.write(out, lines, StandardCharsets.UTF_8);
      return;
    }
    Map<String, String> expected = pins(group);
    Assumptions.assumeFalse(expected.isEmpty(), "no pinned digests for " + group);
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String got = actual.get(e.getKey());
      if (!e.getValue().equals(got)) {
        differences.add(e.getKey() + ": expected " + e.getValue() + ", got " + got);
      }
    }
    assertThat(actual.keySet()).as("inputs of " + group).containsAll(expected.keySet());
    assertThat(differences).as("results that differ from the pinned ones").isEmpty();
  }

  private static Map<String, String> pins(String group) throws IOException {
    Map<String, String> pins = new LinkedHashMap<>();
    try (InputStream in = Mt940DifferentialTest.class.getResourceAsStream(PINS)) {
      if (in == null) {
        throw new AssertionError("missing resource " + PINS);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        int space = line.lastIndexOf(' ');
        if (line.startsWith(group) && space > 0) {
          pins.put(line.substring(0, space), line.substring(space + 1).strip());
        }
      }
    }
    return pins;
  }

  private static String digest(String name, byte[] bytes) {
    StringBuilder all = new StringBuilder();
    for (String format : List.of("mt940", "mt942")) {
      ParseOptions options = ParseOptions.builder().format(format).build();
      String plain = render(() -> ANALYZER.parse(bytes, options));
      String throttled =
          render(
              () ->
                  ANALYZER.parse(
                      new ThrottledInputStream(new ByteArrayInputStream(bytes), 7), options));
      assertThat(throttled).as(name + " throttled as " + format).isEqualTo(plain);
      all.append(format).append('\n').append(plain);
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything a parse reports, as text. */
  static String render(Supplier<ParseResult> parse) {
    StringBuilder sb = new StringBuilder();
    ParseResult r;
    try {
      r = parse.get();
    } catch (BsaException e) {
      return sb.append("error ")
          .append(e.getClass().getSimpleName())
          .append(' ')
          .append(e.errorCode())
          .append(" at ")
          .append(e.position())
          .append(": ")
          .append(e.getMessage())
          .append('\n')
          .toString();
    }
    sb.append("result ").append(r.format()).append(' ').append(r.properties()).append('\n');
    warnings(sb, r.warnings());
    for (Statement s : r.statements()) {
      sb.append("statement ")
          .append(s.id().orElse(null))
          .append(" | ")
          .append(s.account().number().orElse(null))
          .append(" | ")
          .append(s.account().iban().map(Object::toString).orElse(null))
          .append(" | ")
          .append(s.account().currency().orElse(null))
          .append(" | ")
          .append(s.currency().orElse(null))
          .append(" | ")
          .append(s.period().map(p -> p.from() + ".." + p.to()).orElse(null))
          .append(" | ")
          .append(s.openingBalance().orElse(null))
          .append(" | ")
          .append(s.closingBalance().orElse(null))
          .append(" | ")
          .append(s.availableBalance().orElse(null))
          .append(" | ")
          .append(s.kind())
          .append(" | ")
          .append(s.balanceCheck().status())
          .append(" | ")
          .append(s.information().orElse(null))
          .append(" | ")
          .append(s.attributes())
          .append('\n');
      warnings(sb, s.warnings());
      for (Transaction t : s.transactions()) {
        sb.append("  tx ")
            .append(t.id().orElse(null))
            .append(" | ")
            .append(t.bookingDate().orElse(null))
            .append(" | ")
            .append(t.valueDate().orElse(null))
            .append(" | ")
            .append(t.amount())
            .append(" | ")
            .append(t.currency().orElse(null))
            .append(" | ")
            .append(t.description())
            .append(" | ")
            .append(t.counterparty().orElse(null))
            .append(" | ")
            .append(t.counterpartyAccount().orElse(null))
            .append(" | ")
            .append(t.reference().orElse(null))
            .append(" | ")
            .append(t.endToEndId().orElse(null))
            .append(" | ")
            .append(t.typeCode().orElse(null))
            .append(" | ")
            .append(t.category().orElse(null))
            .append(" | ")
            .append(t.balance().orElse(null))
            .append(" | ")
            .append(t.position())
            .append(" | ")
            .append(t.isPending())
            .append(" | ")
            .append(t.attributes())
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static void warnings(StringBuilder sb, List<ParseWarning> warnings) {
    for (ParseWarning w : warnings) {
      sb.append("  warning ")
          .append(w.code())
          .append(" at ")
          .append(w.position())
          .append(": ")
          .append(w.message())
          .append('\n');
    }
  }

  /** A few seeded edits: deleted, repeated or inserted bytes and lines, cuts. */
  static byte[] mutate(byte[] in, Random random) {
    byte[] alphabet = "?:-/{}\r\n@ +0123456789ABCDEFNRTXZ,.\t".getBytes(StandardCharsets.US_ASCII);
    byte[] odd = {0, (byte) 0xC3, (byte) 0xE4, (byte) 0xA0, (byte) 0xC2, 0x1f, (byte) 0x80};
    List<Byte> b = new ArrayList<>(in.length + 16);
    for (byte x : in) {
      b.add(x);
    }
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !b.isEmpty(); e++) {
      int at = random.nextInt(b.size());
      switch (random.nextInt(6)) {
        case 0 -> {
          int n = Math.min(b.size() - at, 1 + random.nextInt(8));
          b.subList(at, at + n).clear();
        }
        case 1 -> b.add(at, alphabet[random.nextInt(alphabet.length)]);
        case 2 -> b.add(at, odd[random.nextInt(odd.length)]);
        case 3 -> {
          int n = Math.min(b.size() - at, 1 + random.nextInt(40));
          b.addAll(at, new ArrayList<>(b.subList(at, at + n)));
        }
        case 4 -> b.set(at, alphabet[random.nextInt(alphabet.length)]);
        default -> {
          if (random.nextInt(4) == 0) {
            b.subList(at, b.size()).clear();
          }
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.size());
    for (byte x : b) {
      out.write(x);
    }
    return out.toByteArray();
  }

  /** Seeded MT940/MT942 documents that mix the forms the parser knows. */
  static final class Mt940Generator {
    private Mt940Generator() {}

    private static final String[] SEPA = {
      "EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "COAM", "OAMT",
      "PURP", "BREF", "RREF", "XXXX"
    };
    private static final String[] DUTCH = {
      "TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "CSID", "MARF", "CNTP", "ADDR", "ULTD", "PURP",
      "CD", "FOO"
    };
    private static final String[] WORDS = {
      "Miete",
      "Invoice",
      "Rechnung",
      "März",
      "Café",
      "Größe",
      "customer",
      "number",
      "GmbH",
      "NOTPROVIDED",
      "BV",
      "SEPA",
      "OVERBOEKING",
      "a",
      "Z",
      "12345",
      "x-y",
      "ŻÓŁW",
      "€",
      "  ",
      "\u00a0",
      "\t",
      "//",
      "?",
      "+",
      "/",
      "-"
    };

    static byte[] document(Random r) {
      StringBuilder sb = new StringBuilder();
      String nl = pick(r, "\r\n", "\r\n", "\n", "\r", "@@");
      int statements = 1 + r.nextInt(3);
      boolean envelope = r.nextInt(3) == 0;
      if (r.nextInt(5) == 0) {
        sb.append("ABNANL2A").append(nl).append("940").append(nl).append("ABNANL2A").append(nl);
      }
      long balance = r.nextInt(1_000_000) - 200_000L;
      for (int s = 0; s < statements; s++) {
        if (envelope) {
          sb.append("{1:F01TESTDEFFAXXX0000000000}{2:I940TESTDEFFXXXXN}");
          if (r.nextBoolean()) {
            sb.append("{3:{108:ABC}}");
          }
          sb.append("{4:").append(nl);
        }
        if (r.nextInt(8) != 0) {
          sb.append(":20:").append(pick(r, "STMT" + s, "", " REF 1 ", "940")).append(nl);
        }
        if (r.nextInt(6) == 0) {
          sb.append(":21:").append("REL").append(r.nextInt(99)).append(nl);
        }
        if (r.nextInt(8) != 0) {
          sb.append(pick(r, ":25:", ":25:", ":25P:"))
              .append(
                  pick(
                      r,
                      "DE89370400440532013000",
                      "DE89370400440532013000EUR",
                      "37040044/0532013000",
                      "NL91ABNA0417164300 EUR",
                      "COBADEFFXXX/DE89370400440532013000",
                      "123456789",
                      "  "))
              .append(nl);
        }
        if (r.nextInt(5) != 0) {
          sb.append(":28C:").append(s + 1).append("/").append(r.nextInt(3)).append(nl);
        }
        boolean mt942 = r.nextInt(5) == 0;
        if (mt942) {
          sb.append(":34F:EUR").append(pick(r, "", "D", "C")).append(money(r)).append(nl);
          sb.append(":13D:")
              .append(pick(r, "2401021530+0100", "2402301200-0500", "junk"))
              .append(nl);
        }
        if (!mt942 || r.nextBoolean()) {
          sb.append(pick(r, ":60F:", ":60F:", ":60M:"))
              .append(balance < 0 ? 'D' : 'C')
              .append(date(r))
              .append(r.nextInt(30) == 0 ? pick(r, "XXQ", "") : pick(r, "EUR", "EUR", "USD"))
              .append(amount(Math.abs(balance)))
              .append(nl);
        }
        if (r.nextInt(10) == 0) {
          sb.append(":86:").append(words(r, 6)).append(nl);
        }
        int transactions = r.nextInt(7);
        int debits = 0;
        for (int t = 0; t < transactions; t++) {
          long cents = 1L + r.nextInt(900_000);
          String mark = pick(r, "D", "C", "D", "C", "RD", "RC", "ED", "EC");
          boolean negative = mark.equals("D") || mark.equals("RC") || mark.equals("ED");
          balance += negative ? -cents : cents;
          debits += negative ? 1 : 0;
          statementLine(sb, r, nl, mark, cents);
          int infos = r.nextInt(6) == 0 ? 0 : 1 + (r.nextInt(8) == 0 ? 1 : 0);
          for (int i = 0; i < infos; i++) {
            information(sb, r, nl);
          }
          if (r.nextInt(25) == 0) {
            sb.append("-").append(nl);
          }
        }
        if (mt942 && r.nextBoolean()) {
          sb.append(":90D:").append(debits).append("EUR").append(money(r)).append(nl);
          sb.append(":90C:").append(transactions - debits).append("EUR1,00").append(nl);
        }
        if (!mt942 || r.nextInt(3) == 0) {
          sb.append(pick(r, ":62F:", ":62F:", ":62F:", ":62M:"))
              .append(balance < 0 ? 'D' : 'C')
              .append(date(r))
              .append("EUR")
              .append(amount(Math.abs(balance) + (r.nextInt(10) == 0 ? 1 : 0)))
              .append(nl);
        }
        if (r.nextInt(4) == 0) {
          sb.append(":64:C").append(date(r)).append("EUR").append(money(r)).append(nl);
        }
        if (r.nextInt(5) == 0) {
          sb.append(":65:D").append(date(r)).append("EUR").append(money(r)).append(nl);
          sb.append(":65:C").append(date(r)).append("EUR").append(money(r)).append(nl);
        }
        if (r.nextInt(6) == 0) {
          sb.append(":86:").append(words(r, 5)).append(nl);
        }
        if (r.nextInt(8) == 0) {
          sb.append(":NS:").append(words(r, 3)).append(nl).append("22more").append(nl);
        }
        if (r.nextInt(10) == 0) {
          sb.append(":99:").append(words(r, 2)).append(nl);
        }
        if (envelope) {
          sb.append(r.nextInt(4) == 0 ? "-" + nl + "}" : "-}");
          if (r.nextBoolean()) {
            sb.append("{5:{CHK:123456789ABC}}");
          }
          sb.append(nl);
        } else if (r.nextBoolean()) {
          sb.append("-").append(nl);
        }
      }
      if (r.nextInt(10) == 0) {
        sb.setLength(Math.max(0, sb.length() - 1 - r.nextInt(30)));
      }
      String text = sb.toString();
      return r.nextInt(6) == 0
          ? text.getBytes(java.nio.charset.Charset.forName("windows-1252"))
          : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void statementLine(
        StringBuilder sb, Random r, String nl, String mark, long cents) {
      sb.append(":61:").append(date(r));
      if (r.nextInt(4) != 0) {
        sb.append(r.nextInt(150) == 0 ? "1301" : pick(r, "0102", "1231", "0230", "0101", "0615"));
      }
      if (r.nextInt(12) == 0) {
        sb.append(' ');
      }
      sb.append(mark);
      if (r.nextInt(6) == 0) {
        sb.append('R');
      }
      if (r.nextInt(5) == 0) {
        sb.append(nl);
      }
      sb.append(
          r.nextInt(15) == 0
              ? "1234567890123456789012,5"
              : r.nextInt(9) == 0 ? ",5" : amount(cents));
      sb.append(pick(r, "NTRF", "NTRF", "N123", "NMSC", "FMSC", "", "S05", "ntrf"));
      sb.append(
          pick(
              r,
              "NONREF",
              "NONREF//B" + r.nextInt(9999),
              "REF" + r.nextInt(999) + "//8327000090031789",
              "KREF+ABC 123",
              "1234567890123456 COUNTERPARTY NAME",
              "AB CD EF GH IJ KL MN OP",
              "//BANKREF",
              ""));
      sb.append(pick(r, "", "", " ", "  "));
      sb.append(nl);
      if (r.nextInt(5) == 0) {
        sb.append("/OCMT/EUR").append(amount(cents)).append("/").append(nl);
      }
    }

    private static void information(StringBuilder sb, Random r, String nl) {
      StringBuilder info = new StringBuilder();
      switch (r.nextInt(6)) {
        case 0, 1, 2 -> {
          char sep = r.nextInt(8) == 0 ? '>' : '?';
          if (r.nextInt(5) != 0) {
            info.append(pick(r, "166", "105", "999", "020"));
          }
          int[] keys = {0, 10, 20, 21, 22, 23, 24, 25, 30, 31, 32, 33, 34, 60, 61, 35, 5, 99};
          for (int k : keys) {
            if (r.nextInt(3) == 0 && k != 20) {
              continue;
            }
            info.append(sep).append(k < 10 ? "0" : "").append(k);
            if ((k >= 20 && k <= 29) || k >= 60) {
              info.append(purpose(r));
            } else if (k == 31) {
              info.append(pick(r, "DE02120300000000202051", " DE02 1203 ", ""));
            } else {
              info.append(words(r, 3));
            }
            if (r.nextInt(15) == 0) {
              info.append(sep).append(k < 10 ? "0" : "").append(k).append(words(r, 1));
            }
          }
        }
        case 3 -> {
          for (int i = 0; i < 2 + r.nextInt(5); i++) {
            String key = DUTCH[r.nextInt(DUTCH.length)];
            info.append('/').append(key).append('/');
            if (key.equals("CNTP")) {
              info.append("NL91ABNA0417164300/ABNANL2A/").append(words(r, 2)).append("/CITY/");
            } else if (key.equals("REMI")) {
              info.append(pick(r, "USTD//", "STRD/CUR/", "")).append(words(r, 3));
            } else {
              info.append(words(r, 2));
            }
          }
          if (r.nextBoolean()) {
            info.append('/');
          }
        }
        case 4 ->
            info.append(pick(r, "SEPA OVERBOEKING ", "", "BEA "))
                .append(pick(r, "IBAN: NL91ABNA0417164300 ", "REK: 123.456.789/", ""))
                .append(pick(r, "BIC: ABNANL2A ", ""))
                .append(pick(r, "NAAM: ", ""))
                .append(words(r, 2))
                .append(pick(r, " OMSCHRIJVING: ", " "))
                .append(words(r, 3))
                .append(pick(r, " KENMERK: 123-456", " KENMERK: NOTPROVIDED", ""));
        default -> info.append(words(r, 12));
      }
      sb.append(":86:");
      String text = info.toString();
      int width = r.nextInt(3) == 0 ? 65 : 27 + r.nextInt(50);
      for (int i = 0; i < text.length(); i += width) {
        if (i > 0) {
          sb.append(nl);
          if (r.nextInt(30) == 0) {
            sb.append("-").append(nl);
          }
        }
        sb.append(text, i, Math.min(text.length(), i + width));
      }
      sb.append(nl);
    }

    private static String purpose(Random r) {
      if (r.nextInt(3) == 0) {
        return words(r, 3);
      }
      StringBuilder sb = new StringBuilder();
      if (r.nextInt(4) == 0) {
        sb.append(words(r, 1)).append(' ');
      }
      sb.append(SEPA[r.nextInt(SEPA.length)]).append('+').append(words(r, 1 + r.nextInt(3)));
      return sb.toString();
    }

    private static String words(Random r, int n) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(r.nextInt(6) == 0 ? "" : " ");
        }
        sb.append(WORDS[r.nextInt(WORDS.length)]);
      }
      return sb.toString();
    }

    private static String date(Random r) {
      if (r.nextInt(150) == 0) {
        return pick(r, "241301", "24010A", "240000");
      }
      return pick(r, "240102", "241231", "240230", "991231", "000101", "240229", "230229");
    }

    private static String money(Random r) {
      return amount(r.nextInt(100_000));
    }

    private static String amount(long cents) {
      return cents / 100 + "," + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
      return values[r.nextInt(values.length)];
    }
  }

  @Test
  void render_isStableForOneInput() {
    byte[] bytes =
        """
            :20:A
            :25:DE89370400440532013000
            :60F:C240102EUR1,00
            :61:2401020102D0,50NTRFNONREF
            :86:166?00GUTSCHRIFT?20EREF+X?32Name
            :62F:C240102EUR0,50
            """
            .getBytes(StandardCharsets.UTF_8);
    String once = render(() -> ANALYZER.parse(bytes, ParseOptions.builder().build()));
    assertThat(once)
        .contains("EREF+X")
        .isEqualTo(render(() -> ANALYZER.parse(bytes, ParseOptions.builder().build())));
  }
}

package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.parsers.CsvLayout;
import io.github.bsa.parsers.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link CsvTokenizer} to the commons-csv formats bsa read CSV with before it (ADR 0260): the
 * same records, record numbers and line numbers, and the same inputs refused, on every CSV file of
 * the shared fixtures and on generated input full of quirks, read whole and a few chars at a time.
 */
class CsvTokenizerTest {
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};

  /** The full-pass format bsa used (strict at the end of the input). */
  private static CSVFormat strict(char delimiter, @Nullable Character quote) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setQuote(quote)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true)
        .setTrailingData(true)
        .setLenientEof(false)
        .get();
  }

  /** The detection format bsa used (lenient at the end of the cut sample). */
  private static CSVFormat lenient(char delimiter, @Nullable Character quote) {
    return strict(delimiter, quote).builder().setLenientEof(true).setRecordSeparator("\n").get();
  }

  /** Records as "record@line:[fields]" lines, or a final "MALFORMED". */
  private static List<String> oracle(
      String text, char delimiter, @Nullable Character quote, boolean lax) {
    List<String> out = new ArrayList<>();
    try (CSVParser p =
        CSVParser.parse(
            new StringReader(text), lax ? lenient(delimiter, quote) : strict(delimiter, quote))) {
      var it = p.iterator();
      long prevLine = 0;
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          out.add("MALFORMED@" + (prevLine + 1));
          break;
        }
        out.add(r.getRecordNumber() + "@" + (prevLine + 1) + ":" + r.toList());
        prevLine = p.getCurrentLineNumber();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> ours(
      Reader in, char delimiter, @Nullable Character quote, boolean lax) throws IOException {
    List<String> out = new ArrayList<>();
    CsvTokenizer t = new CsvTokenizer(in, delimiter, quote, lax, Integer.MAX_VALUE);
    try {
      while (t.next()) {
        out.add(t.record() + "@" + t.line() + ":" + t.toList());
      }
    } catch (StatementParseException e) {
      assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
      out.add("MALFORMED@" + e.position().line());
    }
    return out;
  }

  private static void assertSame(
      String text, char delimiter, @Nullable Character quote, boolean lax) throws IOException {
    List<String> expected = oracle(text, delimiter, quote, lax);
    assertThat(ours(new StringReader(text), delimiter, quote, lax))
        .as("whole, delimiter %s quote %s lenient %s: %s", (int) delimiter, quote, lax, show(text))
        .isEqualTo(expected);
    assertThat(ours(new Trickle(text, text.length()), delimiter, quote, lax))
        .as(
            "trickled, delimiter %s quote %s lenient %s: %s",
            (int) delimiter, quote, lax, show(text))
        .isEqualTo(expected);
  }

  /** Every delimiter; quote {@code "} or none; strict and lenient. */
  private static void assertSameInEveryDialect(String text) throws IOException {
    for (char d : DELIMITERS) {
      for (Character q : new Character[] {'"', null}) {
        assertSame(text, d, q, false);
        assertSame(text, d, q, true);
      }
    }
  }

  private static String show(String text) {
    return text.length() > 300
        ? text.length() + " chars"
        : text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  @Test
  void everyFixtureCsv_tokenizesAsCommonsCsvDid() throws IOException {
    Optional<Path> root = Fixtures.root();
    assumeTrue(root.isPresent(), "../shared/fixtures is absent");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root.get())) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .sorted()
              .toList();
    }
    assumeTrue(!files.isEmpty(), "no CSV files in the fixtures");
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (String text :
          List.of(
              new String(bytes, StandardCharsets.ISO_8859_1),
              new String(bytes, StandardCharsets.UTF_8))) {
        assertSameInEveryDialect(text);
      }
    }
  }

  @Test
  void generatedQuirks_tokenizeAsCommonsCsvDid() throws IOException {
    String[] pieces = {
      "a",
      "bc",
      "1,5",
      "-3.20",
      " ",
      "  ",
      "\t",
      "\"",
      "\"\"",
      ",",
      ";",
      "|",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\n\n",
      "\r\r",
      "\u00A0",
      "\u2003",
      "\u001F",
      "\u000B",
      "x\"y",
      "\" x \"",
      "'",
      "é",
      "\uD83D\uDE00",
      ""
    };
    Random random = new Random(260);
    for (int n = 0; n < 6_000; n++) {
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(10) == 0) {
        sb.append('\n');
      }
      int len = random.nextInt(25);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      char d = DELIMITERS[random.nextInt(DELIMITERS.length)];
      Character q = '"';
      if (random.nextInt(5) == 0) {
        q = random.nextBoolean() ? Character.valueOf('\'') : null;
      }
      assertSame(text, d, q, random.nextBoolean());
    }
  }

  @Test
  void knownShapes_tokenizeAsCommonsCsvDid() throws IOException {
    List<String> cases =
        List.of(
            "",
            "\n",
            "\r\n\r\n",
            "a,b\n",
            "a,b",
            "a,b,",
            "a,b,\n",
            "a,  ",
            "   \n",
            "a\n   ",
            "\"a\"\"b\",c\r\n",
            "\"line\r\nbreak\",x\r\ny,z",
            "\"cr only\rbreak\",x\ry,z\r",
            "\"open",
            "a,\"open\nstill",
            "\"a\" trailing,b",
            "\"a\"   ,b",
            "  \"a\"  \n",
            "x\"y\"z,w",
            "ragged\na,b,c\na,b\n\n\na,b,c,d,e\n",
            ",,,\n,,\n",
            "\"\"\n\"\",\"\"\n",
            "a\r\r\nb\n\r\nc");
    for (String text : cases) {
      assertSameInEveryDialect(text);
    }
  }

  @Test
  void bomAndCharset_droppedByTheInputReader() throws IOException {
    CsvLayout layout =
        CsvLayout.builder()
            .delimiter(';')
            .column(CsvLayout.Column.BOOKING_DATE, 0)
            .column(CsvLayout.Column.AMOUNT, 1)
            .build();
    byte[] utf8 = "\uFEFFDatum;Betrag\r\n01.02.2026;\"-1,00\"\r\n".getBytes(StandardCharsets.UTF_8);
    CsvTokenizer t =
        new CsvTokenizer(
            CsvInput.reader(new ByteArrayInputStream(utf8), layout), ';', '"', false, 1000);
    assertThat(t.next()).isTrue();
    assertThat(t.toList()).containsExactly("Datum", "Betrag");
    assertThat(t.next()).isTrue();
    assertThat(t.toList()).containsExactly("01.02.2026", "-1,00");
    assertThat(t.line()).isEqualTo(2);
    assertThat(t.next()).isFalse();
  }

  @Test
  void utf8Decoding_isTheJdksOnAnyBytes() throws IOException {
    CsvLayout layout =
        CsvLayout.builder()
            .column(CsvLayout.Column.BOOKING_DATE, 0)
            .column(CsvLayout.Column.AMOUNT, 1)
            .build();
    assertThat(layout.charset()).isEqualTo(StandardCharsets.UTF_8);
    byte[][] pieces = {
      "a".getBytes(StandardCharsets.UTF_8),
      "Händler;".getBytes(StandardCharsets.UTF_8),
      "€ 1,00\n".getBytes(StandardCharsets.UTF_8),
      "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
      "\uFEFF".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xC3},
      {(byte) 0xE2, (byte) 0x82},
      {(byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF0, (byte) 0x9F},
      {(byte) 0xFF},
      "x".repeat(40).getBytes(StandardCharsets.UTF_8)
    };
    Random random = new Random(8);
    for (int n = 0; n < 3_000; n++) {
      var out = new java.io.ByteArrayOutputStream();
      int len = random.nextInt(n < 2_900 ? 30 : 3_000);
      for (int k = 0; k < len; k++) {
        out.write(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = out.toByteArray();
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
      String expected =
          readAll(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), decoder));
      if (expected.startsWith("\uFEFF")) {
        expected = expected.substring(1);
      }
      String actual = readAll(CsvInput.reader(new Dribble(bytes, n), layout));
      assertThat(actual).as("bytes %s", java.util.Arrays.toString(bytes)).isEqualTo(expected);
    }
  }

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] b = new char[7];
    int n;
    while ((n = r.read(b, 0, b.length)) >= 0) {
      sb.append(b, 0, n);
    }
    return sb.toString();
  }

  /** Hands out its bytes a few at a time. */
  private static final class Dribble extends java.io.InputStream {
    private final byte[] bytes;
    private final Random random;
    private int at;

    Dribble(byte[] bytes, long seed) {
      this.bytes = bytes;
      this.random = new Random(seed);
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(6)), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }
  }

  @Test
  void longLine_endsWithTheLineLimitAndItsLine() throws IOException {
    String text = "a,b\nc,d\n" + "x".repeat(101) + ",y\n";
    assertThatThrownBy(() -> drain(new Trickle(text, 7), 100))
        .isInstanceOfSatisfying(
            LimitExceededException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
              assertThat(e.position().line()).isEqualTo(3);
            });
    // exactly at the limit is fine, with any line break
    for (String eol : List.of("\n", "\r\n", "\r")) {
      String ok = "a,b" + eol + "x".repeat(100) + eol + "c";
      assertThat(drainCount(new StringReader(ok), 100)).isEqualTo(3);
    }
    // a CR-only file counts its lines too
    assertThatThrownBy(() -> drain(new StringReader("a\rb\r" + "x".repeat(200)), 100))
        .isInstanceOfSatisfying(
            LimitExceededException.class, e -> assertThat(e.position().line()).isEqualTo(3));
  }

  @Test
  void longQuotedFieldOrRecord_endsWithTheLimit() {
    // short lines, one endless quoted field
    String field = "\"" + "abc\n".repeat(40) + "\",x\n";
    assertThatThrownBy(() -> drain(new Trickle(field, 3), 100))
        .isInstanceOf(LimitExceededException.class);
    // short fields on short lines, one endless record
    String record = "\"a\n\",".repeat(300) + "z\n";
    assertThatThrownBy(() -> drain(new StringReader(record), 100))
        .isInstanceOf(LimitExceededException.class);
    // an endless quoted field that never closes is refused by the limit, not read to the end
    String open = "a,\"" + "y".repeat(10_000);
    assertThatThrownBy(() -> drain(new StringReader(open), 100))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void manyAndLongRecords_throughRefillsAndGrowth() throws IOException {
    StringBuilder sb = new StringBuilder();
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      sb.append(i)
          .append(";\"")
          .append("q\"\"".repeat(random.nextInt(3)))
          .append("z".repeat(random.nextInt(2_000)))
          .append("\r\nnext\";  ")
          .append(i % 7)
          .append(" \r\n");
    }
    assertSame(sb.toString(), ';', '"', false);
  }

  private static void drain(Reader in, int max) throws IOException {
    CsvTokenizer t = new CsvTokenizer(in, ',', '"', false, max);
    while (t.next()) {
      var unused = t.toList();
    }
  }

  private static int drainCount(Reader in, int max) throws IOException {
    CsvTokenizer t = new CsvTokenizer(in, ',', '"', false, max);
    int n = 0;
    while (t.next()) {
      n++;
    }
    return n;
  }

  /** Hands out its text a few chars per read, so that every buffer boundary is crossed. */
  private static final class Trickle extends Reader {
    private final String text;
    private final Random random;
    private int at;

    Trickle(String text, long seed) {
      this.text = text;
      this.random = new Random(seed);
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (at >= text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(5)), text.length() - at);
      text.getChars(at, at + n, cbuf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}

package io.github.bsa.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared month table, whitespace fold and charset sniffer. */
final class TextHelpersTest {
  /** January to December in every language the parsers support, as banks print them. */
  private static final Map<String, String[]> LANGUAGES =
      Map.ofEntries(
          Map.entry(
              "en",
              new String[] {
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"
              }),
          Map.entry(
              "de",
              new String[] {
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember"
              }),
          Map.entry(
              "de-AT",
              new String[] {
                "Jänner", "Feber", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
                "Dez"
              }),
          Map.entry(
              "nl",
              new String[] {
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december"
              }),
          Map.entry(
              "fr",
              new String[] {
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre"
              }),
          Map.entry(
              "fr-abbr",
              new String[] {
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                "nov.", "déc."
              }),
          Map.entry(
              "es",
              new String[] {
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre"
              }),
          Map.entry(
              "it",
              new String[] {
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre"
              }),
          Map.entry(
              "it-abbr",
              new String[] {
                "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"
              }),
          Map.entry(
              "pt",
              new String[] {
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro"
              }),
          Map.entry(
              "cs",
              new String[] {
                "leden",
                "února",
                "březen",
                "dubna",
                "květen",
                "června",
                "červenec",
                "srpna",
                "září",
                "října",
                "listopad",
                "prosince"
              }),
          Map.entry(
              "sv",
              new String[] {
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december"
              }),
          Map.entry(
              "pl",
              new String[] {
                "styczeń",
                "lutego",
                "marzec",
                "kwietnia",
                "maj",
                "czerwca",
                "lipiec",
                "sierpnia",
                "wrzesień",
                "października",
                "listopad",
                "grudnia"
              }));

  @Test
  void monthNames_everyLanguageEveryMonth() {
    LANGUAGES.forEach(
        (language, names) -> {
          for (int m = 0; m < 12; m++) {
            assertThat(MonthNames.month(names[m])).as("%s %s", language, names[m]).isEqualTo(m + 1);
            assertThat(MonthNames.month(names[m].toUpperCase(java.util.Locale.ROOT)))
                .as("%s %s upper case", language, names[m])
                .isEqualTo(m + 1);
          }
        });
  }

  @Test
  void monthNames_refusesWhatIsNoMonth() {
    for (String s : new String[] {"", "x", "ma", "ju", "cer", "mon", "total", "12", "saldo"}) {
      assertThat(MonthNames.month(s)).as(s).isNull();
    }
  }

  @Test
  void monthNames_isName_namesAndAbbreviationsOnly() {
    for (String s : new String[] {"MÄRZ", "maerz", "SEPT", "października", "Dec", "JUNHO"}) {
      assertThat(MonthNames.isName(s)).as(s).isTrue();
    }
    // prefixes are months for dates, not names: "Marc", "Janv" stay words of a payee's name
    for (String s : new String[] {"marc", "janv", "octo", "total", "REWE", "Marco"}) {
      assertThat(MonthNames.isName(s)).as(s).isFalse();
    }
  }

  @Test
  void monthNames_foldsAccentsCaseAndPolishL() {
    assertThat(MonthNames.fold("März Łódź ÉTÉ")).isEqualTo("marz lodz ete");
  }

  @Test
  void whitespace_foldsRunsAndTrims() {
    assertThat(Whitespace.fold("  a \t\r\n b\u00a0\u2007c  ")).isEqualTo("a b c");
    assertThat(Whitespace.fold(" \n ")).isEmpty();
    assertThat(Whitespace.fold("abc")).isEqualTo("abc");
  }

  @Test
  void whitespaceFold_stringsAlreadyFoldedOrNot_sameAsFoldingACopy() {
    // the fast path for strings (returned as they are when already folded) against the copy path
    char[] alphabet = {'a', 'Z', ' ', ' ', '\t', '\n', '\u00a0', '\u2007', '\u001f', 'é', '\u0001'};
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(Whitespace.fold(sb.toString())).isEqualTo(Whitespace.fold(sb));
    }
    String folded = "already folded text";
    assertThat(Whitespace.fold(folded)).isSameAs(folded);
  }

  @Test
  void whitespaceFold_everyChar_keptExactlyWhenNotWhitespace() {
    // the fast path's shortcut for Latin-1 against the JDK's definition, for every char
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = "a" + c + "b";
      if (Whitespace.isSpace(c)) {
        assertThat(Whitespace.fold(s)).as("U+%04X", (int) c).isEqualTo(c == ' ' ? s : "a b");
      } else {
        assertThat(Whitespace.fold(s)).as("U+%04X", (int) c).isSameAs(s);
      }
    }
  }

  @Test
  void charsets_byteOrderMarks() {
    byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
    byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'a'};
    assertThat(Charsets.bom(utf8, 4)).contains(new Charsets.Bom(StandardCharsets.UTF_8, 3));
    assertThat(Charsets.bom(le, 4)).contains(new Charsets.Bom(StandardCharsets.UTF_16LE, 2));
    assertThat(Charsets.bom(be, 4)).contains(new Charsets.Bom(StandardCharsets.UTF_16BE, 2));
    assertThat(Charsets.bom(utf8, 2)).isEmpty();
    assertThat(Charsets.bom(new byte[] {'a', 'b'}, 2)).isEmpty();
  }

  @Test
  void charsets_utf8Validity_withACutTail() {
    byte[] euro = "a€".getBytes(StandardCharsets.UTF_8); // 61 E2 82 AC
    assertThat(Charsets.isUtf8(euro, 0, euro.length, false)).isTrue();
    assertThat(Charsets.isUtf8(euro, 0, 3, false)).isFalse();
    assertThat(Charsets.isUtf8(euro, 0, 3, true)).isTrue();
    byte[] latin1 = "café au lait".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Charsets.isUtf8(latin1, 0, latin1.length, true)).isFalse();
    assertThat(Charsets.isUtf8(latin1, 0, 3, true)).isTrue();
  }

  @Test
  void charsets_singleByteRule() {
    Charset cp1252 = Charset.forName("windows-1252");
    Charset latin9 = Charset.forName("ISO-8859-15");
    // C1 bytes (the windows-1252 euro sign 0x80) decide for windows-1252, even beside 0xA4
    byte[] c1 = "Miete 5\u20ac \u00a4".getBytes(cp1252);
    assertThat(Charsets.singleByte(c1, 0, c1.length))
        .isEqualTo(new Charsets.SingleByte(cp1252, 0.85));
    // 0xA4 without C1 bytes is the ISO-8859-15 euro sign
    byte[] euro = "Miete 5\u20ac M\u00fcller".getBytes(latin9);
    assertThat(Charsets.singleByte(euro, 0, euro.length))
        .isEqualTo(new Charsets.SingleByte(latin9, 0.6));
    // neither: windows-1252, which reads ISO-8859-1's printable characters identically
    byte[] plain = "M\u00fcller caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Charsets.singleByte(plain, 0, plain.length))
        .isEqualTo(new Charsets.SingleByte(cp1252, 0.7));
    assertThat(new String(plain, cp1252)).isEqualTo("M\u00fcller caf\u00e9");
    // valid UTF-8 sequences are skipped: "\u00e4" is C3 A4 and "\u20ac" is E2 82 AC in UTF-8
    byte[] mixed = "\u00e4 \u20ac ".getBytes(StandardCharsets.UTF_8);
    assertThat(Charsets.singleByte(mixed, 0, mixed.length).charset()).isEqualTo(cp1252);
    assertThat(Charsets.singleByte(new byte[0], 0, 0).charset()).isEqualTo(cp1252);
  }

  @Test
  void charsets_utf8SequenceLength() {
    byte[] b = "a\u00e4\u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
    assertThat(Charsets.utf8SequenceLength(b, 0, b.length)).isZero();
    assertThat(Charsets.utf8SequenceLength(b, 1, b.length)).isEqualTo(2);
    assertThat(Charsets.utf8SequenceLength(b, 3, b.length)).isEqualTo(3);
    assertThat(Charsets.utf8SequenceLength(b, 6, b.length)).isEqualTo(4);
    assertThat(Charsets.utf8SequenceLength(b, 6, b.length - 1)).as("cut").isZero();
    byte[] overlong = {(byte) 0xC0, (byte) 0x80};
    assertThat(Charsets.utf8SequenceLength(overlong, 0, 2)).as("overlong").isZero();
    byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThat(Charsets.utf8SequenceLength(surrogate, 0, 3)).as("surrogate").isZero();
  }
}

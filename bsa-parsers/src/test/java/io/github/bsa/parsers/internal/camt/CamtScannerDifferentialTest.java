package io.github.bsa.parsers.internal.camt;

import static io.github.bsa.parsers.internal.camt.CamtSamples.namespace;
import static io.github.bsa.parsers.internal.camt.CamtSamples.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.report.ParseResultJson;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementParserProvider;
import io.github.bsa.parsers.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bsa's own XML scanner against the hardened StAX path, through the whole CAMT parser: every CAMT
 * file of the fixtures, generated camt.052/053/054 documents in many spellings (encodings, line
 * ends, references, CDATA, comments, prefixes) and random large statements must give identical
 * results (statements, transactions, positions, warnings, as JSON); malformed and hostile inputs
 * must be refused by both with a typed error.
 */
class CamtScannerDifferentialTest {
  private static final ParseLimits LIMITS =
      ParseLimits.defaults().toBuilder().maxLineLength(64 * 1024).build();

  private static final StatementAnalyzer OWN = analyzer(true);
  private static final StatementAnalyzer STAX = analyzer(false);

  private static StatementAnalyzer analyzer(boolean own) {
    List<StatementParserProvider> providers = new ArrayList<>();
    for (StatementParserProvider p :
        List.of(
            new Camt052ParserProvider(),
            new Camt053ParserProvider(),
            new Camt054ParserProvider())) {
      providers.add(own ? p : staxOnly(p));
    }
    return StatementAnalyzer.builder().parsers(providers).limits(LIMITS).build();
  }

  /** The same provider, whose parser always reads with the hardened StAX reader. */
  private static StatementParserProvider staxOnly(StatementParserProvider p) {
    return new StatementParserProvider() {
      @Override
      public String formatId() {
        return p.formatId();
      }

      @Override
      public ProbeResult probe(SourceSample sample) {
        return p.probe(sample);
      }

      @Override
      public StatementParser create(ParseContext context) {
        return new CamtParser(p.formatId(), context, false);
      }

      @Override
      public int priority() {
        return p.priority();
      }
    };
  }

  /** The outcome of one parse: the result as JSON, or the error code. */
  private static String outcome(StatementAnalyzer analyzer, byte[] input, ParseOptions options) {
    try {
      ParseResult r = analyzer.parse(input, options);
      return ParseResultJson.toJson(r);
    } catch (BsaException e) {
      return "ERROR " + e.errorCode();
    }
  }

  static Stream<Arguments> fixtureFiles() throws IOException {
    Path camt = Fixtures.folder("real/camt");
    Set<Path> camtInputs = new HashSet<>(Fixtures.inputs(camt));
    List<Arguments> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(camt.getParent())) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (p.startsWith(camt) ? camtInputs.contains(p) : name.endsWith(".xml")) {
          files.add(Arguments.of(Named.of(Fixtures.name(p), p)));
        }
      }
    }
    return files.stream();
  }

  /** Every CAMT fixture and every XML file of the other fixture folders, read both ways. */
  @ParameterizedTest
  @MethodSource("fixtureFiles")
  void fixtures_giveIdenticalResults(Path file) throws IOException {
    byte[] input = Files.readAllBytes(file);
    ParseOptions detect = ParseOptions.defaults();
    assertThat(outcome(OWN, input, detect)).isEqualTo(outcome(STAX, input, detect));
    ParseOptions forced = ParseOptions.builder().format("camt.053").build();
    assertThat(outcome(OWN, input, forced)).isEqualTo(outcome(STAX, input, forced));
  }

  static Stream<Arguments> generated() {
    List<Arguments> cases = new ArrayList<>();
    for (String kind : List.of("camt.052", "camt.053", "camt.054")) {
      for (int version : List.of(2, 8)) {
        for (String prefix : List.of("", "c:")) {
          String base = statement(kind, namespace(kind, version), prefix);
          String id = kind + " v" + version + (prefix.isEmpty() ? "" : " prefixed");
          for (Variant v : Variant.values()) {
            cases.add(Arguments.of(Named.of(id + " " + v, v.bytes(base, prefix))));
          }
        }
      }
      cases.add(Arguments.of(Named.of(kind + " no namespace", utf8(statement(kind, "", "")))));
    }
    for (int seed = 1; seed <= 6; seed++) {
      cases.add(Arguments.of(Named.of("random statement " + seed, randomStatement(seed))));
    }
    return cases.stream();
  }

  /** Generated documents in many spellings, read both ways. */
  @ParameterizedTest
  @MethodSource("generated")
  void generatedDocuments_giveIdenticalResults(byte[] input) {
    String own = outcome(OWN, input, ParseOptions.defaults());
    assertThat(own).isEqualTo(outcome(STAX, input, ParseOptions.defaults()));
    assertThat(own).doesNotStartWith("ERROR");
  }

  /** Spellings of one document that XML treats as the same. */
  private enum Variant {
    PLAIN,
    CRLF,
    LONE_CR,
    COMMENTS_AND_PIS,
    REFERENCES,
    CDATA,
    UTF8_TEXT,
    LATIN1,
    SINGLE_QUOTES,
    BOM,
    LEADING_BLANK_LINES,
    NO_DECLARATION,
    EMPTY_ELEMENTS_AND_NAMESPACES,
    UTF16,
    WINDOWS_1252;

    byte[] bytes(String doc, String prefix) {
      String p = prefix;
      return switch (this) {
        case PLAIN -> utf8(doc);
        case CRLF -> utf8(doc.replace("\n", "\r\n"));
        case LONE_CR -> utf8(doc.replace("\n", "\r"));
        case COMMENTS_AND_PIS ->
            utf8(
                doc.replace(
                            "<" + p + "Ntry>",
                            "<!-- an entry - next --><?bsa note?>\n<" + p + "Ntry>")
                        .replace("?>\n<Document", "?>\n<!-- head --><?pi x?>\n<Document")
                    + "\n<!-- tail -->\n<?end?>\n");
        case REFERENCES ->
            utf8(
                doc.replace(
                        "Corner Coffee",
                        "Corner&#32;Caf&#xE9; &amp; &lt;Co&gt; &quot;&apos;&#x1F600;")
                    .replace("Ccy=\"EUR\"", "Ccy=\"E&#85;R\""));
        case CDATA ->
            utf8(
                doc.replace("Acme Widgets Ltd", "<![CDATA[Acme <Widgets> & ]]>Ltd<![CDATA[]]>")
                    .replace("Card payment", "Card<![CDATA[ ]]]]><![CDATA[> ]]>payment"));
        case UTF8_TEXT -> utf8(doc.replace("Corner Coffee", "Café Zürich \uD83D\uDE00 北京 ÿ\u0085"));
        case LATIN1 ->
            doc.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("Corner Coffee", "Café Zürich ÿ")
                .getBytes(StandardCharsets.ISO_8859_1);
        case SINGLE_QUOTES ->
            utf8(
                doc.replace("Ccy=\"EUR\"", "Ccy = 'EUR'")
                    .replace("version=\"1.0\"", "version='1.0'"));
        case BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(doc));
        case LEADING_BLANK_LINES -> utf8("\n\n  \t" + doc);
        case NO_DECLARATION -> utf8(doc.substring(doc.indexOf("?>") + 2).strip());
        case EMPTY_ELEMENTS_AND_NAMESPACES ->
            utf8(
                doc.replace(
                        "<" + p + "Ntry>",
                        "<"
                            + p
                            + "Ntry xmlns:x=\"urn:x\" x:a=\"1\" xml:lang=\"de\" b='\t2\r\n3'>"
                            + "<x:Extra/><"
                            + p
                            + "Empty  />")
                    .replace("<" + p + "Sts>BOOK", "<" + p + "Sts >BOOK"));
        case UTF16 ->
            doc.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                .getBytes(StandardCharsets.UTF_16);
        case WINDOWS_1252 ->
            doc.replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\"")
                .replace("Corner Coffee", "Café € Zürich")
                .getBytes(Charset.forName("windows-1252"));
      };
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  /**
   * A statement of random entries: texts with non-ASCII and supplementary characters, references,
   * CDATA, line breaks, long texts across the scanner's text chunks and buffer refills.
   */
  private static byte[] randomStatement(int seed) {
    Random rnd = new Random(seed);
    StringBuilder entries = new StringBuilder();
    int n = 200 + rnd.nextInt(300);
    String[] pieces = {
      "Shop",
      "Caf\u00e9",
      "\u00fc\u00df",
      "\uD83D\uDCB6",
      "&amp;",
      "&#x20AC;",
      "&#8364;",
      "\r\n",
      "\n",
      "\t",
      "<![CDATA[a<b]]>",
      "  ",
      "]",
      "]]",
      "&lt;&gt;",
      "\u4e2d\u6587",
      "x"
    };
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      int len = rnd.nextInt(10) == 0 ? 2000 + rnd.nextInt(20_000) : rnd.nextInt(12);
      while (text.length() < len) {
        text.append(pieces[rnd.nextInt(pieces.length)]);
      }
      entries
          .append(i % 3 == 0 ? "\r\n" : "\n")
          .append("<Ntry><Amt Ccy=\"EUR\">")
          .append(rnd.nextInt(100_000) / 100.0)
          .append("</Amt><CdtDbtInd>")
          .append(rnd.nextBoolean() ? "DBIT" : "CRDT")
          .append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2024-03-")
          .append(10 + rnd.nextInt(18))
          .append("</Dt></BookgDt><AcctSvcrRef>R")
          .append(i)
          .append("</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Cdtr><Nm>")
          .append(text)
          .append("</Nm></Cdtr></RltdPties><RmtInf><Ustrd>")
          .append(pieces[rnd.nextInt(pieces.length)])
          .append("</Ustrd></RmtInf></TxDtls></NtryDtls><AddtlNtryInf>")
          .append("Info ")
          .append(i)
          .append("</AddtlNtryInf></Ntry>");
    }
    String doc =
        statement("camt.053", namespace("camt.053", 8), "")
            .replace("<AddtlStmtInf>", entries + "<AddtlStmtInf>");
    return utf8(doc);
  }

  static Stream<Arguments> malformed() {
    String doc = statement("camt.053", namespace("camt.053", 8), "");
    List<Arguments> cases = new ArrayList<>();
    add(cases, "mismatched end tag", utf8(doc.replaceFirst("</Nm>", "</Name>")));
    add(cases, "end tag of the parent", utf8(doc.replaceFirst("</Nm>", "</Pty>")));
    add(cases, "unclosed elements", utf8(doc.substring(0, doc.indexOf("</Document>"))));
    add(cases, "cut inside a tag", utf8(doc.substring(0, doc.indexOf("<Ntry>") + 3)));
    for (String ref :
        List.of("&#0;", "&#xD800;", "&#xFFFE;", "&#1114112;", "&#;", "&#x;", "&#12a;", "&#X41;")) {
      add(cases, "character reference " + ref, utf8(doc.replace("Corner Coffee", ref)));
    }
    for (String ref : List.of("&nbsp;", "&amp", "& x", "&lt", "&foo;", "&ampamp;")) {
      add(cases, "entity reference " + ref, utf8(doc.replace("Corner Coffee", ref)));
    }
    add(cases, "bad UTF-8 C3 28", bytesWith(doc, 0xC3, 0x28));
    add(cases, "UTF-8 surrogate", bytesWith(doc, 0xED, 0xA0, 0x80));
    add(cases, "UTF-8 above U+10FFFF", bytesWith(doc, 0xF5, 0x80, 0x80, 0x80));
    add(cases, "overlong UTF-8", bytesWith(doc, 0xC0, 0xAF));
    add(cases, "lone continuation byte", bytesWith(doc, 0x80));
    add(cases, "U+FFFF in UTF-8", bytesWith(doc, 0xEF, 0xBF, 0xBF));
    add(cases, "'<' in an attribute", utf8(doc.replaceFirst("Ccy=\"EUR\"", "Ccy=\"E<R\"")));
    add(cases, "unquoted attribute", utf8(doc.replaceFirst("Ccy=\"EUR\"", "Ccy=EUR")));
    add(cases, "attribute without value", utf8(doc.replaceFirst("Ccy=\"EUR\"", "Ccy")));
    add(cases, "attributes without space", utf8(doc.replaceFirst("Ccy=\"EUR\"", "a='1'b='2'")));
    add(
        cases,
        "duplicate attribute",
        utf8(doc.replaceFirst("Ccy=\"EUR\"", "Ccy=\"EUR\" Ccy=\"USD\"")));
    add(
        cases,
        "duplicate attribute by namespace",
        utf8(
            doc.replaceFirst(
                "<Ntry>", "<Ntry xmlns:a=\"urn:u\" xmlns:b=\"urn:u\" a:x=\"1\" b:x=\"2\">")));
    add(
        cases,
        "unbound element prefix",
        utf8(doc.replaceFirst("<Ntry>", "<z:Ntry>").replaceFirst("</Ntry>", "</z:Ntry>")));
    add(cases, "unbound attribute prefix", utf8(doc.replaceFirst("<Ntry>", "<Ntry z:a=\"1\">")));
    add(cases, "empty prefix declaration", utf8(doc.replaceFirst("<Ntry>", "<Ntry xmlns:z=\"\">")));
    add(
        cases,
        "xmlns prefix declared",
        utf8(doc.replaceFirst("<Ntry>", "<Ntry xmlns:xmlns=\"urn:x\">")));
    add(
        cases,
        "xml prefix rebound",
        utf8(doc.replaceFirst("<Ntry>", "<Ntry xmlns:xml=\"urn:x\">")));
    add(cases, "control character", utf8(doc.replace("Corner Coffee", "Corner\u0001Coffee")));
    add(cases, "']]>' in text", utf8(doc.replace("Corner Coffee", "Corner ]]> Coffee")));
    add(cases, "'--' in a comment", utf8(doc.replaceFirst("<Ntry>", "<!-- a -- b --><Ntry>")));
    add(cases, "unclosed comment", utf8(doc.replaceFirst("<Ntry>", "<!-- a <Ntry>")));
    add(cases, "unclosed CDATA", utf8(doc.replace("Corner Coffee", "<![CDATA[x")));
    add(
        cases,
        "processing instruction xml",
        utf8(doc.replaceFirst("<Ntry>", "<?xml version=\"1.0\"?><Ntry>")));
    add(cases, "declaration not first", utf8("<!-- c -->" + doc));
    add(cases, "text after the root", utf8(doc + "trailing"));
    add(cases, "second root", utf8(doc + "<Document/>"));
    add(cases, "text before the root", utf8(doc.replace("?>\n<Document", "?>\nx<Document")));
    add(cases, "invalid name start", utf8(doc.replaceFirst("<Ntry>", "<1Ntry>")));
    add(cases, "space before element name", utf8(doc.replaceFirst("<Ntry>", "< Ntry>")));
    add(cases, "version 2.0", utf8(doc.replace("version=\"1.0\"", "version=\"2.0\"")));
    add(cases, "declaration without version", utf8(doc.replace("version=\"1.0\" ", "")));
    add(cases, "standalone maybe", utf8(doc.replace("?>", " standalone=\"maybe\"?>")));
    add(
        cases,
        "US-ASCII with a byte above 7 bits",
        doc.replace("encoding=\"UTF-8\"", "encoding=\"US-ASCII\"")
            .replace("Corner Coffee", "Caf\u00e9")
            .getBytes(StandardCharsets.ISO_8859_1));
    add(cases, "empty input", new byte[0]);
    add(cases, "only a declaration", utf8("<?xml version=\"1.0\"?>\n"));
    add(
        cases,
        "DOCTYPE with an entity bomb",
        utf8(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                + doc.substring(doc.indexOf("<Document")).replace("Corner Coffee", "&lol3;")));
    add(
        cases,
        "DOCTYPE with an external entity",
        utf8(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + doc.substring(doc.indexOf("<Document")).replace("Corner Coffee", "&x;")));
    add(
        cases,
        "DOCTYPE with an external DTD",
        utf8(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE Document SYSTEM \"http://127.0.0.1:9/x.dtd\">\n"
                + doc.substring(doc.indexOf("<Document"))));
    add(
        cases,
        "deep nesting",
        utf8(doc.replace("Corner Coffee", "<a>".repeat(5000) + "</a>".repeat(5000))));
    add(cases, "huge text", utf8(doc.replace("Corner Coffee", "x".repeat(200_000))));
    add(cases, "long name", utf8(doc.replaceFirst("<Ntry>", "<N" + "n".repeat(100_000) + ">")));
    add(
        cases,
        "many attributes",
        utf8(doc.replaceFirst("<Ntry>", "<Ntry" + manyAttributes(20_000) + ">")));
    return cases.stream();
  }

  private static String manyAttributes(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(" a").append(i).append("=\"\"");
    }
    return sb.toString();
  }

  private static void add(List<Arguments> cases, String name, byte[] input) {
    cases.add(Arguments.of(Named.of(name, input)));
  }

  /** The document with {@code bytes} in place of the text "Corner Coffee". */
  private static byte[] bytesWith(String doc, int... bytes) {
    int at = doc.indexOf("Corner Coffee");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(doc.substring(0, at)));
    for (int b : bytes) {
      out.write(b);
    }
    out.writeBytes(utf8(doc.substring(at + "Corner Coffee".length())));
    return out.toByteArray();
  }

  /** Malformed and hostile inputs: both paths refuse with a deliberate typed error. */
  @ParameterizedTest
  @MethodSource("malformed")
  void malformedInputs_refusedByBoth(byte[] input) {
    ParseOptions options = ParseOptions.builder().format("camt.053").build();
    BsaException own = refusal(OWN, input, options);
    BsaException stax = refusal(STAX, input, options);
    assertThat(own.errorCode())
        .as("own %s, StAX %s", own, stax)
        .isIn(ErrorCode.MALFORMED_INPUT, ErrorCode.LIMIT_EXCEEDED, ErrorCode.INVALID_DATA);
    // the JDK's reader reports undecodable bytes as an I/O failure, the scanner as malformed input
    assertThat(stax.errorCode())
        .isIn(
            ErrorCode.MALFORMED_INPUT,
            ErrorCode.LIMIT_EXCEEDED,
            ErrorCode.INVALID_DATA,
            ErrorCode.IO_FAILURE);
    if (input.length > 0) {
      assertThat(own.position().line()).as("line of %s", own).isGreaterThan(0);
    }
  }

  /**
   * An attribute longer than the text limit: the scanner refuses it (its bound on an element's
   * attribute characters); the JDK's reader has no such bound and holds it whole.
   */
  @Test
  void hugeAttribute_refusedByTheScanner() {
    String doc = statement("camt.053", namespace("camt.053", 8), "");
    byte[] input = utf8(doc.replaceFirst("Ccy=\"EUR\"", "Ccy=\"" + "E".repeat(200_000) + "\""));
    BsaException own = refusal(OWN, input, ParseOptions.builder().format("camt.053").build());
    assertThat(own.errorCode()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    assertThat(own.position().line()).isGreaterThan(0);
  }

  private static BsaException refusal(StatementAnalyzer analyzer, byte[] input, ParseOptions o) {
    try {
      ParseResult r = analyzer.parse(input, o);
      return fail("parsed " + r.transactionCount() + " transactions");
    } catch (BsaException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException && !(cause instanceof BsaException)) {
        throw new AssertionError("unexpected exception behind " + e, e);
      }
      return e;
    }
  }
}

package io.github.bsa.parsers.internal.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.ParseLimits;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class Mt940ParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder()
          .parsers(List.of(new Mt940ParserProvider(), new Mt942ParserProvider()))
          .build();

  /** Two statements in SWIFT envelopes, German structured :86:, a statement-level :86:. */
  static final String ENVELOPE =
      """
      {1:F01TESTDEFFAXXX0000000000}{2:I940TESTDEFFXXXXN}{4:
      :20:STMT-1
      :25:DE89370400440532013000
      :28C:00001/001
      :60F:C231229EUR1000,00
      :61:2312291229DR25,50NDDTKREF123//BANKREF1
      SEPA DIRECT DEBIT
      :86:105?00SEPA-LASTSCHRIFT?109310?20EREF+E2E-0001?21MREF+M-77?22CRED+DE98ZZZ09999999999?23SVW
      Z+Invoice 4711 December?30COBADEFFXXX?31DE02120300000000202051?32Example Energy GmbH
      :61:2312300102C100,NTRFNONREF
      :86:166?00GUTSCHRIFT?20Salary?32ACME
      :62F:C240102EUR1074,50
      :86:Statement information line
      -}{5:{CHK:123456789ABC}}
      {1:F01TESTDEFFAXXX0000000000}{2:I940TESTDEFFXXXXN}{4:
      :20:STMT-2
      :25:DE89370400440532013000
      :28C:00002/001
      :60F:C240102EUR1074,50
      :61:240103RD10,00NTRFNONREF
      :61:240103RC4,50NTRFNONREF
      :62F:C240103EUR1080,00
      -}
      """;

  @Test
  void parse_envelopeWithTwoStatements_readsBoth() {
    ParseResult r = parse(ENVELOPE, ParseOptions.builder().format("mt940").build());
    assertThat(r.statements()).hasSize(2);
    Statement s1 = r.statements().get(0);
    assertThat(s1.id()).contains("STMT-1");
    assertThat(s1.account().iban()).isPresent();
    assertThat(s1.openingBalance()).contains(new BigDecimal("1000.00"));
    assertThat(s1.closingBalance()).contains(new BigDecimal("1074.50"));
    assertThat(s1.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(s1.information()).contains("Statement information line");
    assertThat(s1.attributes()).containsEntry("mt940.statementNumber", "00001/001");

    Transaction debit = s1.transactions().get(0);
    assertThat(debit.amount()).isEqualByComparingTo("-25.50");
    assertThat(debit.valueDate()).contains(LocalDate.of(2023, 12, 29));
    assertThat(debit.bookingDate()).contains(LocalDate.of(2023, 12, 29));
    assertThat(debit.typeCode()).contains("NDDT");
    assertThat(debit.reference()).contains("BANKREF1");
    assertThat(debit.endToEndId()).contains("E2E-0001");
    assertThat(debit.counterparty()).contains("Example Energy GmbH");
    assertThat(debit.counterpartyAccount()).contains("DE02120300000000202051");
    assertThat(debit.attributes())
        .containsEntry("mt940.gvc", "105")
        .containsEntry("mt940.postingText", "SEPA-LASTSCHRIFT")
        .containsEntry("mt940.mandateReference", "M-77")
        .containsEntry("mt940.creditorId", "DE98ZZZ09999999999")
        .containsEntry("mt940.remittanceInformation", "Invoice 4711 December")
        .containsEntry("mt940.fundsCode", "R")
        .containsEntry("mt940.supplementaryDetails", "SEPA DIRECT DEBIT");
    assertThat(debit.description()).startsWith("105?00SEPA-LASTSCHRIFT");

    Transaction credit = s1.transactions().get(1);
    assertThat(credit.amount()).isEqualByComparingTo("100");
    // entry date 0102 of a value date in December 2023 falls in January 2024
    assertThat(credit.bookingDate()).contains(LocalDate.of(2024, 1, 2));
    assertThat(credit.reference()).isEmpty();
    assertThat(credit.counterparty()).contains("ACME");

    Statement s2 = r.statements().get(1);
    assertThat(s2.transactions())
        .extracting(Transaction::amount)
        .containsExactly(new BigDecimal("10.00"), new BigDecimal("-4.50"));
    assertThat(s2.transactions().get(0).attributes()).containsEntry("mt940.mark", "RD");
    assertThat(s2.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  @Test
  void parse_sinkCalls_streamInOrder() throws IOException {
    List<String> calls = new ArrayList<>();
    StatementSink sink =
        new StatementSink() {
          @Override
          public void beginStatement(StatementHeader header) {
            calls.add("begin");
          }

          @Override
          public void transaction(Transaction transaction) {
            calls.add("tx");
          }

          @Override
          public void rowSkipped(ParseWarning warning) {}

          @Override
          public void endStatement(StatementHeader header) {
            calls.add("end");
          }

          @Override
          public void warning(ParseWarning warning) {}

          @Override
          public void property(String key, String value) {}
        };
    new Mt940ParserProvider()
        .create(ParseContext.defaults())
        .parse(new ByteArrayInputStream(ENVELOPE.getBytes(StandardCharsets.US_ASCII)), sink);
    assertThat(calls).containsExactly("begin", "tx", "tx", "end", "begin", "tx", "tx", "end");
  }

  @Test
  void parse_largeInput_reportsTransactionsBeforeTheInputIsRead() throws IOException {
    byte[] start = ":20:BIG\n:25:1\n:60F:C240105EUR0,00\n".getBytes(StandardCharsets.US_ASCII);
    byte[] body =
        ":61:2401050105C1,00NTRFNONREF\n:86:Some text for the transaction\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] end = ":62F:C240105EUR50000,00\n-\n".getBytes(StandardCharsets.US_ASCII);
    int count = 50_000;
    long total = start.length + (long) body.length * count + end.length;
    long[] position = {0};
    InputStream generated =
        new InputStream() {
          @Override
          public int read() {
            if (position[0] >= total) {
              return -1;
            }
            long p = position[0]++;
            if (p < start.length) {
              return start[(int) p];
            }
            p -= start.length;
            if (p < (long) body.length * count) {
              return body[(int) (p % body.length)];
            }
            return end[(int) (p - (long) body.length * count)];
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
              int c = read();
              if (c < 0) {
                return n == 0 ? -1 : n;
              }
              b[off + n++] = (byte) c;
            }
            return n;
          }
        };
    long[] readAtFirst = {-1};
    int[] seen = {0};
    BigDecimal[] closing = {null};
    StatementSink sink =
        new StatementSink() {
          @Override
          public void beginStatement(StatementHeader header) {}

          @Override
          public void transaction(Transaction transaction) {
            if (seen[0]++ == 0) {
              readAtFirst[0] = position[0];
            }
          }

          @Override
          public void rowSkipped(ParseWarning warning) {}

          @Override
          public void endStatement(StatementHeader header) {
            closing[0] = header.closingBalance().orElse(null);
          }

          @Override
          public void warning(ParseWarning warning) {}

          @Override
          public void property(String key, String value) {}
        };
    new Mt940ParserProvider().create(ParseContext.defaults()).parse(generated, sink);
    assertThat(seen[0]).isEqualTo(count);
    assertThat(closing[0]).isEqualByComparingTo("50000.00");
    // the first transaction is reported after one buffer, not after the whole input
    assertThat(readAtFirst[0]).isLessThan(64 * 1024).isLessThan(total / 10);
  }

  @Test
  void parse_dutchStructured86_mapsCounterparty() {
    String text =
        """
        :20:NL-1
        :25:NL91ABNA0417164300
        :28C:1
        :60F:C240105EUR50,00
        :61:2401050105D12,34NTRFNONREF
        :86:/TRTP/SEPA OVERBOEKING/IBAN/NL69INGB0123456789/BIC/INGBNL2A/NAME/J
        ANSEN/REMI/Invoice 12/EREF/REF-9
        :62F:C240105EUR37,66
        -
        """;
    Transaction t = parse(text, ParseOptions.defaults()).statements().get(0).transactions().get(0);
    assertThat(t.counterparty()).contains("JANSEN");
    assertThat(t.counterpartyAccount()).contains("NL69INGB0123456789");
    assertThat(t.endToEndId()).contains("REF-9");
    assertThat(t.attributes())
        .containsEntry("mt940.remittanceInformation", "Invoice 12")
        .containsEntry("mt940.transactionType", "SEPA OVERBOEKING")
        .containsEntry("mt940.counterpartyBank", "INGBNL2A");
  }

  @Test
  void parse_dutchLabelled86_mapsCounterparty() {
    String text =
        """
        :20:ABN
        :25:123456789
        :28C:1
        :60F:C240105EUR50,00
        :61:2401050105D12,34NTRFNONREF
        :86:SEPA OVERBOEKING                 IBAN: NL69INGB0123456789
        BIC: INGBNL2A                    NAAM: J JANSEN
        OMSCHRIJVING: Invoice 12         KENMERK: E2E-77
        :61:2401050105C12,34NTRFNONREF
        :86:FACTUUR 42
        REK: NL65INGB0123456789/NAAM: PICQER
        :62F:C240105EUR50,00
        -
        """;
    List<Transaction> ts = parse(text, ParseOptions.defaults()).statements().get(0).transactions();
    assertThat(ts.get(0).counterparty()).contains("J JANSEN");
    assertThat(ts.get(0).counterpartyAccount()).contains("NL69INGB0123456789");
    assertThat(ts.get(0).endToEndId()).contains("E2E-77");
    assertThat(ts.get(0).attributes())
        .containsEntry("mt940.remittanceInformation", "Invoice 12")
        .containsEntry("mt940.counterpartyBank", "INGBNL2A");
    assertThat(ts.get(1).counterparty()).contains("PICQER");
    assertThat(ts.get(1).counterpartyAccount()).contains("NL65INGB0123456789");
  }

  @Test
  void parse_lineBreakVariants_giveTheSameResult() {
    String lf = ENVELOPE;
    String expected = render(parse(lf, ParseOptions.defaults()));
    assertThat(render(parse(lf.replace("\n", "\r\n"), ParseOptions.defaults())))
        .isEqualTo(expected);
    assertThat(render(parse(lf.replace("\n", "\r"), ParseOptions.defaults()))).isEqualTo(expected);
    assertThat(render(parse(lf.replace("\n", "@@"), ParseOptions.defaults()))).isEqualTo(expected);
  }

  @Test
  void parse_singleByteCharsets_areDetected() {
    String text =
        """
        :20:X
        :25:12345678/0001
        :60F:C240105EUR50,00
        :61:2401050105D12,34NTRFNONREF
        :86:%s
        :62F:C240105EUR37,66
        -
        """;
    assertThat(description(text.formatted("Müller Straße Gebühr"), StandardCharsets.ISO_8859_1))
        .isEqualTo("Müller Straße Gebühr");
    assertThat(description(text.formatted("Zażółć gęślą jaźń"), Charset.forName("windows-1250")))
        .isEqualTo("Zażółć gęślą jaźń");
    assertThat(description(text.formatted("Müller Gebühr"), StandardCharsets.UTF_8))
        .isEqualTo("Müller Gebühr");
    assertThat(description(text.formatted("összevont utánvét"), Charset.forName("IBM852")))
        .isEqualTo("összevont utánvét");
  }

  @Test
  void parse_charsetOption_overridesDetection() {
    String text =
        """
        :20:X
        :25:1
        :60F:C240105EUR50,00
        :61:2401050105D12,34NTRF
        :86:Gebühr
        :62F:C240105EUR37,66
        -
        """;
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    ParseResult r =
        ANALYZER.parse(
            bytes,
            ParseOptions.builder().format("mt940").charset(StandardCharsets.ISO_8859_1).build());
    assertThat(r.statements().get(0).transactions().get(0).description()).isEqualTo("Gebühr");
  }

  /** An MT942 interim report with floor limits, a date-time and debit/credit summaries. */
  static final String MT942 =
      """
      :20:INTRADAY
      :25:PL61109010140000071219812874
      :28C:1/1
      :34F:PLND0,00
      :34F:PLNC0,00
      :13D:2401191815+0100
      :61:2401190119CN5,00NTRFNONREF//B1
      :86:Payment
      :61:2401190119DN2,00NTRFNONREF//B2
      :90D:1PLN2,00
      :90C:1PLN5,00
      -
      """;

  @Test
  void parse_mt942_readsFloorLimitAndSummary() {
    ParseResult r = parse(MT942, ParseOptions.defaults());
    assertThat(r.format()).isEqualTo("mt942");
    Statement s = r.statements().get(0);
    assertThat(s.openingBalance()).isEmpty();
    assertThat(s.transactions()).hasSize(2);
    assertThat(s.attributes())
        .containsEntry("mt942.floorLimitDebit", "0.00")
        .containsEntry("mt942.dateTime", "2024-01-19T18:15+01:00")
        .containsEntry("mt942.debitCount", "1")
        .containsEntry("mt942.creditSum", "5.00");
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void parse_mt942SummaryMismatch_warns() {
    String text = ":20:I\n:25:1\n:34F:EURD0,00\n:61:2401190119DN2,00NTRF\n:90D:2EUR2,00\n-\n";
    Statement s = parse(text, ParseOptions.defaults()).statements().get(0);
    assertThat(s.warnings()).extracting(ParseWarning::code).contains("mt942.summaryMismatch");
  }

  @Test
  void parse_truncatedPlainFileMidLine_failsTyped() {
    String text = ":20:A\n:25:1\n:60F:C240105EUR50,00\n:61:2401050105D12,34NTRF\n:86:Some te";
    assertThatThrownBy(() -> parse(text, ParseOptions.defaults()))
        .isInstanceOf(StatementParseException.class)
        .satisfies(e -> assertThat(((BsaException) e).position().line()).isEqualTo(5));
  }

  @Test
  void parse_badStatementLine_failsWithPosition() {
    String text =
        ":20:A\n:25:1\n:60F:C240105EUR50,00\n:61:24XX05D12,34NTRF\n:62F:C240105EUR50,00\n";
    assertThatThrownBy(() -> parse(text, ParseOptions.defaults()))
        .isInstanceOf(StatementParseException.class)
        .hasMessageContaining(":61:")
        .satisfies(e -> assertThat(((BsaException) e).position().line()).isEqualTo(4));
  }

  @Test
  void parse_emptyAndForeignInput_failsMalformed() {
    for (String text : List.of("", "\n\n", "date;amount\n2024-01-01;5\n", ":NS:\n")) {
      assertThatThrownBy(
              () ->
                  ANALYZER.parse(
                      text.getBytes(StandardCharsets.UTF_8),
                      ParseOptions.builder().format("mt940").build()))
          .isInstanceOf(StatementParseException.class)
          .extracting(e -> ((BsaException) e).errorCode())
          .isEqualTo(ErrorCode.MALFORMED_INPUT);
    }
  }

  @Test
  void parse_manyContinuationLines_failsWithLimit() {
    StatementAnalyzer small =
        StatementAnalyzer.builder()
            .parsers(List.of(new Mt940ParserProvider()))
            .limits(ParseLimits.builder().maxLineLength(1000).build())
            .build();
    String text = ":20:A\n:25:1\n:60F:C240105EUR50,00\n:86:" + "text\n".repeat(1000);
    assertThatThrownBy(
            () ->
                small.parse(
                    text.getBytes(StandardCharsets.US_ASCII),
                    ParseOptions.builder().format("mt940").build()))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void parse_dayPastMonthEnd_isClampedWithWarning() {
    String text =
        """
        :20:A
        :25:1
        :60F:C160229EUR10,00
        :61:1602300301DR6,00N024NONREF
        :62F:C160301EUR4,00
        -
        """;
    Statement s = parse(text, ParseOptions.defaults()).statements().get(0);
    assertThat(s.transactions().get(0).valueDate()).contains(LocalDate.of(2016, 2, 29));
    assertThat(s.warnings()).extracting(ParseWarning::code).contains("mt940.dayClamped");
  }

  @Test
  void parse_noClosingBalanceAtCleanEnd_warns() {
    String text = ":20:A\n:25:1\n:60F:C240105EUR50,00\n:61:2401050105D12,34NTRF\n";
    Statement s = parse(text, ParseOptions.defaults()).statements().get(0);
    assertThat(s.warnings()).extracting(ParseWarning::code).contains("mt940.noClosingBalance");
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.UNVERIFIED);
  }

  @Test
  void parse_accountWithIbanAfterSlash_setsIban() {
    assertThat(Mt940Fields.ibanIn("COBADEFF/DE89370400440532013000"))
        .isEqualTo(Iban.parse("DE89370400440532013000"));
    assertThat(Mt940Fields.ibanIn("NL91ABNA0417164300 EUR"))
        .isEqualTo(Iban.parse("NL91ABNA0417164300"));
    assertThat(Mt940Fields.ibanIn("NL91ABNA0417164300EUR"))
        .isEqualTo(Iban.parse("NL91ABNA0417164300"));
    assertThat(Mt940Fields.ibanIn("12345678/0001")).isNull();
  }

  private static String description(String text, Charset charset) {
    ParseResult r =
        ANALYZER.parse(text.getBytes(charset), ParseOptions.builder().format("mt940").build());
    return r.statements().get(0).transactions().get(0).description();
  }

  private static ParseResult parse(String text, ParseOptions options) {
    return ANALYZER.parse(text.getBytes(StandardCharsets.UTF_8), options);
  }

  private static String render(ParseResult r) {
    StringBuilder sb = new StringBuilder();
    for (Statement s : r.statements()) {
      sb.append(s.id().orElse("")).append(s.openingBalance()).append(s.closingBalance());
      sb.append(s.information()).append(s.attributes()).append('\n');
      for (Transaction t : s.transactions()) {
        sb.append(t.date()).append(t.amount()).append(t.description()).append(t.attributes());
        sb.append(t.counterparty()).append(t.reference()).append('\n');
      }
    }
    return sb.toString();
  }
}

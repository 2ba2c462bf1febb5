package io.github.bsa.parsers.internal.camt;

import static io.github.bsa.parsers.internal.camt.CamtSamples.bytes;
import static io.github.bsa.parsers.internal.camt.CamtSamples.namespace;
import static io.github.bsa.parsers.internal.camt.CamtSamples.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CamtParserTest {
  private static final StatementAnalyzer ANALYZER =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();

  private static ParseResult parse(String xml) {
    return ANALYZER.parse(bytes(xml));
  }

  private static ParseResult parse(String xml, ParseOptions options) {
    return ANALYZER.parse(bytes(xml), options);
  }

  @Test
  void readsStatementHeaderBalancesAndAccount() {
    ParseResult r = parse(statement("camt.053", namespace("camt.053", 8), ""));
    assertThat(r.format()).isEqualTo("camt.053");
    assertThat(r.confidence()).isGreaterThanOrEqualTo(0.9);
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    assertThat(s.id()).contains("STMT-1");
    Account a = s.account();
    assertThat(a.iban().orElseThrow().value()).isEqualTo("DE89370400440532013000");
    assertThat(a.currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    assertThat(a.holder()).contains("Erika Example");
    assertThat(a.bic()).contains("COBADEFFXXX");
    assertThat(s.openingBalance()).contains(new BigDecimal("-100.00"));
    assertThat(s.closingBalance()).contains(new BigDecimal("2100.00"));
    assertThat(s.availableBalance()).contains(new BigDecimal("2000.00"));
    assertThat(s.period().orElseThrow().from()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(s.period().orElseThrow().to()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(s.information()).contains("Monthly statement");
    assertThat(s.attributes())
        .containsEntry("camt.version", "camt.053.001.08")
        .containsEntry("camt.messageId", "MSG-1")
        .containsEntry("camt.electronicSequenceNumber", "7")
        .containsEntry("camt.balance.CLAV.date", "2024-03-31");
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void mapsEntriesAndTransactionDetails() {
    List<Transaction> t =
        parse(statement("camt.053", namespace("camt.053", 8), ""))
            .statements()
            .get(0)
            .transactions();
    assertThat(t).hasSize(4);

    Transaction salary = t.get(0);
    assertThat(salary.amount()).isEqualByComparingTo("2500.00");
    assertThat(salary.bookingDate()).contains(LocalDate.of(2024, 3, 1));
    assertThat(salary.description()).isEqualTo("Salary March 2024");
    assertThat(salary.counterparty()).contains("Acme Widgets Ltd");
    assertThat(salary.counterpartyAccount()).contains("GB33BUKB20201555555555");
    assertThat(salary.reference()).contains("BANKREF-1");
    assertThat(salary.endToEndId()).contains("E2E-SALARY");
    assertThat(salary.typeCode()).contains("PMNT-RCDT-ESCT");
    assertThat(salary.attributes())
        .containsEntry("camt.mandateId", "M-1")
        .containsEntry("camt.proprietaryCode", "NTRF+166")
        .containsEntry("camt.status", "BOOK")
        .containsEntry("camt.entryReference", "N1");
    assertThat(salary.position().line()).isGreaterThan(0);

    Transaction card = t.get(1);
    assertThat(card.amount()).isEqualByComparingTo("-45.90");
    assertThat(card.bookingDate()).contains(LocalDate.of(2024, 3, 5));
    assertThat(card.valueDate()).contains(LocalDate.of(2024, 3, 6));
    assertThat(card.description()).isEqualTo("Card payment");
    assertThat(card.counterparty()).contains("Corner Coffee");
    assertThat(card.reference()).contains("TXREF-2");
    assertThat(card.endToEndId()).isEmpty();
    assertThat(card.typeCode()).contains("CARD");
    assertThat(card.attributes())
        .containsEntry("camt.instructedAmount", "50.00")
        .containsEntry("camt.instructedAmount.currency", "USD")
        .containsEntry("camt.exchangeRate", "0.888")
        .containsEntry("camt.transactionAmount", "44.40")
        .containsEntry("camt.charges", "1.50")
        .containsEntry("camt.charges.currency", "EUR");

    Transaction reversal = t.get(2);
    assertThat(reversal.amount()).isEqualByComparingTo("45.90");
    assertThat(reversal.attributes())
        .containsEntry("camt.reversal", "true")
        .containsEntry("camt.returnReason", "AC04");
    // the reversal of a debit: the counterparty is still the original creditor
    assertThat(reversal.counterparty()).contains("Corner Coffee");
    assertThat(reversal.description()).isEqualTo("Reversal card payment");
    assertThat(reversal.valueDate()).isEmpty();

    Transaction batch = t.get(3);
    assertThat(batch.amount()).isEqualByComparingTo("-300.00");
    assertThat(batch.description()).isEqualTo("Rent A Rent B");
    assertThat(batch.counterparty()).isEmpty();
    assertThat(batch.reference()).contains("BATCH-4");
    assertThat(batch.attributes())
        .containsEntry("camt.batchCount", "2")
        .containsEntry("camt.batchSize", "2");
  }

  @Test
  void splitsBatchesOnRequest() {
    ParseOptions split =
        ParseOptions.builder()
            .option(io.github.bsa.parsers.FormatOptions.CAMT_SPLIT_BATCHES, true)
            .build();
    Statement s =
        parse(statement("camt.053", namespace("camt.053", 2), ""), split).statements().get(0);
    List<Transaction> t = s.transactions();
    assertThat(t).hasSize(5);
    assertThat(t.get(3).amount()).isEqualByComparingTo("-100.00");
    assertThat(t.get(3).counterparty()).contains("Landlord A");
    assertThat(t.get(3).counterpartyAccount()).contains("12345");
    assertThat(t.get(3).description()).isEqualTo("Rent A");
    assertThat(t.get(3).reference()).contains("RENT-A");
    assertThat(t.get(4).amount()).isEqualByComparingTo("-200.00");
    assertThat(t.get(4).reference()).contains("RENT-B");
    assertThat(t.get(4).attributes()).containsEntry("camt.entryAmount", "300.00");
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  @Test
  void keepsBatchWholeWhenDetailsDoNotAddUp() {
    String xml =
        statement("camt.053", namespace("camt.053", 4), "")
            .replace("<Amt Ccy=\"EUR\">200.00</Amt>", "<Amt Ccy=\"EUR\">199.00</Amt>");
    ParseOptions split =
        ParseOptions.builder()
            .option(io.github.bsa.parsers.FormatOptions.CAMT_SPLIT_BATCHES, true)
            .build();
    Statement s = parse(xml, split).statements().get(0);
    assertThat(s.transactions()).hasSize(4);
    assertThat(s.warnings()).extracting(ParseWarning::code).contains("camt.batchNotSplit");
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.VERIFIED);
  }

  @Test
  void rejectsBadSplitOption() {
    ParseOptions bad = ParseOptions.builder().formatOption("camt.splitBatches", "maybe").build();
    assertThatThrownBy(() -> parse(statement("camt.053", "", ""), bad))
        .isInstanceOfSatisfying(
            io.github.bsa.core.BsaException.class,
            e -> assertThat(e.errorCode()).isEqualTo(io.github.bsa.core.ErrorCode.INVALID_OPTION));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
  void everyVersionReadsAlike(int version) {
    for (String kind : List.of("camt.052", "camt.053", "camt.054")) {
      ParseResult r = parse(statement(kind, namespace(kind, version), ""));
      assertThat(r.format()).isEqualTo(kind);
      assertThat(r.statements().get(0).transactions()).hasSize(4);
      assertThat(r.statements().get(0).balanceCheck().status())
          .isEqualTo(BalanceCheck.Status.VERIFIED);
      assertThat(r.statements().get(0).attributes())
          .containsEntry("camt.version", String.format("%s.001.%02d", kind, version));
    }
  }

  @Test
  void readsPrefixedAndNamespaceFreeDocuments() {
    ParseResult prefixed = parse(statement("camt.054", namespace("camt.054", 8), "c:"));
    ParseResult bare = parse(statement("camt.052", "", ""));
    assertThat(prefixed.format()).isEqualTo("camt.054");
    assertThat(bare.format()).isEqualTo("camt.052");
    assertThat(prefixed.transactionCount()).isEqualTo(4);
    assertThat(bare.transactionCount()).isEqualTo(4);
    assertThat(bare.statements().get(0).attributes()).doesNotContainKey("camt.version");
  }

  @Test
  void readsVersionOneElementNames() {
    String xml =
        statement("camt.053", namespace("camt.053", 1), "")
            .replace("BkToCstmrStmt>", "BkToCstmrStmtV01>");
    assertThat(parse(xml).transactionCount()).isEqualTo(4);
  }

  @Test
  void debitBalanceIsNegativeAndDebitEntryIsNegative() {
    Statement s = parse(statement("camt.053", "", "")).statements().get(0);
    assertThat(s.openingBalance().orElseThrow()).isNegative();
    assertThat(s.transactions().get(1).amount()).isNegative();
  }

  @Test
  void reversalSignFollowsCreditDebitIndicator() {
    // a reversed credit is booked as DBIT with RvslInd=true: money leaves the account
    String xml =
        statement("camt.053", "", "")
            .replace(
                "<CdtDbtInd>CRDT</CdtDbtInd>\n        <RvslInd>true</RvslInd>",
                "<CdtDbtInd>DBIT</CdtDbtInd>\n        <RvslInd>true</RvslInd>");
    Transaction t = parse(xml).statements().get(0).transactions().get(2);
    assertThat(t.amount()).isEqualByComparingTo("-45.90");
    assertThat(t.attributes()).containsEntry("camt.reversal", "true");
  }

  @Test
  void streamsTransactionsAsEntriesEnd() throws IOException {
    List<String> events = new ArrayList<>();
    StatementSink sink =
        new StatementSink() {
          @Override
          public void beginStatement(StatementHeader header) {
            events.add("begin:" + header.account().iban().isPresent());
          }

          @Override
          public void transaction(Transaction transaction) {
            events.add("tx");
          }

          @Override
          public void rowSkipped(ParseWarning warning) {}

          @Override
          public void endStatement(StatementHeader header) {
            events.add("end");
          }

          @Override
          public void warning(ParseWarning warning) {
            events.add("warning");
          }

          @Override
          public void property(String key, String value) {
            events.add("property");
          }
        };
    new CamtParser("camt.053", ParseContext.defaults())
        .parse(new ByteArrayInputStream(bytes(statement("camt.053", "", ""))), sink);
    assertThat(events).containsExactly("begin:true", "tx", "tx", "tx", "tx", "end");
  }

  @Test
  void invalidValuesNameTheirPosition() {
    String badAmount =
        statement("camt.053", "", "")
            .replace("<Amt Ccy=\"EUR\">2500.00</Amt>", "<Amt Ccy=\"EUR\">25,00</Amt>");
    StatementParseException e =
        catchThrowableOfType(StatementParseException.class, () -> parse(badAmount));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA);
    assertThat(e.position().line()).isGreaterThan(0);
    assertThat(e.getMessage()).doesNotContain("25,00");

    String badDate = statement("camt.053", "", "").replace("2024-03-07", "2024-13-07");
    assertThat(
            catchThrowableOfType(StatementParseException.class, () -> parse(badDate)).errorCode())
        .isEqualTo(ErrorCode.INVALID_DATA);

    String noSign =
        statement("camt.053", "", "").replaceFirst("<CdtDbtInd>CRDT</CdtDbtInd>\\s*<Sts>", "<Sts>");
    assertThat(catchThrowableOfType(StatementParseException.class, () -> parse(noSign)).errorCode())
        .isEqualTo(ErrorCode.INVALID_DATA);
  }

  @Test
  void emptyMessageIsInvalid() {
    String xml =
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
            + "<GrpHdr><MsgId>1</MsgId></GrpHdr></BkToCstmrStmt></Document>";
    assertThat(catchThrowableOfType(StatementParseException.class, () -> parse(xml)).errorCode())
        .isEqualTo(ErrorCode.INVALID_DATA);
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + statement("camt.053", "", "")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                .replace("Monthly statement", "&x;");
    StatementParseException e =
        catchThrowableOfType(StatementParseException.class, () -> parse(xml));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Document [\n");
    dtd.append("<!ENTITY l0 \"lol\">\n");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&l").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n<Document><BkToCstmrStmt><GrpHdr><MsgId>&l10;</MsgId></GrpHdr>")
        .append("</BkToCstmrStmt></Document>");
    long start = System.nanoTime();
    StatementParseException e =
        catchThrowableOfType(StatementParseException.class, () -> parse(dtd.toString()));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void deepNestingIsRefused() {
    StringBuilder xml = new StringBuilder("<Document><BkToCstmrStmt><Stmt>");
    xml.append("<X>".repeat(500)).append("</X>".repeat(500));
    xml.append("</Stmt></BkToCstmrStmt></Document>");
    assertThatThrownBy(() -> parse(xml.toString())).isInstanceOf(StatementParseException.class);
  }

  @Test
  void toleratesBlankLinesBeforeTheDeclarationAndAByteOrderMark() {
    assertThat(parse("\r\n  \n" + statement("camt.053", "", "")).transactionCount()).isEqualTo(4);
    assertThat(parse("\uFEFF" + statement("camt.053", "", "")).transactionCount()).isEqualTo(4);
  }

  @Test
  void honoursCharsetOfTheProlog() {
    String xml =
        statement("camt.053", "", "")
            .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
            .replace("Corner Coffee", "Caf\u00e9 M\u00fcller");
    ParseResult r = ANALYZER.parse(xml.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(r.statements().get(0).transactions().get(1).counterparty())
        .contains("Caf\u00e9 M\u00fcller");
  }

  @Test
  void textDirectlyInAnEntry_isATypedRefusal_notAParserFailure() {
    // an entry or balance with text and no child elements: the old path table broke on it
    String xml =
        "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
            + "<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id><Bal>x</Bal>"
            + "<Ntry>y</Ntry></Stmt></BkToCstmrStmt></Document>";
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOfSatisfying(
            StatementParseException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_DATA));
  }

  @Test
  void elementPaths_areKeptWithinTheirBudget() {
    CamtPath root = CamtPath.root();
    CamtPath amt = root.child("Amt");
    assertThat(root.child("Amt")).isSameAs(amt);
    assertThat(amt.child("Ccy").path()).isEqualTo("Amt/Ccy");
    // endless distinct names: once the budget is spent, paths are made afresh and not kept
    String longName = "N".repeat(10_000);
    for (int i = 0; i < 100; i++) {
      root.child(longName + i);
    }
    CamtPath late = root.child(longName + "x");
    assertThat(late.path()).isEqualTo(longName + "x");
    assertThat(root.child(longName + "x")).isNotSameAs(late);
    assertThat(root.child("Amt")).isSameAs(amt);
  }
}

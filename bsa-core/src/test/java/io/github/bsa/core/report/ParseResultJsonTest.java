package io.github.bsa.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.bsa.core.BoundingBox;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ParseResultJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ParseResult sample() {
    Currency eur = Currency.getInstance("EUR");
    Statement full =
        Statement.builder()
            .id("STMT-1")
            .account(
                Account.builder()
                    .number("0417164300")
                    .iban(Iban.parse("NL91ABNA0417164300"))
                    .currency(eur)
                    .holder("J. Doe")
                    .bank("ABN AMRO")
                    .bic("ABNANL2A")
                    .build())
            .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
            .openingBalance(new BigDecimal("100.00"))
            .closingBalance(new BigDecimal("1E+2").add(new BigDecimal("-12.5")))
            .availableBalance(new BigDecimal("80"))
            .information("Statement-level text")
            .addTransaction(
                Transaction.builder()
                    .id("abc")
                    .bookingDate(LocalDate.of(2026, 1, 3))
                    .valueDate(LocalDate.of(2026, 1, 2))
                    .amount(new BigDecimal("-12.50"))
                    .currency(eur)
                    .description("Coffee \"shop\" – café")
                    .counterparty("Café")
                    .counterpartyAccount("DE89370400440532013000")
                    .reference("REF1")
                    .endToEndId("E2E")
                    .typeCode("NTRF")
                    .category("Dining")
                    .balance(new BigDecimal("87.50"))
                    .position(
                        SourcePosition.ofPage(2)
                            .withLine(7)
                            .withBox(new BoundingBox(10, 20, 300, 12)))
                    .attribute("mt940.fundsCode", "R")
                    .build())
            .addWarning(ParseWarning.of("SKIPPED_LINE", "Skipped a line", SourcePosition.ofLine(9)))
            .attribute("mt940.sequence", "1/1")
            .build();
    Statement empty = Statement.builder().build();
    Statement broken =
        Statement.builder()
            .openingBalance(BigDecimal.ONE)
            .closingBalance(BigDecimal.TEN)
            .addTransaction(
                Transaction.builder()
                    .amount(BigDecimal.ONE)
                    .position(SourcePosition.ofLine(3))
                    .build())
            .build();
    return ParseResult.builder()
        .format("mt940")
        .confidence(0.95)
        .sourceSha256("0".repeat(64))
        .addStatement(full)
        .addStatement(empty)
        .addStatement(broken)
        .addWarning(
            ParseWarning.of("PDF_INCREMENTAL_UPDATE", "Two revisions", SourcePosition.ofPage(1)))
        .property("pdf.producer", "Test")
        .build();
  }

  @Test
  void toJson_fromJson_roundTrips() {
    ParseResult result = sample();
    String json = ParseResultJson.toJson(result);
    ParseResult back = ParseResultJson.fromJson(json);
    assertThat(ParseResultJson.toJson(back)).isEqualTo(json);
    assertThat(back.statements().get(0).transactions())
        .isEqualTo(result.statements().get(0).transactions());
    assertThat(back.statements().get(0).account()).isEqualTo(result.statements().get(0).account());
    assertThat(back.statements().get(2).balanceCheck())
        .isEqualTo(result.statements().get(2).balanceCheck());
    assertThat(back.statements().get(2).balanceCheck().status())
        .isEqualTo(BalanceCheck.Status.DISCREPANCY);
  }

  @Test
  void toJson_amountsArePlainStringsAndDatesIso() throws Exception {
    JsonNode root = MAPPER.readTree(ParseResultJson.toJson(sample()));
    JsonNode s = root.path("statements").get(0);
    assertThat(root.path("schemaVersion").asText()).isEqualTo(ParseResultJson.SCHEMA_VERSION);
    assertThat(s.path("closingBalance").isTextual()).isTrue();
    assertThat(s.path("closingBalance").asText()).isEqualTo("87.5");
    JsonNode t = s.path("transactions").get(0);
    assertThat(t.path("amount").asText()).isEqualTo("-12.50");
    assertThat(t.path("date").asText()).isEqualTo("2026-01-03");
    assertThat(t.path("valueDate").asText()).isEqualTo("2026-01-02");
    assertThat(s.path("balanceCheck").path("status").asText()).isEqualTo("VERIFIED");
    assertThat(s.path("account").path("iban").asText()).isEqualTo("NL91ABNA0417164300");
  }

  @Test
  void toJson_validatesAgainstSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = ParseResultJson.class.getResourceAsStream("parse-result.schema.json")) {
      assertThat(in).isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    Set<ValidationMessage> errors =
        schema.validate(MAPPER.readTree(ParseResultJson.toJson(sample())));
    assertThat(errors).isEmpty();
    JsonNode bad = MAPPER.readTree("{\"schemaVersion\":\"1.0\",\"format\":\"x\"}");
    assertThat(schema.validate(bad)).isNotEmpty();
  }

  @Test
  void toJson_sameInput_sameBytes() {
    assertThat(ParseResultJson.toJson(sample())).isEqualTo(ParseResultJson.toJson(sample()));
  }

  @Test
  void fromJson_garbage_isMalformed() {
    assertThatThrownBy(() -> ParseResultJson.fromJson("{nope"))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT));
    assertThatThrownBy(() -> ParseResultJson.fromJson("{\"schemaVersion\":\"9.0\"}"))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISMATCH));
    assertThatThrownBy(() -> ParseResultJson.fromJson("{\"schemaVersion\":\"1.0\"}"))
        .isInstanceOfSatisfying(
            BsaException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MALFORMED_INPUT));
  }
}

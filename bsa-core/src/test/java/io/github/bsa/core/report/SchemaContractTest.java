package io.github.bsa.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.bsa.core.analysis.Fixtures;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.StatementKind;
import io.github.bsa.core.model.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published JSON contracts (docs/schema): every example document of every published schema
 * version validates against its schema and is still read by this version; the current writers
 * produce documents valid against the published schema of the current version.
 */
final class SchemaContractTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern EXAMPLE = Pattern.compile("(.+)-([0-9][0-9.]*)\\.json");
  private static final Path SCHEMAS =
      Objects.requireNonNull(Path.of("").toAbsolutePath().getParent()).resolve("docs/schema");

  @Test
  void everyPublishedExample_validatesAgainstItsVersionsSchema_andIsStillRead() throws Exception {
    List<Path> examples;
    try (Stream<Path> s = Files.list(SCHEMAS.resolve("examples"))) {
      examples = s.sorted().toList();
    }
    assertThat(examples)
        .extracting(p -> p.getFileName().toString())
        .contains(
            "parse-result-1.0.json",
            "parse-result-1.1.json",
            "analysis-report-1.0.json",
            "health-report-1.json");
    for (Path example : examples) {
      Matcher m = EXAMPLE.matcher(example.getFileName().toString());
      assertThat(m.matches()).as(example.toString()).isTrue();
      String name = m.group(1);
      String version = m.group(2);
      JsonNode doc = MAPPER.readTree(Files.readString(example));
      assertThat(doc.path("schemaVersion").asText()).as(example.toString()).isEqualTo(version);
      assertThat(schema(SCHEMAS.resolve(name + "-" + version + ".schema.json")).validate(doc))
          .as(example.toString())
          .isEmpty();
      if (name.equals("parse-result")) {
        // Read by this version, and written again in the current version's form.
        ParseResult read = ParseResultJson.fromJson(Files.readString(example));
        assertThat(read.statements()).isNotEmpty();
        JsonNode again = MAPPER.readTree(ParseResultJson.toJson(read));
        assertThat(again.path("schemaVersion").asText()).isEqualTo(ParseResultJson.SCHEMA_VERSION);
        assertThat(current("parse-result", ParseResultJson.SCHEMA_VERSION).validate(again))
            .isEmpty();
        // The current schema accepts the older document as it is (the fields added are optional).
        assertThat(current("parse-result", ParseResultJson.SCHEMA_VERSION).validate(doc))
            .as(example.toString())
            .isEmpty();
      }
    }
  }

  @Test
  void parseResult_olderVersion_readWithTheDefaultsOfTheFieldsAddedSince() throws Exception {
    ParseResult read =
        ParseResultJson.fromJson(
            Files.readString(SCHEMAS.resolve("examples/parse-result-1.0.json")));
    assertThat(read.statements())
        .allSatisfy(s -> assertThat(s.kind()).isEqualTo(StatementKind.FINAL));
    assertThat(read.statements().get(0).transactions())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.isPending()).isFalse());
  }

  @Test
  void parseResult_currentExample_isExactlyWhatTheWriterWrites() throws Exception {
    String text =
        Files.readString(
            SCHEMAS.resolve("examples/parse-result-" + ParseResultJson.SCHEMA_VERSION + ".json"));
    ParseResult read = ParseResultJson.fromJson(text);
    assertThat(read.statements())
        .extracting(Statement::kind)
        .contains(StatementKind.FINAL, StatementKind.INTERIM);
    assertThat(read.statements().get(read.statements().size() - 1).transactions())
        .allSatisfy(t -> assertThat(t.isPending()).isTrue());
    assertThat(MAPPER.readTree(ParseResultJson.toJson(read))).isEqualTo(MAPPER.readTree(text));
  }

  @Test
  void parseResult_interimStatementAndPendingTransaction_roundTripAndValidate() throws Exception {
    Transaction pending =
        Transaction.builder()
            .bookingDate(java.time.LocalDate.of(2026, 4, 2))
            .amount(new java.math.BigDecimal("-12.50"))
            .description("Card payment")
            .pending(true)
            .build();
    ParseResult result =
        ParseResult.builder()
            .format("mt942")
            .sourceSha256("0".repeat(64))
            .addStatement(
                Statement.builder().kind(StatementKind.INTERIM).addTransaction(pending).build())
            .build();
    String json = ParseResultJson.toJson(result);
    JsonNode doc = MAPPER.readTree(json);
    assertThat(doc.at("/statements/0/kind").asText()).isEqualTo("INTERIM");
    assertThat(doc.at("/statements/0/transactions/0/pending").asBoolean()).isTrue();
    assertThat(current("parse-result", ParseResultJson.SCHEMA_VERSION).validate(doc)).isEmpty();
    ParseResult again = ParseResultJson.fromJson(json);
    assertThat(again.statements().get(0).kind()).isEqualTo(StatementKind.INTERIM);
    assertThat(again.statements().get(0).transactions().get(0).isPending()).isTrue();
  }

  @Test
  void analysisReport_richReport_validatesAndCoversEveryPart() throws Exception {
    JsonNode doc = MAPPER.readTree(AnalysisReportJson.toJson(Fixtures.rich()));
    JsonSchema schema = current("analysis-report", AnalysisReportJson.SCHEMA_VERSION);
    assertThat(schema.validate(doc)).isEmpty();
    // The report exercises every object of the schema, so the closed schema is really checked.
    for (String array :
        List.of(
            "/recurring",
            "/riskSignals",
            "/income/sources",
            "/warnings",
            "/balances/0/months",
            "/balances/0/days",
            "/cashFlow/months",
            "/cashFlow/total/categories",
            "/cashFlow/largestInflows",
            "/cashFlow/largestOutflows",
            "/lenderSummary/obligationTransactionIds")) {
      assertThat(doc.at(array).isArray() && !doc.at(array).isEmpty()).as(array).isTrue();
    }
    List<String> exclusions = new ArrayList<>();
    doc.path("transactions").forEach(t -> exclusions.add(t.path("exclusion").asText("null")));
    assertThat(exclusions).contains("OWN_TRANSFER", "UNDATED", "OTHER_CURRENCY", "null");
    List<String> types = new ArrayList<>();
    doc.path("riskSignals").forEach(t -> types.add(t.path("type").asText()));
    assertThat(types)
        .contains(
            "BOUNCED_PAYMENT", "OWN_TRANSFER", "GAMBLING", "LARGE_TRANSACTION", "LOAN_PAYMENT");
    assertThat(doc.path("recurring").findValuesAsText("cadence")).contains("MONTHLY");
  }

  @Test
  void analysisReport_aFieldAddedRenamedOrDroppedAnywhere_failsTheSchema() throws Exception {
    JsonNode doc = MAPPER.readTree(AnalysisReportJson.toJson(Fixtures.rich()));
    JsonSchema schema = current("analysis-report", AnalysisReportJson.SCHEMA_VERSION);
    Map<String, String> shapes = new LinkedHashMap<>(); // "/transactions/*" -> "/transactions/0"
    objects(doc, "", "", shapes);
    assertThat(shapes).containsKeys("", "/cashFlow/total/categories/*", "/balances/*/months/*");
    assertClosed(schema, doc, shapes);
  }

  @Test
  void parseResult_aFieldAddedOrRenamedInAnyObject_failsTheSchema() throws Exception {
    JsonNode doc =
        MAPPER.readTree(
            Files.readString(
                SCHEMAS.resolve(
                    "examples/parse-result-" + ParseResultJson.SCHEMA_VERSION + ".json")));
    Map<String, String> shapes = new LinkedHashMap<>();
    objects(doc, "", "", shapes);
    // Open by design: the top level (the CLI adds file and error) and the string maps.
    shapes
        .keySet()
        .removeIf(s -> s.isEmpty() || s.endsWith("/attributes") || s.equals("/properties"));
    assertThat(shapes)
        .containsKeys(
            "/statements/*/account",
            "/statements/*/transactions/*",
            "/statements/*/transactions/*/position",
            "/statements/*/balanceCheck",
            "/statements/*/period");
    assertClosed(current("parse-result", ParseResultJson.SCHEMA_VERSION), doc, shapes);
  }

  /** Adding a field to, or renaming any field of, the first object of each shape fails. */
  private static void assertClosed(JsonSchema schema, JsonNode doc, Map<String, String> shapes) {
    assertThat(schema.validate(doc)).isEmpty();
    for (Map.Entry<String, String> shape : shapes.entrySet()) {
      JsonPointer at = JsonPointer.compile(shape.getValue());
      ObjectNode added = doc.deepCopy();
      ((ObjectNode) added.at(at)).put("unexpectedField", "x");
      assertThat(schema.validate(added)).as("added at " + shape.getKey()).isNotEmpty();
      Iterator<String> fields = doc.at(at).fieldNames();
      while (fields.hasNext()) {
        String field = fields.next();
        ObjectNode renamed = doc.deepCopy();
        ObjectNode o = (ObjectNode) renamed.at(at);
        o.set(field + "Renamed", o.remove(field));
        assertThat(schema.validate(renamed))
            .as("renamed " + shape.getKey() + "/" + field)
            .isNotEmpty();
      }
    }
  }

  /** Collects the first object of every shape (array indices as {@code *}) under {@code node}. */
  private static void objects(JsonNode node, String shape, String at, Map<String, String> out) {
    if (node.isObject()) {
      out.putIfAbsent(shape, at);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        objects(e.getValue(), shape + "/" + e.getKey(), at + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), shape + "/*", at + "/" + i, out);
      }
    }
  }

  @Test
  void theCurrentVersions_arePublished() {
    assertThat(SCHEMAS.resolve("parse-result-" + ParseResultJson.SCHEMA_VERSION + ".schema.json"))
        .exists();
    assertThat(
            SCHEMAS.resolve(
                "analysis-report-" + AnalysisReportJson.SCHEMA_VERSION + ".schema.json"))
        .exists();
  }

  private static JsonSchema current(String name, String version) throws IOException {
    return schema(SCHEMAS.resolve(name + "-" + version + ".schema.json"));
  }

  private static JsonSchema schema(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}

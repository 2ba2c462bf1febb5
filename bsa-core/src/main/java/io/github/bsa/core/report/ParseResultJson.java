package io.github.bsa.core.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.github.bsa.core.model.StatementKind;
import io.github.bsa.core.model.Transaction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the canonical JSON form of a {@link ParseResult} ({@code docs/json-format.md},
 * schema {@code io/github/bsa/core/report/parse-result.schema.json}). Amounts are plain decimal
 * strings, dates ISO {@code yyyy-MM-dd}; every field is always present (with {@code null} when
 * absent) and in a fixed order, so the same result always gives the same bytes. Thread-safe.
 *
 * <p>Just over 500 lines on purpose: the writer and the reader of the one document format stay side
 * by side, field for field, so that a change to one is made and reviewed against the other.
 *
 * <pre>{@code
 * String json = ParseResultJson.toJson(result);
 * ParseResult again = ParseResultJson.fromJson(json);
 * }</pre>
 *
 * @since 0.1
 */
public final class ParseResultJson {
  /**
   * The version of the JSON form; the major part changes on incompatible changes, the minor part
   * when fields are added ({@code 1.1} added a statement's {@code kind} and a transaction's {@code
   * pending}). Documents of every earlier {@code 1.x} version are still read.
   */
  public static final String SCHEMA_VERSION = "1.1";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100).build())
          .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private ParseResultJson() {}

  /**
   * Returns the JSON of a result, on one line.
   *
   * @param result the result
   * @return the JSON text
   */
  public static String toJson(ParseResult result) {
    StringWriter out = new StringWriter();
    write(result, out);
    return out.toString();
  }

  /**
   * Returns the JSON of one transaction, on one line, exactly as it appears in the {@code
   * transactions} array of a result's JSON: for writers that stream transactions as they are parsed
   * (with {@code retainTransactions(false)}) and put them in place afterwards.
   *
   * @param transaction the transaction
   * @return the JSON text of one object
   * @since 0.2
   */
  public static String toJson(Transaction transaction) {
    requireNonNull(transaction, "transaction");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writeTransaction(g, transaction);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the JSON of a result, on one line. The writer is flushed, not closed.
   *
   * @param result the result
   * @param out the writer
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ParseResult result, Writer out) {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeResult(g, result);
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the fields of a result (without the enclosing braces) into an open JSON object, for
   * formats that embed a result, such as the CLI's JSON Lines.
   *
   * @param g a generator positioned inside an object
   * @param result the result
   * @throws IOException if writing fails
   */
  static void writeFields(JsonGenerator g, ParseResult result) throws IOException {
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("format", result.format());
    g.writeNumberField("confidence", result.confidence());
    g.writeStringField("sourceSha256", result.sourceSha256());
    g.writeArrayFieldStart("statements");
    for (Statement s : result.statements()) {
      writeStatement(g, s);
    }
    g.writeEndArray();
    writeWarnings(g, result.warnings());
    writeMap(g, "properties", result.properties());
  }

  private static void writeResult(JsonGenerator g, ParseResult result) throws IOException {
    g.writeStartObject();
    writeFields(g, result);
    g.writeEndObject();
  }

  private static void writeStatement(JsonGenerator g, Statement s) throws IOException {
    g.writeStartObject();
    string(g, "id", s.id());
    Account a = s.account();
    g.writeObjectFieldStart("account");
    string(g, "number", a.number());
    string(g, "iban", a.iban().map(Iban::value));
    string(g, "currency", a.currency().map(Currency::getCurrencyCode));
    string(g, "holder", a.holder());
    string(g, "bank", a.bank());
    string(g, "bic", a.bic());
    g.writeEndObject();
    string(g, "currency", s.currency().map(Currency::getCurrencyCode));
    Optional<DateRange> period = s.period();
    if (period.isPresent()) {
      g.writeObjectFieldStart("period");
      g.writeStringField("from", period.get().from().toString());
      g.writeStringField("to", period.get().to().toString());
      g.writeEndObject();
    } else {
      g.writeNullField("period");
    }
    decimal(g, "openingBalance", s.openingBalance());
    decimal(g, "closingBalance", s.closingBalance());
    decimal(g, "availableBalance", s.availableBalance());
    string(g, "information", s.information());
    g.writeStringField("kind", s.kind().name());
    g.writeArrayFieldStart("transactions");
    for (Transaction t : s.transactions()) {
      writeTransaction(g, t);
    }
    g.writeEndArray();
    BalanceCheck c = s.balanceCheck();
    g.writeObjectFieldStart("balanceCheck");
    g.writeStringField("status", c.status().name());
    g.writeStringField("reason", c.reason());
    if (c.breakIndex().isPresent()) {
      g.writeNumberField("breakIndex", c.breakIndex().getAsInt());
    } else {
      g.writeNullField("breakIndex");
    }
    writePosition(g, "breakPosition", c.breakPosition());
    decimal(g, "expected", c.expected());
    decimal(g, "actual", c.actual());
    g.writeEndObject();
    writeWarnings(g, s.warnings());
    writeMap(g, "attributes", s.attributes());
    g.writeEndObject();
  }

  private static void writeTransaction(JsonGenerator g, Transaction t) throws IOException {
    g.writeStartObject();
    string(g, "id", t.id());
    string(g, "date", t.bookingDate().map(LocalDate::toString));
    string(g, "valueDate", t.valueDate().map(LocalDate::toString));
    g.writeStringField("amount", t.amount().toPlainString());
    string(g, "currency", t.currency().map(Currency::getCurrencyCode));
    g.writeStringField("description", t.description());
    string(g, "counterparty", t.counterparty());
    string(g, "counterpartyAccount", t.counterpartyAccount());
    string(g, "reference", t.reference());
    string(g, "endToEndId", t.endToEndId());
    string(g, "typeCode", t.typeCode());
    string(g, "category", t.category());
    decimal(g, "balance", t.balance());
    g.writeBooleanField("pending", t.isPending());
    writePosition(g, "position", t.position());
    writeMap(g, "attributes", t.attributes());
    g.writeEndObject();
  }

  private static void writePosition(JsonGenerator g, String name, SourcePosition p)
      throws IOException {
    g.writeFieldName(name);
    writePositionValue(g, p);
  }

  private static void writePositionValue(JsonGenerator g, SourcePosition p) throws IOException {
    if (!p.isKnown()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("line", p.line());
    g.writeNumberField("column", p.column());
    g.writeNumberField("page", p.page());
    g.writeNumberField("record", p.record());
    Optional<BoundingBox> box = p.box();
    if (box.isPresent()) {
      BoundingBox b = box.get();
      g.writeObjectFieldStart("box");
      g.writeNumberField("x", b.x());
      g.writeNumberField("y", b.y());
      g.writeNumberField("width", b.width());
      g.writeNumberField("height", b.height());
      g.writeEndObject();
    } else {
      g.writeNullField("box");
    }
    g.writeEndObject();
  }

  private static void writeWarnings(JsonGenerator g, Iterable<ParseWarning> warnings)
      throws IOException {
    g.writeArrayFieldStart("warnings");
    for (ParseWarning w : warnings) {
      g.writeStartObject();
      g.writeStringField("code", w.code());
      g.writeStringField("message", w.message());
      writePosition(g, "position", w.position());
      if (w.count() > 1) {
        g.writeNumberField("count", w.count());
        g.writeArrayFieldStart("positions");
        for (SourcePosition p : w.positions()) {
          writePositionValue(g, p);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeMap(JsonGenerator g, String name, Map<String, String> map)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : map.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toPlainString());
    } else {
      g.writeNullField(name);
    }
  }

  /**
   * Reads a result from its JSON form.
   *
   * @param json the JSON text
   * @return the result
   * @throws BsaException with {@link ErrorCode#MALFORMED_INPUT} if the text is not JSON of this
   *     form, or {@link ErrorCode#SCHEMA_MISMATCH} if its major schema version is unknown
   */
  public static ParseResult fromJson(String json) {
    requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BsaException(
          ErrorCode.MALFORMED_INPUT,
          "Not valid JSON",
          SourcePosition.of(
              e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
              e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr())),
          e);
    }
    try {
      return readResult(root);
    } catch (RuntimeException e) {
      if (e instanceof BsaException b) {
        throw b;
      }
      throw new BsaException(
          ErrorCode.MALFORMED_INPUT,
          "JSON is not a bsa parse result: " + e.getClass().getSimpleName(),
          SourcePosition.UNKNOWN,
          e);
    }
  }

  private static ParseResult readResult(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    String version = text(root, "schemaVersion");
    if (version == null || !version.startsWith("1.")) {
      throw new BsaException(ErrorCode.SCHEMA_MISMATCH, "Unsupported schemaVersion");
    }
    ParseResult.Builder b =
        ParseResult.builder()
            .format(requireNonNull(text(root, "format"), "format"))
            .confidence(root.path("confidence").asDouble(1.0))
            .sourceSha256(requireNonNull(text(root, "sourceSha256"), "sourceSha256"));
    for (JsonNode s : root.path("statements")) {
      b.addStatement(readStatement(s));
    }
    for (JsonNode w : root.path("warnings")) {
      b.addWarning(readWarning(w));
    }
    for (Map.Entry<String, JsonNode> e : root.path("properties").properties()) {
      b.property(e.getKey(), e.getValue().asText());
    }
    return b.build();
  }

  private static Statement readStatement(JsonNode n) {
    JsonNode a = n.path("account");
    Account account =
        Account.builder()
            .number(text(a, "number"))
            .iban(Iban.tryParse(text(a, "iban")).orElse(null))
            .currency(currency(text(a, "currency")))
            .holder(text(a, "holder"))
            .bank(text(a, "bank"))
            .bic(text(a, "bic"))
            .build();
    Statement.Builder b =
        Statement.builder()
            .id(text(n, "id"))
            .account(account)
            .currency(currency(text(n, "currency")))
            .openingBalance(decimal(n, "openingBalance"))
            .closingBalance(decimal(n, "closingBalance"))
            .availableBalance(decimal(n, "availableBalance"))
            .information(text(n, "information"))
            .kind(StatementKind.valueOf(textOr(n, "kind", StatementKind.FINAL.name())));
    JsonNode period = n.path("period");
    if (period.isObject()) {
      b.period(
          DateRange.of(
              LocalDate.parse(requireNonNull(text(period, "from"), "from")),
              LocalDate.parse(requireNonNull(text(period, "to"), "to"))));
    }
    for (JsonNode t : n.path("transactions")) {
      b.addTransaction(readTransaction(t));
    }
    for (JsonNode w : n.path("warnings")) {
      b.addWarning(readWarning(w));
    }
    readMap(n.path("attributes"), b::attribute);
    JsonNode c = n.path("balanceCheck");
    if (c.isObject()) {
      b.balanceCheck(readCheck(c));
    }
    return b.build();
  }

  private static BalanceCheck readCheck(JsonNode c) {
    String status = requireNonNull(text(c, "status"), "status");
    String reason = requireNonNull(text(c, "reason"), "reason");
    return switch (BalanceCheck.Status.valueOf(status)) {
      case VERIFIED -> BalanceCheck.verified(reason);
      case DISCREPANCY -> {
        BigDecimal expected = decimal(c, "expected");
        BigDecimal actual = decimal(c, "actual");
        yield BalanceCheck.discrepancy(
            reason,
            c.path("breakIndex").isNumber() ? c.path("breakIndex").asInt() : -1,
            readPosition(c.path("breakPosition")),
            expected == null ? BigDecimal.ZERO : expected,
            actual == null ? BigDecimal.ZERO : actual);
      }
      case UNVERIFIED ->
          reason.equals("NO_BALANCES")
              ? BalanceCheck.unverified()
              : BalanceCheck.unverified(reason, readPosition(c.path("breakPosition")));
    };
  }

  private static Transaction readTransaction(JsonNode n) {
    Transaction.Builder b =
        Transaction.builder()
            .id(text(n, "id"))
            .bookingDate(date(n, "date"))
            .valueDate(date(n, "valueDate"))
            .amount(requireNonNull(decimal(n, "amount"), "amount"))
            .currency(currency(text(n, "currency")))
            .description(text(n, "description"))
            .counterparty(text(n, "counterparty"))
            .counterpartyAccount(text(n, "counterpartyAccount"))
            .reference(text(n, "reference"))
            .endToEndId(text(n, "endToEndId"))
            .typeCode(text(n, "typeCode"))
            .category(text(n, "category"))
            .balance(decimal(n, "balance"))
            .pending(n.path("pending").asBoolean(false))
            .position(readPosition(n.path("position")));
    readMap(n.path("attributes"), b::attribute);
    return b.build();
  }

  private static ParseWarning readWarning(JsonNode n) {
    List<SourcePosition> positions = new ArrayList<>();
    for (JsonNode p : n.path("positions")) {
      positions.add(readPosition(p));
    }
    return new ParseWarning(
        requireNonNull(text(n, "code"), "code"),
        requireNonNull(text(n, "message"), "message"),
        readPosition(n.path("position")),
        Math.max(1, n.path("count").asLong(1)),
        positions);
  }

  private static SourcePosition readPosition(JsonNode n) {
    if (!n.isObject()) {
      return SourcePosition.UNKNOWN;
    }
    SourcePosition p =
        SourcePosition.of(n.path("line").asLong(0), n.path("column").asInt(0))
            .withPage(n.path("page").asInt(0))
            .withRecord(n.path("record").asLong(0));
    JsonNode box = n.path("box");
    if (box.isObject()) {
      p =
          p.withBox(
              new BoundingBox(
                  (float) box.path("x").asDouble(),
                  (float) box.path("y").asDouble(),
                  (float) box.path("width").asDouble(),
                  (float) box.path("height").asDouble()));
    }
    return p;
  }

  private interface Entry {
    Object put(String key, String value);
  }

  private static void readMap(JsonNode n, Entry sink) {
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      Object unused = sink.put(e.getKey(), e.getValue().asText());
    }
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /**
   * A text field, or {@code absent} when it is missing or null (a document of an older version).
   */
  private static String textOr(JsonNode n, String field, String absent) {
    String s = text(n, field);
    return s == null ? absent : s;
  }

  private static @Nullable BigDecimal decimal(JsonNode n, String field) {
    String s = text(n, field);
    return s == null ? null : new BigDecimal(s);
  }

  private static @Nullable LocalDate date(JsonNode n, String field) {
    String s = text(n, field);
    return s == null ? null : LocalDate.parse(s);
  }

  private static @Nullable Currency currency(@Nullable String code) {
    return code == null ? null : Currency.getInstance(code);
  }
}

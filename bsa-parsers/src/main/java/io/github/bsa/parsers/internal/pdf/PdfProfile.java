package io.github.bsa.parsers.internal.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Optional declarative layout hints for a bank layout the generic engine cannot settle, passed as
 * the format option {@code pdf.profile} (JSON):
 *
 * <pre>{@code
 * {"columns": {"Buchungstag": "date", "Text": "description", "Soll": "debit", "Haben": "credit"},
 *  "dateOrder": "DMY", "creditCard": false}
 * }</pre>
 *
 * Column kinds: date, valueDate, description, reference, debit, credit, amount, balance. Labels are
 * matched after folding (case, accents, punctuation). The generic vocabulary still applies to
 * labels the profile does not name.
 *
 * @param labels folded label to column kind
 * @param dayFirst the numeric date order, or {@code null} to detect it
 * @param creditCard whether the statement is a credit-card statement, or {@code null} to detect it
 */
record PdfProfile(
    Map<String, ColumnKind> labels, @Nullable Boolean dayFirst, @Nullable Boolean creditCard) {
  static final PdfProfile NONE = new PdfProfile(Map.of(), null, null);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  PdfProfile {
    labels = Map.copyOf(labels);
  }

  ColumnKind classify(String label) {
    if (labels.isEmpty()) {
      return ColumnKind.OTHER;
    }
    String folded = ColumnKind.fold(label);
    ColumnKind exact = labels.get(folded);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, ColumnKind> e : labels.entrySet()) {
      if (folded.endsWith(e.getKey()) || folded.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return ColumnKind.OTHER;
  }

  /**
   * Longest profile accepted, in characters. A profile names a handful of columns; megabytes of
   * JSON only cost memory and time (issue #17: an 8 MB profile took over 30 s within a 256 MB
   * heap).
   */
  static final int MAX_CHARS = 64 * 1024;

  /** Parses a profile; a broken profile is the caller's mistake and fails the parse. */
  static PdfProfile parse(String json) {
    if (json.length() > MAX_CHARS) {
      throw invalid("pdf.profile is longer than " + MAX_CHARS + " characters");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("pdf.profile is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw invalid("pdf.profile must be a JSON object");
    }
    Map<String, ColumnKind> labels = new LinkedHashMap<>();
    JsonNode columns = root.path("columns");
    for (Iterator<Map.Entry<String, JsonNode>> it = columns.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      labels.put(ColumnKind.fold(e.getKey()), kind(e.getValue().asText("")));
    }
    Boolean dayFirst = null;
    String order = root.path("dateOrder").asText("").toUpperCase(Locale.ROOT);
    if (order.startsWith("D")) {
      dayFirst = Boolean.TRUE;
    } else if (order.startsWith("M")) {
      dayFirst = Boolean.FALSE;
    } else if (!order.isEmpty()) {
      throw invalid("pdf.profile dateOrder must be DMY or MDY");
    }
    JsonNode cc = root.get("creditCard");
    Boolean creditCard = (cc == null || cc.isNull()) ? null : cc.asBoolean();
    return new PdfProfile(labels, dayFirst, creditCard);
  }

  private static ColumnKind kind(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "date" -> ColumnKind.DATE;
      case "valuedate" -> ColumnKind.VALUE_DATE;
      case "description" -> ColumnKind.DESCRIPTION;
      case "reference" -> ColumnKind.REFERENCE;
      case "debit" -> ColumnKind.DEBIT;
      case "credit" -> ColumnKind.CREDIT;
      case "amount" -> ColumnKind.AMOUNT;
      case "balance" -> ColumnKind.BALANCE;
      default -> throw invalid("pdf.profile names an unknown column kind");
    };
  }

  private static StatementParseException invalid(String message) {
    return StatementParseException.invalid("pdf", message, SourcePosition.UNKNOWN);
  }
}

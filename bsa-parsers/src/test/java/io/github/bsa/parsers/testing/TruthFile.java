package io.github.bsa.parsers.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A ground-truth file in the {@code bsa-truth/1} schema (see the fixtures' README), and the
 * comparison of a {@link ParseResult} against it.
 *
 * <p>Hard checks (returned by {@link #compare}): statement and transaction counts, each
 * transaction's date (booking date or value date) and exact amount, balances and account when
 * covered. Soft checks (returned by {@link #softDifferences}): descriptions (case- and
 * whitespace-insensitive, containment either way) and references.
 */
public final class TruthFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final JsonNode root;

  private TruthFile(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /** Reads a truth file. */
  public static TruthFile read(Path file) {
    try {
      return new TruthFile(file, MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the truth file's path. */
  public Path file() {
    return file;
  }

  /** Returns the input file it describes (in the same folder). */
  public Path input() {
    return file.resolveSibling(root.path("input").asText());
  }

  /** Returns the format, such as {@code mt940} or {@code camt.053}. */
  public String format() {
    return root.path("format").asText();
  }

  /** Returns whether the truth covers a part ({@code transactions}, {@code balances}, ...). */
  public boolean covers(String part) {
    for (JsonNode n : root.path("covers")) {
      if (n.asText().equals(part)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the input is a tag-level fragment a parser may reject. */
  public boolean isFragment() {
    return root.path("fragment").asBoolean(false);
  }

  /** Returns whether the truth holds all statements' transactions in one list. */
  public boolean isAggregated() {
    return root.path("aggregated").asBoolean(false);
  }

  /** Returns the number of statements in the truth. */
  public int statementCount() {
    return root.path("statements").size();
  }

  /** Returns the total number of transactions in the truth. */
  public int transactionCount() {
    int n = 0;
    for (JsonNode s : root.path("statements")) {
      n += s.path("transactions").size();
    }
    return n;
  }

  /** Returns the truth's note on where it came from. */
  public String truthFrom() {
    return root.path("truthFrom").asText();
  }

  /** Returns whether the truth's statements reconcile (opening + sum = closing) where stated. */
  public boolean reconciles() {
    if (!covers("transactions") || !covers("balances")) {
      return false;
    }
    for (JsonNode s : root.path("statements")) {
      BigDecimal opening = decimal(s.get("openingBalance"));
      BigDecimal closing = decimal(s.get("closingBalance"));
      if (opening == null || closing == null) {
        return false;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode t : s.path("transactions")) {
        sum = sum.add(new BigDecimal(t.path("amount").asText()));
      }
      if (opening.add(sum).compareTo(closing) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the hard differences between the result and the truth; empty when it matches. */
  public List<String> compare(ParseResult result) {
    List<String> diffs = new ArrayList<>();
    List<String> soft = new ArrayList<>();
    compare(result, diffs, soft);
    return diffs;
  }

  /** Returns the soft differences (descriptions, references). */
  public List<String> softDifferences(ParseResult result) {
    List<String> diffs = new ArrayList<>();
    List<String> soft = new ArrayList<>();
    compare(result, diffs, soft);
    return soft;
  }

  private void compare(ParseResult result, List<String> diffs, List<String> soft) {
    int rounding = root.has("amountsRoundedTo") ? root.path("amountsRoundedTo").asInt() : -1;
    List<JsonNode> truthStatements = new ArrayList<>();
    root.path("statements").forEach(truthStatements::add);
    List<Statement> parsed = result.statements();

    if (isAggregated()) {
      List<Transaction> all = new ArrayList<>();
      parsed.forEach(s -> all.addAll(s.transactions()));
      JsonNode only = truthStatements.get(0);
      compareTransactions("all statements", only, all, rounding, diffs, soft);
      return;
    }
    boolean byId = covers("statements-partial");
    if (!byId && parsed.size() != truthStatements.size()) {
      diffs.add("statement count " + parsed.size() + " != truth " + truthStatements.size());
      return;
    }
    for (int i = 0; i < truthStatements.size(); i++) {
      JsonNode ts = truthStatements.get(i);
      Statement s;
      if (byId) {
        String id = ts.path("id").asText(null);
        Optional<Statement> match =
            parsed.stream().filter(p -> id != null && id.equals(p.id().orElse(null))).findFirst();
        if (match.isEmpty()) {
          diffs.add("statement id " + id + " not found");
          continue;
        }
        s = match.get();
      } else {
        s = parsed.get(i);
      }
      String label = "statement " + (i + 1);
      if (covers("balances")) {
        compareBalance(label + " opening", ts.get("openingBalance"), s.openingBalance(), diffs);
        compareBalance(label + " closing", ts.get("closingBalance"), s.closingBalance(), diffs);
      }
      if (covers("account")) {
        JsonNode a = ts.path("account");
        String number = a.path("number").asText(null);
        String iban = a.path("iban").asText(null);
        boolean numberOk =
            number == null
                || number.equals(s.account().number().orElse(null))
                || s.account().iban().map(x -> x.value().equals(compact(number))).orElse(false);
        boolean ibanOk =
            iban == null
                || s.account().iban().map(x -> x.value().equals(compact(iban))).orElse(false);
        if (!numberOk || !ibanOk) {
          diffs.add(label + " account differs");
        }
      }
      if (covers("transactions") || covers("transactions-partial")) {
        compareTransactions(label, ts, s.transactions(), rounding, diffs, soft);
      }
    }
  }

  private void compareTransactions(
      String label,
      JsonNode ts,
      List<Transaction> parsed,
      int rounding,
      List<String> diffs,
      List<String> soft) {
    List<JsonNode> truth = new ArrayList<>();
    ts.path("transactions").forEach(truth::add);
    boolean partial = covers("transactions-partial");
    if (!partial && truth.size() != parsed.size()) {
      diffs.add(label + ": transaction count " + parsed.size() + " != truth " + truth.size());
    }
    Set<Integer> used = new HashSet<>();
    for (int k = 0; k < truth.size(); k++) {
      JsonNode t = truth.get(k);
      BigDecimal amount = new BigDecimal(t.path("amount").asText());
      LocalDate date = date(t.get("date"));
      LocalDate valueDate = date(t.get("valueDate"));
      int found = -1;
      // prefer the same position, then any unused match
      if (k < parsed.size()
          && !used.contains(k)
          && matches(parsed.get(k), date, valueDate, amount, rounding)) {
        found = k;
      } else {
        for (int j = 0; j < parsed.size(); j++) {
          if (!used.contains(j) && matches(parsed.get(j), date, valueDate, amount, rounding)) {
            found = j;
            break;
          }
        }
      }
      if (found < 0) {
        diffs.add(
            label + ": truth transaction " + (k + 1) + " (" + date + ", " + amount + ") not found");
        continue;
      }
      used.add(found);
      Transaction p = parsed.get(found);
      String description = t.path("description").asText(null);
      if (description != null && !similar(description, p.description())) {
        soft.add(label + ": transaction " + (k + 1) + " description differs");
      }
      String reference = t.path("reference").asText(null);
      if (reference != null && !reference.equals(p.reference().orElse(null))) {
        soft.add(label + ": transaction " + (k + 1) + " reference differs");
      }
    }
  }

  private static boolean matches(
      Transaction p,
      @Nullable LocalDate date,
      @Nullable LocalDate valueDate,
      BigDecimal amount,
      int rounding) {
    BigDecimal a = rounding >= 0 ? p.amount().setScale(rounding, RoundingMode.HALF_UP) : p.amount();
    if (a.compareTo(amount) != 0) {
      return false;
    }
    if (date == null) {
      return valueDate == null || valueDate.equals(p.valueDate().orElse(null));
    }
    return date.equals(p.bookingDate().orElse(null))
        || date.equals(p.valueDate().orElse(null))
        || date.equals(p.date().orElse(null));
  }

  private static void compareBalance(
      String label, @Nullable JsonNode truth, Optional<BigDecimal> parsed, List<String> diffs) {
    BigDecimal expected = decimal(truth);
    if (expected == null) {
      return;
    }
    if (parsed.isEmpty() || parsed.get().compareTo(expected) != 0) {
      diffs.add(label + " balance differs");
    }
  }

  /** Compares descriptions leniently: case, whitespace and containment either way. */
  public static boolean similar(String truth, String parsed) {
    String a = squash(truth);
    String b = squash(parsed);
    return a.equals(b) || (!a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a)));
  }

  private static String squash(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static String compact(String s) {
    return s.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private static @Nullable BigDecimal decimal(@Nullable JsonNode n) {
    return n == null || n.isNull() ? null : new BigDecimal(n.asText());
  }

  private static @Nullable LocalDate date(@Nullable JsonNode n) {
    return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
  }

  @Override
  public String toString() {
    return Fixtures.name(file);
  }
}

package io.github.bsa.storage.spi;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.Experimental;
import io.github.bsa.core.json.ParseResultJson;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.storage.StatementId;
import io.github.bsa.storage.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code save} writes, computed the same way by every bsa store: statement ids derived
 * from tenant, source hash and position; one row per distinct transaction id per statement.
 * Immutable and thread-safe. For store implementers; experimental until 1.0.
 *
 * <p>Transactions that arrive without an id (results built by hand rather than by the facade) get
 * one by the facade's rule (see {@code io.github.bsa.core.internal.TransactionIds}): from the bank
 * reference when it is unique within the statement, otherwise from a fingerprint of account, date,
 * amount, text and occurrence count.
 *
 * @since 0.1
 */
@Experimental
public final class ImportPlan {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final BigDecimal E4 = BigDecimal.valueOf(10_000);

  /**
   * One transaction row.
   *
   * @param txnId the transaction id
   * @param seq the position within the statement
   * @param transaction the transaction, with its id set
   */
  public record Row(String txnId, int seq, Transaction transaction) {}

  /**
   * One statement of the file.
   *
   * @param id its id
   * @param index its position in the file
   * @param accountKey the account key
   * @param statement the statement, transactions with ids
   * @param rows its distinct transactions
   */
  public record Part(
      StatementId id, int index, String accountKey, Statement statement, List<Row> rows) {}

  private final String sourceSha256;
  private final String format;
  private final List<Part> parts;

  private ImportPlan(String sourceSha256, String format, List<Part> parts) {
    this.sourceSha256 = sourceSha256;
    this.format = format;
    this.parts = List.copyOf(parts);
  }

  /**
   * Plans the import of a result for a tenant.
   *
   * @param tenant the tenant
   * @param result the result
   * @return the plan
   * @throws IllegalArgumentException if the result has no source hash
   */
  public static ImportPlan of(TenantId tenant, ParseResult result) {
    requireNonNull(tenant, "tenant");
    requireNonNull(result, "result");
    String sha = result.sourceSha256();
    if (sha.isBlank()) {
      throw new IllegalArgumentException("The parse result has no sourceSha256");
    }
    List<Part> parts = new ArrayList<>();
    List<Statement> statements = result.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      String accountKey = s.account().key();
      IdAssigner ids = new IdAssigner(accountKey);
      List<Transaction> withIds = new ArrayList<>(s.transactions().size());
      List<Row> rows = new ArrayList<>(s.transactions().size());
      Set<String> seen = new HashSet<>();
      int seq = 0;
      for (Transaction t : s.transactions()) {
        try {
          var unused = amountE4(t.amount(), RoundingMode.HALF_EVEN);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException(
              "Transaction amount outside the storable range (statement "
                  + (i + 1)
                  + ", transaction "
                  + (seq + 1)
                  + ")",
              e);
        }
        Transaction t2 = ids.assign(t);
        withIds.add(t2);
        String id = t2.id().orElseThrow();
        if (seen.add(id)) {
          rows.add(new Row(id, seq, t2));
        }
        seq++;
      }
      Statement stored =
          s.transactions().equals(withIds) ? s : s.toBuilder().transactions(withIds).build();
      parts.add(new Part(statementId(tenant, sha, i), i, accountKey, stored, List.copyOf(rows)));
    }
    return new ImportPlan(sha, result.format(), parts);
  }

  /**
   * Returns the source hash.
   *
   * @return the hash
   */
  public String sourceSha256() {
    return sourceSha256;
  }

  /**
   * Returns the format id.
   *
   * @return the format
   */
  public String format() {
    return format;
  }

  /**
   * Returns the statements.
   *
   * @return the parts in source order
   */
  public List<Part> parts() {
    return parts;
  }

  /**
   * Returns the ids of the statements.
   *
   * @return the ids in source order
   */
  public List<StatementId> statementIds() {
    return parts.stream().map(Part::id).toList();
  }

  /**
   * Returns the id of a statement: a hash of tenant, source hash and position, so the same file
   * gets different ids in different tenants.
   *
   * @param tenant the tenant
   * @param sourceSha256 the source hash
   * @param index the position
   * @return the id
   */
  public static StatementId statementId(TenantId tenant, String sourceSha256, int index) {
    return StatementId.of(
        "st" + hash(tenant.value() + '\u0000' + sourceSha256 + '\u0000' + index, 15));
  }

  /**
   * Returns the canonical JSON of one statement (a parse result holding only it).
   *
   * @param format the format id
   * @param sourceSha256 the source hash
   * @param statement the statement
   * @return the JSON
   */
  public static String statementJson(String format, String sourceSha256, Statement statement) {
    return ParseResultJson.toJson(
        ParseResult.builder()
            .format(format)
            .sourceSha256(sourceSha256)
            .addStatement(statement)
            .build());
  }

  /**
   * Reads a statement written by {@link #statementJson}.
   *
   * @param json the JSON
   * @return the statement
   */
  public static Statement statementFromJson(String json) {
    return ParseResultJson.fromJson(json).statements().get(0);
  }

  /**
   * Returns the lower-case text searched by {@code TransactionQuery.text}.
   *
   * @param t the transaction
   * @return the text
   */
  public static String searchText(Transaction t) {
    return (t.description() + '\n' + t.counterparty().orElse("") + '\n' + t.reference().orElse(""))
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether a transaction matches a text criterion.
   *
   * @param t the transaction
   * @param text the criterion
   * @return whether it matches
   */
  public static boolean matchesText(Transaction t, String text) {
    return searchText(t).contains(text.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns a LIKE pattern that matches the text literally anywhere, with {@code \} as escape.
   *
   * @param text the text
   * @return the pattern
   */
  public static String likePattern(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length() + 2).append('%');
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '%' || c == '_' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('%').toString();
  }

  /**
   * Returns an amount in units of 1/10000, rounded in the given direction (exact for up to four
   * decimals), for range filters in databases without an exact decimal type.
   *
   * @param amount the amount
   * @param mode the rounding
   * @return the scaled amount
   */
  public static long amountE4(BigDecimal amount, RoundingMode mode) {
    return amount.multiply(E4).setScale(0, mode).longValueExact();
  }

  private static String hash(String source, int bytes) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      char[] out = new char[bytes * 2];
      for (int i = 0; i < bytes; i++) {
        out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
        out[2 * i + 1] = HEX[digest[i] & 0xf];
      }
      return new String(out);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** The facade's id rule, for transactions that arrive without an id. */
  private static final class IdAssigner {
    private final String accountKey;
    private final Set<String> seenReferences = new HashSet<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    IdAssigner(String accountKey) {
      this.accountKey = accountKey;
    }

    Transaction assign(Transaction t) {
      if (t.id().isPresent()) {
        return t;
      }
      String reference = t.reference().orElse(null);
      String date = t.date().map(Object::toString).orElse("");
      BigDecimal stripped = t.amount().stripTrailingZeros();
      String amount =
          stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
      String source;
      if (reference != null
          && !reference.equalsIgnoreCase("NONREF")
          && seenReferences.add(reference + '\u0000' + date + '\u0000' + amount)) {
        source =
            "R\u0000" + accountKey + '\u0000' + reference + '\u0000' + date + '\u0000' + amount;
      } else {
        String fingerprint =
            accountKey
                + '\u0000'
                + date
                + '\u0000'
                + amount
                + '\u0000'
                + t.description().toLowerCase(Locale.ROOT);
        int n = occurrences.merge(fingerprint, 1, Integer::sum);
        source = "F\u0000" + fingerprint + '\u0000' + n;
      }
      return t.toBuilder().id(hash(source, 12)).build();
    }
  }
}

package io.github.bsa.core.internal.ids;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The one transaction-id rule of bsa, used by the parse facade (while parsing), by the analysis
 * (for statements built by hand) and by every statement store ({@code ImportPlan}, for results
 * built by hand). Re-importing never duplicates a transaction because all three use this class.
 *
 * <p>A transaction with a bank reference that is unique within its statement (together with its
 * date and amount) gets an id derived from the account and that reference, so the same transaction
 * in two overlapping downloads gets the same id. Otherwise the id comes from a fingerprint of
 * account, date, amount and lower-cased text plus its occurrence number among identical
 * transactions of the statement. A transaction that already has an id keeps it. The id is the first
 * 12 bytes of a SHA-256 of that source, in lower-case hex (24 characters).
 *
 * <p>Not thread-safe; one instance per statement. Exported only to {@code io.github.bsa.storage}
 * (ADR 0010).
 */
public final class TransactionIds {
  private static final HexFormat HEX = HexFormat.of();
  private static final int ID_BYTES = 12;

  private final String accountKey;
  // 64-bit digests of what was seen, not the strings: a statement may hold millions of rows
  private final LongCounter seenReferences = new LongCounter();
  private final LongCounter occurrences = new LongCounter();
  private final MessageDigest sha256;

  /**
   * Starts assigning ids for one statement of one account.
   *
   * @param accountKey the account key (IBAN or number), may be empty
   */
  public TransactionIds(String accountKey) {
    this.accountKey = accountKey;
    this.sha256 = sha256();
  }

  /**
   * Returns the transaction with its id set, unless it already has one.
   *
   * @param t the next transaction of the statement, in source order
   * @return the transaction with an id
   */
  public Transaction assign(Transaction t) {
    if (t.id().isPresent()) {
      return t;
    }
    String reference = t.reference().orElse(null);
    String date = t.date().map(Object::toString).orElse("");
    String amount = normalize(t.amount());
    String source;
    if (reference != null
        && !reference.equalsIgnoreCase("NONREF")
        && seenReferences.increment(digest64(reference + '\u0000' + date + '\u0000' + amount))
            == 1) {
      source = "R\u0000" + accountKey + '\u0000' + reference + '\u0000' + date + '\u0000' + amount;
    } else {
      String fingerprint =
          accountKey
              + '\u0000'
              + date
              + '\u0000'
              + amount
              + '\u0000'
              + t.description().toLowerCase(Locale.ROOT);
      int n = occurrences.increment(digest64(fingerprint));
      source = "F\u0000" + fingerprint + '\u0000' + n;
    }
    byte[] digest = sha256.digest(source.getBytes(StandardCharsets.UTF_8));
    return t.toBuilder().id(HEX.formatHex(digest, 0, ID_BYTES)).build();
  }

  /**
   * Assigns ids to the transactions of one statement.
   *
   * @param accountKey the account key
   * @param transactions the transactions in source order
   * @return the transactions with ids
   */
  public static List<Transaction> assignAll(String accountKey, List<Transaction> transactions) {
    TransactionIds ids = new TransactionIds(accountKey);
    return transactions.stream().map(ids::assign).toList();
  }

  /**
   * Returns the lower-case hex form of the first bytes of a SHA-256, the one hash-to-id routine of
   * bsa (statement ids, source hashes).
   *
   * @param source the text to hash
   * @param bytes how many leading digest bytes to keep (1 to 32)
   * @return the hex, twice {@code bytes} characters long
   */
  public static String sha256Hex(String source, int bytes) {
    return HEX.formatHex(sha256().digest(source.getBytes(StandardCharsets.UTF_8)), 0, bytes);
  }

  /**
   * Returns the lower-case hex form of bytes.
   *
   * @param bytes the bytes
   * @return the hex
   */
  public static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  /** A 64-bit FNV-1a digest; collisions only merge occurrence counts, with odds near 2^-64. */
  private static long digest64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static String normalize(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}

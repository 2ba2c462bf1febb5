package io.github.bsa.core.internal;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * Assigns stable transaction ids. A transaction with a bank reference that is unique within its
 * statement gets an id derived from the account and that reference, so the same transaction in two
 * overlapping downloads gets the same id. Otherwise the id comes from a fingerprint of account,
 * date, amount and text plus its occurrence number among identical transactions of the statement.
 * Not thread-safe; one instance per statement.
 */
public final class TransactionIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String accountKey;
  // 64-bit digests of what was seen, not the strings: a statement may hold millions of rows
  private final LongCounter seenReferences = new LongCounter();
  private final LongCounter occurrences = new LongCounter();
  private final MessageDigest sha256;

  /**
   * Starts assigning ids for one account.
   *
   * @param accountKey the account key (IBAN or number), may be empty
   */
  public TransactionIds(String accountKey) {
    this.accountKey = accountKey;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /**
   * Returns the transaction with its id set, unless it already has one.
   *
   * @param t the transaction
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
    return t.toBuilder().id(hash(source)).build();
  }

  /**
   * Assigns ids to a list of transactions.
   *
   * @param accountKey the account key
   * @param transactions the transactions
   * @return the transactions with ids
   */
  public static List<Transaction> assignAll(String accountKey, List<Transaction> transactions) {
    TransactionIds ids = new TransactionIds(accountKey);
    return transactions.stream().map(ids::assign).toList();
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

  private String hash(String source) {
    byte[] digest = sha256.digest(source.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[24];
    for (int i = 0; i < 12; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * Returns the lower-case hex form of bytes.
   *
   * @param bytes the bytes
   * @return the hex
   */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}

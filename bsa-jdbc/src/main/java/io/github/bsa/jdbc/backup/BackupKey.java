package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts backups, supplied by the host (a key file, a secret store). Its
 * {@link #id()} is a fingerprint written into each backup's manifest, so a backup names the key it
 * needs and a wrong key is reported as such. Immutable and thread-safe; {@link #toString()} shows
 * only the id.
 *
 * <pre>{@code
 * BackupKey key = BackupKey.fromFile(Path.of("/etc/bsa/backup.key"));
 * }</pre>
 *
 * @since 0.2
 */
public final class BackupKey {
  /** The key length in bytes (AES-256). */
  public static final int LENGTH = 32;

  private final byte[] key;
  private final String id;

  private BackupKey(byte[] key) {
    if (key.length != LENGTH) {
      throw new IllegalArgumentException("A backup key has " + LENGTH + " bytes");
    }
    this.key = key.clone();
    this.id = fingerprint(this.key);
  }

  /**
   * Returns a key of 32 bytes.
   *
   * @param key the key bytes (copied)
   * @return the key
   * @throws IllegalArgumentException if it is not 32 bytes long
   */
  public static BackupKey of(byte[] key) {
    return new BackupKey(requireNonNull(key, "key"));
  }

  /**
   * Returns a new random key.
   *
   * @return the key
   */
  public static BackupKey generate() {
    byte[] k = new byte[LENGTH];
    new SecureRandom().nextBytes(k);
    return new BackupKey(k);
  }

  /**
   * Reads a key file: 32 raw bytes, or the key as 64 hex digits or as Base64 (surrounding
   * whitespace ignored).
   *
   * @param file the key file
   * @return the key
   * @throws IllegalArgumentException if the file holds no key of that form
   * @throws UncheckedIOException if it cannot be read
   */
  public static BackupKey fromFile(Path file) {
    requireNonNull(file, "file");
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the backup key file", e);
    }
    if (raw.length == LENGTH) {
      return new BackupKey(raw);
    }
    String text = new String(raw, StandardCharsets.US_ASCII).strip();
    if (text.length() == LENGTH * 2 && text.matches("[0-9a-fA-F]+")) {
      return new BackupKey(HexFormat.of().parseHex(text));
    }
    try {
      return new BackupKey(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The key file holds no backup key (32 bytes, 64 hex digits or Base64)", e);
    }
  }

  /**
   * Writes this key to a new file as 64 hex digits, readable by its owner only where the file
   * system supports POSIX permissions.
   *
   * @param file the file, which must not exist
   * @throws UncheckedIOException if it cannot be written or exists
   */
  public void writeTo(Path file) {
    requireNonNull(file, "file");
    try {
      Files.writeString(
          file, HexFormat.of().formatHex(key) + "\n", java.nio.file.StandardOpenOption.CREATE_NEW);
      try {
        Files.setPosixFilePermissions(
            file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the host protects the file.
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the backup key file", e);
    }
  }

  /**
   * Returns the key id: the first 16 hex digits of a SHA-256 fingerprint of the key. It reveals
   * nothing usable about the key.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the key for {@code javax.crypto}.
   *
   * @return the secret key
   */
  public SecretKey secretKey() {
    return new SecretKeySpec(key, "AES");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BackupKey other && MessageDigest.isEqual(key, other.key);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "BackupKey[id=" + id + "]";
  }

  private static String fingerprint(byte[] key) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update("bsa-backup-key-id-v1".getBytes(StandardCharsets.US_ASCII));
      md.update(key);
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.github.bsa.jdbc.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.Dialect;
import io.github.bsa.storage.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a backup holds, written last as {@code manifest.json}: the bsa schema version, the source
 * dialect, each table with its row count and content checksum, the SHA-256 of every part, when it
 * was made, the tenant scope and the id of the key it is encrypted with. It holds no statement
 * data. Immutable.
 *
 * @param format the manifest format version (1)
 * @param name the backup name
 * @param createdAt when the snapshot was taken
 * @param sourceDialect the dialect of the database it was taken from
 * @param schemaVersion the bsa schema version of that database
 * @param tenant the only tenant it holds, or empty for all tenants
 * @param kind why it was made
 * @param keyId the {@link BackupKey#id()} of the key it is encrypted with
 * @param tables the tables, in restore order
 * @param parts every part with its checksum
 * @since 0.2
 */
public record BackupManifest(
    int format,
    String name,
    Instant createdAt,
    Dialect sourceDialect,
    int schemaVersion,
    Optional<TenantId> tenant,
    Kind kind,
    String keyId,
    List<Table> tables,
    List<Part> parts) {

  /** Why a backup was made. */
  public enum Kind {
    /** Asked for by a host, a schedule or the CLI. */
    REGULAR,
    /** Taken automatically before a restore replaced data. */
    SAFETY
  }

  /**
   * One table of a backup.
   *
   * @param name the table name
   * @param part the part holding its rows
   * @param rows the row count
   * @param contentSha256 the content checksum (independent of row order and dialect)
   */
  public record Table(String name, String part, long rows, String contentSha256) {
    /** Validates the components. */
    public Table {
      requireNonNull(name, "name");
      requireNonNull(part, "part");
      requireNonNull(contentSha256, "contentSha256");
    }
  }

  /**
   * One stored part.
   *
   * @param name the part name
   * @param size its size in bytes as stored (compressed and encrypted)
   * @param sha256 the SHA-256 of the stored bytes, lower-case hex
   */
  public record Part(String name, long size, String sha256) {
    /** Validates the components. */
    public Part {
      requireNonNull(name, "name");
      requireNonNull(sha256, "sha256");
    }
  }

  /** Validates the components and copies the lists. */
  public BackupManifest {
    requireNonNull(name, "name");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(sourceDialect, "sourceDialect");
    requireNonNull(tenant, "tenant");
    requireNonNull(kind, "kind");
    requireNonNull(keyId, "keyId");
    tables = List.copyOf(tables);
    parts = List.copyOf(parts);
  }

  /**
   * Returns the total number of rows over all tables.
   *
   * @return the row count
   */
  public long totalRows() {
    return tables.stream().mapToLong(Table::rows).sum();
  }

  /**
   * Returns the total stored size of all parts in bytes.
   *
   * @return the size
   */
  public long totalSize() {
    return parts.stream().mapToLong(Part::size).sum();
  }
}

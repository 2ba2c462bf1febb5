package io.github.bsa.jdbc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Create, verify, restore into a fresh database and compare row for row: SQLite and PostgreSQL, and
 * across them in both directions.
 */
@org.junit.jupiter.api.extension.ExtendWith(BackupTestSupport.DropSchemas.class)
final class BackupRoundTripTest {
  @TempDir Path dir;
  private final BackupKey key = BackupKey.generate();

  @Test
  void sqliteToSqlite_roundTrips() throws Exception {
    roundTrip(BackupTestSupport.freshSqlite(dir), BackupTestSupport.freshSqlite(dir));
  }

  @Test
  void postgresToPostgres_roundTrips() throws Exception {
    roundTrip(BackupTestSupport.freshPostgres(), BackupTestSupport.freshPostgres());
  }

  @Test
  void sqliteToPostgres_roundTrips() throws Exception {
    roundTrip(BackupTestSupport.freshSqlite(dir), BackupTestSupport.freshPostgres());
  }

  @Test
  void postgresToSqlite_roundTrips() throws Exception {
    roundTrip(BackupTestSupport.freshPostgres(), BackupTestSupport.freshSqlite(dir));
  }

  private void roundTrip(String source, String fresh) throws Exception {
    BackupTestSupport.seed(source, "alpha", 3, 40);
    BackupTestSupport.seed(source, "beta", 2, 25);
    Path folder = dir.resolve("backups");
    Backups from = BackupTestSupport.backups(source, folder, key);
    StoredBackup b = from.create();
    assertThat(b.manifest().tables())
        .extracting(BackupManifest.Table::name)
        .startsWith("bsa_import", "bsa_statement", "bsa_transaction", "bsa_statement_transaction");
    assertThat(b.manifest().totalRows()).isPositive();
    VerifyReport v = from.verify(b.name());
    assertThat(v.rows()).isEqualTo(b.manifest().totalRows());
    assertThat(from.list()).singleElement().satisfies(s -> assertThat(s.isVerified()).isTrue());

    Backups into = BackupTestSupport.backups(fresh, folder, key);
    RestoreReport r = into.restore(b.name(), RestoreOptions.defaults());
    assertThat(r.rowsInserted()).isEqualTo(b.manifest().totalRows());
    assertThat(r.safetyBackup()).isEmpty();

    Map<String, String> before = BackupTestSupport.contents(source, null);
    assertThat(BackupTestSupport.contents(fresh, null)).isEqualTo(before);
    try (JdbcStatementStore a = JdbcStatementStore.open(source);
        JdbcStatementStore c = JdbcStatementStore.open(fresh)) {
      for (String t : new String[] {"alpha", "beta"}) {
        TenantId tenant = TenantId.of(t);
        assertThat(c.transactions(tenant, TransactionQuery.all()))
            .isEqualTo(a.transactions(tenant, TransactionQuery.all()))
            .isNotEmpty();
        assertThat(c.statements(tenant))
            .usingRecursiveFieldByFieldElementComparator()
            .isEqualTo(a.statements(tenant))
            .isNotEmpty();
      }
    }
  }

  @Test
  void postgres_verifiesInAPostgresScratchDatabase() throws Exception {
    String admin = System.getenv("BSA_TEST_PG_ADMIN_URL");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        admin != null && !admin.isBlank(), "BSA_TEST_PG_ADMIN_URL is not set");
    String source = BackupTestSupport.freshPostgres();
    BackupTestSupport.seed(source, "alpha", 2, 30);
    Backups backups =
        Backups.builder(source)
            .target(BackupTarget.folder(dir.resolve("pg")))
            .key(key)
            .scratch(ScratchDatabase.postgres(admin))
            .build();
    StoredBackup b = backups.create();
    assertThat(backups.verify(b.name()).scratchDialect())
        .isEqualTo(io.github.bsa.jdbc.Dialect.POSTGRESQL);
  }

  @Test
  void flippedByte_failsVerify_namingThePart() throws Exception {
    String source = BackupTestSupport.freshSqlite(dir);
    BackupTestSupport.seed(source, "alpha", 2, 50);
    Path folder = dir.resolve("flip");
    Backups backups = BackupTestSupport.backups(source, folder, key);
    StoredBackup b = backups.create();
    Path part = folder.resolve(b.name()).resolve("bsa_transaction.rows.gz.aes");
    byte[] bytes = Files.readAllBytes(part);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(part, bytes);
    assertThatThrownBy(() -> backups.verify(b.name()))
        .isInstanceOfSatisfying(
            BackupException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(ErrorCode.BACKUP_FAILED);
              assertThat(e.problem()).isEqualTo(BackupException.Problem.CHECKSUM_MISMATCH);
              assertThat(e.part()).contains("bsa_transaction.rows.gz.aes");
              assertThat(e.getMessage()).contains("bsa_transaction.rows.gz.aes");
            });
    // A restore reading the damaged part fails too and leaves the target empty.
    String fresh = BackupTestSupport.freshSqlite(dir);
    Backups into = BackupTestSupport.backups(fresh, folder, key);
    assertThatThrownBy(() -> into.restore(b.name(), RestoreOptions.defaults()))
        .isInstanceOfSatisfying(
            BackupException.class,
            e -> assertThat(e.part()).contains("bsa_transaction.rows.gz.aes"));
    assertThat(BackupTestSupport.contents(fresh, null).values()).allMatch(v -> v.startsWith("0 "));
  }

  @Test
  void wrongKey_failsVerify_namingKeyIdsAndPart() throws Exception {
    String source = BackupTestSupport.freshSqlite(dir);
    BackupTestSupport.seed(source, "alpha", 1, 10);
    Path folder = dir.resolve("keys");
    StoredBackup b = BackupTestSupport.backups(source, folder, key).create();
    BackupKey other = BackupKey.generate();
    Backups wrong = BackupTestSupport.backups(source, folder, other);
    assertThatThrownBy(() -> wrong.verify(b.name()))
        .isInstanceOfSatisfying(
            BackupException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(BackupException.Problem.WRONG_KEY);
              assertThat(e.part()).contains("bsa_import.rows.gz.aes");
              assertThat(e.getMessage()).contains(key.id()).contains(other.id());
            });
    // A manifest edited to claim the other key: decryption itself fails, naming the part.
    Path manifest = folder.resolve(b.name()).resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace(key.id(), other.id()));
    assertThatThrownBy(() -> wrong.verify(b.name()))
        .isInstanceOfSatisfying(
            BackupException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(BackupException.Problem.DECRYPTION_FAILED);
              assertThat(e.part()).contains("bsa_import.rows.gz.aes");
            });
  }

  @Test
  void keyFile_roundTripsInEveryForm() throws Exception {
    Path f = dir.resolve("k.hex");
    key.writeTo(f);
    assertThat(BackupKey.fromFile(f)).isEqualTo(key);
    Path b64 = dir.resolve("k.b64");
    Files.writeString(
        b64,
        java.util.Base64.getEncoder()
            .encodeToString(java.util.HexFormat.of().parseHex(Files.readString(f).strip())));
    assertThat(BackupKey.fromFile(b64).id()).isEqualTo(key.id());
    Files.writeString(dir.resolve("bad"), "not a key");
    assertThatThrownBy(() -> BackupKey.fromFile(dir.resolve("bad")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(key.toString()).doesNotContain(Files.readString(f).strip());
  }
}

package io.github.bsa.backup.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.Backups;
import io.github.bsa.jdbc.backup.RestoreOptions;
import io.github.bsa.jdbc.backup.RetentionPolicy;
import io.github.bsa.jdbc.backup.StoredBackup;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.tck.Samples;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 target against an S3Proxy server started on 127.0.0.1 by the test. */
final class S3BackupTargetTest {
  private static S3Server server;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    server = new S3Server();
    server.createBucket("bsa-test");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private S3BackupTarget target(String prefix) {
    return S3BackupTarget.builder()
        .uri(URI.create("s3://bsa-test/" + prefix + "?endpoint=" + server.endpoint()))
        .credentials(S3Server.ACCESS, S3Server.SECRET)
        .build();
  }

  @Test
  void backup_roundTripsThroughS3() throws Exception {
    String source = "jdbc:sqlite:" + dir.resolve("source.db");
    TenantId tenant = TenantId.of("s3");
    try (JdbcStatementStore store = JdbcStatementStore.open(source)) {
      var unused = store.save(tenant, Samples.file("s3-a", 0, 60));
      var unused2 = store.save(tenant, Samples.file("s3-b", 60, 90));
    }
    BackupKey key = BackupKey.generate();
    try (S3BackupTarget s3 = target("round/")) {
      assertThat(s3.describe()).startsWith("s3://bsa-test/round/").doesNotContain("secret");
      Backups from = Backups.builder(source).target(s3).key(key).build();
      StoredBackup b = from.create();
      assertThat(from.list()).extracting(StoredBackup::name).containsExactly(b.name());
      assertThat(from.verify(b.name()).rows()).isEqualTo(b.manifest().totalRows());
      assertThat(from.get(b.name()).isVerified()).isTrue();

      String fresh = "jdbc:sqlite:" + dir.resolve("fresh.db");
      Backups into = Backups.builder(fresh).target(s3).key(key).build();
      assertThat(into.restore(b.name(), RestoreOptions.defaults()).rowsInserted())
          .isEqualTo(b.manifest().totalRows());
      try (JdbcStatementStore a = JdbcStatementStore.open(source);
          JdbcStatementStore c = JdbcStatementStore.open(fresh)) {
        assertThat(c.transactions(tenant, TransactionQuery.all()))
            .hasSize(90)
            .isEqualTo(a.transactions(tenant, TransactionQuery.all()));
      }

      // A flipped byte in the bucket is found and the part named.
      String part = "bsa_transaction.rows.gz.aes";
      try (S3Client c = server.client()) {
        byte[] bytes =
            c.getObjectAsBytes(r -> r.bucket("bsa-test").key("round/" + b.name() + "/" + part))
                .asByteArray();
        bytes[bytes.length / 3] ^= 0x10;
        c.putObject(
            r -> r.bucket("bsa-test").key("round/" + b.name() + "/" + part),
            RequestBody.fromBytes(bytes));
      }
      assertThatThrownBy(() -> from.verify(b.name()))
          .isInstanceOfSatisfying(
              BackupException.class,
              e -> {
                assertThat(e.problem()).isEqualTo(BackupException.Problem.CHECKSUM_MISMATCH);
                assertThat(e.part()).contains(part);
              });
    }
  }

  @Test
  void unfinishedBackup_isNotListed_andPruneDeletes() throws Exception {
    String source = "jdbc:sqlite:" + dir.resolve("p.db");
    JdbcStatementStore.open(source).close();
    try (S3BackupTarget s3 = target("prune")) {
      // Parts without a manifest: what a killed backup leaves.
      Path f = Files.writeString(dir.resolve("part"), "x");
      s3.put("bsa-unfinished", "bsa_import.rows.gz.aes", f);
      assertThat(s3.list()).isEmpty();
      assertThat(s3.unfinished()).containsExactly("bsa-unfinished");

      Backups backups = Backups.builder(source).target(s3).key(BackupKey.generate()).build();
      StoredBackup one = backups.create();
      StoredBackup two = backups.create();
      assertThat(backups.list()).hasSize(2);
      var deleted =
          backups.prune(RetentionPolicy.builder().last(1).days(0).weeks(0).months(0).build());
      assertThat(deleted).containsExactly(one.name());
      assertThat(backups.list()).extracting(StoredBackup::name).containsExactly(two.name());
      s3.delete("bsa-unfinished");
      assertThat(s3.unfinished()).isEmpty();
      assertThatThrownBy(() -> backups.get(one.name()))
          .isInstanceOfSatisfying(
              BackupException.class,
              e -> assertThat(e.problem()).isEqualTo(BackupException.Problem.NOT_FOUND));
    }
  }
}

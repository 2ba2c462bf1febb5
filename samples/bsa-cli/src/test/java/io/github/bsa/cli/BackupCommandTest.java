package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.jdbc.JdbcStatementStore;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import io.github.bsa.storage.tck.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bsa backup} on an SQLite file and on PostgreSQL, through the CLI's entry point. */
final class BackupCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final List<String> schemas = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void drop() throws Exception {
    String url = System.getenv("BSA_TEST_PG_URL");
    if (url == null || schemas.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private String freshPostgres() throws Exception {
    String url = System.getenv("BSA_TEST_PG_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(), "BSA_TEST_PG_URL is not set");
    String schema = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    schemas.add(schema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void seed(String url) {
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      var unused = store.save(TenantId.of("t1"), Samples.file("cli-a", 0, 25));
      var unused2 = store.save(TenantId.of("t2"), Samples.file("cli-b", 25, 40));
    }
  }

  private static void assertSameTransactions(String a, String b) {
    try (JdbcStatementStore x = JdbcStatementStore.open(a);
        JdbcStatementStore y = JdbcStatementStore.open(b)) {
      for (String t : new String[] {"t1", "t2"}) {
        assertThat(y.transactions(TenantId.of(t), TransactionQuery.all()))
            .isNotEmpty()
            .isEqualTo(x.transactions(TenantId.of(t), TransactionQuery.all()));
      }
    }
  }

  @Test
  void sqlite_createListVerifyRestorePrune_withExitCodes() throws Exception {
    flow("jdbc:sqlite:" + dir.resolve("live.db"), "jdbc:sqlite:" + dir.resolve("restored.db"));
  }

  @Test
  void postgres_createListVerifyRestorePrune_withExitCodes() throws Exception {
    flow(freshPostgres(), freshPostgres());
  }

  @Test
  void sqliteToPostgres_restoresAcrossDialects() throws Exception {
    String source = "jdbc:sqlite:" + dir.resolve("move.db");
    String target = freshPostgres();
    seed(source);
    String key = dir.resolve("move.key").toString();
    String to = dir.resolve("move").toString();
    assertThat(CliTest.run("backup", "keygen", "--key-file", key).exit()).isZero();
    assertThat(
            CliTest.run("backup", "create", "--db", source, "--to", to, "--key-file", key).exit())
        .isZero();
    CliTest.Run r = CliTest.run("backup", "restore", "--db", target, "--to", to, "--key-file", key);
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertSameTransactions(source, target);
  }

  private void flow(String db, String fresh) throws Exception {
    seed(db);
    String key = dir.resolve("backup.key").toString();
    String to = dir.resolve("backups").toString();
    CliTest.Run gen = CliTest.run("backup", "keygen", "--key-file", key);
    assertThat(gen.exit()).as(gen.err()).isZero();
    assertThat(gen.out()).contains("Wrote a backup key with id");
    assertThat(CliTest.run("backup", "keygen", "--key-file", key).exit()).isEqualTo(1);

    // No backup yet: a health check fails with 6, verify with 4.
    assertThat(CliTest.run("backup", "list", "--to", to, "--max-age", "PT1H").exit()).isEqualTo(6);
    assertThat(CliTest.run("backup", "verify", "--db", db, "--to", to, "--key-file", key).exit())
        .isEqualTo(4);

    CliTest.Run create =
        CliTest.run("backup", "create", "--db", db, "--to", to, "--key-file", key, "--json");
    assertThat(create.exit()).as(create.out() + create.err()).isZero();
    JsonNode created = MAPPER.readTree(create.out());
    String name = created.get("name").asText();
    assertThat(created.get("rows").asLong()).isPositive();
    assertThat(created.get("verifiedAt").isNull()).isTrue();

    CliTest.Run verify =
        CliTest.run("backup", "verify", "--db", db, "--to", to, "--key-file", key, name);
    assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("Verified " + name);

    CliTest.Run list = CliTest.run("backup", "list", "--to", to, "--json", "--max-age", "PT1H");
    assertThat(list.exit()).as(list.err()).isZero();
    JsonNode listed = MAPPER.readTree(list.out());
    assertThat(listed.get("backups")).hasSize(1);
    assertThat(listed.get("lastVerifiedBackup").asText()).isNotEmpty();

    // Restore into a fresh database (the newest backup by default).
    CliTest.Run restore =
        CliTest.run("backup", "restore", "--db", fresh, "--to", to, "--key-file", key);
    assertThat(restore.exit()).as(restore.out() + restore.err()).isZero();
    assertSameTransactions(db, fresh);

    // Again: refused (5) unless --replace; --dry-run reports and writes nothing.
    assertThat(
            CliTest.run("backup", "restore", "--db", fresh, "--to", to, "--key-file", key).exit())
        .isEqualTo(5);
    CliTest.Run dry =
        CliTest.run(
            "backup",
            "restore",
            "--db",
            fresh,
            "--to",
            to,
            "--key-file",
            key,
            "--replace",
            "--dry-run",
            "--json",
            "--tenant",
            "t2");
    assertThat(dry.exit()).as(dry.err()).isZero();
    JsonNode d = MAPPER.readTree(dry.out());
    assertThat(d.get("dryRun").asBoolean()).isTrue();
    assertThat(d.get("rowsInserted").asLong())
        .isEqualTo(d.get("rowsDeleted").asLong())
        .isPositive();
    CliTest.Run replace =
        CliTest.run("backup", "restore", "--db", fresh, "--to", to, "--key-file", key, "--replace");
    assertThat(replace.exit()).as(replace.err()).isZero();
    assertThat(replace.out()).contains("safety backup");

    // A wrong key and a damaged part fail verification with 3, naming the part.
    Path other = dir.resolve("other.key");
    assertThat(CliTest.run("backup", "keygen", "--key-file", other.toString()).exit()).isZero();
    CliTest.Run wrong =
        CliTest.run(
            "backup", "verify", "--db", db, "--to", to, "--key-file", other.toString(), name);
    assertThat(wrong.exit()).isEqualTo(3);
    assertThat(wrong.err()).contains("key id").contains("part bsa_import.rows.gz.aes");
    Path part = Path.of(to, name, "bsa_statement.rows.gz.aes");
    byte[] bytes = Files.readAllBytes(part);
    bytes[bytes.length - 5] ^= 0x7f;
    Files.write(part, bytes);
    CliTest.Run damaged =
        CliTest.run("backup", "verify", "--db", db, "--to", to, "--key-file", key, name, "--json");
    assertThat(damaged.exit()).isEqualTo(3);
    JsonNode dj = MAPPER.readTree(damaged.out());
    assertThat(dj.get("problem").asText()).isEqualTo("CHECKSUM_MISMATCH");
    assertThat(dj.get("part").asText()).isEqualTo("bsa_statement.rows.gz.aes");

    // Prune: two backups (the original and the safety one); keep the last only, but the newest
    // verified one (the original) is always kept.
    CliTest.Run prune =
        CliTest.run(
            "backup",
            "prune",
            "--db",
            db,
            "--to",
            to,
            "--keep-last",
            "1",
            "--keep-days",
            "0",
            "--keep-weeks",
            "0",
            "--keep-months",
            "0",
            "--json");
    assertThat(prune.exit()).as(prune.err()).isZero();
    assertThat(MAPPER.readTree(prune.out()).get("deleted")).isEmpty();
    assertThat(
            CliTest.run("backup", "verify", "--db", db, "--to", to, "--key-file", key, "nope")
                .exit())
        .isEqualTo(4);
    assertThat(CliTest.run("backup", "create", "--db", db, "--key-file", key).exit()).isEqualTo(2);
  }
}

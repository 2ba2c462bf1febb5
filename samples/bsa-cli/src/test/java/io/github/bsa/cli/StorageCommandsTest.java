package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage commands on a SQLite file: ingest twice and overlapping files, list, purge. */
final class StorageCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HEADER = "Date;Description;Counterparty;Amount;Balance\n";
  private static final String[] ROWS = {
    "02.02.2026;Card payment;Corner Cafe;-4,50;2.520,50\n",
    "03.02.2026;Transfer;Savings Account;-500,00;2.020,50\n",
    "10.02.2026;Refund;Online Shop;19,99;2.040,49\n",
    "25.02.2026;Salary February;Example Employer Ltd;2.500,00;4.540,49\n",
    "26.02.2026;Card payment;Corner Cafe;-4,50;4.535,99\n",
  };

  @Test
  void ingest_sameFileTwice_andOverlappingFiles_storeNoDuplicates(@TempDir Path dir)
      throws Exception {
    assertThat(CliSupport.analyzer().formats()).as("formats on the class path").contains("csv");
    String db = "jdbc:sqlite:" + dir.resolve("cli.db");
    Path first = dir.resolve("first.csv");
    Path second = dir.resolve("second.csv");
    Files.writeString(first, HEADER + ROWS[0] + ROWS[1] + ROWS[2], StandardCharsets.UTF_8);
    Files.writeString(
        second, HEADER + ROWS[1] + ROWS[2] + ROWS[3] + ROWS[4], StandardCharsets.UTF_8);

    // a file whose dates fit both day/month orders and that gives no other evidence is refused
    Path bare = dir.resolve("bare.csv");
    Files.writeString(
        bare, "Date,Description,Amount\n02/03/2026,Shop,-4.50\n03/04/2026,Shop,-5.00\n");
    CliTest.Run refused = CliTest.run("ingest", "--db", db, "--tenant", "t1", bare.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).contains("AMBIGUOUS_FORMAT");
    // the first file's dates fit both orders too, but its dotted dates and decimal commas are
    // evidence of day-first (docs/formats/csv.md), so it is read without the option
    String order = "--date-order=DAY_MONTH_YEAR";
    CliTest.Run r1 = CliTest.run("ingest", "--db", db, "--tenant", "t1", first.toString());
    assertThat(r1.exit()).as(r1.out() + r1.err()).isZero();
    assertThat(r1.out()).contains("3 new transaction(s)");
    CliTest.Run again =
        CliTest.run("ingest", "--db", db, "--tenant", "t1", order, first.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("already imported");
    CliTest.Run r2 = CliTest.run("ingest", "--db", db, "--tenant", "t1", second.toString());
    assertThat(r2.exit()).as(r2.out() + r2.err()).isZero();
    assertThat(r2.out()).contains("2 new transaction(s), 2 already stored");

    CliTest.Run list = CliTest.run("transactions", "--db", db, "--tenant", "t1", "--json");
    assertThat(list.exit()).isZero();
    JsonNode txns = MAPPER.readTree(list.out());
    assertThat(txns).hasSize(5);
    Set<String> ids = new HashSet<>();
    txns.forEach(t -> ids.add(t.path("id").asText()));
    assertThat(ids).hasSize(5);

    CliTest.Run range =
        CliTest.run(
            "transactions",
            "--db",
            db,
            "--tenant",
            "t1",
            "--from",
            "2026-02-03",
            "--to",
            "2026-02-10",
            "--json");
    assertThat(MAPPER.readTree(range.out())).hasSize(2);

    CliTest.Run statements = CliTest.run("statements", "--db", db, "--tenant", "t1", "--json");
    assertThat(MAPPER.readTree(statements.out())).hasSize(2);
    CliTest.Run table = CliTest.run("statements", "--db", db, "--tenant", "t1");
    assertThat(table.out()).contains("2 statement(s)");

    // Another tenant sees nothing.
    CliTest.Run other = CliTest.run("transactions", "--db", db, "--tenant", "t2");
    assertThat(other.out()).contains("0 transaction(s)");

    CliTest.Run purge = CliTest.run("purge", "--db", db, "--tenant", "t1");
    assertThat(purge.exit()).isZero();
    assertThat(purge.out()).contains("2 statement(s) deleted");
    assertThat(CliTest.run("transactions", "--db", db, "--tenant", "t1").out())
        .contains("0 transaction(s)");
  }

  @Test
  void missingTenant_isUsageError(@TempDir Path dir) {
    assertThat(CliTest.run("statements", "--db", "jdbc:sqlite:" + dir.resolve("x.db")).exit())
        .isEqualTo(2);
  }

  @Test
  void invalidTenant_failsCleanly(@TempDir Path dir) {
    CliTest.Run r =
        CliTest.run("statements", "--db", "jdbc:sqlite:" + dir.resolve("x.db"), "--tenant", "a b");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).doesNotContain("\tat ");
  }
}

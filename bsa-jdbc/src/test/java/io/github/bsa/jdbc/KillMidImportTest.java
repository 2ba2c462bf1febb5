package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.storage.StoredStatement;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.TransactionQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM mid-import (destroyForcibly) and checks that the database holds each
 * statement whole or not at all, on SQLite and on PostgreSQL.
 */
final class KillMidImportTest {
  @TempDir Path dir;

  @Test
  void sqlite_killedWriter_leavesWholeStatementsOnly() throws Exception {
    killAndCheck("jdbc:sqlite:" + dir.resolve("kill.db"));
  }

  @Test
  void postgres_killedWriter_leavesWholeStatementsOnly() throws Exception {
    killAndCheck(TestDatabases.postgresUrl());
  }

  @Test
  void sqlite_killLandsMidSave_provenByProgress() throws Exception {
    killLandsMidSave_provenByProgress("jdbc:sqlite:" + dir.resolve("progress.db"));
  }

  @Test
  void postgres_killLandsMidSave_provenByProgress() throws Exception {
    killLandsMidSave_provenByProgress(TestDatabases.postgresUrl());
  }

  /**
   * The worker reports each SQL write; the kill comes after the second file's save has written but
   * not reported {@code saved}. Afterwards the first file is stored whole and the interrupted one
   * not at all; the worker restarted on the same files stores the interrupted one exactly once.
   */
  static void killLandsMidSave_provenByProgress(String url) throws Exception {
    TenantId tenant = TenantId.of("progress-" + UUID.randomUUID().toString().substring(0, 8));
    JdbcStatementStore.open(url).close();
    Process p = startWorker(ProgressImportWorker.class, url, tenant);
    int saved = -1;
    int writesInFlight = 0;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("saved ")) {
          saved = Integer.parseInt(line.substring(6));
          writesInFlight = 0;
        } else if (line.equals("write " + (saved + 1)) && saved >= 0 && ++writesInFlight >= 2) {
          break; // the save of file saved+1 has written twice and not committed
        }
      }
    }
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(writesInFlight)
        .as("the kill landed after writes of an uncommitted save")
        .isEqualTo(2);
    int interrupted = saved + 1;
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      List<StoredStatement> statements = store.statements(tenant);
      assertThat(statements)
          .as("files saved before the kill, nothing of the interrupted one")
          .hasSize(interrupted);
      assertThat(store.transactions(tenant, TransactionQuery.all()))
          .hasSize(interrupted * ImportWorker.PER_FILE);
    }
    // Restart: the same files again; the interrupted one is stored now, the others not twice.
    Process again = startWorker(ProgressImportWorker.class, url, tenant);
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && !line.equals("saved " + interrupted)) {
        // wait until the interrupted file is saved
      }
    }
    again.destroyForcibly();
    assertThat(again.waitFor(30, TimeUnit.SECONDS)).isTrue();
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      List<StoredStatement> statements = store.statements(tenant);
      assertThat(statements.size()).isBetween(interrupted + 1, interrupted + 2);
      assertThat(statements.stream().map(StoredStatement::sourceSha256).distinct())
          .hasSameSizeAs(statements);
      assertThat(store.transactions(tenant, TransactionQuery.all()))
          .hasSize(statements.size() * ImportWorker.PER_FILE);
    }
  }

  private static Process startWorker(Class<?> main, String url, TenantId tenant)
      throws java.io.IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            main.getName(),
            url,
            tenant.value())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void killAndCheck(String url) throws Exception {
    // Migrate first so the worker spends its time importing.
    JdbcStatementStore.open(url).close();
    for (int pauseAt = 1; pauseAt <= 2; pauseAt++) {
      TenantId tenant = TenantId.of("kill-" + UUID.randomUUID().toString().substring(0, 8));
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  ImportWorker.class.getName(),
                  url,
                  tenant.value(),
                  String.valueOf(pauseAt))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      int saved = 0;
      boolean inside = false;
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("saved")) {
            saved++;
          } else if (line.equals("inside " + pauseAt)) {
            inside = true;
            break; // the worker holds import pauseAt open, rows written, uncommitted
          }
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      // the kill landed inside import number pauseAt, after pauseAt committed imports
      assertThat(inside).as("the worker signalled it was inside an import").isTrue();
      assertThat(saved).as("imports committed before the kill").isEqualTo(pauseAt);
      int stored = check(url, tenant);
      assertThat(stored)
          .as("whole statements only: the committed ones, not the one killed mid-import")
          .isEqualTo(pauseAt)
          .isPositive()
          .isLessThan(pauseAt + 1);
    }
  }

  private static int check(String url, TenantId tenant) {
    try (JdbcStatementStore store = JdbcStatementStore.open(url)) {
      List<StoredStatement> statements = store.statements(tenant);
      assertThat(statements).isNotEmpty();
      int total = 0;
      for (StoredStatement s : statements) {
        assertThat(s.statement().transactions()).hasSize(ImportWorker.PER_FILE);
        int stored =
            store
                .transactions(tenant, TransactionQuery.builder().statementId(s.id()).build())
                .size();
        assertThat(stored)
            .as("transactions of a stored statement")
            .isEqualTo(ImportWorker.PER_FILE);
        total += stored;
      }
      assertThat(store.transactions(tenant, TransactionQuery.all())).hasSize(total);
      return statements.size();
    }
  }
}

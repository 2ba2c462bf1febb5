package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.parsers.BsaParsers;
import io.github.bsa.storage.StorageException;
import io.github.bsa.storage.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage failures reach the event listener; a throwing listener does not change the failure. */
final class StorageEventsTest {
  @TempDir Path dir;

  @Test
  void aFailedSave_emitsStorageFailed_withoutData_andAThrowingListenerChangesNothing() {
    var parsed =
        StatementAnalyzer.builder()
            .parsers(BsaParsers.all())
            .build()
            .parse(
                "!Type:Bank\nD01/15/2026\nT-12.50\nPSecret Bakery\n^\n"
                    .getBytes(StandardCharsets.UTF_8));
    DataSource ds = JdbcDatabase.dataSource("jdbc:sqlite:" + dir.resolve("unmigrated.db"));
    List<BsaEvent> events = new CopyOnWriteArrayList<>();
    JdbcStatementStore store =
        JdbcStatementStore.builder(ds)
            .dialect(Dialect.SQLITE)
            .migrate(false)
            .events(events::add)
            .build();

    assertThatThrownBy(() -> store.save(TenantId.of("t"), parsed))
        .isInstanceOf(StorageException.class);
    assertThat(events).hasSize(1);
    BsaEvent.StorageFailed failed = (BsaEvent.StorageFailed) events.get(0);
    assertThat(failed.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISMATCH);
    assertThat(events.toString()).doesNotContain("Secret", "12.50");

    JdbcStatementStore throwing =
        JdbcStatementStore.builder(ds)
            .dialect(Dialect.SQLITE)
            .migrate(false)
            .events(
                e -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();
    assertThatThrownBy(() -> throwing.save(TenantId.of("t"), parsed))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_MISMATCH));
  }
}

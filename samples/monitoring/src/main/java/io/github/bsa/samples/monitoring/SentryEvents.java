package io.github.bsa.samples.monitoring;

import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.event.BsaEventListener;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryId;
import java.util.Map;

/**
 * Forwards bsa failures to Sentry: failed parses, failed jobs, failed backups and storage errors.
 * Events carry only formats, error codes and ids, so nothing personal reaches Sentry. Without a DSN
 * Sentry is disabled and nothing is sent.
 */
public final class SentryEvents implements BsaEventListener {
  private volatile SentryId lastId = SentryId.EMPTY_ID;

  @Override
  public void onEvent(BsaEvent event) {
    if (event instanceof BsaEvent.ParseFailed f) {
      send(
          "bsa parse failed",
          SentryLevel.WARNING,
          Map.of(
              "bsa.format", f.format(),
              "bsa.error_code", f.code().map(Enum::name).orElse("USAGE")));
    } else if (event instanceof BsaEvent.JobStateChanged j && j.state().equals("FAILED")) {
      send(
          "bsa job failed",
          SentryLevel.ERROR,
          Map.of(
              "bsa.job_id",
              j.jobId(),
              "bsa.error_code",
              j.errorCode() == null ? "NONE" : j.errorCode().name()));
    } else if (event instanceof BsaEvent.BackupFinished b && !b.succeeded()) {
      send(
          "bsa backup failed",
          SentryLevel.ERROR,
          Map.of("bsa.error_code", b.errorCode() == null ? "NONE" : b.errorCode().name()));
    } else if (event instanceof BsaEvent.StorageFailed s) {
      send(
          "bsa storage failed",
          SentryLevel.ERROR,
          Map.of(
              "bsa.operation", s.operation(),
              "bsa.error_code", s.errorCode().name(),
              "bsa.sql_state", s.sqlState() == null ? "NONE" : s.sqlState()));
    }
  }

  /**
   * Returns the id Sentry gave the last forwarded event: {@link SentryId#EMPTY_ID} when Sentry is
   * disabled (no DSN), so nothing was sent.
   *
   * @return the id
   */
  public SentryId lastId() {
    return lastId;
  }

  private void send(String text, SentryLevel level, Map<String, String> tags) {
    SentryEvent e = new SentryEvent();
    Message m = new Message();
    m.setMessage(text);
    e.setMessage(m);
    e.setLevel(level);
    e.setFingerprints(java.util.List.of(text, tags.getOrDefault("bsa.error_code", "")));
    tags.forEach(e::setTag);
    lastId = Sentry.captureEvent(e);
  }
}

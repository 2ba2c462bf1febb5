package io.github.bsa.samples.monitoring;

import io.github.bsa.core.event.BsaEvent;
import io.github.bsa.core.event.BsaEventListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Turns bsa events into Micrometer meters:
 *
 * <ul>
 *   <li>{@code bsa.parse} timer, tags {@code format}, {@code outcome} (success/failure), {@code
 *       error_code};
 *   <li>{@code bsa.parse.transactions} counter, tag {@code format};
 *   <li>{@code bsa.jobs} counter, tag {@code state};
 *   <li>{@code bsa.backups} counter, tag {@code outcome};
 *   <li>{@code bsa.storage.errors} counter, tags {@code operation}, {@code error_code}.
 * </ul>
 */
public final class MicrometerEvents implements BsaEventListener {
  private final MeterRegistry registry;

  /**
   * Creates the listener.
   *
   * @param registry where the meters go
   */
  public MicrometerEvents(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onEvent(BsaEvent event) {
    if (event instanceof BsaEvent.ParseFinished f) {
      Timer.builder("bsa.parse")
          .tags("format", f.format(), "outcome", "success", "error_code", "NONE")
          .register(registry)
          .record(f.duration());
      registry.counter("bsa.parse.transactions", "format", f.format()).increment(f.transactions());
    } else if (event instanceof BsaEvent.ParseFailed f) {
      Timer.builder("bsa.parse")
          .tags(
              "format",
              f.format(),
              "outcome",
              "failure",
              "error_code",
              f.code().map(Enum::name).orElse("USAGE"))
          .register(registry)
          .record(f.duration());
    } else if (event instanceof BsaEvent.JobStateChanged j) {
      registry.counter("bsa.jobs", "state", j.state()).increment();
    } else if (event instanceof BsaEvent.BackupFinished b) {
      registry.counter("bsa.backups", "outcome", b.succeeded() ? "success" : "failure").increment();
    } else if (event instanceof BsaEvent.StorageFailed s) {
      registry
          .counter(
              "bsa.storage.errors", "operation", s.operation(), "error_code", s.errorCode().name())
          .increment();
    }
  }
}

package io.github.bsa.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * The server's own meters, next to Spring Boot's HTTP and JVM meters: {@code bsa.uploads} (by
 * outcome), {@code bsa.parses} and {@code bsa.parse.duration} (by format and outcome), {@code
 * bsa.jobs.finished} (by state), {@code bsa.backups} (by outcome), {@code bsa.backup.bytes} and the
 * gauge {@code bsa.jobs.queued}. Tags carry no tenant or data. Thread-safe.
 */
@Component
public class ServerMetrics {
  private final MeterRegistry registry;

  /**
   * Creates the meters on the application's registry.
   *
   * @param registry the registry
   */
  public ServerMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void upload(String outcome, int files) {
    Counter.builder("bsa.uploads")
        .description("Uploaded files by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment(files);
  }

  void parsed(String format, String outcome, String errorCode, long nanos) {
    Counter.builder("bsa.parses")
        .description("Parses by format and outcome (parsed, cached, failed)")
        .tag("format", format)
        .tag("outcome", outcome)
        .tag("code", errorCode)
        .register(registry)
        .increment();
    Timer.builder("bsa.parse.duration")
        .description("Time to parse a file (or answer it from the parse cache)")
        .tag("format", format)
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  void backupFinished(boolean succeeded, long bytes) {
    Counter.builder("bsa.backups")
        .description("Backups by outcome")
        .tag("outcome", succeeded ? "succeeded" : "failed")
        .register(registry)
        .increment();
    if (succeeded) {
      Counter.builder("bsa.backup.bytes")
          .description("Bytes of backups written")
          .register(registry)
          .increment((double) bytes);
    }
  }

  void jobFinished(String state) {
    Counter.builder("bsa.jobs.finished").tag("state", state).register(registry).increment();
  }

  void queueDepth(LongSupplier depth) {
    Gauge.builder("bsa.jobs.queued", depth, d -> (double) d.getAsLong())
        .description("Queued jobs of the tenants this instance has served")
        .register(registry);
  }
}

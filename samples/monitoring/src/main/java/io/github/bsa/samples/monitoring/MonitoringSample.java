package io.github.bsa.samples.monitoring;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.event.BsaEventListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sentry.Sentry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Wires bsa's events to Sentry (failures) and Micrometer (meters), parses every file in a folder
 * and one broken input, and prints the meters. Usage: {@code MonitoringSample FOLDER [SENTRY_DSN]};
 * without a DSN Sentry sends nothing.
 */
public final class MonitoringSample {
  private MonitoringSample() {}

  /**
   * Runs the sample.
   *
   * @param args the folder of statements, then optionally a Sentry DSN
   * @throws Exception if the folder cannot be listed
   */
  public static void main(String[] args) throws Exception {
    String dsn = args.length > 1 ? args[1] : "";
    Sentry.init(
        options -> {
          options.setDsn(dsn); // empty: Sentry is disabled and sends nothing
          options.setSendDefaultPii(false);
          options.setEnableUncaughtExceptionHandler(false);
        });
    try {
      MeterRegistry registry = new SimpleMeterRegistry();
      SentryEvents sentry = new SentryEvents();
      MicrometerEvents meters = new MicrometerEvents(registry);
      BsaEventListener both =
          event -> {
            meters.onEvent(event);
            sentry.onEvent(event);
          };
      StatementAnalyzer analyzer = StatementAnalyzer.builder().events(both).build();
      try (Stream<Path> files = Files.list(Path.of(args[0]))) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          try {
            var parsed = analyzer.parse(file);
            System.out.println("parsed: " + file.getFileName() + " " + parsed.format());
          } catch (BsaException e) {
            System.out.println("failed: " + file.getFileName() + " " + e.errorCode());
          }
        }
      }
      try {
        var unused = analyzer.parse(new byte[] {0, 1, 2, 3});
      } catch (BsaException e) {
        System.out.println("failed: broken input " + e.errorCode());
      }
      registry
          .getMeters()
          .forEach(
              m ->
                  m.measure()
                      .forEach(
                          ms ->
                              System.out.println(
                                  "meter "
                                      + m.getId().getName()
                                      + m.getId().getTags()
                                      + " "
                                      + ms.getStatistic()
                                      + "="
                                      + ms.getValue())));
      System.out.println("sentry enabled=" + Sentry.isEnabled() + " last=" + sentry.lastId());
    } finally {
      Sentry.flush(5000);
      Sentry.close();
    }
  }
}

package io.github.bsa.server;

import io.sentry.Sentry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The bsa server: {@code java -jar bsa-server.jar}, or {@code ./bsa-server} at the repository root.
 * Configuration: {@code application.yml} in the jar, {@code --spring.profiles.active=postgresql}
 * for PostgreSQL, environment variables such as {@code BSA_SERVER_API_KEYS} and {@code SENTRY_DSN}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BsaServerApplication {
  private static final Logger LOG = LoggerFactory.getLogger(BsaServerApplication.class);

  /**
   * Starts the server.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(BsaServerApplication.class, args);
  }

  /**
   * Starts Sentry when a DSN is configured; without one, Sentry stays disabled and sends nothing.
   * Requests, users and local variables are not attached: events carry the exception type, stack
   * and request id only.
   */
  @Bean
  DisposableBean sentry(ServerProperties properties) {
    String dsn = properties.sentryDsn();
    if (dsn != null && !dsn.isBlank()) {
      Sentry.init(
          o -> {
            o.setDsn(dsn);
            o.setSendDefaultPii(false);
            o.setAttachStacktrace(true);
            o.setEnableUncaughtExceptionHandler(false);
            o.setBeforeSend(
                (event, hint) -> {
                  event.setRequest(null);
                  event.setUser(null);
                  return event;
                });
          });
      LOG.info("Sentry error reporting is on");
    } else {
      LOG.info("Sentry error reporting is off (no SENTRY_DSN)");
    }
    return Sentry::close;
  }
}

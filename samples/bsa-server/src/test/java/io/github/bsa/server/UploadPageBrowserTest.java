package io.github.bsa.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The upload page in headless Chromium (skipped when {@code /usr/bin/chromium} is absent): enter
 * the key, choose a real MT940 statement, watch the job, see the statement's verified balance and
 * the HTML report. The screenshot goes to {@code target/server-upload-page.png}; with {@code
 * -Dbsa.screenshots.update=true} also to {@code docs/images/server-upload-page.png}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "bsa.server.api-keys=browser:key-browser-0123456789")
class UploadPageBrowserTest {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("bsa-server-browser");
    registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("page.db"));
  }

  @LocalServerPort int port;

  @Test
  void page_uploadsAStatement_showsJobStatementBalanceAndReport() throws Exception {
    assumeTrue(Files.isExecutable(Chromium.BINARY), "Chromium is not installed");
    Path dir = Files.createTempDirectory("bsa-upload");
    Path file = dir.resolve("example.mt940");
    Files.write(file, TestStatements.mt940());
    try (Chromium browser = Chromium.open("http://127.0.0.1:" + port + "/")) {
      browser.waitFor(
          "document.readyState === 'complete' && document.querySelector('#drop')",
          Duration.ofSeconds(30));
      assertThat(browser.eval("document.title").asText()).contains("bsa server");
      browser.eval(
          "document.querySelector('#api-key').value = 'key-browser-0123456789';"
              + " document.querySelector('#save-key').click(); true");
      browser.waitFor(
          "document.querySelector('#key-state').textContent === 'Key accepted'",
          Duration.ofSeconds(30));

      browser.setFiles("#file-input", List.of(file));
      browser.waitFor(
          "document.querySelector('#jobs tbody').innerText.includes('SUCCEEDED')",
          Duration.ofSeconds(60));
      browser.waitFor("document.querySelector('#statements tbody tr')", Duration.ofSeconds(30));
      String statements =
          browser.eval("document.querySelector('#statements tbody').innerText").asText();
      assertThat(statements).contains("mt940").contains("VERIFIED");
      assertThat(browser.eval("document.querySelector('#jobs tbody').innerText").asText())
          .contains("mt940")
          .contains("stored: 1 statement(s)");

      browser.eval("document.querySelector('#show-report').click(); true");
      browser.waitFor(
          "document.querySelector('#report').srcdoc.length > 0", Duration.ofSeconds(30));
      assertThat(browser.eval("document.querySelector('#report').srcdoc").asText())
          .contains("<html");
      browser.waitFor(
          "document.querySelector('#report').contentDocument"
              + " && document.querySelector('#report').contentDocument.readyState === 'complete'"
              + " || true",
          Duration.ofSeconds(10));
      Thread.sleep(500);
      assertThat(browser.eval("document.querySelector('#error').textContent").asText()).isEmpty();

      byte[] png = browser.screenshot();
      assertThat(png).hasSizeGreaterThan(10_000);
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target/server-upload-page.png"), png);
      if (Boolean.getBoolean("bsa.screenshots.update")) {
        Files.write(Path.of("../../docs/images/server-upload-page.png"), png);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}

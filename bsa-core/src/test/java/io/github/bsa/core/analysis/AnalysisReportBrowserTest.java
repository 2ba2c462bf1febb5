package io.github.bsa.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.report.AnalysisReportHtml;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (skipped when Chromium is not installed): the DOM
 * holds the three charts and a screenshot shows them drawn. With {@code -Dbsa.screenshot=PATH} the
 * screenshot is also copied there (used to refresh docs/images/analysis-report.png).
 */
final class AnalysisReportBrowserTest {
  private static Optional<Path> chromium() {
    for (String name :
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      Path p = Path.of(name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String run(Path chromium, Path profile, List<String> extra, Path out)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(chromium.toString());
    cmd.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--user-data-dir=" + profile));
    cmd.addAll(extra);
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile()).start();
    p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium timed out");
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void report_rendersChartsInChromium(@TempDir Path dir) throws Exception {
    Optional<Path> chromium = chromium();
    Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed");
    Path html = dir.resolve("report.html");
    Files.writeString(
        html,
        AnalysisReportHtml.render(Fixtures.analyze(Fixtures.household())),
        StandardCharsets.UTF_8);
    String url = html.toUri().toString();

    String dom =
        run(chromium.get(), dir.resolve("p1"), List.of("--dump-dom", url), dir.resolve("dom.html"));
    assertThat(dom)
        .contains("id=\"chart-balance\"", "id=\"chart-cashflow\"", "id=\"chart-categories\"")
        .contains("<polyline", "<rect");

    Path png = dir.resolve("report.png");
    String unused =
        run(
            chromium.get(),
            dir.resolve("p2"),
            List.of("--screenshot=" + png, "--window-size=1280,1800", url),
            dir.resolve("shot.log"));
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1280);
    int line = 0;
    int green = 0;
    int red = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        if (near(rgb, 0x1565c0)) {
          line++;
        } else if (near(rgb, 0x2e7d32)) {
          green++;
        } else if (near(rgb, 0xc62828)) {
          red++;
        }
      }
    }
    assertThat(line).as("balance line pixels").isGreaterThan(100);
    assertThat(green).as("inflow bar pixels").isGreaterThan(100);
    assertThat(red).as("outflow and category bar pixels").isGreaterThan(300);
    String target = System.getProperty("bsa.screenshot");
    if (target != null && !target.isBlank()) {
      Files.copy(png, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean near(int rgb, int want) {
    int dr = Math.abs(((rgb >> 16) & 0xff) - ((want >> 16) & 0xff));
    int dg = Math.abs(((rgb >> 8) & 0xff) - ((want >> 8) & 0xff));
    int db = Math.abs((rgb & 0xff) - (want & 0xff));
    return dr + dg + db < 40;
  }
}

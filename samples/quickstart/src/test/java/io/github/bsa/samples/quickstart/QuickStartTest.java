package io.github.bsa.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's quick start as a consumer would: in a fresh JVM on the module path, and in
 * another on the class path, with every format including PDF; then without the SQLite driver.
 */
final class QuickStartTest {
  private static final String MAIN = "io.github.bsa.samples.quickstart.QuickStart";
  private static final String MODULE = "io.github.bsa.samples.quickstart";

  @TempDir static Path dir;
  private static final List<String> files = new ArrayList<>();

  @BeforeAll
  static void inputs() throws IOException {
    Path data = Path.of(System.getProperty("quickstart.data", "../data"));
    files.add(data.resolve("example.mt940").toString());
    files.add(data.resolve("example.camt053.xml").toString());
    files.add(data.resolve("example.csv").toString());
    files.add(write("example.ofx", OFX));
    files.add(write("example.qif", QIF));
    Path pdf = dir.resolve("example.pdf");
    Files.write(pdf, pdf());
    files.add(pdf.toString());
  }

  @Test
  void onTheModulePath_everyFormatParses_isStored_andAJobRuns() throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("--module-path");
    cmd.add(classes() + File.pathSeparator + runtimePath());
    cmd.add("-m");
    cmd.add(MODULE + "/" + MAIN);
    Run run = java(cmd, dir.resolve("module.db"));
    assertSucceeded(run);
  }

  @Test
  void onTheClassPath_everyFormatParses_isStored_andAJobRuns() throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add("-cp");
    cmd.add(classes() + File.pathSeparator + runtimePath());
    cmd.add(MAIN);
    Run run = java(cmd, dir.resolve("classpath.db"));
    assertSucceeded(run);
  }

  @Test
  void withoutTheSqliteDriver_theErrorNamesTheArtifactToAdd() throws Exception {
    String withoutDriver =
        Arrays.stream(runtimePath().split(File.pathSeparator))
            .filter(p -> !p.contains("sqlite-jdbc"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> cmd = new ArrayList<>();
    cmd.add("--module-path");
    cmd.add(classes() + File.pathSeparator + withoutDriver);
    cmd.add("-m");
    cmd.add(MODULE + "/" + MAIN);
    Run run = java(cmd, dir.resolve("nodriver.db"));
    assertThat(run.exit()).isNotZero();
    assertThat(run.output())
        .contains("StorageException")
        .contains("add the Maven dependency org.xerial:sqlite-jdbc");
  }

  private static void assertSucceeded(Run run) {
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output())
        .as(run.output())
        .contains("mt940 ", "camt.053 ", "csv ", "ofx ", "qif ", "pdf ")
        .contains("987654") // the OFX account has a number but no IBAN: printed, not "?"
        .contains("stored ")
        .contains("job SUCCEEDED")
        .doesNotContain("NoClassDefFoundError", "Missing migration script");
  }

  private record Run(int exit, String output) {}

  private static Run java(List<String> launch, Path db) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Dpdfbox.fontcache=" + dir);
    cmd.addAll(launch);
    cmd.add(db.toString());
    cmd.addAll(files);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread pump =
        new Thread(
            () -> {
              try {
                p.getInputStream().transferTo(out);
              } catch (IOException e) {
                // the process ended
              }
            });
    pump.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("The quick start did not finish within 120 s");
    }
    pump.join();
    return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8));
  }

  private static String classes() {
    return System.getProperty("quickstart.classes", "target/classes");
  }

  private static String runtimePath() throws IOException {
    return Files.readString(
            Path.of(System.getProperty("quickstart.runtimePath", "target/runtime.path")))
        .strip();
  }

  private static String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static final String OFX =
      "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
          + "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
          + "<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
          + "<DTSERVER>20260131120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n"
          + "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
          + "<STMTRS><CURDEF>EUR\n<BANKACCTFROM><BANKID>12345<ACCTID>987654<ACCTTYPE>CHECKING"
          + "</BANKACCTFROM>\n<BANKTRANLIST><DTSTART>20260101<DTEND>20260131\n"
          + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>-12.50"
          + "<FITID>Q1<NAME>Bakery</STMTTRN>\n"
          + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260110<TRNAMT>1000.00"
          + "<FITID>Q2<NAME>Salary</STMTTRN>\n"
          + "</BANKTRANLIST><LEDGERBAL><BALAMT>987.50<DTASOF>20260131</LEDGERBAL>"
          + "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

  private static final String QIF =
      "!Type:Bank\nD01/15/2026\nT-12.50\nPBakery\n^\nD01/20/2026\nT1,000.00\nPSalary\n^\n";

  /** A one-page text PDF statement with a running balance. */
  private static byte[] pdf() throws IOException {
    String[][] lines = {
      {"40", "Quick Start Bank", ""},
      {"350", "Account Number: 11223344", ""},
      {"350", "Statement Period: 01/01/2026 - 01/31/2026", ""},
    };
    String[][] rows = {
      {"01/05/2026", "Bakery", "-12.50", "987.50"},
      {"01/10/2026", "Salary", "1,000.00", "1,987.50"},
      {"01/20/2026", "Rent", "-900.00", "1,087.50"}
    };
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float top = page.getMediaBox().getHeight();
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        float y = 40;
        for (String[] l : lines) {
          text(c, font, Float.parseFloat(l[0]), top - y, l[1], false);
          y = l[0].equals("40") ? y : y + 15;
        }
        y = 100;
        text(c, font, 40, top - y, "Date", false);
        text(c, font, 100, top - y, "Description", false);
        text(c, font, 420, top - y, "Amount", true);
        text(c, font, 520, top - y, "Balance", true);
        y += 15;
        text(c, font, 100, top - y, "Beginning Balance", false);
        text(c, font, 520, top - y, "1,000.00", true);
        for (String[] r : rows) {
          y += 14;
          text(c, font, 40, top - y, r[0], false);
          text(c, font, 100, top - y, r[1], false);
          text(c, font, 420, top - y, r[2], true);
          text(c, font, 520, top - y, r[3], true);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void text(
      PDPageContentStream c, PDType1Font font, float x, float y, String s, boolean right)
      throws IOException {
    float at = right ? x - font.getStringWidth(s) / 1000 * 9 : x;
    c.beginText();
    c.setFont(font, 9);
    c.newLineAtOffset(at, y);
    c.showText(s);
    c.endText();
  }
}

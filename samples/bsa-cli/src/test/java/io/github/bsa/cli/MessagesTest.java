package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's wording for a directory, an empty file and an encrypted PDF. */
final class MessagesTest {
  @Test
  void aDirectory_saysSo(@TempDir Path dir) {
    CliTest.Run r = CliTest.run("parse", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("IO_FAILURE").contains("is a directory, not a file");
    assertThat(r.out()).doesNotContain("IOException");
  }

  @Test
  void anEmptyFile_saysSo(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    CliTest.Run r = CliTest.run("parse", empty.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("MALFORMED_INPUT").contains("The input is empty (0 bytes)");
  }

  @Test
  void anEncryptedPdf_namesThePasswordFileOption(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("locked.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(pdf.toFile());
    }
    CliTest.Run r = CliTest.run("parse", pdf.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("ENCRYPTED_DOCUMENT").contains("--password-file");
    assertThat(r.out()).doesNotContain("ParseOptions");
  }
}

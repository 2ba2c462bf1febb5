package io.github.bsa.cli;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options shared by the commands that parse files. */
final class CliSupport {
  @Option(
      names = "--format",
      paramLabel = "ID",
      description =
          "Force a format (csv, ofx, qif, mt940, mt942, camt.052, camt.053, camt.054, pdf, xlsx).")
  @Nullable String format;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Read the password of encrypted PDFs from this file (first line).")
  @Nullable Path passwordFile;

  @Option(
      names = "--date-order",
      paramLabel = "ORDER",
      description = "Order of numeric dates when a file is ambiguous: ${COMPLETION-CANDIDATES}.")
  @Nullable DateOrder dateOrder;

  ParseOptions options() throws IOException {
    ParseOptions.Builder b = ParseOptions.builder();
    if (format != null) {
      b.format(format);
    }
    if (dateOrder != null) {
      b.dateOrder(dateOrder);
    }
    if (passwordFile != null) {
      String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      String first = newline >= 0 ? text.substring(0, newline) : text;
      b.password(first.strip().toCharArray());
    }
    return b.build();
  }

  static StatementAnalyzer analyzer() {
    return StatementAnalyzer.builder().build();
  }

  /**
   * Returns the message of a failure in the CLI's words: an encrypted PDF names {@code
   * --password-file} instead of the library option.
   */
  static String message(BsaException e) {
    if (e.errorCode() == ErrorCode.ENCRYPTED_DOCUMENT) {
      return "The PDF is password-protected; give its password with --password-file FILE"
          + " (the first line of FILE)";
    }
    return String.valueOf(e.getMessage());
  }
}

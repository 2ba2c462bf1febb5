package io.github.bsa.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs, each parsed in a forked JVM with {@code -Xmx256m} (issue #17): the child ({@link
 * HostileInputs}) synthesises the input as a stream, parses it through the public API with the
 * default limits (and an 8 s time budget) and reports how it ended. Each must end in a deliberate
 * typed error, or, where the input is valid, in a parse: never an {@code OutOfMemoryError}, another
 * exception or a hang.
 */
final class HostileInputTest {
  private static final String TYPED = "TYPED [A-Z_]+";

  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("csv-10m-columns", TYPED),
        Arguments.of("csv-nul-invalid-utf8", TYPED),
        Arguments.of("ofx-sgml-100k-deep", "TYPED MALFORMED_INPUT"),
        Arguments.of("camt-1gb-text-node", TYPED),
        Arguments.of("camt-10m-attributes", TYPED),
        Arguments.of("mt940-10m-61-without-86", "TYPED LIMIT_EXCEEDED"),
        Arguments.of("mt940-10m-61-retained", TYPED),
        Arguments.of("pdf-100k-empty-pages", "TYPED LIMIT_EXCEEDED"),
        // PDFBox repairs a broken xref by scanning the objects: a parse or a typed error
        Arguments.of("pdf-broken-xref", "PARSED [0-9]+|" + TYPED),
        // the script and the embedded file are ignored: never in the result, never on disk
        Arguments.of("pdf-javascript-embedded-file", "PARSED [0-9]+"),
        Arguments.of("pdf-absurd-glyph-counts", "TYPED MALFORMED_INPUT"),
        Arguments.of("xlsx-zip-bomb-1gb", "TYPED LIMIT_EXCEEDED"),
        Arguments.of("xlsx-2m-shared-strings", "TYPED LIMIT_EXCEEDED"),
        Arguments.of("json-rules-100k-deep", "TYPED MALFORMED_INPUT"),
        // 10 MB of valid rules: parsing them is fine, within the heap
        Arguments.of("json-rules-megabytes", "PARSED [0-9]+|" + TYPED),
        // CsvLayout.fromJson documents INVALID_OPTION for a bad layout
        Arguments.of("json-csv-layout-100k-deep", "TYPED INVALID_OPTION"),
        Arguments.of("json-csv-layout-megabytes", "TYPED INVALID_OPTION"),
        Arguments.of("json-pdf-profile-100k-deep", "TYPED INVALID_OPTION"),
        Arguments.of("json-pdf-profile-megabytes", "TYPED INVALID_OPTION"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInput_inSmallHeap_endsTyped(String name, String expected) throws Exception {
    Path log = tmp.resolve("child.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:-OmitStackTraceInFastThrow",
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                HostileInputs.class.getName(),
                name)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean done = p.waitFor(180, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(done).as("child finished in time; output:%n%s", tail(lines)).isTrue();
    String outcome =
        lines.stream()
            .filter(l -> l.startsWith("OUTCOME "))
            .reduce((a, b) -> b)
            .orElse("OUTCOME none");
    assertThat(outcome.substring("OUTCOME ".length()))
        .as("outcome of %s; output:%n%s", name, tail(lines))
        .matches(expected);
    assertThat(p.exitValue()).isZero();
  }

  private static String tail(List<String> lines) throws IOException {
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}

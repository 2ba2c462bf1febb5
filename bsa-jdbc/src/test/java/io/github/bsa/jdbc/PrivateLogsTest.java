package io.github.bsa.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private logs: every fixture (the shared folder beside the project, when present) and the
 * project's own samples/data go through parse, analyse and store in a fresh JVM with SLF4J at
 * TRACE; no account number, IBAN, holder, amount or description of those files may appear in any
 * log line or exception message.
 */
final class PrivateLogsTest {
  private static final Set<String> SKIPPED_EXTENSIONS =
      Set.of("json", "yml", "yaml", "md", "pydata", "beancount", "py", "note", "license");

  @TempDir Path dir;

  @Test
  void noPersonalData_inAnyLogLineOrExceptionMessage() throws Exception {
    List<Path> inputs = new ArrayList<>();
    // bsa-jdbc cannot use core's test-jar (its service files would register test parsers), so it
    // reads the root the build names for every module (the parent POM; ProjectPaths reads it too).
    String rootProperty = System.getProperty("bsa.project.root");
    assertThat(rootProperty).as("bsa.project.root, set by the parent POM").isNotBlank();
    Path root = Path.of(java.util.Objects.requireNonNull(rootProperty));
    collect(root.resolve("samples/data"), inputs);
    Path fixtures =
        Path.of(
            System.getProperty("bsa.fixtures", root.resolveSibling("shared/fixtures").toString()));
    if (Files.isDirectory(fixtures)) {
      collect(fixtures, inputs);
    }
    assertThat(inputs).isNotEmpty();

    String output = runTraced(inputs);
    assertThat(output).contains("DONE");
    assertThat(output).contains("TRACE", "DEBUG"); // the backend really logged at TRACE

    Set<String> secrets = secretsOf(inputs);
    assertThat(secrets).hasSizeGreaterThan(20);
    List<String> leaks = new ArrayList<>();
    for (String line : output.lines().toList()) {
      for (String secret : secrets) {
        if (contains(line, secret)) {
          leaks.add(secret + "  <-  " + line);
        }
      }
    }
    assertThat(leaks).as("personal data in logs or exception messages").isEmpty();
  }

  private static void collect(Path folder, List<Path> out) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                int dot = name.lastIndexOf('.');
                String ext = dot < 0 ? "" : name.substring(dot + 1);
                return !SKIPPED_EXTENSIONS.contains(ext)
                    && !name.startsWith("license")
                    && !name.startsWith("readme");
              })
          .sorted()
          .forEach(out::add);
    }
  }

  private String runTraced(List<Path> inputs) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace");
    cmd.add("-Dorg.slf4j.simpleLogger.logFile=System.out");
    cmd.add("-Dpdfbox.fontcache=" + dir);
    cmd.add(PrivateLogsRun.class.getName());
    cmd.add(dir.resolve("private.db").toString());
    inputs.forEach(p -> cmd.add(p.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread pump =
        new Thread(
            () -> {
              try {
                p.getInputStream().transferTo(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    pump.start();
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the traced run did not finish in 600 s");
    }
    pump.join();
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Account numbers, IBANs, holders, descriptions, counterparties and amounts of the inputs. */
  private static Set<String> secretsOf(List<Path> inputs) {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().build();
    Set<String> secrets = new TreeSet<>();
    for (Path input : inputs) {
      ParseResult result;
      try {
        result = analyzer.parse(input);
      } catch (BsaException | IllegalArgumentException e) {
        continue;
      }
      for (Statement s : result.statements()) {
        s.account().number().filter(n -> n.strip().length() >= 5).ifPresent(secrets::add);
        s.account().iban().map(Iban::value).ifPresent(secrets::add);
        s.account().iban().map(Iban::formatted).ifPresent(secrets::add);
        s.account().holder().filter(h -> h.strip().length() >= 5).ifPresent(secrets::add);
        for (Transaction t : s.transactions()) {
          String d = t.description().strip();
          if (d.length() >= 10) {
            secrets.add(d);
          }
          t.counterparty().map(String::strip).filter(c -> c.length() >= 8).ifPresent(secrets::add);
          amount(t.amount(), secrets);
        }
      }
    }
    return secrets;
  }

  private static void amount(BigDecimal amount, Set<String> secrets) {
    String plain = amount.abs().toPlainString();
    if (plain.contains(".") && plain.replace(".", "").length() >= 5) {
      secrets.add(plain);
    }
  }

  private static boolean contains(String line, String secret) {
    if (secret.matches("[0-9.]+")) {
      return Pattern.compile("(?<![0-9.])" + Pattern.quote(secret) + "(?![0-9])")
          .matcher(line)
          .find();
    }
    return line.contains(secret);
  }
}

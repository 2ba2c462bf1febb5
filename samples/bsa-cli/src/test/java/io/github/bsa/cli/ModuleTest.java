package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins each library module's exported packages and keeps META-INF/services in step. */
final class ModuleTest {
  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("project root not found");
  }

  private static ModuleDescriptor descriptor(String module) throws IOException {
    try (InputStream in =
        Files.newInputStream(root().resolve(module).resolve("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  private static Set<String> exports(String module) throws IOException {
    return descriptor(module).exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void core_exportsExactlyItsApi() throws IOException {
    assertThat(exports("bsa-core"))
        .containsExactly(
            "io.github.bsa.core",
            "io.github.bsa.core.analysis",
            "io.github.bsa.core.event",
            "io.github.bsa.core.json",
            "io.github.bsa.core.model",
            "io.github.bsa.core.spi");
  }

  @Test
  void parsers_exportOnlyTheOptionsPackage() throws IOException {
    assertThat(exports("bsa-parsers")).containsExactly("io.github.bsa.parsers");
  }

  @Test
  void storage_exportsStoresJobsAndImplementerSpi() throws IOException {
    assertThat(exports("bsa-storage-spi"))
        .containsExactly(
            "io.github.bsa.storage",
            "io.github.bsa.storage.health",
            "io.github.bsa.storage.jobs",
            "io.github.bsa.storage.spi");
  }

  @Test
  void jdbc_exportsStoresAndJobs() throws IOException {
    assertThat(exports("bsa-jdbc"))
        .containsExactly("io.github.bsa.jdbc", "io.github.bsa.jdbc.jobs");
  }

  @Test
  void noModule_exportsAnInternalPackage() throws IOException {
    for (String m : new String[] {"bsa-core", "bsa-parsers", "bsa-storage-spi", "bsa-jdbc"}) {
      assertThat(exports(m)).noneMatch(p -> p.contains(".internal"));
    }
  }

  @Test
  void parserServicesFile_matchesModuleInfo() throws IOException {
    String service = "io.github.bsa.core.spi.StatementParserProvider";
    Set<String> provides =
        descriptor("bsa-parsers").provides().stream()
            .filter(p -> p.service().equals(service))
            .flatMap(p -> p.providers().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    Path file = root().resolve("bsa-parsers/src/main/resources/META-INF/services/" + service);
    Set<String> listed = new TreeSet<>();
    if (Files.exists(file)) {
      Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\n"))
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(listed::add);
    }
    assertThat(listed).isEqualTo(provides);
  }
}

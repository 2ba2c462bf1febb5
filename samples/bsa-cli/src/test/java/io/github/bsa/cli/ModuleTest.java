package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.testing.ProjectPaths;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins each library module's exported packages and keeps META-INF/services in step. */
final class ModuleTest {
  private static Path root() {
    return ProjectPaths.projectRoot();
  }

  private static ModuleDescriptor descriptor(String module) throws IOException {
    try (InputStream in =
        Files.newInputStream(root().resolve(module).resolve("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  /** The packages a module exports to everyone. */
  private static Set<String> exports(String module) throws IOException {
    return descriptor(module).exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The packages exported only to named sibling modules, as "package -> [modules]". */
  private static Map<String, Set<String>> qualifiedExports(String module) throws IOException {
    return descriptor(module).exports().stream()
        .filter(ModuleDescriptor.Exports::isQualified)
        .collect(
            Collectors.toMap(
                ModuleDescriptor.Exports::source,
                e -> new TreeSet<>(e.targets()),
                (a, b) -> a,
                TreeMap::new));
  }

  @Test
  void qualifiedExports_areExactlyThePinnedOnes() throws IOException {
    // ADR 0010: the one transaction-id rule, shared with the stores
    assertThat(qualifiedExports("bsa-core"))
        .isEqualTo(
            Map.of(
                "io.github.bsa.core.internal.ids",
                Set.of("io.github.bsa.storage"),
                // ADR 0021: shared text helpers for the bundled parsers
                "io.github.bsa.core.internal.text",
                Set.of("io.github.bsa.parsers"),
                // ADR 0160: configuration validation shared by bsa's modules
                "io.github.bsa.core.internal.config",
                Set.of("io.github.bsa.parsers", "io.github.bsa.storage", "io.github.bsa.jdbc")));
    // ADR 0012: helpers only bsa's JDBC store needs
    assertThat(qualifiedExports("bsa-storage-spi"))
        .isEqualTo(Map.of("io.github.bsa.storage.internal", Set.of("io.github.bsa.jdbc")));
    assertThat(qualifiedExports("bsa-parsers")).isEmpty();
    assertThat(qualifiedExports("bsa-jdbc")).isEmpty();
  }

  /**
   * Packages are opened (for reflection) only to Hibernate Validator, and only those holding
   * validated configuration (ADR 0160).
   */
  @Test
  void opens_areOnlyTheValidatedConfigurationPackages() throws IOException {
    Map<String, Set<String>> opens = new TreeMap<>();
    for (String m : new String[] {"bsa-core", "bsa-parsers", "bsa-storage-spi", "bsa-jdbc"}) {
      assertThat(descriptor(m).isOpen()).isFalse();
      descriptor(m).opens().forEach(o -> opens.put(o.source(), o.targets()));
    }
    Set<String> validator = Set.of("org.hibernate.validator");
    assertThat(opens)
        .isEqualTo(
            Map.of(
                "io.github.bsa.core.internal.rules", validator,
                "io.github.bsa.parsers.internal.config", validator,
                "io.github.bsa.storage.jobs", validator,
                "io.github.bsa.jdbc.backup", validator));
  }

  @Test
  void core_requiresSlf4jWithoutReexportingIt() throws IOException {
    assertThat(descriptor("bsa-core").requires())
        .filteredOn(r -> r.name().equals("org.slf4j"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.modifiers())
                    .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }

  @Test
  void core_exportsExactlyItsApi() throws IOException {
    assertThat(exports("bsa-core"))
        .containsExactly(
            "io.github.bsa.core",
            "io.github.bsa.core.analysis",
            "io.github.bsa.core.event",
            "io.github.bsa.core.model",
            "io.github.bsa.core.report",
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
  void jdbc_exportsStoresJobsAndBackups() throws IOException {
    assertThat(exports("bsa-jdbc"))
        .containsExactly(
            "io.github.bsa.jdbc", "io.github.bsa.jdbc.backup", "io.github.bsa.jdbc.jobs");
  }

  @Test
  void backupS3_exportsOnlyItsTarget() throws IOException {
    assertThat(exports("bsa-backup-s3")).containsExactly("io.github.bsa.backup.s3");
  }

  @Test
  void noModule_exportsAnInternalPackageToEveryone() throws IOException {
    for (String m :
        new String[] {"bsa-core", "bsa-parsers", "bsa-storage-spi", "bsa-jdbc", "bsa-backup-s3"}) {
      assertThat(exports(m)).noneMatch(p -> p.contains(".internal"));
    }
  }

  /**
   * Internal packages are exported only to named sibling modules (a qualified export), exactly as
   * {@link ArchitectureTest#QUALIFIED_EXPORTS} states, and only to bsa modules.
   */
  @Test
  void qualifiedExports_areInternalPackagesForSiblingModulesOnly() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    for (String m : new String[] {"bsa-core", "bsa-parsers", "bsa-storage-spi", "bsa-jdbc"}) {
      for (ModuleDescriptor.Exports e : descriptor(m).exports()) {
        if (e.isQualified()) {
          assertThat(e.targets()).allMatch(t -> t.startsWith("io.github.bsa."));
          found.put(e.source(), e.targets().stream().sorted().toList());
        }
      }
    }
    assertThat(found).isEqualTo(new TreeMap<>(ArchitectureTest.QUALIFIED_EXPORTS));
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

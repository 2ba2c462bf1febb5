package io.github.bsa.parsers.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared, read-only fixtures beside the project ({@code <project
 * root>/../shared/fixtures}, or the {@code bsa.fixtures} system property). Tests that need them
 * call {@link #requireRoot()}, which skips the test when the folder is absent.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Returns the project root: the nearest ancestor of the working directory holding {@code mvnw}.
   */
  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw"))) {
        return p;
      }
    }
    return dir;
  }

  /** Returns the fixtures folder, when present. */
  public static Optional<Path> root() {
    String property = System.getProperty("bsa.fixtures");
    Path candidate =
        property != null && !property.isBlank()
            ? Path.of(property)
            : projectRoot().resolveSibling("shared").resolve("fixtures");
    return Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  /** Returns the fixtures folder, or skips the calling test when it is absent. */
  public static Path requireRoot() {
    Optional<Path> root = root();
    Assumptions.assumeTrue(root.isPresent(), "shared fixtures absent: skipped");
    return root.orElseThrow();
  }

  /** Returns a sub-folder of the fixtures (such as {@code real/mt940}), or skips when absent. */
  public static Path require(String relative) {
    Path dir = requireRoot().resolve(relative);
    Assumptions.assumeTrue(Files.isDirectory(dir), "fixture folder absent: " + relative);
    return dir;
  }

  /** Returns the {@code *.truth.json} files below a folder, sorted by path. */
  public static List<Path> truthFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".truth.json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the input files below a folder, sorted: every regular file except truth files, upstream
   * expected outputs, licences and read-mes.
   */
  public static List<Path> inputs(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(Fixtures::isInput).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isInput(Path p) {
    String name = p.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".truth.json")
        || lower.endsWith(".expected.json")
        || lower.endsWith(".yml")
        || lower.endsWith(".yaml")
        || lower.endsWith(".pydata")
        || lower.endsWith(".beancount")
        || lower.endsWith(".md")
        || lower.startsWith("license")
        || lower.startsWith("readme")
        || lower.startsWith("copying")
        || lower.startsWith("notice")) {
      return false;
    }
    for (Path part : p) {
      String seg = part.toString();
      if (seg.equals("expected_converted")) {
        return false;
      }
    }
    return true;
  }

  /** Returns the path relative to the fixtures root, for test names and tables. */
  public static String name(Path file) {
    Optional<Path> root = root();
    return root.isPresent() && file.startsWith(root.get())
        ? root.get().relativize(file).toString()
        : file.getFileName().toString();
  }
}

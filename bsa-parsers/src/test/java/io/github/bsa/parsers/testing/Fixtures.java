package io.github.bsa.parsers.testing;

import io.github.bsa.core.testing.ProjectPaths;
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
 * The shared, read-only fixtures beside the project (located by {@link ProjectPaths}). Corpus tests
 * call {@link #corpus(String, int)}: skipped when the collection is absent, failing when it is
 * present but the folder is missing or smaller than expected.
 */
public final class Fixtures {
  private Fixtures() {}

  /** Returns the project root (see {@link ProjectPaths#projectRoot()}). */
  public static Path projectRoot() {
    return ProjectPaths.projectRoot();
  }

  /** Returns the fixtures folder, when present. */
  public static Optional<Path> root() {
    return ProjectPaths.fixtures();
  }

  /**
   * Returns the input files of a corpus folder (such as {@code real/mt940}), sorted; at least
   * {@code minFiles} of them. The corpus's collection (its first path segment, {@code real} or
   * {@code pdf-dev}) may be absent: the calling test is then skipped, or fails when {@code
   * BSA_FIXTURES_REQUIRED=true}. When the collection is present, a missing folder or one with fewer
   * than {@code minFiles} inputs fails: a corpus test never passes on an empty folder.
   *
   * @param folder the folder below the fixtures root
   * @param minFiles the least number of inputs expected
   * @return the inputs
   */
  public static List<Path> corpus(String folder, int minFiles) {
    Path dir = folder(folder);
    List<Path> inputs = inputs(dir);
    if (inputs.size() < minFiles) {
      throw new AssertionError(
          "fixture folder "
              + folder
              + " holds "
              + inputs.size()
              + " inputs, expected at least "
              + minFiles);
    }
    return inputs;
  }

  /**
   * Returns a corpus folder under the rule of {@link #corpus(String, int)}: skipped when its
   * collection is absent (failing when {@code BSA_FIXTURES_REQUIRED=true}), failing when the
   * collection is present but the folder is not.
   *
   * @param folder the folder below the fixtures root
   * @return the folder
   */
  public static Path folder(String folder) {
    Optional<Path> root = root();
    String collection = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
    boolean present = root.isPresent() && Files.isDirectory(root.get().resolve(collection));
    if (!present) {
      if (ProjectPaths.fixturesRequired()) {
        throw new AssertionError(
            "fixtures "
                + collection
                + " absent but expected ("
                + ProjectPaths.FIXTURES_REQUIRED
                + ", -D"
                + ProjectPaths.FIXTURES_REQUIRED_PROPERTY
                + " or CI is true)");
      }
      Assumptions.abort("shared fixtures " + collection + " absent: skipped");
    }
    Path dir = root.get().resolve(folder);
    if (!Files.isDirectory(dir)) {
      throw new AssertionError("fixture folder " + folder + " is missing from " + collection);
    }
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

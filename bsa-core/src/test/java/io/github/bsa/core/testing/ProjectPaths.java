package io.github.bsa.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the project root and the shared fixtures for tests of every module (published in
 * bsa-core's test-jar). The one copy of this lookup: tests never walk up to {@code mvnw}
 * themselves.
 *
 * @since 0.2
 */
public final class ProjectPaths {
  /** The environment variable that makes absent fixtures a failure rather than a skip. */
  public static final String FIXTURES_REQUIRED = "BSA_FIXTURES_REQUIRED";

  private ProjectPaths() {}

  /**
   * The system property, set by the parent POM's Surefire configuration, naming the project root.
   */
  public static final String PROJECT_ROOT_PROPERTY = "bsa.project.root";

  /**
   * Returns the project root: the {@value #PROJECT_ROOT_PROPERTY} system property the build sets,
   * or (when a test runs outside Maven, in an IDE) the nearest ancestor of the working directory
   * holding {@code mvnw}.
   *
   * @return the root
   * @throws IllegalStateException if no ancestor holds {@code mvnw}
   */
  public static Path projectRoot() {
    String property = System.getProperty(PROJECT_ROOT_PROPERTY);
    if (property != null && !property.isBlank() && Files.exists(Path.of(property, "mvnw"))) {
      return Path.of(property);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw"))) {
        return p;
      }
    }
    throw new IllegalStateException("project root (a folder with mvnw) not found");
  }

  /**
   * Returns the shared fixtures folder ({@code <project root>/../shared/fixtures}, or the {@code
   * bsa.fixtures} system property), when present.
   *
   * @return the folder, or empty
   */
  public static Optional<Path> fixtures() {
    String property = System.getProperty("bsa.fixtures");
    Path candidate =
        property != null && !property.isBlank()
            ? Path.of(property)
            : projectRoot().resolveSibling("shared").resolve("fixtures");
    return Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
  }

  /** The system property that makes absent fixtures a failure rather than a skip. */
  public static final String FIXTURES_REQUIRED_PROPERTY = "bsa.fixtures.required";

  /**
   * Returns whether the fixtures are expected, so that their absence fails the tests rather than
   * skipping them: {@code BSA_FIXTURES_REQUIRED=true} or {@code -Dbsa.fixtures.required=true}.
   * Without either, tests that need the shared fixtures skip cleanly when the folder is absent (a
   * clone without {@code ../shared}, CI included); a folder that is present but smaller than a
   * test's minimum always fails.
   *
   * @return whether fixtures are required
   */
  public static boolean fixturesRequired() {
    return "true".equalsIgnoreCase(System.getenv(FIXTURES_REQUIRED))
        || Boolean.getBoolean(FIXTURES_REQUIRED_PROPERTY);
  }
}

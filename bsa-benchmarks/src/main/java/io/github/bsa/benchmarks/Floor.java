package io.github.bsa.benchmarks;

/**
 * The floor of every parse benchmark: one plain loop over the input's bytes, the least any parser
 * must do. Its method is named {@code floor} in each benchmark, so {@code ratios.py} lists it as a
 * peer whose ratio no parser can reach.
 */
final class Floor {
  private Floor() {}

  /**
   * Counts the line feeds of the input.
   *
   * @return the number of {@code '\n'} bytes
   */
  static long lineFeeds(byte[] bytes) {
    long lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }
}

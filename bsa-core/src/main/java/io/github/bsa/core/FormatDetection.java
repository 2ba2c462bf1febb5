package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

/**
 * The format a document was recognised as, and how sure the parser's probe was.
 *
 * @param formatId the format id, for example {@code "camt.053"}
 * @param confidence from 0 (exclusive) to 1
 * @since 0.1
 */
public record FormatDetection(String formatId, double confidence) {
  /** Validates the values. */
  public FormatDetection {
    requireNonNull(formatId, "formatId");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1]");
    }
  }
}

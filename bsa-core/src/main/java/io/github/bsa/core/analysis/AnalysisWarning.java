package io.github.bsa.core.analysis;

import static java.util.Objects.requireNonNull;

/**
 * Something the analysis could not use or had to assume, such as statements in a second currency.
 *
 * @param code a stable upper-case code
 * @param message an explanation without personal data
 * @since 0.1
 */
public record AnalysisWarning(String code, String message) {
  /** Validates the values. */
  public AnalysisWarning {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }
}

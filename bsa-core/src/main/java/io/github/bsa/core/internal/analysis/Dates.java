package io.github.bsa.core.internal.analysis;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Null-tolerant date helpers. */
final class Dates {
  private Dates() {}

  static @Nullable LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  static @Nullable LocalDate max(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}

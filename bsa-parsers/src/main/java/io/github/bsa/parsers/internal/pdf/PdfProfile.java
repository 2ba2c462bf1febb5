package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.DateOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The layout engine's form of the public {@link io.github.bsa.parsers.PdfProfile} (the format
 * option {@code FormatOptions.PDF_PROFILE}, read and validated by {@code internal.config}): labels
 * folded (case, accents, punctuation) for matching. The generic vocabulary still applies to labels
 * the profile does not name.
 *
 * @param labels folded label to column kind
 * @param dayFirst the numeric date order, or {@code null} to detect it
 * @param creditCard whether the statement is a credit-card statement, or {@code null} to detect it
 */
record PdfProfile(
    Map<String, ColumnKind> labels, @Nullable Boolean dayFirst, @Nullable Boolean creditCard) {
  static final PdfProfile NONE = new PdfProfile(Map.of(), null, null);

  PdfProfile {
    labels = Map.copyOf(labels);
  }

  ColumnKind classify(String label) {
    if (labels.isEmpty()) {
      return ColumnKind.OTHER;
    }
    String folded = ColumnKind.fold(label);
    ColumnKind exact = labels.get(folded);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, ColumnKind> e : labels.entrySet()) {
      if (folded.endsWith(e.getKey()) || folded.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return ColumnKind.OTHER;
  }

  /** Returns the engine's form of the public, already validated profile. */
  static PdfProfile from(io.github.bsa.parsers.PdfProfile profile) {
    Map<String, ColumnKind> labels = new LinkedHashMap<>();
    profile.columns().forEach((label, kind) -> labels.put(ColumnKind.fold(label), kind(kind)));
    Boolean dayFirst = profile.dateOrder().map(o -> o != DateOrder.MONTH_DAY_YEAR).orElse(null);
    return new PdfProfile(labels, dayFirst, profile.creditCard().orElse(null));
  }

  private static ColumnKind kind(io.github.bsa.parsers.PdfProfile.ColumnKind kind) {
    return switch (kind) {
      case DATE -> ColumnKind.DATE;
      case VALUE_DATE -> ColumnKind.VALUE_DATE;
      case DESCRIPTION -> ColumnKind.DESCRIPTION;
      case REFERENCE -> ColumnKind.REFERENCE;
      case DEBIT -> ColumnKind.DEBIT;
      case CREDIT -> ColumnKind.CREDIT;
      case AMOUNT -> ColumnKind.AMOUNT;
      case BALANCE -> ColumnKind.BALANCE;
    };
  }
}

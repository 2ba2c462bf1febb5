package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.spi.ProbeResult;
import io.github.bsa.core.spi.SourceSample;

/**
 * Recognises MT940 and MT942 in the first bytes of an input by their field tags at line starts and
 * the SWIFT envelope ({@code {1:F01..}{2:I940..}}). MT942 is told apart by {@code :34F:} or {@code
 * :13D:} without an opening balance {@code :60F:}/{@code :60M:}.
 */
final class Mt940Probe {
  private Mt940Probe() {}

  /** What the sample looks like. */
  enum Kind {
    NONE,
    MT940,
    MT942
  }

  /** The kind and the confidence of one sample. */
  record Verdict(Kind kind, double confidence, String reason) {}

  static Verdict examine(SourceSample sample) {
    String text;
    try {
      text = sample.text();
    } catch (RuntimeException e) {
      return new Verdict(Kind.NONE, 0, "unreadable");
    }
    boolean tag20 = hasTag(text, ":20:");
    boolean tag25 = hasTag(text, ":25:");
    boolean tag60 = hasTag(text, ":60F:") || hasTag(text, ":60M:");
    boolean tag61 = hasTag(text, ":61:");
    boolean tag62 = hasTag(text, ":62F:") || hasTag(text, ":62M:");
    boolean tag28 = hasTag(text, ":28C:") || hasTag(text, ":28:");
    boolean tag942 = hasTag(text, ":34F:") || hasTag(text, ":13D:");
    boolean envelope940 =
        text.contains("{1:F01") && (text.contains("{2:I940") || text.contains("{2:O940"));
    boolean envelope942 =
        text.contains("{1:F01") && (text.contains("{2:I942") || text.contains("{2:O942"));
    if ((tag942 && !tag60) || envelope942) {
      if (tag20 || tag25 || tag61 || envelope942) {
        return new Verdict(Kind.MT942, 0.95, "MT942 :34F:/:13D: fields without :60F:");
      }
    }
    if (envelope940 && (tag20 || tag25)) {
      return new Verdict(Kind.MT940, 0.97, "SWIFT MT940 envelope and fields");
    }
    int score =
        (tag25 ? 1 : 0) + (tag60 ? 1 : 0) + (tag61 ? 1 : 0) + (tag62 ? 1 : 0) + (tag28 ? 1 : 0);
    if (tag20 && score >= 2) {
      return new Verdict(Kind.MT940, 0.95, "MT940 :20:, :25:, :60F:, :61: fields");
    }
    if (tag20 && score == 1) {
      return new Verdict(Kind.MT940, 0.85, "MT940 :20: and :25:/:60F:/:61: fields");
    }
    if (score >= 2) {
      return new Verdict(Kind.MT940, 0.7, "MT940 field tags without :20:");
    }
    if (envelope940) {
      return new Verdict(Kind.MT940, 0.85, "SWIFT MT940 envelope");
    }
    if (tag61 || tag60 || tag62) {
      return new Verdict(Kind.MT940, 0.4, "an MT940 field tag");
    }
    return new Verdict(Kind.NONE, 0, "not recognised");
  }

  static ProbeResult probe(SourceSample sample, Kind wanted) {
    Verdict v = examine(sample);
    if (v.kind() == Kind.NONE) {
      return ProbeResult.NO;
    }
    if (v.kind() == wanted) {
      return ProbeResult.of(v.confidence(), v.reason());
    }
    // the sibling format: the same parser reads it, so stay clearly below the right provider
    return ProbeResult.of(Math.min(0.3, v.confidence()), v.reason());
  }

  /** Whether the tag starts a line (or the text, or follows an envelope block). */
  private static boolean hasTag(String text, String tag) {
    int from = 0;
    while (true) {
      int i = text.indexOf(tag, from);
      if (i < 0) {
        return false;
      }
      if (i == 0) {
        return true;
      }
      char before = text.charAt(i - 1);
      if (before == '\n'
          || before == '\r'
          || (before == ':' && i >= 3 && text.startsWith("{4:", i - 3))
          || before == '@') {
        return true;
      }
      from = i + 1;
    }
  }
}

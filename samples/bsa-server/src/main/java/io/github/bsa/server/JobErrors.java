package io.github.bsa.server;

import io.github.bsa.core.SourcePosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the input position of a failed job from its message. bsa's {@code Job} keeps the error
 * code and message but not the {@link SourcePosition}; {@code BsaException#getMessage()} ends with
 * the position's text ({@code "(page 2, line 14, column 3, record 5)"}), which is read back here.
 * Remove this once bsa's job records carry the position.
 */
final class JobErrors {
  private static final Pattern PART = Pattern.compile("(page|line|column|record) (\\d{1,18})");
  private static final Pattern TAIL = Pattern.compile("\\(([a-z0-9 ,]+)\\)\\s*$");

  private JobErrors() {}

  static SourcePosition position(String message) {
    Matcher tail = TAIL.matcher(message);
    if (!tail.find()) {
      return SourcePosition.UNKNOWN;
    }
    SourcePosition p = SourcePosition.UNKNOWN;
    long line = 0;
    int column = 0;
    Matcher m = PART.matcher(tail.group(1));
    while (m.find()) {
      long v = Long.parseLong(m.group(2));
      switch (m.group(1)) {
        case "page" -> p = p.withPage((int) Math.min(Integer.MAX_VALUE, v));
        case "line" -> line = v;
        case "column" -> column = (int) Math.min(Integer.MAX_VALUE, v);
        default -> p = p.withRecord(v);
      }
    }
    if (line > 0) {
      SourcePosition lc =
          column > 0 ? SourcePosition.of(line, column) : SourcePosition.ofLine(line);
      if (p.page() > 0) {
        lc = lc.withPage(p.page());
      }
      if (p.record() > 0) {
        lc = lc.withRecord(p.record());
      }
      p = lc;
    }
    return p;
  }
}

package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code :tag:} field being read: its tag, first line number and lines, bounded by {@code
 * ParseLimits.maxLineLength}. Used from one thread.
 */
final class Mt940Field {
  final String tag;
  final long line;
  final List<String> lines = new ArrayList<>(4);
  private final int maxLength;
  int length;

  /** Whether every line is ASCII without control characters (ADR 0360). */
  boolean printable = true;

  Mt940Field(String tag, long line, int maxLength) {
    this.tag = tag;
    this.line = line;
    this.maxLength = maxLength;
  }

  void add(String text, long no, boolean printableLine) {
    printable &= printableLine;
    length += text.length() + 1;
    if (length > maxLength) {
      throw new LimitExceededException("maxLineLength", maxLength, SourcePosition.ofLine(no));
    }
    lines.add(text);
  }

  String text() {
    return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
  }

  /** Whether the field holds free text, in which a {@code :NN:} line may be text. */
  boolean isText() {
    return tag.equals("86") || tag.equals("NS");
  }
}

package io.github.bsa.core.internal;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings of one scope (a statement or the document) summarised per code: a count, the first
 * message and the first {@link ParseWarning#MAX_POSITIONS} positions. Memory is bounded by the
 * number of distinct codes, not by the number of rows. Not thread-safe.
 */
final class WarningSummary {
  private static final class Entry {
    final ParseWarning first;
    final List<SourcePosition> positions = new ArrayList<>();
    long count;

    Entry(ParseWarning first) {
      this.first = first;
    }
  }

  private final Map<String, Entry> byCode = new LinkedHashMap<>();

  /**
   * Adds a warning.
   *
   * @param w the warning (possibly itself a summary)
   * @return whether it is among the first {@link ParseWarning#MAX_POSITIONS} of its code
   */
  boolean add(ParseWarning w) {
    Entry e = byCode.computeIfAbsent(w.code(), code -> new Entry(w));
    boolean early = e.count < ParseWarning.MAX_POSITIONS;
    e.count += w.count();
    for (SourcePosition p : w.positions()) {
      if (e.positions.size() >= ParseWarning.MAX_POSITIONS) {
        break;
      }
      e.positions.add(p);
    }
    return early;
  }

  boolean isEmpty() {
    return byCode.isEmpty();
  }

  /**
   * Returns one warning per code, in order of first occurrence.
   *
   * @return the warnings
   */
  List<ParseWarning> warnings() {
    List<ParseWarning> out = new ArrayList<>(byCode.size());
    for (Entry e : byCode.values()) {
      out.add(
          e.count == 1
              ? e.first
              : new ParseWarning(
                  e.first.code(), e.first.message(), e.first.position(), e.count, e.positions));
    }
    return out;
  }
}

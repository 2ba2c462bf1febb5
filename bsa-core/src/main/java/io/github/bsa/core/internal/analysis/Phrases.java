package io.github.bsa.core.internal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of folded phrases, each starting with a space (" card payment ", " tagesgeld"), tested
 * against folded text ({@link Text#fold}) in one pass: a phrase can only start at a space of the
 * text, so only the phrases whose next two characters follow that space are compared. Same answer
 * as testing {@code text.contains(phrase)} for every phrase. Immutable and thread-safe.
 */
final class Phrases {
  private final Map<String, String[]> byHead;

  /** The phrases: each starts with a space and has at least two more characters. */
  Phrases(List<String> phrases) {
    Map<String, List<String>> m = new HashMap<>();
    for (String p : phrases) {
      if (p.length() < 3 || p.charAt(0) != ' ') {
        throw new IllegalArgumentException("phrase must start with a space and a two-letter head");
      }
      m.computeIfAbsent(p.substring(1, 3), k -> new ArrayList<>()).add(p);
    }
    Map<String, String[]> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
    this.byHead = Map.copyOf(out);
  }

  /** Whether the text contains any of the phrases. */
  boolean foundIn(String text) {
    int n = text.length();
    for (int q = text.indexOf(' '); q >= 0 && q + 3 <= n; q = text.indexOf(' ', q + 1)) {
      String[] candidates = byHead.get(text.substring(q + 1, q + 3));
      if (candidates != null) {
        for (String p : candidates) {
          if (text.startsWith(p, q)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

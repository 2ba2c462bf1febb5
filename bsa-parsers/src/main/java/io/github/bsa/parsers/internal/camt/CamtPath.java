package io.github.bsa.parsers.internal.camt;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A node of the tree of element paths seen below a statement, balance, entry or details element,
 * such as {@code "RltdPties/Dbtr/Pty/Nm"}: an element's path is its parent's child by local name,
 * so reading a value costs one lookup per element and no path string. The tree is bounded (a budget
 * of characters for all paths of one input): beyond it, a child is made afresh each time and not
 * kept, so a hostile document of endless distinct names costs time, never memory. Used from one
 * thread.
 */
final class CamtPath {
  /** Characters of all kept paths of one input together. */
  private static final int BUDGET_CHARS = 1 << 18;

  private final String path;
  private final int[] budget;
  private @Nullable Map<String, CamtPath> children;

  private CamtPath(String path, int[] budget) {
    this.path = path;
    this.budget = budget;
  }

  /** Returns the root, whose path is empty, of a new tree. */
  static CamtPath root() {
    return new CamtPath("", new int[] {BUDGET_CHARS});
  }

  /** Returns this path, such as {@code "Refs/EndToEndId"}; empty at the root. */
  String path() {
    return path;
  }

  /** Returns the path of the child element with this local name. */
  CamtPath child(String name) {
    Map<String, CamtPath> known = children;
    if (known != null) {
      CamtPath c = known.get(name);
      if (c != null) {
        return c;
      }
    }
    CamtPath made = new CamtPath(path.isEmpty() ? name : path + '/' + name, budget);
    int cost = made.path.length() + 16;
    if (budget[0] >= cost) {
      budget[0] -= cost;
      if (known == null) {
        known = new HashMap<>(8);
        children = known;
      }
      known.put(name, made);
    }
    return made;
  }
}

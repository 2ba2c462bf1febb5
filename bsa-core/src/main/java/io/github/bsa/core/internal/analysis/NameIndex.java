package io.github.bsa.core.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The distinct names of a run by identity (one instance per distinct text), each with its index in
 * first-seen order, without a boxed index or a node per name. Confined to one run.
 */
final class NameIndex {
  final List<CounterpartyNormalizer.Name> names = new ArrayList<>();
  private CounterpartyNormalizer.@Nullable Name[] keys = new CounterpartyNormalizer.Name[64];
  private int[] values = new int[64];

  /** The index of the name, given the next one when it is new. */
  @SuppressWarnings("ReferenceEquality") // identity intended, as in IdentityHashMap
  int indexOf(CounterpartyNormalizer.Name name) {
    int mask = keys.length - 1;
    int h = System.identityHashCode(name);
    for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      CounterpartyNormalizer.Name k = keys[slot];
      if (k == null) {
        keys[slot] = name;
        values[slot] = names.size();
        names.add(name);
        if (names.size() * 2 > keys.length) {
          grow();
        }
        return names.size() - 1;
      }
      if (k == name) {
        return values[slot];
      }
    }
  }

  private void grow() {
    keys = new CounterpartyNormalizer.Name[keys.length * 2];
    values = new int[keys.length];
    int mask = keys.length - 1;
    for (int at = 0; at < names.size(); at++) {
      int h = System.identityHashCode(names.get(at));
      int slot = (h ^ (h >>> 16)) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = names.get(at);
      values[slot] = at;
    }
  }
}

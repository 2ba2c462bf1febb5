package io.github.bsa.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of a {@link Transaction}: an immutable map over two parallel arrays sorted by key
 * ({@link String#compareTo}, the order of a {@code TreeMap}), with the {@code Map} contract of
 * {@code equals}, {@code hashCode} and {@code toString}. A transaction has at most a handful of
 * attributes, so a binary search over an array is faster than a tree and costs two arrays instead
 * of a node per entry; transactions without attributes share {@link #EMPTY}. Immutable and
 * thread-safe.
 */
final class Attributes extends AbstractMap<String, String> {
  static final Attributes EMPTY = new Attributes(new String[0], new String[0], 0);

  private final String[] keys;
  private final String[] values;
  private final int size;
  private @Nullable Set<Map.Entry<String, String>> entries;

  /** Takes the arrays as they are: the caller hands them over and never changes them again. */
  Attributes(String[] keys, String[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  String[] keyArray() {
    return keys;
  }

  String[] valueArray() {
    return values;
  }

  static int find(String[] keys, int size, String key) {
    return Arrays.binarySearch(keys, 0, size, key);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof String k && find(keys, size, k) >= 0;
  }

  @Override
  public @Nullable String get(@Nullable Object key) {
    if (!(key instanceof String k)) {
      return null;
    }
    int i = find(keys, size, k);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    Set<Map.Entry<String, String>> e = entries;
    if (e == null) {
      e = new Entries();
      entries = e;
    }
    return e;
  }

  /** The entries in key order; read-only. */
  private final class Entries extends AbstractSet<Map.Entry<String, String>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<String, String>> iterator() {
      return new EntryIterator();
    }
  }

  /** Walks the entries in key order; read-only. */
  private final class EntryIterator implements Iterator<Map.Entry<String, String>> {
    private int next;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Map.Entry<String, String> next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      int i = next++;
      return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
    }
  }
}

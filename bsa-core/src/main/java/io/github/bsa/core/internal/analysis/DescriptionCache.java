package io.github.bsa.core.internal.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What each distinct description says, worked out once per analysis run: the normalised name, the
 * folded text, the card and savings words, and the default category by sign. Descriptions differ
 * mostly in numbers (store numbers, card numbers, dates, references), so two descriptions share one
 * entry when they differ only in digits that no rule can see: the name drops every token with a
 * digit ({@link CounterpartyNormalizer}), and a category keyword can only see a token with digits
 * that it names itself ("o2", "bet365", "7 eleven"), so digits are masked in every other token.
 * Confined to one run.
 */
final class DescriptionCache {
  /** The entry of an item before preparation. */
  static final Entry NONE = new Entry("", false);

  private static final char MASK = '\u0001';

  /** One distinct description (up to masked digits). Confined to one run. */
  static final class Entry {
    /** The first description seen with this entry's key; the values below are its values. */
    final String representative;

    /** Whether other descriptions (differing in masked digits) share the entry. */
    final boolean masked;

    CounterpartyNormalizer.@Nullable Name name;
    private @Nullable String folded;
    private boolean card;
    private boolean savings;
    private boolean described;

    /** The default category for debits, zero amounts and credits (index signum + 1). */
    final Categorizer.@Nullable Match[] bySign = new Categorizer.Match[3];

    Entry(String representative, boolean masked) {
      this.representative = representative;
      this.masked = masked;
    }

    /** The normalised name of the representative. */
    CounterpartyNormalizer.Name name() {
      CounterpartyNormalizer.Name n = name;
      if (n == null) {
        n = CounterpartyNormalizer.normalize(representative);
        name = n;
      }
      return n;
    }

    private void describe() {
      if (!described) {
        String f = Text.fold(representative);
        folded = f;
        card = Categorizer.isCardPayment(f);
        savings = SavingsWords.foundIn(f);
        described = true;
      }
    }

    /**
     * The folded text of a description that maps to this entry: the representative's, or the own
     * description folded when the entry is shared (its digits may differ).
     */
    String folded(String own) {
      describe();
      String f = folded;
      if (f == null) {
        throw new IllegalStateException("not described");
      }
      return !masked || own.equals(representative) ? f : Text.fold(own);
    }

    /** The folded text of the representative (same words and channel as every shared one). */
    String foldedRepresentative() {
      return folded(representative);
    }

    boolean card() {
      describe();
      return card;
    }

    boolean savings() {
      describe();
      return savings;
    }
  }

  private final Map<String, Entry> byRaw;
  private final @Nullable Keep keep;

  /** Open addressing by masked hash: the shared entries are few, so the table stays in cache. */
  private Entry[] table = new Entry[64];

  private int[] hashes = new int[64];

  /** The characters of each entry's representative, by slot (compared as arrays). */
  private char[][] chars = new char[64][];

  /** The characters of the description being looked up (reused). */
  private char[] buffer = new char[128];

  private int size;

  /**
   * @param expected the expected number of lookups (sizes the fallback table once)
   * @param keep the folded tokens with digits that a rule names (kept verbatim), or null to share
   *     entries only between equal descriptions
   */
  DescriptionCache(int expected, @Nullable Set<String> keep) {
    this.byRaw = new HashMap<>(keep == null ? Math.max(16, expected / 4) : 16);
    this.keep = keep == null ? null : new Keep(keep.toArray(new String[0]));
  }

  /** The entry of a description. */
  Entry get(String description) {
    Keep k = keep;
    if (k == null) {
      // equal texts only: user rules see every token
      Entry e = byRaw.get(description);
      if (e == null) {
        e = new Entry(description, false);
        byRaw.put(description, e);
      }
      return e;
    }
    // the text's characters once, into a reused buffer: the hash and the compare then read a plain
    // array (no coder check or bounds check per character) and the compare runs by vector
    int n = description.length();
    char[] text = buffer;
    if (text.length < n) {
      text = new char[Math.max(n, text.length * 2)];
      buffer = text;
    }
    description.getChars(0, n, text, 0);
    int h = keyHash(text, n, k);
    int mask = table.length - 1;
    for (int slot = (h ^ (h >>> 16)) & mask; ; slot = (slot + 1) & mask) {
      Entry e = table[slot];
      if (e == null) {
        Entry created = new Entry(description, true);
        table[slot] = created;
        chars[slot] = Arrays.copyOf(text, n);
        hashes[slot] = h;
        if (++size * 2 > table.length) {
          grow();
        }
        return created;
      }
      if (hashes[slot] == h && maskedEquals(text, chars[slot], n, k)) {
        return e;
      }
    }
  }

  private void grow() {
    Entry[] oldTable = table;
    int[] oldHashes = hashes;
    char[][] oldChars = chars;
    table = new Entry[oldTable.length * 2];
    hashes = new int[oldTable.length * 2];
    chars = new char[oldTable.length * 2][];
    int mask = table.length - 1;
    for (int i = 0; i < oldTable.length; i++) {
      if (oldTable[i] != null) {
        int h = oldHashes[i];
        int slot = (h ^ (h >>> 16)) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = oldTable[i];
        hashes[slot] = oldHashes[i];
        chars[slot] = oldChars[i];
      }
    }
  }

  /**
   * A hash of the description that sees the digits of every masked token (a token with digits
   * between plain-ASCII characters that no rule names) as one mask character and every other
   * character as written. Texts equal once masked ({@link #maskedEquals}) have equal hashes: the
   * token boundaries and neighbours are the same in both, a token that differs is masked in both,
   * and a token that does not differ adds the same whatever is decided. Texts that differ in a kept
   * token's digits ("MCC 5411" and "MCC 5412") get different hashes, so the entries of one spelling
   * do not form one long probe chain that every look-up would walk. One kept-token look-up per
   * token with digits.
   */
  static int keyHash(String s, Keep keep) {
    return keyHash(s.toCharArray(), s.length(), keep);
  }

  /**
   * {@link #keyHash(String, Keep)} of the text s[0, n): one pass that adds every character as
   * written, and a second pass over a token only when it is masked.
   */
  static int keyHash(char[] s, int n, Keep keep) {
    int h = 0;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (!isAsciiLetterOrDigit(c)) {
        h = 31 * h + c;
        i++;
        continue;
      }
      int start = i;
      int before = h;
      int digits = 0;
      int value = 0;
      while (i < n && isAsciiLetterOrDigit(s[i])) {
        char d = s[i];
        if (d <= '9') {
          digits++;
          value = value * 10 + (d - '0');
        }
        h = 31 * h + d;
        i++;
      }
      if (digits > 0 && asciiBounded(s, n, start, i) && !kept(s, start, i, digits, value, keep)) {
        h = before;
        for (int k = start; k < i; k++) {
          char d = s[k];
          h = 31 * h + (d <= '9' ? MASK : d);
        }
      }
    }
    return h;
  }

  /**
   * Whether the token s[start, end) with the given count of digits is kept; a short token of digits
   * only is answered from its value (taken while hashing) without a second look at its characters.
   */
  private static boolean kept(char[] s, int start, int end, int digits, int value, Keep keep) {
    int len = end - start;
    return (digits == len && len <= Keep.SHORT_DIGITS)
        ? keep.digitToken(len, value)
        : keep.contains(s, start, end);
  }

  /** Whether two texts are equal once masked (see {@link #keyHash}). */
  static boolean maskedEquals(String a, String b, String[] keep) {
    return maskedEquals(a, b, new Keep(keep));
  }

  /** Whether two texts are equal once masked (see {@link #keyHash}). */
  static boolean maskedEquals(String a, String b, Keep keep) {
    int n = a.length();
    return n == b.length() && maskedEquals(a.toCharArray(), b.toCharArray(), n, keep);
  }

  /**
   * Whether a[0, n) and b[0, n) (b of length n) are equal once masked: runs of equal characters are
   * skipped by {@link Arrays#mismatch} (vectorised); only a differing pair is looked at.
   */
  static boolean maskedEquals(char[] a, char[] b, int n, Keep keep) {
    if (b.length != n) {
      return false;
    }
    // the end of the last token found masked in both: its other digits need no second look
    int maskedTo = 0;
    int i = 0;
    while (i < n) {
      int m = Arrays.mismatch(a, i, n, b, i, n);
      if (m < 0) {
        return true;
      }
      i += m;
      char x = a[i];
      char y = b[i];
      if (x > '9' || y > '9' || x < '0' || y < '0') {
        return false;
      }
      if (i >= maskedTo) {
        // two different digits: the same span is a token in both (equal elsewhere); it must be
        // masked in both
        int start = i;
        while (start > 0 && isAsciiLetterOrDigit(a[start - 1])) {
          start--;
        }
        int end = i;
        while (end < n && isAsciiLetterOrDigit(a[end])) {
          end++;
        }
        if (!asciiBounded(a, n, start, end)
            || keep.contains(a, start, end)
            || keep.contains(b, start, end)) {
          return false;
        }
        maskedTo = end;
      }
      i++;
    }
    return true;
  }

  /**
   * The kept tokens in an open-addressing table by the hash of their lower-case form: most tokens
   * with digits are no kept token, and an empty slot says so without comparing any text.
   */
  static final class Keep {
    /** Pure-digit kept tokens up to this length are answered from {@link #digitTokens}. */
    static final int SHORT_DIGITS = 4;

    /** Where the tokens of each length start in {@link #digitTokens} (10 + 100 + ...). */
    private static final int[] DIGIT_OFFSET = {0, 0, 10, 110, 1110, 11110};

    private final String[] table;
    private final int[] hashes;
    private final int mask;

    /**
     * Per first character below 128, a bit per token length (63 for longer ones) of the kept
     * tokens: most tokens are answered by one array read.
     */
    private final long[] lengthsByFirst = new long[128];

    /** Whether the pure-digit token of value v and length l (at most 4) is kept. */
    private final boolean[] digitTokens = new boolean[DIGIT_OFFSET[SHORT_DIGITS + 1]];

    Keep(String[] tokens) {
      int capacity = Integer.highestOneBit(Math.max(8, tokens.length * 4 - 1)) << 1;
      table = new String[capacity];
      hashes = new int[capacity];
      mask = capacity - 1;
      for (String t : tokens) {
        if (!t.isEmpty() && t.charAt(0) < 128) {
          lengthsByFirst[t.charAt(0)] |= 1L << Math.min(t.length(), 63);
        }
        int value = digitValue(t, 0, t.length());
        if (value >= 0) {
          digitTokens[DIGIT_OFFSET[t.length()] + value] = true;
        }
        int h = t.hashCode();
        int slot = spread(h) & mask;
        while (table[slot] != null && !table[slot].equals(t)) {
          slot = (slot + 1) & mask;
        }
        table[slot] = t;
        hashes[slot] = h;
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /** Whether the token of {@code len} digits (1 to 4) and this value is kept. */
    boolean digitToken(int len, int value) {
      return digitTokens[DIGIT_OFFSET[len] + value];
    }

    /** Whether s[start, end) is, lower-cased, one of the kept tokens. */
    boolean contains(String s, int start, int end) {
      return contains(s.toCharArray(), start, end);
    }

    /**
     * Whether s[start, end) is, lower-cased, one of the kept tokens (the kept tokens are lower
     * case, so {@link String#hashCode} of a kept token is the hash of the lower-case form).
     */
    boolean contains(char[] s, int start, int end) {
      int len = end - start;
      if (len <= 0) {
        return false;
      }
      char first = lower(s[start]);
      if (first < 128 && (lengthsByFirst[first] & (1L << Math.min(len, 63))) == 0) {
        return false;
      }
      int value = digitValue(s, start, end);
      if (value >= 0) {
        return digitTokens[DIGIT_OFFSET[len] + value];
      }
      int lowerHash = 0;
      for (int k = start; k < end; k++) {
        lowerHash = 31 * lowerHash + lower(s[k]);
      }
      for (int slot = spread(lowerHash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
        String k = table[slot];
        if (hashes[slot] != lowerHash || k.length() != len) {
          continue;
        }
        int j = 0;
        while (j < len && lower(s[start + j]) == k.charAt(j)) {
          j++;
        }
        if (j == len) {
          return true;
        }
      }
      return false;
    }

    /** The value of s[start, end) when it is 1 to 4 ASCII digits, else -1. */
    private static int digitValue(String s, int start, int end) {
      return digitValue(s.toCharArray(), start, end);
    }

    /** The value of s[start, end) when it is 1 to 4 ASCII digits, else -1. */
    private static int digitValue(char[] s, int start, int end) {
      if (end - start > SHORT_DIGITS || end <= start) {
        return -1;
      }
      int value = 0;
      for (int k = start; k < end; k++) {
        char c = s[k];
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  /**
   * Whether the token s[start, end) lies between plain-ASCII characters (or the text's ends): only
   * then do the normaliser and the folded text see the same token. A non-ASCII neighbour may fold
   * into the token (an accent, a mark, a letter written with a digit), so such a token is compared
   * as written.
   */
  private static boolean asciiBounded(char[] s, int n, int start, int end) {
    return (start == 0 || s[start - 1] < 0x80) && (end == n || s[end] < 0x80);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}

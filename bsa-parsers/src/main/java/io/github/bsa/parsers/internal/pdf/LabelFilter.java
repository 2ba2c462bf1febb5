package io.github.bsa.parsers.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A vocabulary pattern with a cheap test in front of it, for the folded text of every line of a
 * document: a match of an alternative starts with the alternative's literal prefix, so a text that
 * lacks every two-character piece of every prefix cannot match and is never given to the regular
 * expression, which tries every alternative at every position. The answers are the pattern's own. A
 * pattern whose alternatives do not all start with a literal of two or more characters is always
 * given to the regular expression. Immutable and thread-safe.
 */
final class LabelFilter {
  /** Folded text holds a-z, 0-9 and the space: 37 symbols, pairs of them as bits. */
  private static final int SYMBOLS = 37;

  private final Pattern pattern;

  /** Per alternative, its prefix's pairs as bit indexes; {@code null} when it cannot filter. */
  private final int @Nullable [][] prefixes;

  LabelFilter(Pattern pattern) {
    this.pattern = pattern;
    this.prefixes = pattern.flags() == 0 ? prefixes(alternatives(pattern.pattern())) : null;
  }

  /** The alternatives' prefixes as pairs, or {@code null} when one has no literal prefix. */
  private static int @Nullable [][] prefixes(List<String> alternatives) {
    int[][] out = new int[alternatives.size()][];
    for (int i = 0; i < out.length; i++) {
      String p = literalPrefix(alternatives.get(i));
      if (p.length() < 2) {
        return null;
      }
      out[i] = new int[p.length() - 1];
      for (int k = 0; k + 1 < p.length(); k++) {
        out[i][k] = symbol(p.charAt(k)) * SYMBOLS + symbol(p.charAt(k + 1));
      }
    }
    return out;
  }

  /** Whether the pattern is found in the folded text ({@code Matcher.find}). */
  boolean find(String folded) {
    return mayMatch(folded) && pattern.matcher(folded).find();
  }

  /** Whether the pattern matches the whole folded text ({@code Matcher.matches}). */
  boolean matches(String folded) {
    return mayMatch(folded) && pattern.matcher(folded).matches();
  }

  /** False only when no alternative can match anywhere in the text. */
  boolean mayMatch(String folded) {
    int[][] prefixes = this.prefixes;
    if (prefixes == null) {
      return true;
    }
    long[] pairs = new long[(SYMBOLS * SYMBOLS + 63) / 64];
    int previous = -1;
    for (int i = 0; i < folded.length(); i++) {
      int s = symbol(folded.charAt(i));
      if (s < 0) {
        return true; // not folded text: no judgement
      }
      if (previous >= 0) {
        int bit = previous * SYMBOLS + s;
        pairs[bit >>> 6] |= 1L << bit;
      }
      previous = s;
    }
    outer:
    for (int[] prefix : prefixes) {
      for (int bit : prefix) {
        if ((pairs[bit >>> 6] & (1L << bit)) == 0) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static int symbol(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return c == ' ' ? 36 : -1;
  }

  /** The top-level alternatives of a regular expression, through groups that wrap it whole. */
  static List<String> alternatives(String regex) {
    List<String> out = new ArrayList<>();
    int[] depth = depths(regex);
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      if (regex.charAt(i) == '|' && depth[i] == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    List<String> flat = new ArrayList<>();
    for (String part : out) {
      int inner =
          part.startsWith("(?:") ? 3 : part.startsWith("(") && !part.startsWith("(?") ? 1 : 0;
      if (inner > 0 && closesAtEnd(part)) {
        flat.addAll(alternatives(part.substring(inner, part.length() - 1)));
      } else {
        flat.add(part);
      }
    }
    return flat;
  }

  /** Whether the parenthesis at 0 is closed by the last character, not before. */
  private static boolean closesAtEnd(String regex) {
    int[] depth = depths(regex);
    int last = regex.length() - 1;
    for (int i = 1; i < last; i++) {
      if (depth[i] == 1 && regex.charAt(i) == ')') {
        return false;
      }
    }
    return last > 0 && depth[last] == 1 && regex.charAt(last) == ')';
  }

  /**
   * The group depth before each character, or -1 for a character that is escaped or inside a
   * character class (it opens, closes or separates nothing).
   */
  private static int[] depths(String regex) {
    int[] out = new int[regex.length()];
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (inClass || c == '\\') {
        out[i] = -1;
        if (c == '\\' && i + 1 < regex.length()) {
          out[++i] = -1;
        } else if (inClass) {
          inClass = c != ']';
        }
        continue;
      }
      out[i] = depth;
      if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return out;
  }

  /**
   * The literal text every match of the alternative starts with: after leading word boundaries, the
   * plain characters up to the first operator, escape or optional character.
   */
  static String literalPrefix(String alternative) {
    int i = 0;
    while (alternative.startsWith("\\b", i)) {
      i += 2;
    }
    StringBuilder sb = new StringBuilder();
    for (; i < alternative.length(); i++) {
      char c = alternative.charAt(i);
      if (symbol(c) < 0) {
        break;
      }
      char next = i + 1 < alternative.length() ? alternative.charAt(i + 1) : '\0';
      if (next == '?' || next == '*' || next == '{') {
        break;
      }
      sb.append(c);
      if (next == '+') {
        break;
      }
    }
    return sb.toString();
  }
}

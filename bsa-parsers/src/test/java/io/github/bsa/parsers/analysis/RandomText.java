package io.github.bsa.parsers.analysis;

import java.util.Random;

/** Random digits and reference characters for the labelled statement generators. */
final class RandomText {
  private static final String REFERENCE = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

  private RandomText() {}

  /** {@code n} random digits. */
  static String digits(Random rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  /** {@code n} random reference characters (upper-case letters without I and O, digits). */
  static String reference(Random rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(REFERENCE.charAt(rnd.nextInt(REFERENCE.length())));
    }
    return sb.toString();
  }
}

package io.github.bsa.parsers.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-formed XML documents for differential tests: nested elements with and without
 * prefixes, namespace declarations, attributes in both quotes with references and breaks, texts
 * with references, CDATA, comments, processing instructions, CR LF line ends, non-ASCII and
 * supplementary characters. (Lone CR line ends are left out: after one in some contexts the JDK
 * reader's columns are one less, a quirk the scanner follows only for the common case.)
 */
final class RandomXml {
  private static final String[] NAMES = {
    "Ntry", "Amt", "Nm", "a", "B-c.d", "_x", "\u00e9l\u00e8ve", "\u4e2d", "Dt", "Ustrd"
  };
  private static final String[] TEXTS = {
    "Shop",
    " ",
    "\n",
    "\r\n",
    "\t",
    "&amp;",
    "&lt;&gt;",
    "&quot;&apos;",
    "&#233;",
    "&#x1F600;",
    "\u00fc\u00df",
    "\uD83D\uDCB6",
    "]",
    "]]",
    "<![CDATA[a<b&c]]]]>",
    "<!-- c -->",
    "<?pi d?>",
    "x>y",
    "\u0085\u2028",
    "&#13;",
    "\r"
  };
  private static final String[] LATIN1_TEXTS = {
    "Shop",
    " ",
    "\n",
    "\r\n",
    "\t",
    "&amp;",
    "&lt;&gt;",
    "&#233;",
    "&#x1F600;",
    "\u00fc\u00df\u00ff",
    "]",
    "<![CDATA[x]]>",
    "<!--c-->",
    "<?pi?>",
    "\u0085"
  };

  private RandomXml() {}

  static String document(Random rnd, boolean latin1) {
    StringBuilder sb = new StringBuilder();
    if (rnd.nextBoolean() || latin1) {
      sb.append("<?xml version=\"1.0\"")
          .append(
              latin1 ? " encoding='ISO-8859-1'" : rnd.nextBoolean() ? " encoding=\"utf-8\"" : "")
          .append(rnd.nextBoolean() ? " standalone=\"yes\"" : "")
          .append("?>")
          .append(rnd.nextBoolean() ? "\n" : "\r\n");
    }
    sb.append("<!-- prolog -->\n");
    List<String> prefixes = new ArrayList<>();
    element(sb, rnd, 0, prefixes, latin1);
    sb.append("\n<?epilog x?>\n");
    return sb.toString();
  }

  private static void element(
      StringBuilder sb, Random rnd, int depth, List<String> prefixes, boolean latin1) {
    String[] names = latin1 ? new String[] {"a", "Ntry", "\u00e9l\u00e8ve", "Nm"} : NAMES;
    String local = names[rnd.nextInt(names.length)];
    int declared = 0;
    StringBuilder attrs = new StringBuilder();
    if (depth == 0 || rnd.nextInt(5) == 0) {
      String p = "p" + depth;
      attrs.append(" xmlns:").append(p).append("=\"urn:").append(p).append('"');
      prefixes.add(p);
      declared++;
    }
    if (rnd.nextInt(4) == 0) {
      attrs.append(" xmlns=\"urn:default").append(rnd.nextInt(3)).append('"');
    }
    if (rnd.nextBoolean()) {
      char q = rnd.nextBoolean() ? '"' : '\'';
      attrs.append(" a").append(rnd.nextBoolean() ? " = " : "=").append(q);
      attrs.append(rnd.nextBoolean() ? "x\ty\r\nz &amp; &#10;&#x9;" : "EUR").append(q);
    }
    if (rnd.nextBoolean()) {
      attrs.append(" Ccy='").append(rnd.nextBoolean() ? "EUR" : "US&#68;").append('\'');
    }
    if (!prefixes.isEmpty() && rnd.nextBoolean()) {
      attrs.append(' ').append(prefixes.get(rnd.nextInt(prefixes.size()))).append(":a='1'");
    }
    String name =
        !prefixes.isEmpty() && rnd.nextInt(3) == 0
            ? prefixes.get(rnd.nextInt(prefixes.size())) + ":" + local
            : local;
    sb.append('<').append(name).append(attrs);
    if (depth > 0 && (rnd.nextInt(6) == 0 || depth > 6)) {
      sb.append(rnd.nextBoolean() ? "/>" : " />");
    } else {
      sb.append('>');
      int children = depth == 0 ? 3 + rnd.nextInt(6) : rnd.nextInt(depth < 2 ? 8 : 4);
      for (int i = 0; i < children; i++) {
        if (rnd.nextBoolean()) {
          String[] texts = latin1 ? LATIN1_TEXTS : TEXTS;
          int pieces = rnd.nextInt(20) == 0 ? 4000 : 1 + rnd.nextInt(4);
          for (int k = 0; k < pieces; k++) {
            sb.append(texts[rnd.nextInt(texts.length)]);
          }
        }
        element(sb, rnd, depth + 1, prefixes, latin1);
      }
      sb.append("</").append(name).append(rnd.nextBoolean() ? ">" : " \n>");
    }
    for (int i = 0; i < declared; i++) {
      prefixes.remove(prefixes.size() - 1);
    }
  }
}

package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.parsers.internal.textio.AdaptiveTextReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One tolerant tokenizer for OFX 1.x SGML and OFX 2.x XML. It turns the character stream into
 * aggregate start/end events and leaf (name, value) events:
 *
 * <ul>
 *   <li>a start tag followed by text is a leaf, closed by its own end tag or implicitly by the next
 *       tag (SGML leaves have no end tag);
 *   <li>a start tag followed directly by another tag is an aggregate, unless its name is a known
 *       leaf (an empty, unclosed leaf such as {@code <LANGUAGE>});
 *   <li>an end tag closes its aggregate and every unclosed one inside it; an end tag that matches
 *       nothing open is ignored;
 *   <li>tag names are upper-cased; the entities amp, lt, gt, quot, apos and nbsp and numeric
 *       character references are decoded, any other ampersand stays literal;
 *   <li>comments, processing instructions and declarations are skipped. Nothing is ever resolved:
 *       no DTD, no external or custom entity is read, so the XML dialect needs no hardened XML
 *       parser.
 * </ul>
 *
 * The text before the first tag (the OFX 1.x {@code KEY:VALUE} header) and the pseudo-attributes of
 * the {@code <?xml?>} and {@code <?OFX?>} instructions are reported as header entries. Every value
 * is bounded by {@code maxLineLength}. Not thread-safe.
 */
final class OfxTokenizer {
  /** Receives the events. */
  interface Handler {
    void header(String key, String value);

    void start(String name, SourcePosition position);

    /** A leaf; its position is given as numbers, so that most leaves never build one. */
    void leaf(String name, String value, long line, int column);

    void end(String name);
  }

  private static final int MAX_NAME = 256;
  private static final int MAX_HEADER_LINE = 1024;

  private final AdaptiveTextReader in;
  private final Handler handler;
  private final int maxText;

  private final List<String> open = new ArrayList<>();

  /** The pending leaf's text so far: {@code textLength} characters of {@code text}. */
  private char[] text = new char[256];

  private int textLength;
  private @Nullable String pendingName;
  private long pendingLine;
  private int pendingColumn;
  private long markLine;
  private int markColumn;

  /** Tag names read so far, by content: a tag name costs no allocation once seen. */
  private final String[] names = new String[512];

  private char[] nameChars = new char[32];
  private boolean sawTag;
  private boolean sawOfx;

  OfxTokenizer(AdaptiveTextReader in, Handler handler, int maxText) {
    this.in = in;
    this.handler = handler;
    this.maxText = maxText;
  }

  /** Returns the aggregates still open, outermost first. */
  List<String> openElements() {
    return open;
  }

  /** Returns whether an {@code <OFX>} start tag was seen. */
  boolean sawOfx() {
    return sawOfx;
  }

  /** Returns the current position, for errors. */
  SourcePosition position() {
    return SourcePosition.of(in.line(), Math.max(1, in.column()));
  }

  /** Reads the whole input, reporting events. */
  void run() throws IOException {
    StringBuilder headerLine = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '<') {
        if (!sawTag && headerLine.length() > 0) {
          headerEntry(headerLine);
        }
        sawTag = true;
        markup();
      } else if (!sawTag) {
        if (c == '\n' || c == '\r') {
          headerEntry(headerLine);
        } else if (headerLine.length() < MAX_HEADER_LINE) {
          headerLine.append((char) c); // longer lines are not OFX headers; the rest is dropped
        }
      } else if (c == '&') {
        entity();
      } else if (pendingName != null) {
        appendText((char) c);
        readPlainText();
      }
    }
    flushPending();
  }

  private void headerEntry(StringBuilder line) {
    String s = line.toString().trim();
    line.setLength(0);
    int colon = s.indexOf(':');
    if (colon > 0) {
      handler.header(
          s.substring(0, colon).trim().toUpperCase(Locale.ROOT), s.substring(colon + 1).trim());
    }
  }

  private void appendBounded(StringBuilder sb, char c) {
    if (sb.length() >= maxText) {
      throw new LimitExceededException("maxLineLength", maxText, position());
    }
    sb.append(c);
  }

  /** Appends one character to the pending text, within {@code maxText}. */
  private void appendText(char c) {
    if (textLength >= maxText) {
      throw new LimitExceededException("maxLineLength", maxText, position());
    }
    if (textLength == text.length) {
      text = Arrays.copyOf(text, (int) Math.min(maxText, 2L * textLength));
    }
    text[textLength++] = c;
  }

  /**
   * Takes the plain characters that follow (ASCII up to the next markup, entity or line break) in
   * one go; the others, and a text reaching {@code maxText}, go through {@link #appendText}.
   */
  private void readPlainText() throws IOException {
    while (true) {
      int room = Math.min(text.length, maxText) - textLength;
      if (room <= 0) {
        if (text.length >= maxText) {
          return;
        }
        text = Arrays.copyOf(text, (int) Math.min(maxText, 2L * text.length));
        continue;
      }
      int n = in.readPlain(text, textLength, room, TEXT_STOP);
      textLength += n;
      if (n < room) {
        return;
      }
    }
  }

  /** Where a run of a tag name ends: its terminators, ASCII whitespace, and a stray {@code <}. */
  private static final boolean[] NAME_STOP = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      NAME_STOP[c] = c == '>' || c == '/' || c == '<' || Character.isWhitespace(c);
    }
  }

  /** Where a run of plain text ends: markup and entities (line breaks always end one). */
  private static final boolean[] TEXT_STOP = new boolean[128];

  static {
    TEXT_STOP['<'] = true;
    TEXT_STOP['&'] = true;
  }

  private void entity() throws IOException {
    StringBuilder name = entityName;
    name.setLength(0);
    int c;
    while (name.length() < 10) {
      c = in.read();
      if (c == ';') {
        if (isAmp(name)) {
          if (pendingName != null) {
            appendText('&'); // the common case, without building the name
          }
          return;
        }
        String decoded = OfxMarkup.decodeEntity(name.toString());
        if (pendingName != null) {
          if (decoded != null) {
            for (int i = 0; i < decoded.length(); i++) {
              appendText(decoded.charAt(i));
            }
          } else {
            appendLiteral("&" + name + ";");
          }
        }
        return;
      }
      if (c < 0 || c == '<' || c == '&' || Character.isWhitespace(c)) {
        in.unread(c);
        break;
      }
      name.append((char) c);
    }
    if (pendingName != null) {
      appendLiteral("&" + name);
    }
  }

  private final StringBuilder entityName = new StringBuilder(12);

  private static boolean isAmp(StringBuilder name) {
    return name.length() == 3
        && (name.charAt(0) | 0x20) == 'a'
        && (name.charAt(1) | 0x20) == 'm'
        && (name.charAt(2) | 0x20) == 'p';
  }

  private void appendLiteral(String s) {
    for (int i = 0; i < s.length(); i++) {
      appendText(s.charAt(i));
    }
  }

  /** The position of the markup being read, built only when needed. */
  private SourcePosition at() {
    return SourcePosition.of(markLine, markColumn);
  }

  private void markup() throws IOException {
    markLine = in.line();
    markColumn = Math.max(1, in.column());
    int c = in.read();
    if (c < 0) {
      throw truncated(at());
    }
    if (c == '!') {
      declaration();
    } else if (c == '?') {
      instruction();
    } else if (c == '/') {
      String name = readName(in.read());
      skipTo('>');
      endTag(name);
    } else {
      String name = readName(c);
      boolean selfClosing = false;
      int prev = -1;
      if (!lastNameTerminatorWasGt) {
        int d;
        while ((d = in.read()) != '>') {
          if (d < 0) {
            throw truncated(at());
          }
          prev = d;
        }
        selfClosing = prev == '/';
      }
      startTag(name, selfClosing);
    }
  }

  private boolean lastNameTerminatorWasGt;

  private String readName(int first) throws IOException {
    char[] buf = nameChars;
    int length = 0;
    boolean ascii = true;
    int c = first;
    while (c >= 0 && c != '>' && c != '/' && !Character.isWhitespace(c)) {
      if (c == '<') {
        throw StatementParseException.malformed("ofx", "OFX tag is not closed by '>'", at());
      }
      if (length >= MAX_NAME) {
        throw StatementParseException.malformed("ofx", "OFX tag name is too long", at());
      }
      if (length == buf.length) {
        buf = Arrays.copyOf(buf, Math.min(MAX_NAME, length * 2));
        nameChars = buf;
      }
      if (c >= 'a' && c <= 'z') {
        c -= 'a' - 'A';
      } else if (c >= 0x80) {
        ascii = false;
      }
      buf[length++] = (char) c;
      int n = in.readPlain(buf, length, Math.min(buf.length, MAX_NAME) - length, NAME_STOP);
      for (int end = length + n; length < end; length++) {
        char d = buf[length];
        if (d >= 'a' && d <= 'z') {
          buf[length] = (char) (d - ('a' - 'A'));
        }
      }
      c = in.read();
    }
    if (c < 0) {
      throw truncated(at());
    }
    if (length == 0) {
      throw StatementParseException.malformed("ofx", "OFX tag without a name", at());
    }
    lastNameTerminatorWasGt = c == '>';
    if (c == '/') {
      in.unread(c);
      lastNameTerminatorWasGt = false;
    }
    if (!ascii) {
      return new String(buf, 0, length).toUpperCase(Locale.ROOT);
    }
    return name(buf, length);
  }

  /** Returns the canonical string of an upper-case ASCII tag name, from the cache when seen. */
  private String name(char[] buf, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buf[i];
    }
    int mask = names.length - 1;
    int slot = (h ^ (h >>> 16)) & mask;
    for (int probe = 0; probe < 8; probe++) {
      String known = names[slot];
      if (known == null) {
        String created = new String(buf, 0, length);
        names[slot] = created;
        return created;
      }
      if (known.length() == length && sameChars(known, buf, length)) {
        return known;
      }
      slot = (slot + 1) & mask;
    }
    return new String(buf, 0, length); // a crowded table (hostile input): no caching
  }

  private static boolean sameChars(String s, char[] buf, int length) {
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != buf[i]) {
        return false;
      }
    }
    return true;
  }

  private void skipTo(char end) throws IOException {
    if (lastNameTerminatorWasGt) {
      return;
    }
    int c;
    while ((c = in.read()) != end) {
      if (c < 0) {
        throw truncated(at());
      }
    }
  }

  private void startTag(String name, boolean selfClosing) {
    flushPending();
    if (name.equals("OFX")) {
      sawOfx = true;
    }
    if (selfClosing) {
      handler.leaf(name, "", markLine, markColumn);
    } else {
      pendingName = name;
      pendingLine = markLine;
      pendingColumn = markColumn;
      textLength = 0;
    }
  }

  private void endTag(String name) {
    if (name.equals(pendingName)) {
      handler.leaf(name, trimmedText(), pendingLine, pendingColumn);
      pendingName = null;
      textLength = 0;
      return;
    }
    flushPending();
    int index = open.lastIndexOf(name);
    if (index < 0) {
      return; // a stray end tag, such as the end tag of a leaf that was already closed
    }
    for (int i = open.size() - 1; i >= index; i--) {
      handler.end(open.remove(i));
    }
  }

  private void flushPending() {
    String name = pendingName;
    if (name == null) {
      return;
    }
    pendingName = null;
    String value = trimmedText();
    textLength = 0;
    if (!value.isEmpty() || OfxMarkup.KNOWN_LEAVES.contains(name)) {
      handler.leaf(name, value, pendingLine, pendingColumn);
    } else {
      open.add(name);
      handler.start(name, SourcePosition.of(pendingLine, pendingColumn));
    }
  }

  /** The pending text without surrounding whitespace ({@link String#trim()}), one copy. */
  private String trimmedText() {
    char[] t = text;
    int start = 0;
    int end = textLength;
    while (start < end && t[start] <= ' ') {
      start++;
    }
    while (end > start && t[end - 1] <= ' ') {
      end--;
    }
    return start == end ? "" : new String(t, start, end - start);
  }

  private void declaration() throws IOException {
    SourcePosition at = at();
    int c = in.read();
    if (c == '-') {
      if (in.read() != '-') {
        throw StatementParseException.malformed("ofx", "OFX comment is malformed", at);
      }
      int dashes = 0;
      while (true) {
        c = in.read();
        if (c < 0) {
          throw truncated(at);
        }
        if (c == '>' && dashes >= 2) {
          return;
        }
        dashes = c == '-' ? dashes + 1 : 0;
      }
    }
    if (c == '[') {
      StringBuilder word = new StringBuilder();
      while ((c = in.read()) >= 0 && c != '[' && word.length() < 8) {
        word.append((char) c);
      }
      if (c == '[' && word.toString().equals("CDATA")) {
        int brackets = 0;
        while (true) {
          c = in.read();
          if (c < 0) {
            throw truncated(at);
          }
          if (c == '>' && brackets >= 2) {
            textLength -= Math.min(2, textLength);
            return;
          }
          brackets = c == ']' ? brackets + 1 : 0;
          if (pendingName != null) {
            appendText((char) c);
          }
        }
      }
      in.unread(c);
    } else {
      in.unread(c);
    }
    // <!DOCTYPE ...> or another declaration: skipped, never resolved
    int depth = 1;
    while (depth > 0) {
      c = in.read();
      if (c < 0) {
        throw truncated(at);
      }
      if (c == '<' || c == '[') {
        depth++;
      } else if (c == '>' || c == ']') {
        depth--;
      }
    }
  }

  private void instruction() throws IOException {
    SourcePosition at = at();
    StringBuilder body = new StringBuilder();
    int c;
    int prev = -1;
    while (true) {
      c = in.read();
      if (c < 0) {
        throw truncated(at);
      }
      if (c == '>' && prev == '?') {
        break;
      }
      appendBounded(body, (char) c);
      prev = c;
    }
    OfxMarkup.instruction(body.substring(0, body.length() - 1).trim(), handler);
  }

  private StatementParseException truncated(SourcePosition at) {
    return StatementParseException.malformed(
        "ofx", "OFX input ends inside markup (truncated?)", at);
  }
}

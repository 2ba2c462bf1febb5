package io.github.bsa.parsers.internal.xml;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * bsa's own streaming XML scanner: a namespace-aware well-formedness checker over bytes, for the
 * encodings statement files use (UTF-8, US-ASCII, ISO-8859-1), with one reused byte buffer, one
 * reused text buffer and each element name made once per document ({@link XmlNames}).
 *
 * <p>What it checks (XML 1.0 fifth edition, Namespaces in XML 1.0): the XML declaration (version
 * 1.0, encoding, standalone) only at the start; matching start and end tags; one root element and
 * nothing but comments, processing instructions and white space around it; names and their
 * characters; attributes quoted, without {@code <}, unique by qualified and by expanded name,
 * values normalised; the five predefined entities and character references to legal characters
 * only; every character a legal XML character and every byte sequence valid in the encoding; {@code
 * ]]>} never in text; comments without {@code --}; processing instructions not named {@code xml};
 * CDATA sections; namespace prefixes bound, {@code xml} and {@code xmlns} reserved. Line ends are
 * normalised to LF.
 *
 * <p>What it refuses by design, as bsa's hardened StAX setup does: any document type declaration
 * (so no DTD, no entity declarations, no external entities: nothing is ever fetched). Its bounds:
 * element depth, name length ({@value #MAX_NAME_BYTES} bytes), attributes per element ({@value
 * #MAX_ATTRIBUTES}), attribute characters per element and text (the caller's {@code maxText}; text
 * arrives in chunks of at most {@value #TEXT_CHUNK} characters, so a huge text is never held
 * whole). Every refusal is a {@link StatementParseException} ({@code MALFORMED_INPUT}) or a {@link
 * LimitExceededException} naming the line and column; messages carry no document content.
 *
 * <p>What it leaves to the JDK's StAX reader: UTF-16 and other encodings, XML 1.1, a byte-order
 * mark with a foreign declared encoding, input not starting with {@code <} (after leading ASCII
 * white space): {@link #open} answers {@code false} and {@link #remaining} hands back the input
 * unread.
 *
 * <p>Created per input; not thread-safe.
 */
public final class XmlScanner implements XmlEvents {
  static final int MAX_NAME_BYTES = 1000;
  static final int MAX_ATTRIBUTES = 256;
  static final int TEXT_CHUNK = 8192;

  private static final int BUFFER = 1 << 16;
  private static final int SNIFF = 4096;

  private static final int UTF8 = 0;
  private static final int ASCII = 1;
  private static final int LATIN1 = 2;

  private static final int PROLOG = 0;
  private static final int CONTENT = 1;
  private static final int EPILOG = 2;
  private static final int DONE = 3;

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  /** ASCII bytes that are copied as they are in text: everything but markup, breaks, controls. */
  private static final boolean[] TEXT_PLAIN = new boolean[256];

  /** ASCII bytes that may start a name (1) or continue one (1 or 2). */
  private static final byte[] NAME = new byte[128];

  static {
    for (int b = 0x20; b < 0x80; b++) {
      TEXT_PLAIN[b] = b != '<' && b != '&' && b != ']';
    }
    TEXT_PLAIN['\t'] = true;
    for (int b = 'a'; b <= 'z'; b++) {
      NAME[b] = 1;
      NAME[b - 'a' + 'A'] = 1;
    }
    NAME['_'] = 1;
    NAME[':'] = 1;
    for (int b = '0'; b <= '9'; b++) {
      NAME[b] = 2;
    }
    NAME['-'] = 2;
    NAME['.'] = 2;
  }

  private final InputStream in;
  private final String formatId;
  private final int maxDepth;
  private final int maxText;

  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;

  /** First index to keep when the buffer is compacted (a name being read), or -1. */
  private int mark = -1;

  private long base;
  private boolean eof;
  private int encoding = UTF8;
  private @Nullable XmlNames names;

  private long line = 1;
  private long lineStart;

  /** Bytes on the current line beyond the characters they encode (multi-byte UTF-8). */
  private long lineExtra;

  private int state = PROLOG;
  private boolean pendingEnd;
  private boolean inCdata;

  private XmlNames.Name[] stack = new XmlNames.Name[16];
  private int[] nsAtDepth = new int[16];
  private int depth;
  private XmlNames.@Nullable Name current;
  private @Nullable String currentUri;

  private String[] nsPrefix = new String[8];
  private String[] nsUri = new String[8];
  private int nsCount;

  private XmlNames.Name[] attrName = new XmlNames.Name[8];
  private int[] attrStart = new int[8];
  private int[] attrLen = new int[8];
  private char[] attrChars = new char[256];
  private int attrCount;
  private int attrCharCount;
  private @Nullable String lastValue;

  private char[] text = new char[256];
  private int textLen;

  /**
   * Creates a scanner over {@code in}; call {@link #open} before reading events.
   *
   * @param in the input, read in blocks, never closed
   * @param formatId the format named in refusals
   * @param maxDepth the deepest element nesting accepted
   * @param maxText the longest text and the most attribute characters of one element accepted
   */
  public XmlScanner(InputStream in, String formatId, int maxDepth, int maxText) {
    this.in = requireNonNull(in, "in");
    this.formatId = requireNonNull(formatId, "formatId");
    this.maxDepth = maxDepth;
    this.maxText = maxText;
  }

  /**
   * Reads the start of the input (leading ASCII white space, a UTF-8 byte-order mark, the XML
   * declaration) and decides whether this scanner reads the document.
   *
   * @param forced the charset the caller imposes, or {@code null} to follow the document
   * @return {@code true} when this scanner reads the document; {@code false} when the JDK's reader
   *     must ({@link #remaining})
   * @throws IOException if reading fails
   */
  public boolean open(@Nullable Charset forced) throws IOException {
    while (limit < SNIFF && fill()) {
      // read the start of the input
    }
    while (pos < limit && isSpace(buf[pos])) {
      pos++;
    }
    int start = pos;
    boolean bom = false;
    if (limit - pos >= 3
        && (buf[pos] & 0xff) == 0xEF
        && (buf[pos + 1] & 0xff) == 0xBB
        && (buf[pos + 2] & 0xff) == 0xBF) {
      if (pos > 0) {
        return false;
      }
      bom = true;
      pos += 3;
    }
    if (pos >= limit || buf[pos] != '<') {
      pos = start;
      return false;
    }
    String declared = "UTF-8";
    if (startsWith("<?xml") && limit - pos > 5 && isSpace(buf[pos + 5])) {
      String[] declaration = declaration();
      if (declaration == null) {
        pos = start;
        return false;
      }
      if (declaration[1] != null) {
        declared = declaration[1];
      }
    }
    int chosen;
    if (forced != null) {
      if (bom) {
        pos = start;
        return false;
      }
      chosen = encodingOf(forced.name());
    } else {
      chosen = encodingOf(declared);
      if (bom && chosen != UTF8) {
        chosen = -1;
      }
    }
    if (chosen < 0) {
      pos = start;
      return false;
    }
    encoding = chosen;
    names =
        new XmlNames(
            chosen == UTF8
                ? StandardCharsets.UTF_8
                : chosen == ASCII ? StandardCharsets.US_ASCII : StandardCharsets.ISO_8859_1);
    // columns count from the first byte after the skipped white space and the byte-order mark
    lineStart = base + start + (bom ? 3 : 0);
    if (pos > start + (bom ? 3 : 0)) {
      // the declaration is ASCII on one or more lines
      recountLines(start + (bom ? 3 : 0), pos);
    }
    return true;
  }

  /**
   * Returns the input from where {@link #open} stopped (after leading white space), for the JDK's
   * reader, when {@link #open} answered {@code false}.
   */
  public InputStream remaining() {
    return new SequenceInputStream(new ByteArrayInputStream(buf, pos, limit - pos), in);
  }

  private static int encodingOf(String name) {
    return switch (name.toUpperCase(Locale.ROOT)) {
      case "UTF-8" -> UTF8;
      case "US-ASCII" -> ASCII;
      case "ISO-8859-1" -> LATIN1;
      default -> -1;
    };
  }

  /**
   * Reads the XML declaration at {@code pos} from the buffer: {@code [version, encoding or null,
   * standalone or null]}, or {@code null} when the JDK's reader should decide (not all in the first
   * block, a version other than 1.0).
   */
  private String @Nullable [] declaration() {
    int end = -1;
    for (int i = pos + 5; i + 1 < limit; i++) {
      if (buf[i] == '?' && buf[i + 1] == '>') {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    String[] found = new String[3];
    String[] keys = {"version", "encoding", "standalone"};
    int i = pos + 5;
    int next = 0;
    while (true) {
      int ws = i;
      while (i < end && isSpace(buf[i])) {
        i++;
      }
      if (i == end) {
        break;
      }
      if (i == ws) {
        throw malformedAt("the XML declaration lacks white space between its parts", i);
      }
      int k = next;
      while (k < keys.length && !regionIs(i, keys[k])) {
        k++;
      }
      if (k == keys.length || (next == 0 && k != 0)) {
        throw malformedAt("the XML declaration is not version, encoding, standalone", i);
      }
      i += keys[k].length();
      while (i < end && isSpace(buf[i])) {
        i++;
      }
      if (i >= end || buf[i] != '=') {
        throw malformedAt("the XML declaration lacks '='", i);
      }
      i++;
      while (i < end && isSpace(buf[i])) {
        i++;
      }
      if (i >= end || (buf[i] != '"' && buf[i] != '\'')) {
        throw malformedAt("an XML declaration value is not quoted", i);
      }
      byte q = buf[i++];
      int vs = i;
      while (i < end && buf[i] != q) {
        i++;
      }
      if (i >= end) {
        throw malformedAt("an XML declaration value is not closed", i);
      }
      String v = new String(buf, vs, i - vs, StandardCharsets.ISO_8859_1);
      i++;
      found[k] = v;
      next = k + 1;
      if (k == 0 && !v.matches("1\\.[0-9]+")) {
        throw malformedAt("the XML version is not 1.x", vs);
      }
      if (k == 1 && !v.matches("[A-Za-z][A-Za-z0-9._-]*")) {
        throw malformedAt("the declared encoding is not an encoding name", vs);
      }
      if (k == 2 && !v.equals("yes") && !v.equals("no")) {
        throw malformedAt("standalone is neither yes nor no", vs);
      }
    }
    if (found[0] == null) {
      throw malformedAt("the XML declaration has no version", pos);
    }
    if (!found[0].equals("1.0")) {
      return null;
    }
    pos = end + 2;
    return found;
  }

  private boolean regionIs(int i, String s) {
    if (i + s.length() > limit) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (buf[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean startsWith(String s) {
    return regionIs(pos, s);
  }

  private void recountLines(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= to || buf[i + 1] != '\n'))) {
        line++;
        lineStart = base + i + 1;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Override
  public int next() throws IOException {
    if (pendingEnd) {
      pendingEnd = false;
      popElement();
      return END_ELEMENT;
    }
    while (true) {
      if (state == CONTENT) {
        if (inCdata) {
          cdata();
          if (textLen > 0) {
            return TEXT;
          }
          continue;
        }
        if (pos >= limit && !fill()) {
          throw malformed("the document ends inside an element");
        }
        if (buf[pos] != '<') {
          text();
          return TEXT;
        }
        require(2);
        byte c = buf[pos + 1];
        if (c == '/') {
          endTag();
          return END_ELEMENT;
        } else if (c == '?') {
          processingInstruction();
        } else if (c == '!') {
          bang();
        } else {
          startTag();
          return START_ELEMENT;
        }
      } else if (state == DONE) {
        return END_DOCUMENT;
      } else {
        skipSpace();
        if (pos >= limit && !fill()) {
          if (state == PROLOG) {
            throw malformed("the document has no root element");
          }
          state = DONE;
          return END_DOCUMENT;
        }
        if (buf[pos] != '<') {
          throw malformed("content is not allowed outside the root element");
        }
        require(2);
        byte c = buf[pos + 1];
        if (c == '?') {
          processingInstruction();
        } else if (c == '!') {
          bang();
        } else if (c == '/') {
          throw malformed("an end tag outside the root element");
        } else if (state == EPILOG) {
          throw malformed("a second root element");
        } else {
          state = CONTENT;
          startTag();
          return START_ELEMENT;
        }
      }
    }
  }

  @Override
  public String localName() {
    XmlNames.Name n = current;
    if (n == null) {
      throw new IllegalStateException("no element read");
    }
    return n.local;
  }

  @Override
  public @Nullable String namespaceUri() {
    return currentUri;
  }

  @Override
  public int attributeCount() {
    return attrCount;
  }

  /**
   * {@inheritDoc}
   *
   * <p>As the JDK's {@code getAttributeValue(null, name)}: the first attribute with this local
   * name, whatever its namespace (namespace declarations are not attributes).
   */
  @Override
  public @Nullable String attribute(String localName) {
    for (int i = 0; i < attrCount; i++) {
      XmlNames.Name n = attrName[i];
      if (n.local.equals(localName)
          && !"xmlns".equals(n.prefix)
          && !(n.prefix == null && n.local.equals("xmlns"))) {
        int s = attrStart[i];
        int len = attrLen[i];
        String last = lastValue;
        if (last != null && last.length() == len && same(last, attrChars, s)) {
          return last;
        }
        String v = new String(attrChars, s, len);
        lastValue = v;
        return v;
      }
    }
    return null;
  }

  private static boolean same(String s, char[] chars, int from) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public char[] textCharacters() {
    return text;
  }

  @Override
  public int textStart() {
    return 0;
  }

  @Override
  public int textLength() {
    return textLen;
  }

  @Override
  public SourcePosition position() {
    return positionAt(pos);
  }

  private SourcePosition positionAt(int index) {
    long column = base + index - lineStart - lineExtra + 1;
    return SourcePosition.of(line, (int) Math.max(1, Math.min(Integer.MAX_VALUE, column)));
  }

  // --- buffer -----------------------------------------------------------------------------------

  /** Reads more input; {@code false} at its end. Keeps the bytes from {@link #mark} (or pos). */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int keep = mark >= 0 ? mark : pos;
    if (keep > 0 && (limit == buf.length || keep >= BUFFER / 2)) {
      System.arraycopy(buf, keep, buf, 0, limit - keep);
      limit -= keep;
      pos -= keep;
      if (mark >= 0) {
        mark -= keep;
      }
      base += keep;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    while (n == 0) {
      n = in.read(buf, limit, buf.length - limit);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** Makes {@code n} bytes from {@code pos} available; {@code false} when the input ends first. */
  private boolean ensure(int n) throws IOException {
    while (limit - pos < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  private void require(int n) throws IOException {
    if (!ensure(n)) {
      throw malformed("the document ends inside markup");
    }
  }

  // --- characters -------------------------------------------------------------------------------

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /** A line break at {@code pos} (LF, CR or CR LF): consumed, counted; the caller emits LF. */
  private void lineBreak() throws IOException {
    line++;
    lineExtra = 0;
    if (buf[pos] == '\r') {
      pos++;
      if ((pos < limit || fill()) && buf[pos] == '\n') {
        pos++;
      } else {
        // the JDK's reader counts the columns of a line after a lone CR from 0: keep its positions
        lineStart = base + pos + 1;
        return;
      }
    } else {
      pos++;
    }
    lineStart = base + pos;
  }

  private void skipSpace() throws IOException {
    while (pos < limit || fill()) {
      byte b = buf[pos];
      if (b == ' ' || b == '\t') {
        pos++;
      } else if (b == '\n' || b == '\r') {
        lineBreak();
      } else {
        return;
      }
    }
  }

  /**
   * Decodes the character at {@code pos} (a byte of 0x80 or more) and moves past it.
   *
   * @return the code point, a legal XML character
   */
  private int decode() throws IOException {
    int b0 = buf[pos] & 0xff;
    if (encoding == LATIN1) {
      pos++;
      return b0;
    }
    if (encoding == ASCII) {
      throw malformed("a byte is not 7-bit ASCII");
    }
    int len;
    int min1 = 0x80;
    int max1 = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      if (b0 == 0xE0) {
        min1 = 0xA0;
      } else if (b0 == 0xED) {
        max1 = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      if (b0 == 0xF0) {
        min1 = 0x90;
      } else if (b0 == 0xF4) {
        max1 = 0x8F;
      }
    } else {
      throw malformed("invalid UTF-8 byte sequence");
    }
    if (!ensure(len)) {
      throw malformed("the document ends inside a UTF-8 sequence");
    }
    int b1 = buf[pos + 1] & 0xff;
    if (b1 < min1 || b1 > max1) {
      throw malformed("invalid UTF-8 byte sequence");
    }
    int cp;
    if (len == 2) {
      cp = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
    } else {
      int b2 = buf[pos + 2] & 0xff;
      if ((b2 & 0xC0) != 0x80) {
        throw malformed("invalid UTF-8 byte sequence");
      }
      if (len == 3) {
        cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
        if (cp == 0xFFFE || cp == 0xFFFF) {
          throw malformed("a character is not allowed in XML");
        }
      } else {
        int b3 = buf[pos + 3] & 0xff;
        if ((b3 & 0xC0) != 0x80) {
          throw malformed("invalid UTF-8 byte sequence");
        }
        cp = ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
      }
    }
    pos += len;
    // columns count UTF-16 units, as the JDK's reader does
    lineExtra += len - (cp >= 0x10000 ? 2 : 1);
    return cp;
  }

  /**
   * Reads one character of markup-free content (comments, processing instructions, CDATA): line
   * breaks come back as LF; -1 at the end of input.
   */
  private int nextChar() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    int b = buf[pos] & 0xff;
    if (b >= 0x80) {
      return decode();
    }
    if (b == '\n' || b == '\r') {
      lineBreak();
      return '\n';
    }
    if (b < 0x20 && b != '\t') {
      throw malformed("a control character is not allowed in XML");
    }
    pos++;
    return b;
  }

  private static boolean isChar(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  static boolean isNameStart(int cp) {
    if (cp < 0x80) {
      return NAME[cp] == 1;
    }
    return (cp >= 0xC0 && cp <= 0xD6)
        || (cp >= 0xD8 && cp <= 0xF6)
        || (cp >= 0xF8 && cp <= 0x2FF)
        || (cp >= 0x370 && cp <= 0x37D)
        || (cp >= 0x37F && cp <= 0x1FFF)
        || (cp >= 0x200C && cp <= 0x200D)
        || (cp >= 0x2070 && cp <= 0x218F)
        || (cp >= 0x2C00 && cp <= 0x2FEF)
        || (cp >= 0x3001 && cp <= 0xD7FF)
        || (cp >= 0xF900 && cp <= 0xFDCF)
        || (cp >= 0xFDF0 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0xEFFFF);
  }

  static boolean isNameChar(int cp) {
    if (cp < 0x80) {
      return NAME[cp] != 0;
    }
    return isNameStart(cp)
        || cp == 0xB7
        || (cp >= 0x300 && cp <= 0x36F)
        || (cp >= 0x203F && cp <= 0x2040);
  }

  // --- text -------------------------------------------------------------------------------------

  /** Reads one chunk of text at {@code pos} (not markup) into {@link #text}. */
  private void text() throws IOException {
    textLen = 0;
    while (true) {
      char[] t = text;
      int tl = textLen;
      if (t.length - tl < 3) {
        if (t.length >= TEXT_CHUNK) {
          return;
        }
        text = t = Arrays.copyOf(t, Math.min(TEXT_CHUNK, t.length * 2));
      }
      if (pos >= limit && !fill()) {
        return; // the caller refuses the unclosed element at the next event
      }
      byte[] b = buf;
      int p = pos;
      // keep room for two units (a supplementary character) after the plain run
      int max = Math.min(limit, p + t.length - tl - 2);
      while (p < max) {
        byte c = b[p];
        if (c < 0 || !TEXT_PLAIN[c]) {
          break;
        }
        t[tl++] = (char) c;
        p++;
      }
      pos = p;
      textLen = tl;
      if (p >= max) {
        continue;
      }
      int c = b[p] & 0xff;
      switch (c) {
        case '<' -> {
          return;
        }
        case '&' -> append(reference());
        case '\n', '\r' -> {
          lineBreak();
          text[textLen++] = '\n';
        }
        case ']' -> {
          if (ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
            throw malformed("']]>' is not allowed in text");
          }
          pos++;
          text[textLen++] = ']';
        }
        default -> {
          if (c >= 0x80) {
            append(decode());
          } else {
            throw malformed("a control character is not allowed in XML");
          }
        }
      }
    }
  }

  /** Appends a code point to the text (room for two units is kept by the caller). */
  private void append(int cp) {
    if (cp >= 0x10000) {
      text[textLen++] = Character.highSurrogate(cp);
      text[textLen++] = Character.lowSurrogate(cp);
    } else {
      text[textLen++] = (char) cp;
    }
  }

  /** Reads a reference at {@code pos} ({@code &...;}) and returns its character. */
  private int reference() throws IOException {
    pos++; // '&'
    if (pos >= limit && !fill()) {
      throw malformed("the document ends inside a reference");
    }
    if (buf[pos] == '#') {
      pos++;
      int radix = 10;
      if ((pos < limit || fill()) && buf[pos] == 'x') {
        radix = 16;
        pos++;
      }
      int value = 0;
      int digits = 0;
      while (true) {
        if (pos >= limit && !fill()) {
          throw malformed("the document ends inside a character reference");
        }
        int d = Character.digit(buf[pos], radix);
        if (buf[pos] == ';') {
          pos++;
          break;
        }
        if (d < 0 || buf[pos] < 0) {
          throw malformed("a character reference is not a number");
        }
        value = value > 0x10FFFF ? value : value * radix + d;
        digits++;
        pos++;
      }
      if (digits == 0 || !isChar(value)) {
        throw malformed("a character reference names a character not allowed in XML");
      }
      return value;
    }
    int outer = mark;
    mark = pos; // keep the name's bytes when the buffer is refilled
    int len = 0;
    while (true) {
      if (pos >= limit && !fill()) {
        throw malformed("the document ends inside an entity reference");
      }
      if (buf[pos] == ';') {
        break;
      }
      if (++len > 4) {
        throw malformed("an entity reference names an undeclared entity");
      }
      pos++;
    }
    mark = outer;
    int c =
        switch (new String(buf, pos - len, len, StandardCharsets.ISO_8859_1)) {
          case "lt" -> '<';
          case "gt" -> '>';
          case "amp" -> '&';
          case "apos" -> '\'';
          case "quot" -> '"';
          default -> -1;
        };
    if (c < 0) {
      throw malformed("an entity reference names an undeclared entity");
    }
    pos++;
    return c;
  }

  // --- markup -----------------------------------------------------------------------------------

  /** {@code <!}: a comment, a CDATA section (in content) or a refused document type. */
  private void bang() throws IOException {
    if (ensure(4) && buf[pos + 2] == '-' && buf[pos + 3] == '-') {
      pos += 4;
      comment();
    } else if (ensure(9) && regionIs(pos, "<![CDATA[")) {
      if (state != CONTENT) {
        throw malformed("a CDATA section outside the root element");
      }
      pos += 9;
      inCdata = true;
    } else if (ensure(9) && regionIs(pos, "<!DOCTYPE")) {
      throw malformed("XML document has a document type declaration (DTD), which is not allowed");
    } else {
      throw malformed("markup starting '<!' is neither a comment nor CDATA");
    }
  }

  private void comment() throws IOException {
    while (true) {
      int c = nextChar();
      if (c < 0) {
        throw malformed("the document ends inside a comment");
      }
      if (c == '-' && (pos < limit || fill()) && buf[pos] == '-') {
        pos++;
        if ((pos < limit || fill()) && buf[pos] == '>') {
          pos++;
          return;
        }
        throw malformed("'--' is not allowed inside a comment");
      }
    }
  }

  private void cdata() throws IOException {
    textLen = 0;
    while (textLen < TEXT_CHUNK - 2) {
      if (textLen + 2 > text.length) {
        text = Arrays.copyOf(text, Math.min(TEXT_CHUNK, text.length * 2));
      }
      if (ensure(3) && buf[pos] == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
        pos += 3;
        inCdata = false;
        return;
      }
      int c = nextChar();
      if (c < 0) {
        throw malformed("the document ends inside a CDATA section");
      }
      append(c);
    }
  }

  private void processingInstruction() throws IOException {
    pos += 2;
    XmlNames.Name target = name();
    String t = target.qname;
    if (t.length() == 3 && t.equalsIgnoreCase("xml")) {
      throw malformed("a processing instruction named 'xml' (a misplaced XML declaration)");
    }
    if (t.indexOf(':') >= 0) {
      throw malformed("a processing instruction target has a colon");
    }
    boolean first = true;
    while (true) {
      if (ensure(2) && buf[pos] == '?' && buf[pos + 1] == '>') {
        pos += 2;
        return;
      }
      int c = nextChar();
      if (c < 0) {
        throw malformed("the document ends inside a processing instruction");
      }
      if (first && c != ' ' && c != '\t' && c != '\n') {
        throw malformed("a processing instruction lacks white space after its target");
      }
      first = false;
    }
  }

  /** Reads a name at {@code pos}. */
  private XmlNames.Name name() throws IOException {
    mark = pos;
    int h = 0;
    boolean first = true;
    while (true) {
      if (pos >= limit && !fill()) {
        break;
      }
      int b = buf[pos] & 0xff;
      if (b < 0x80) {
        byte k = NAME[b];
        if (k == 0 || (first && k != 1)) {
          break;
        }
        h = 31 * h + b;
        pos++;
      } else {
        var unused = ensure(4);
        int at = pos;
        long extra = lineExtra;
        int cp = decode();
        if (first ? !isNameStart(cp) : !isNameChar(cp)) {
          pos = at;
          lineExtra = extra;
          break;
        }
        for (int i = at; i < pos; i++) {
          h = 31 * h + buf[i];
        }
      }
      first = false;
      if (pos - mark > MAX_NAME_BYTES) {
        mark = -1;
        throw new LimitExceededException("maxNameLength", MAX_NAME_BYTES, position());
      }
    }
    int start = mark;
    mark = -1;
    if (pos == start) {
      throw malformed("a name is expected");
    }
    return requireNonNull(names).name(buf, start, pos - start, h);
  }

  private void startTag() throws IOException {
    pos++; // '<'
    XmlNames.Name element = name();
    if (!element.qualified || "xmlns".equals(element.prefix)) {
      throw malformed("an element name is not a qualified name");
    }
    attrCount = 0;
    attrCharCount = 0;
    int declared = 0;
    boolean empty;
    while (true) {
      boolean space = (pos < limit || fill()) && isSpace(buf[pos]);
      skipSpace();
      if (pos >= limit && !fill()) {
        throw malformed("the document ends inside a start tag");
      }
      byte c = buf[pos];
      if (c == '>') {
        pos++;
        empty = false;
        break;
      }
      if (c == '/') {
        require(2);
        if (buf[pos + 1] != '>') {
          throw malformed("'/' not followed by '>' in a start tag");
        }
        pos += 2;
        empty = true;
        break;
      }
      if (!space) {
        throw malformed("attributes are not separated by white space");
      }
      XmlNames.Name a = name();
      if (!a.qualified) {
        throw malformed("an attribute name is not a qualified name");
      }
      skipSpace();
      if ((pos >= limit && !fill()) || buf[pos] != '=') {
        throw malformed("an attribute lacks '='");
      }
      pos++;
      skipSpace();
      if ((pos >= limit && !fill()) || (buf[pos] != '"' && buf[pos] != '\'')) {
        throw malformed("an attribute value is not quoted");
      }
      for (int i = 0; i < attrCount; i++) {
        if (attrName[i] == a || attrName[i].qname.equals(a.qname)) {
          throw malformed("an attribute appears twice in one element");
        }
      }
      if (attrCount == MAX_ATTRIBUTES) {
        throw new LimitExceededException("maxAttributes", MAX_ATTRIBUTES, position());
      }
      if (attrCount == attrName.length) {
        attrName = Arrays.copyOf(attrName, attrCount * 2);
        attrStart = Arrays.copyOf(attrStart, attrCount * 2);
        attrLen = Arrays.copyOf(attrLen, attrCount * 2);
      }
      attrName[attrCount] = a;
      attrStart[attrCount] = attrCharCount;
      attributeValue(buf[pos]);
      attrLen[attrCount] = attrCharCount - attrStart[attrCount];
      attrCount++;
      if ("xmlns".equals(a.prefix) || (a.prefix == null && a.local.equals("xmlns"))) {
        declared++;
      }
    }
    if (depth == maxDepth) {
      throw new LimitExceededException("maxElementDepth", maxDepth, position());
    }
    depth++;
    if (depth == stack.length) {
      stack = Arrays.copyOf(stack, depth * 2);
      nsAtDepth = Arrays.copyOf(nsAtDepth, depth * 2);
    }
    stack[depth] = element;
    nsAtDepth[depth] = nsCount;
    if (declared > 0) {
      declareNamespaces();
    }
    current = element;
    currentUri = element.prefix == null ? defaultUri() : uri(element.prefix);
    for (int i = 0; i < attrCount; i++) {
      String p = attrName[i].prefix;
      if (p != null && !p.equals("xmlns")) {
        String u = uri(p);
        for (int j = 0; j < i; j++) {
          String q = attrName[j].prefix;
          if (q != null
              && !q.equals("xmlns")
              && attrName[j].local.equals(attrName[i].local)
              && u.equals(uri(q))) {
            throw malformed("an attribute appears twice in one element (same namespace)");
          }
        }
      }
    }
    pendingEnd = empty;
  }

  private void declareNamespaces() {
    for (int i = 0; i < attrCount; i++) {
      XmlNames.Name a = attrName[i];
      String prefix;
      if ("xmlns".equals(a.prefix)) {
        prefix = a.local;
      } else if (a.prefix == null && a.local.equals("xmlns")) {
        prefix = "";
      } else {
        continue;
      }
      String value = new String(attrChars, attrStart[i], attrLen[i]);
      if (prefix.equals("xmlns")) {
        throw malformed("the prefix 'xmlns' cannot be declared");
      }
      if (prefix.equals("xml") != value.equals(XML_NS)) {
        throw malformed("the prefix 'xml' and its namespace belong only to each other");
      }
      if (value.equals(XMLNS_NS)) {
        throw malformed("the xmlns namespace cannot be declared");
      }
      if (value.isEmpty() && !prefix.isEmpty()) {
        throw malformed("a namespace prefix is declared with an empty namespace");
      }
      if (nsCount == nsPrefix.length) {
        nsPrefix = Arrays.copyOf(nsPrefix, nsCount * 2);
        nsUri = Arrays.copyOf(nsUri, nsCount * 2);
      }
      nsPrefix[nsCount] = prefix;
      nsUri[nsCount] = value;
      nsCount++;
    }
  }

  /** The default namespace in scope, {@code null} when there is none. */
  private @Nullable String defaultUri() {
    for (int i = nsCount - 1; i >= 0; i--) {
      if (nsPrefix[i].isEmpty()) {
        return nsUri[i].isEmpty() ? null : nsUri[i];
      }
    }
    return null;
  }

  /** The namespace a prefix is bound to; refused when it is not bound. */
  private String uri(String prefix) {
    if (prefix.equals("xml")) {
      return XML_NS;
    }
    for (int i = nsCount - 1; i >= 0; i--) {
      if (nsPrefix[i].equals(prefix)) {
        return nsUri[i];
      }
    }
    throw malformed("a namespace prefix is not declared");
  }

  /** Reads a quoted attribute value at {@code pos} into {@link #attrChars}, normalised. */
  private void attributeValue(byte quote) throws IOException {
    pos++;
    while (true) {
      if (pos >= limit && !fill()) {
        throw malformed("the document ends inside an attribute value");
      }
      if (attrCharCount + 2 > attrChars.length) {
        if (attrCharCount + 2 > maxText) {
          throw new LimitExceededException("maxLineLength", maxText, position());
        }
        attrChars = Arrays.copyOf(attrChars, Math.min(maxText, attrChars.length * 2) + 2);
      }
      int b = buf[pos] & 0xff;
      if (b == quote) {
        pos++;
        return;
      }
      if (b >= 0x20 && b < 0x80 && b != '<' && b != '&') {
        attrChars[attrCharCount++] = (char) b;
        pos++;
        continue;
      }
      int cp;
      if (b == '<') {
        throw malformed("'<' is not allowed in an attribute value");
      } else if (b == '&') {
        cp = reference();
      } else if (b == '\n' || b == '\r') {
        lineBreak();
        cp = ' ';
      } else if (b == '\t') {
        pos++;
        cp = ' ';
      } else if (b >= 0x80) {
        cp = decode();
      } else {
        throw malformed("a control character is not allowed in XML");
      }
      if (cp >= 0x10000) {
        attrChars[attrCharCount++] = Character.highSurrogate(cp);
        attrChars[attrCharCount++] = Character.lowSurrogate(cp);
      } else {
        attrChars[attrCharCount++] = (char) cp;
      }
    }
  }

  private void endTag() throws IOException {
    pos += 2; // "</"
    XmlNames.Name open = stack[depth];
    byte[] n = open.bytes;
    if (!ensure(n.length + 1)
        || !Arrays.equals(buf, pos, pos + n.length, n, 0, n.length)
        || isNameContinuation(buf[pos + n.length])) {
      throw malformed("an end tag does not match its start tag");
    }
    pos += n.length;
    lineExtra += open.extra;
    skipSpace();
    if ((pos >= limit && !fill()) || buf[pos] != '>') {
      throw malformed("an end tag is not closed by '>'");
    }
    pos++;
    popElement();
  }

  private static boolean isNameContinuation(byte b) {
    return b < 0 || NAME[b] != 0;
  }

  private void popElement() {
    current = stack[depth];
    nsCount = nsAtDepth[depth];
    depth--;
    if (depth == 0) {
      state = EPILOG;
    }
  }

  private StatementParseException malformed(String message) {
    return malformedAt(message, pos);
  }

  private StatementParseException malformedAt(String message, int index) {
    return StatementParseException.malformed(
        formatId, "XML input is not well-formed: " + message, positionAt(index));
  }
}

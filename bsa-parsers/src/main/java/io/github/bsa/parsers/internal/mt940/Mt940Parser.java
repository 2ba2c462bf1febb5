package io.github.bsa.parsers.internal.mt940;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams SWIFT MT940 and MT942 messages: reads line by line, assembles the {@code :tag:} fields,
 * and reports each {@code :61:} statement line (with its {@code :86:} information) to the sink as
 * soon as the next field shows that it is complete. Memory is bounded by the longest field, not by
 * the input. SWIFT envelopes (blocks 1 to 5 and the {@code -} end marker), bank preambles and
 * several statements per file are handled; see {@code docs/formats/mt940.md}. One instance per
 * input, used from one thread.
 *
 * <p>The stages: {@link Mt940LineReader} (bytes to lines, charset, {@code @@} separators), this
 * class (message splitting: envelopes, end markers, lines to {@link Mt940Field fields}), {@link
 * Mt940Fields} (single field values), {@link Mt940Assembler} (fields to statements and
 * transactions) and {@link Mt940StatementOutput} (statements and transactions to the sink).
 */
final class Mt940Parser implements StatementParser {
  private static final Logger LOG = LoggerFactory.getLogger(Mt940Parser.class);

  /** Tags of MT940/MT942; a {@code :NN:} line inside free text with another tag is text. */
  private static final Set<String> KNOWN_TAGS =
      Set.of(
          "13", "13D", "20", "21", "25", "25P", "28", "28C", "34F", "60F", "60M", "61", "62F",
          "62M", "64", "65", "86", "90C", "90D", "NS");

  private final ParseContext context;
  private final String formatId;
  private final String prefix;

  private @Nullable Mt940Assembler assembler;
  private @Nullable Mt940Field field;
  private boolean pendingColon;
  private boolean pendingDash;
  private boolean envelopeOpen;
  private boolean terminatorSeen;
  private boolean lastLineTerminated = true;
  private boolean printableLine;
  private long envelopeLine;
  private long lastLine;

  Mt940Parser(ParseContext context, String formatId) {
    this.context = context;
    this.formatId = formatId;
    this.prefix = formatId + ".";
  }

  @Override
  public void parse(InputStream input, StatementSink statementSink) throws IOException {
    Mt940Assembler a = new Mt940Assembler(context, formatId, statementSink);
    this.assembler = a;
    long started = System.nanoTime();
    Mt940LineReader reader =
        new Mt940LineReader(
            input, context.limits().maxLineLength(), context.options().charset().orElse(null));
    String line;
    while ((line = reader.readLine()) != null) {
      lastLine = reader.lineNumber();
      a.lastLine(lastLine);
      lastLineTerminated = reader.lastLineTerminated();
      printableLine = reader.printableAscii();
      handleLine(reader.mayHoldControls() ? stripControls(line) : line, lastLine);
      if ((lastLine & 0xfff) == 0) {
        context.checkDeadline(SourcePosition.ofLine(lastLine));
      }
    }
    finish();
    if (reader.fallbackCharset() != null) {
      statementSink.property(prefix + "charset", reader.fallbackCharset().name());
    }
    LOG.debug(
        "Parsed {} statements, {} transactions ({}) in {} ms",
        a.statementCount(),
        a.transactionCount(),
        formatId,
        (System.nanoTime() - started) / 1_000_000);
  }

  private void handleLine(String raw, long no) {
    String line = raw;
    if (pendingDash) {
      // a lone "-" inside free text: the end of the message only if the next line says so
      pendingDash = false;
      String t = line.strip();
      if (t.startsWith("}")) {
        terminate(no);
        line = t.substring(1);
      } else if (t.startsWith("{") || t.startsWith(":20:")) {
        terminate(no);
      } else if (field != null && (field.tag.equals("86") || field.tag.equals("61"))) {
        field.add("-", no, true);
      }
    }
    if (pendingColon) {
      pendingColon = false;
      line = ":" + line;
    }
    // SWIFT envelope: {1:F01...}{2:I940...}{3:{108:..}}{4: ... -}{5:{CHK:..}}
    while (line.startsWith("{")) {
      if (line.startsWith("{4:")) {
        envelopeOpen = true;
        envelopeLine = no;
        line = line.substring(3);
        continue;
      }
      if (line.startsWith("{1:")) {
        endMessage(no);
      }
      int close = closingBrace(line);
      if (close < 0) {
        return;
      }
      line = line.substring(close + 1);
    }
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    if (trimmed.equals("-")
        && (envelopeOpen
            || (field != null
                && (field.tag.equals("86") || field.tag.equals("61"))
                && closingNotSeen()))) {
      // inside an envelope the end marker is "-}", possibly split over two lines
      pendingDash = true;
      return;
    }
    if (trimmed.startsWith("-}") || trimmed.equals("-")) {
      terminate(no);
      if (trimmed.length() > 2) {
        handleLine(trimmed.substring(2), no);
      }
      return;
    }
    if (trimmed.equals(":")) {
      // a tag cut after its first colon (":" then "86:..." on the next line)
      pendingColon = true;
      return;
    }
    if (line.startsWith(":")) {
      String tag = tagOf(line);
      Mt940Field f = field;
      if (tag != null && (isKnown(tag) || f == null || !f.isText())) {
        completeField();
        field = new Mt940Field(tag, no, context.limits().maxLineLength());
        field.add(line.substring(tag.length() + 2), no, printableLine);
        return;
      }
    }
    if (field != null) {
      field.add(line, no, printableLine);
    }
    // otherwise a preamble line before the first field (bank headers, ABNANL2A, 940, ...)
  }

  /** The known tags as constants, so that reading a known tag allocates nothing. */
  private static final String[] KNOWN_TAG_ARRAY = KNOWN_TAGS.toArray(new String[0]);

  /** The constants of {@link #KNOWN_TAG_ARRAY} for {@code 61} and {@code 86}. */
  private static final String TAG_61 = known("61");

  private static final String TAG_86 = known("86");

  private static String known(String tag) {
    for (String k : KNOWN_TAG_ARRAY) {
      if (k.equals(tag)) {
        return k;
      }
    }
    throw new IllegalStateException(tag);
  }

  /**
   * Whether a tag from {@link #tagOf} is known: {@code tagOf} returns a known tag as the constant
   * of {@link #KNOWN_TAG_ARRAY}, so identity decides without hashing (ADR 0270).
   */
  @SuppressWarnings("ReferenceEquality")
  private static boolean isKnown(String tag) {
    if (tag == TAG_61 || tag == TAG_86) {
      return true;
    }
    for (String known : KNOWN_TAG_ARRAY) {
      if (known == tag) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String tagOf(String line) {
    int close = line.indexOf(':', 1);
    if (close < 3 || close > 6) {
      return null;
    }
    int length = close - 1;
    if (length == 2) {
      // the tags of every transaction first
      char a = line.charAt(1);
      char b = line.charAt(2);
      if (a == '6' && b == '1') {
        return TAG_61;
      }
      if (a == '8' && b == '6') {
        return TAG_86;
      }
    }
    for (String known : KNOWN_TAG_ARRAY) {
      if (known.length() == length && line.startsWith(known, 1)) {
        return known;
      }
    }
    String tag = line.substring(1, close);
    if (tag.equals("NS")) {
      return tag;
    }
    int digits = 0;
    while (digits < tag.length() && Character.isDigit(tag.charAt(digits))) {
      digits++;
    }
    if (digits < 2 || digits > 4) {
      return null;
    }
    if (digits == tag.length()) {
      return tag;
    }
    char last = tag.charAt(digits);
    return digits == tag.length() - 1 && last >= 'A' && last <= 'Z' ? tag : null;
  }

  private boolean closingNotSeen() {
    Mt940Statement s = assembler().current();
    return s == null || s.closing == null;
  }

  private static int closingBrace(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String stripControls(String line) {
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (c < 0x20 && c != '\t') {
        break;
      }
      i++;
    }
    if (i == n) {
      return line;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      char c = line.charAt(k);
      if (c == '\t') {
        sb.append(' ');
      } else if (c >= 0x20) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private void completeField() {
    Mt940Field f = field;
    if (f == null) {
      return;
    }
    field = null;
    assembler().field(f);
  }

  private Mt940Assembler assembler() {
    Mt940Assembler a = assembler;
    if (a == null) {
      throw new IllegalStateException("parse has not started");
    }
    return a;
  }

  private void terminate(long no) {
    endMessage(no);
    envelopeOpen = false;
    terminatorSeen = true;
  }

  private void endMessage(long no) {
    completeField();
    assembler().endMessage(no);
  }

  private void finish() {
    if (pendingDash) {
      pendingDash = false;
      if (!envelopeOpen) {
        terminate(lastLine);
      }
    }
    completeField();
    Mt940Assembler a = assembler();
    a.emitPending();
    SourcePosition end = SourcePosition.ofLine(Math.max(1, lastLine));
    Mt940Statement s = a.current();
    if (envelopeOpen) {
      throw StatementParseException.malformed(
          formatId,
          "MT940 input ends inside a SWIFT message block {4: opened at line "
              + envelopeLine
              + " without its end marker -}; the file is probably truncated",
          end);
    }
    if (s != null && s.hasContent()) {
      if (s.closing == null && (s.opening != null || s.transactions > 0)) {
        boolean interim = a.isInterim(s);
        boolean totals = s.declaredDebitCount >= 0 || s.declaredCreditCount >= 0;
        // an MT942 interim report has no closing balance; its totals may end it
        boolean complete = interim && lastLineTerminated && (totals || !terminatorSeen);
        if (!complete && (terminatorSeen || !lastLineTerminated)) {
          // the earlier statements ended with "-", or the input stops mid-line: truncated
          if (interim) {
            throw StatementParseException.malformed(
                formatId,
                "MT942 input ends inside the interim report that starts at line "
                    + s.startLine
                    + " (no totals :90D:/:90C: and no end marker -); the file is probably"
                    + " truncated",
                end);
          }
          throw StatementParseException.malformed(
              formatId,
              "MT940 input ends inside the statement that starts at line "
                  + s.startLine
                  + " (no closing balance :62F:); the file is probably truncated",
              end);
        }
        if (!interim) {
          s.warn(
              ParseWarning.of(
                  prefix + "noClosingBalance",
                  "MT940 statement has no closing balance (:62F:); the input may be truncated",
                  end));
        }
      }
      a.endStatement(lastLine);
    }
    if (a.statementCount() == 0) {
      throw StatementParseException.malformed(
          formatId,
          "no MT940/MT942 statement found: the input has no :20:, :25:, :60F: or :61: field",
          end);
    }
  }
}

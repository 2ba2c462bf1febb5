package io.github.bsa.parsers.internal.camt;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.FormatOptions;
import io.github.bsa.parsers.internal.xml.SafeXml;
import io.github.bsa.parsers.internal.xml.XmlEvents;
import io.github.bsa.parsers.internal.xml.XmlScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams an ISO 20022 camt.052, camt.053 or camt.054 message of any version into a {@link
 * StatementSink}. Elements are matched by local name only, so namespaces and schema versions do not
 * matter. Each entry ({@code Ntry}) is reported as soon as it ends; memory stays bounded by the
 * size of one entry (and, with {@code camt.splitBatches}, by the details of one batch).
 *
 * <p>Reads with bsa's own scanner ({@link XmlScanner}: UTF-8, US-ASCII, ISO-8859-1) and falls back
 * to the hardened StAX reader ({@link SafeXml}, through {@link CamtStaxEvents}) for any other
 * encoding; both give the same events and positions (ADR 0280). DTDs are refused and external
 * entities are never resolved on either path, so XXE and entity-expansion ("billion laughs")
 * documents fail with {@link io.github.bsa.core.ErrorCode#MALFORMED_INPUT}.
 *
 * <p>The stages: this class (reader choice and limits, element paths, routing values to the element
 * being read), {@link CamtValues} (typed values and refusals), {@link CamtStatement} and {@link
 * CamtBalance} (header and balances), {@link CamtEntry}, {@link CamtTransactionDetails} and {@link
 * CamtEntryFields} (entries, batches, parties and remittance), {@link CamtAssembler} (statement
 * headers and transactions to the sink).
 *
 * <p>Created per input; not thread-safe.
 */
final class CamtParser implements StatementParser {
  private static final int MAX_DEPTH = 100;

  /** StAX's own depth bound, a backstop far above {@link #MAX_DEPTH}, which is checked first. */
  private static final int STAX_MAX_DEPTH = 1000;

  private static final Pattern VERSION = Pattern.compile(".*(camt\\.05[234]\\.\\d{3}\\.\\d{2}).*");

  private final String formatId;
  private final ParseContext context;
  private final boolean ownScanner;
  private final boolean splitBatches;
  private final int maxText;

  private final CamtValues values;
  private @Nullable CamtAssembler assembler;
  private final String[] names = new String[MAX_DEPTH + 1];

  /**
   * Per open element, its path below the innermost statement, balance, entry or details element (or
   * the message root), as a node of {@link #paths}; {@code null} outside the message.
   */
  private final @Nullable CamtPath[] nodes = new CamtPath[MAX_DEPTH + 1];

  private final CamtPath paths = CamtPath.root();
  private final StringBuilder text = new StringBuilder(256);

  /** Characters between elements that are not a leaf's text: counted against the limit only. */
  private int otherText;

  private int depth;
  private boolean leaf;

  private @Nullable CamtKind kind;
  private @Nullable String version;
  private @Nullable String messageId;
  private int rootDepth = -1;
  private int stmtDepth = -1;
  private int balDepth = -1;
  private int ntryDepth = -1;
  private int txDepth = -1;
  private @Nullable CamtStatement stmt;
  private @Nullable CamtBalance bal;
  private @Nullable CamtEntry entry;
  private @Nullable CamtTransactionDetails tx;
  private int statements;

  CamtParser(String formatId, ParseContext context) {
    this(formatId, context, true);
  }

  /**
   * Creates a parser that reads with bsa's own scanner ({@code ownScanner}) where the encoding
   * allows, or always with the hardened StAX reader (the differential tests' reference).
   */
  CamtParser(String formatId, ParseContext context, boolean ownScanner) {
    this.ownScanner = ownScanner;
    this.formatId = requireNonNull(formatId, "formatId");
    this.context = requireNonNull(context, "context");
    this.splitBatches =
        context.options().option(FormatOptions.CAMT_SPLIT_BATCHES).orElse(Boolean.FALSE);
    this.maxText = Math.max(1024, context.limits().maxLineLength());
    this.values = new CamtValues(formatId);
  }

  @Override
  public void parse(InputStream input, StatementSink sink) throws IOException {
    requireNonNull(input, "input");
    requireNonNull(sink, "sink");
    Optional<Charset> charset = context.options().charset();
    if (ownScanner) {
      XmlScanner scanner = new XmlScanner(input, formatId, STAX_MAX_DEPTH, maxText);
      if (scanner.open(charset.orElse(null))) {
        values.events = scanner;
        assembler = new CamtAssembler(values, sink, splitBatches);
        run(scanner);
        return;
      }
      // an encoding the scanner leaves to the JDK's reader: the bytes it read come first
      input = scanner.remaining();
    }
    XMLInputFactory factory = SafeXml.inputFactory(STAX_MAX_DEPTH);
    // the facade's stream ignores close(), so the JDK reader may close it at the end
    InputStream in = skipLeadingWhitespace(input);
    XMLStreamReader r;
    try {
      r =
          charset.isPresent()
              ? factory.createXMLStreamReader(in, charset.get().name())
              : factory.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw CamtStaxEvents.xmlError(e, null, formatId);
    }
    CamtStaxEvents events = new CamtStaxEvents(r, formatId);
    values.events = events;
    assembler = new CamtAssembler(values, sink, splitBatches);
    try {
      run(events);
    } finally {
      events.close();
    }
  }

  /**
   * Drops ASCII whitespace before the first byte: some exports start with a blank line, which XML
   * forbids before the declaration. Input with a byte-order mark is left alone.
   */
  private static InputStream skipLeadingWhitespace(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 1);
    int b;
    do {
      b = p.read();
    } while (b == ' ' || b == '\t' || b == '\r' || b == '\n');
    if (b >= 0) {
      p.unread(b);
    }
    return p;
  }

  private void run(XmlEvents r) throws IOException {
    while (true) {
      switch (r.next()) {
        case XmlEvents.START_ELEMENT -> start(r);
        case XmlEvents.TEXT -> characters(r);
        case XmlEvents.END_ELEMENT -> end();
        case XmlEvents.END_DOCUMENT -> {
          finish();
          return;
        }
        default -> throw new IllegalStateException("unknown XML event");
      }
    }
  }

  private void start(XmlEvents r) {
    if (depth >= MAX_DEPTH) {
      throw malformed("CAMT elements are nested too deeply");
    }
    String name = r.localName();
    depth++;
    names[depth] = name;
    CamtPath parent = nodes[depth - 1];
    // below the message root (or another element at its depth), relative to the innermost marker
    nodes[depth] = depth == rootDepth ? paths : parent == null ? null : parent.child(name);
    leaf = true;
    text.setLength(0);
    otherText = 0;
    values.ccy = r.attributeCount() == 0 ? null : r.attribute("Ccy");

    CamtKind k = kind;
    if (k == null) {
      k = CamtKind.ofRootElement(name);
      if (k != null) {
        kind = k;
        rootDepth = depth;
        nodes[depth] = paths;
        String ns = r.namespaceUri();
        if (ns != null) {
          Matcher m = VERSION.matcher(ns);
          version = m.matches() ? m.group(1) : null;
        }
      }
      return;
    }
    if (rootDepth < 0) {
      return;
    }
    if (stmtDepth < 0) {
      if (depth == rootDepth + 1 && name.equals(k.statementElement())) {
        stmtDepth = depth;
        nodes[depth] = paths;
        CamtStatement s = new CamtStatement(values, position());
        stmt = s;
        values.statement = s;
      }
      return;
    }
    if (ntryDepth < 0 && balDepth < 0) {
      if (depth == stmtDepth + 1) {
        if (name.equals("Bal")) {
          balDepth = depth;
          nodes[depth] = paths;
          bal = new CamtBalance(values);
        } else if (name.equals("Ntry")) {
          ntryDepth = depth;
          nodes[depth] = paths;
          SourcePosition pos = position();
          context.checkDeadline(pos);
          entry = new CamtEntry(values, pos, splitBatches);
          assembler().begin(requireNonNull(stmt));
        }
      }
      return;
    }
    if (ntryDepth >= 0
        && txDepth < 0
        && depth == ntryDepth + 2
        && name.equals("TxDtls")
        && names[depth - 1].equals("NtryDtls")) {
      txDepth = depth;
      nodes[depth] = paths;
      tx = new CamtTransactionDetails(values);
    }
  }

  private void characters(XmlEvents r) {
    int len = r.textLength();
    if (!leaf) {
      // after an end tag: never a value, only counted against the limit as before
      if (otherText + len > maxText) {
        throw new LimitExceededException("maxLineLength", maxText, position());
      }
      otherText += len;
      return;
    }
    if (text.length() + len > maxText) {
      throw new LimitExceededException("maxLineLength", maxText, position());
    }
    text.append(r.textCharacters(), r.textStart(), len);
  }

  private void end() {
    if (leaf) {
      String value = stripped(text);
      if (!value.isEmpty()) {
        value(value);
      }
    }
    if (depth == txDepth) {
      requireNonNull(entry).addDetails(requireNonNull(tx));
      tx = null;
      txDepth = -1;
    } else if (depth == ntryDepth) {
      assembler().emit(requireNonNull(stmt), requireNonNull(entry));
      entry = null;
      ntryDepth = -1;
    } else if (depth == balDepth) {
      requireNonNull(stmt).balance(requireNonNull(bal));
      bal = null;
      balDepth = -1;
    } else if (depth == stmtDepth) {
      assembler().endStatement(requireNonNull(stmt), kind, version, messageId);
      stmt = null;
      values.statement = null;
      stmtDepth = -1;
      statements++;
    } else if (depth == rootDepth && statements == 0) {
      throw invalid(
          "CAMT message holds no statement, report or notification; the schema requires one",
          position());
    } else if (stmtDepth >= 0 && depth == stmtDepth + 1 && names[depth].equals("Acct")) {
      assembler().begin(requireNonNull(stmt));
    }
    text.setLength(0);
    otherText = 0;
    nodes[depth] = null;
    depth--;
    leaf = false;
  }

  private void value(String value) {
    if (txDepth >= 0) {
      requireNonNull(tx).value(rel(txDepth), value);
    } else if (ntryDepth >= 0) {
      requireNonNull(entry).value(rel(ntryDepth), value);
    } else if (balDepth >= 0) {
      requireNonNull(bal).value(rel(balDepth), value);
    } else if (stmtDepth >= 0) {
      requireNonNull(stmt).value(rel(stmtDepth), value);
    } else if (rootDepth >= 0 && depth == rootDepth + 2 && rel(rootDepth).equals("GrpHdr/MsgId")) {
      messageId = value;
    }
  }

  /**
   * The path of the current element below the element at {@code markerDepth}, such as {@code
   * "RltdPties/Dbtr/Pty/Nm"}: the innermost marker's, which is the one {@link #value} asks for.
   */
  private String rel(int markerDepth) {
    CamtPath node = nodes[depth];
    if (node == null || depth == markerDepth) {
      return "";
    }
    return node.path();
  }

  /** {@link String#strip()} of the text, with one copy. */
  static String stripped(StringBuilder text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start == end ? "" : text.substring(start, end);
  }

  private void finish() {
    if (kind == null) {
      throw malformed(
          "no CAMT message element (BkToCstmrStmt, BkToCstmrAcctRpt or BkToCstmrDbtCdtNtfctn)");
    }
  }

  private CamtAssembler assembler() {
    CamtAssembler a = assembler;
    if (a == null) {
      throw new IllegalStateException("parse has not started");
    }
    return a;
  }

  private SourcePosition position() {
    return values.position();
  }

  private StatementParseException malformed(String message) {
    return values.malformed(message);
  }

  private StatementParseException invalid(String message, SourcePosition pos) {
    return values.invalid(message, pos);
  }
}

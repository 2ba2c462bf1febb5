package io.github.bsa.parsers.internal.camt;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.FormatOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams an ISO 20022 camt.052, camt.053 or camt.054 message of any version into a {@link
 * StatementSink}. Elements are matched by local name only, so namespaces and schema versions do not
 * matter. Each entry ({@code Ntry}) is reported as soon as it ends; memory stays bounded by the
 * size of one entry (and, with {@code camt.splitBatches}, by the details of one batch).
 *
 * <p>DTDs are refused and external entities are never resolved, so XXE and entity-expansion
 * ("billion laughs") documents fail with {@link io.github.bsa.core.ErrorCode#MALFORMED_INPUT}.
 *
 * <p>Created per input; not thread-safe.
 */
final class CamtParser implements StatementParser {
  /**
   * Format option: {@code true} reports one transaction per {@code TxDtls} of a batched entry
   * instead of one per {@code Ntry} (the default).
   */

  /** Attribute key prefix. */
  private static final String P = "camt.";

  private static final int MAX_DEPTH = 100;
  private static final int MAX_BUFFERED_DETAILS = 50_000;
  private static final int MAX_BATCH_TEXT = 1024;
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern VERSION = Pattern.compile(".*(camt\\.05[234]\\.\\d{3}\\.\\d{2}).*");

  private final String formatId;
  private final ParseContext context;
  private final boolean splitBatches;
  private final int maxText;

  private @Nullable XMLStreamReader reader;
  private final String[] names = new String[MAX_DEPTH + 1];
  private final int[] pathEnds = new int[MAX_DEPTH + 1];
  private final StringBuilder path = new StringBuilder(256);
  private final StringBuilder text = new StringBuilder(256);
  private int depth;
  private boolean leaf;
  private @Nullable String ccy;

  private @Nullable CamtKind kind;
  private @Nullable String version;
  private @Nullable String messageId;
  private int rootDepth = -1;
  private int stmtDepth = -1;
  private int balDepth = -1;
  private int ntryDepth = -1;
  private int txDepth = -1;
  private @Nullable StmtState stmt;
  private @Nullable BalState bal;
  private @Nullable EntryState entry;
  private @Nullable TxState tx;
  private long transactions;
  private int statements;

  CamtParser(String formatId, ParseContext context) {
    this.formatId = requireNonNull(formatId, "formatId");
    this.context = requireNonNull(context, "context");
    this.splitBatches =
        context.options().option(FormatOptions.CAMT_SPLIT_BATCHES).orElse(Boolean.FALSE);
    this.maxText = Math.max(1024, context.limits().maxLineLength());
  }

  static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "100");
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "1000");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, String value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // not supported by this StAX implementation; the DTD refusal still guards us
    }
  }

  @Override
  public void parse(InputStream input, StatementSink sink) throws IOException {
    requireNonNull(input, "input");
    requireNonNull(sink, "sink");
    XMLInputFactory factory = newFactory();
    // the facade's stream ignores close(), so the JDK reader may close it at the end
    InputStream in = skipLeadingWhitespace(input);
    XMLStreamReader r;
    try {
      Optional<Charset> charset = context.options().charset();
      r =
          charset.isPresent()
              ? factory.createXMLStreamReader(in, charset.get().name())
              : factory.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw xmlError(e, null);
    }
    reader = r;
    try {
      run(r, sink);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // closing a reader never fails for the JDK implementation; nothing to release
      }
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

  private void run(XMLStreamReader r, StatementSink sink) throws IOException {
    while (true) {
      int event;
      try {
        event = r.next();
      } catch (XMLStreamException e) {
        throw xmlError(e, r);
      }
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> start(r, sink);
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            characters(r);
        case XMLStreamConstants.END_ELEMENT -> end(sink);
        case XMLStreamConstants.DTD ->
            throw malformed("CAMT document has a document type declaration (DTD), not allowed");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw malformed("CAMT document references an entity, which is not allowed");
        case XMLStreamConstants.END_DOCUMENT -> {
          finish();
          return;
        }
        default -> {
          // comments, processing instructions
        }
      }
    }
  }

  private BsaException xmlError(XMLStreamException e, @Nullable XMLStreamReader r)
      throws IOException {
    Throwable nested = e.getNestedException();
    if (nested == null) {
      nested = e.getCause();
    }
    if (nested instanceof BsaException b) {
      throw b;
    }
    if (nested instanceof IOException io) {
      throw io;
    }
    Location loc = e.getLocation();
    if (loc == null && r != null) {
      loc = r.getLocation();
    }
    return new StatementParseException(
        ErrorCode.MALFORMED_INPUT,
        formatId,
        "CAMT input is not well-formed XML (truncated or corrupt)",
        position(loc),
        null);
  }

  // ---------------------------------------------------------------- events

  private void start(XMLStreamReader r, StatementSink sink) {
    if (depth >= MAX_DEPTH) {
      throw malformed("CAMT elements are nested too deeply");
    }
    String name = r.getLocalName();
    depth++;
    names[depth] = name;
    path.append('/').append(name);
    pathEnds[depth] = path.length();
    leaf = true;
    text.setLength(0);
    ccy = r.getAttributeCount() == 0 ? null : r.getAttributeValue(null, "Ccy");

    CamtKind k = kind;
    if (k == null) {
      k = CamtKind.ofRootElement(name);
      if (k != null) {
        kind = k;
        rootDepth = depth;
        String ns = r.getNamespaceURI();
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
        stmt = new StmtState(position());
      }
      return;
    }
    if (ntryDepth < 0 && balDepth < 0) {
      if (depth == stmtDepth + 1) {
        if (name.equals("Bal")) {
          balDepth = depth;
          bal = new BalState();
        } else if (name.equals("Ntry")) {
          ntryDepth = depth;
          SourcePosition pos = position();
          context.checkDeadline(pos);
          entry = new EntryState(pos);
          begin(sink);
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
      tx = new TxState();
    }
  }

  private void characters(XMLStreamReader r) {
    int len = r.getTextLength();
    if (text.length() + len > maxText) {
      throw new LimitExceededException("maxLineLength", maxText, position());
    }
    text.append(r.getTextCharacters(), r.getTextStart(), len);
  }

  private void end(StatementSink sink) {
    if (leaf) {
      String value = text.toString().strip();
      if (!value.isEmpty()) {
        value(value);
      }
    }
    if (depth == txDepth) {
      requireNonNull(entry).addDetails(requireNonNull(tx));
      tx = null;
      txDepth = -1;
    } else if (depth == ntryDepth) {
      emit(requireNonNull(entry), sink);
      entry = null;
      ntryDepth = -1;
    } else if (depth == balDepth) {
      requireNonNull(stmt).balance(requireNonNull(bal));
      bal = null;
      balDepth = -1;
    } else if (depth == stmtDepth) {
      endStatement(requireNonNull(stmt), sink);
      stmt = null;
      stmtDepth = -1;
      statements++;
    } else if (depth == rootDepth && statements == 0) {
      throw invalid(
          "CAMT message holds no statement, report or notification; the schema requires one",
          position());
    } else if (stmtDepth >= 0 && depth == stmtDepth + 1 && names[depth].equals("Acct")) {
      begin(sink);
    }
    text.setLength(0);
    path.setLength(depth > 1 ? pathEnds[depth - 1] : 0);
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

  private String rel(int markerDepth) {
    return path.substring(pathEnds[markerDepth] + 1);
  }

  private void finish() {
    if (kind == null) {
      throw malformed(
          "no CAMT message element (BkToCstmrStmt, BkToCstmrAcctRpt or BkToCstmrDbtCdtNtfctn)");
    }
  }

  // ---------------------------------------------------------------- statements

  private void begin(StatementSink sink) {
    StmtState s = requireNonNull(stmt);
    if (!s.begun) {
      s.begun = true;
      sink.beginStatement(StatementHeader.of(s.account(null)));
    }
  }

  private void endStatement(StmtState s, StatementSink sink) {
    Currency currency = s.currency != null ? s.currency : s.balanceCurrency;
    if (currency == null) {
      currency = s.entryCurrency;
    }
    Account account = s.account(currency);
    if (!s.begun) {
      s.begun = true;
      sink.beginStatement(StatementHeader.of(account));
    }
    StatementHeader.Builder b =
        StatementHeader.builder()
            .id(s.id)
            .account(account)
            .currency(currency)
            .openingBalance(s.opening)
            .closingBalance(s.closing)
            .availableBalance(s.available)
            .information(s.information.length() == 0 ? null : s.information.toString());
    if (s.from != null && s.to != null && !s.to.isBefore(s.from)) {
      b.period(DateRange.of(s.from, s.to));
    }
    if (s.declaredEntries >= 0 && s.declaredEntries != s.entries) {
      s.warnings.add(
          ParseWarning.of(
              "camt.entryCount",
              "TxsSummry declares a different number of entries than the statement holds",
              s.position));
    }
    if (s.opening != null
        && s.closing != null
        && s.openingCurrency != null
        && s.closingCurrency != null
        && !s.openingCurrency.equals(s.closingCurrency)) {
      s.warnings.add(
          ParseWarning.of(
              "camt.balanceCurrency",
              "opening and closing balances differ in currency",
              s.position));
    }
    s.warnings.forEach(b::addWarning);
    b.attribute(P + "kind", kind == null ? null : kind.formatId());
    b.attribute(P + "version", version);
    b.attribute(P + "messageId", messageId);
    s.attributes.forEach(b::attribute);
    sink.endStatement(b.build());
  }

  // ---------------------------------------------------------------- entries

  private void emit(EntryState e, StatementSink sink) {
    StmtState s = requireNonNull(stmt);
    s.entries++;
    if (e.amount == null) {
      throw invalid("CAMT entry (Ntry) has no amount (Amt)", e.position);
    }
    if (e.debit == null) {
      throw invalid("CAMT entry (Ntry) has no credit/debit indicator (CdtDbtInd)", e.position);
    }
    BigDecimal signed = e.debit ? e.amount.negate() : e.amount;
    if (s.entryCurrency == null) {
      s.entryCurrency = e.currency;
    }
    if (splitBatches && e.details.size() > 1) {
      List<BigDecimal> amounts = splitAmounts(e);
      if (amounts != null) {
        for (int i = 0; i < e.details.size(); i++) {
          report(build(e, e.details.get(i), amounts.get(i), e.currency, false, true), sink);
        }
        return;
      }
      s.warnings.add(
          ParseWarning.of(
              "camt.batchNotSplit",
              "batched entry kept whole: its transaction details do not add up to the entry amount",
              e.position));
    }
    TxState only = e.detailCount == 1 ? e.first : null;
    TxState first = e.detailCount > 1 ? e.first : null;
    Transaction.Builder t = build(e, only, signed, e.currency, e.detailCount > 1, false);
    if (first != null) {
      if (e.batchText.length() > 0) {
        t.description(e.batchText.toString());
      }
      if (e.sameCounterparty) {
        boolean out = signed.signum() < 0 != e.reversal;
        Party p = first.party(out);
        t.counterparty(p.name()).counterpartyAccount(p.account());
      }
    }
    report(t, sink);
  }

  private @Nullable List<BigDecimal> splitAmounts(EntryState e) {
    if (e.overflow) {
      return null;
    }
    List<BigDecimal> out = new ArrayList<>(e.details.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (TxState d : e.details) {
      BigDecimal amount = d.bookedAmount(e.currency);
      if (amount == null) {
        return null;
      }
      boolean debit = d.debit != null ? d.debit : requireNonNull(e.debit);
      BigDecimal a = debit ? amount.negate() : amount;
      out.add(a);
      sum = sum.add(a);
    }
    BigDecimal signed = requireNonNull(e.debit) ? requireNonNull(e.amount).negate() : e.amount;
    return sum.compareTo(signed) == 0 ? out : null;
  }

  private void report(Transaction.Builder t, StatementSink sink) {
    transactions++;
    sink.transaction(t.build());
  }

  private Transaction.Builder build(
      EntryState e,
      @Nullable TxState d,
      BigDecimal amount,
      @Nullable Currency currency,
      boolean batch,
      boolean split) {
    Transaction.Builder t =
        Transaction.builder()
            .amount(amount)
            .currency(currency)
            .bookingDate(e.bookingDate)
            .valueDate(e.valueDate)
            .position(e.position.withRecord(transactions + 1));
    String description = d == null ? null : d.text();
    if (description == null) {
      description = e.additionalInfo;
    }
    if (description == null && d != null) {
      description = d.structuredText();
    }
    t.description(description);
    String reference;
    if (d == null) {
      reference = first(e.acctSvcrRef, e.ntryRef);
    } else if (split) {
      reference = first(d.acctSvcrRef, d.endToEndId(), e.acctSvcrRef, e.ntryRef);
    } else {
      reference = first(e.acctSvcrRef, d.acctSvcrRef, d.endToEndId(), e.ntryRef);
    }
    t.reference(reference);
    e.attributes(t);
    if (d != null) {
      t.endToEndId(d.endToEndId());
      boolean out = amount.signum() < 0 != e.reversal;
      Party p = d.party(out);
      t.counterparty(p.name()).counterpartyAccount(p.account());
      d.attributes(t);
    }
    String typeCode = d != null ? d.typeCode() : null;
    t.typeCode(typeCode != null ? typeCode : e.typeCode());
    if (batch) {
      t.attribute(P + "batchCount", Integer.toString(e.detailCount));
    }
    if (split) {
      t.attribute(P + "entryAmount", e.amount == null ? null : e.amount.toPlainString());
    }
    return t;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty() && !v.equalsIgnoreCase("NONREF")) {
        return v;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- values

  private SourcePosition position() {
    XMLStreamReader r = reader;
    return r == null ? SourcePosition.UNKNOWN : position(r.getLocation());
  }

  private static SourcePosition position(@Nullable Location loc) {
    if (loc == null) {
      return SourcePosition.UNKNOWN;
    }
    return SourcePosition.of(Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()));
  }

  private StatementParseException malformed(String message) {
    return StatementParseException.malformed(formatId, message, position());
  }

  private StatementParseException invalid(String message, SourcePosition pos) {
    return StatementParseException.invalid(formatId, message, pos);
  }

  private BigDecimal amount(String value) {
    if (!DECIMAL.matcher(value).matches()) {
      throw invalid("CAMT amount is not a decimal number", position());
    }
    return new BigDecimal(value);
  }

  private boolean debit(String value) {
    return switch (value) {
      case "DBIT" -> true;
      case "CRDT" -> false;
      default -> throw invalid("CAMT credit/debit indicator is neither CRDT nor DBIT", position());
    };
  }

  private LocalDate date(String value) {
    // xs:date may carry a zone (2024-01-31+01:00); xs:dateTime starts with the date
    String d = value.length() > 10 ? value.substring(0, 10) : value;
    try {
      return LocalDate.parse(d);
    } catch (DateTimeException e) {
      throw invalid("CAMT date is not an ISO date", position());
    }
  }

  private @Nullable Currency currency(@Nullable String code) {
    if (code == null) {
      return null;
    }
    try {
      return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StmtState s = stmt;
      if (s != null && !s.unknownCurrencyWarned) {
        s.unknownCurrencyWarned = true;
        s.warnings.add(
            ParseWarning.of("camt.currency", "unknown ISO 4217 currency code", position()));
      }
      return null;
    }
  }

  private static void join(StringBuilder sb, String value) {
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(value);
  }

  // ---------------------------------------------------------------- state

  /** One statement, report or notification. */
  private final class StmtState {
    final SourcePosition position;
    boolean begun;
    @Nullable String id;
    @Nullable LocalDate from;
    @Nullable LocalDate to;
    @Nullable String iban;
    @Nullable String number;
    @Nullable Currency currency;
    @Nullable String holder;
    @Nullable String bic;
    @Nullable String bank;
    @Nullable BigDecimal opening;
    @Nullable Currency openingCurrency;
    @Nullable BigDecimal closing;
    @Nullable Currency closingCurrency;
    @Nullable BigDecimal available;
    @Nullable Currency balanceCurrency;
    @Nullable Currency entryCurrency;
    final StringBuilder information = new StringBuilder();
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<ParseWarning> warnings = new ArrayList<>();
    long entries;
    long declaredEntries = -1;
    boolean unknownCurrencyWarned;

    StmtState(SourcePosition position) {
      this.position = position;
    }

    void value(String p, String v) {
      switch (p) {
        case "Id" -> id = v;
        case "ElctrncSeqNb" -> attributes.put(P + "electronicSequenceNumber", v);
        case "LglSeqNb" -> attributes.put(P + "legalSequenceNumber", v);
        case "CreDtTm" -> attributes.put(P + "creationDateTime", v);
        case "FrToDt/FrDtTm", "FrToDt/FrDt" -> from = date(v);
        case "FrToDt/ToDtTm", "FrToDt/ToDt" -> to = date(v);
        case "Acct/Id/IBAN" -> iban = v;
        case "Acct/Id/Othr/Id", "Acct/Id/PrtryAcct/Id", "Acct/Id/BBAN", "Acct/Id/UPIC" ->
            number = v;
        case "Acct/Ccy" -> currency = currency(v);
        case "Acct/Nm" -> attributes.put(P + "accountName", v);
        case "Acct/Ownr/Nm", "Acct/Ownr/Pty/Nm" -> holder = v;
        case "Acct/Svcr/FinInstnId/BIC", "Acct/Svcr/FinInstnId/BICFI" -> bic = v;
        case "Acct/Svcr/FinInstnId/Nm", "Acct/Svcr/FinInstnId/NmAndAdr/Nm" -> bank = v;
        case "AddtlStmtInf", "AddtlRptInf", "AddtlNtfctnInf" -> join(information, v);
        case "TxsSummry/TtlNtries/NbOfNtries" -> {
          try {
            declaredEntries = Long.parseLong(v);
          } catch (NumberFormatException e) {
            declaredEntries = -1;
          }
        }
        case "TxsSummry/TtlCdtNtries/NbOfNtries" -> attributes.put(P + "creditEntries", v);
        case "TxsSummry/TtlCdtNtries/Sum" -> attributes.put(P + "creditSum", v);
        case "TxsSummry/TtlDbtNtries/NbOfNtries" -> attributes.put(P + "debitEntries", v);
        case "TxsSummry/TtlDbtNtries/Sum" -> attributes.put(P + "debitSum", v);
        default -> {
          // other statement elements are not mapped
        }
      }
    }

    void balance(BalState b) {
      if (b.code == null || b.amount == null) {
        return;
      }
      String code = b.code.toUpperCase(Locale.ROOT);
      if (b.debit == null) {
        warnings.add(
            ParseWarning.of(
                "camt.balanceSign",
                "balance without credit/debit indicator read as a credit",
                position()));
      }
      BigDecimal signed = Boolean.TRUE.equals(b.debit) ? b.amount.negate() : b.amount;
      Currency c = currency(b.currency);
      if (balanceCurrency == null) {
        balanceCurrency = c;
      }
      String key = P + "balance." + code;
      if (!attributes.containsKey(key)) {
        attributes.put(key, signed.toPlainString());
        if (b.date != null) {
          attributes.put(key + ".date", b.date.toString());
        }
      }
      switch (code) {
        case "OPBD", "PRCD" -> {
          if (opening == null) {
            opening = signed;
            openingCurrency = c;
          }
        }
        case "CLBD" -> {
          if (closing == null) {
            closing = signed;
            closingCurrency = c;
          }
        }
        case "CLAV" -> {
          if (available == null) {
            available = signed;
          }
        }
        default -> {
          // ITBD, ITAV, FWAV, INFO, ...: kept as attributes
        }
      }
    }

    Account account(@Nullable Currency fallbackCurrency) {
      Account.Builder a = Account.builder();
      // a proprietary or "other" id that is a valid IBAN (as some banks write it) is one
      Optional<Iban> parsed = Iban.tryParse(iban != null ? iban : number);
      a.iban(parsed.orElse(null));
      a.number(iban != null ? iban : number);
      a.currency(currency != null ? currency : fallbackCurrency);
      a.holder(holder).bic(bic).bank(bank);
      return a.build();
    }
  }

  /** One balance ({@code Bal}). */
  private final class BalState {
    @Nullable String code;
    @Nullable BigDecimal amount;
    @Nullable String currency;
    @Nullable Boolean debit;
    @Nullable LocalDate date;

    void value(String p, String v) {
      switch (p) {
        case "Tp/CdOrPrtry/Cd", "Tp/Cd" -> code = v;
        case "Tp/CdOrPrtry/Prtry", "Tp/Prtry" -> {
          if (code == null) {
            code = v;
          }
        }
        case "Amt" -> {
          amount = amount(v);
          currency = ccy;
        }
        case "CdtDbtInd" -> debit = debit(v);
        case "Dt/Dt", "Dt/DtTm" -> date = date(v);
        default -> {
          // sub-types, availability, credit lines: not mapped
        }
      }
    }
  }

  /** Fields an entry and its transaction details share: type codes, amounts, charges. */
  private abstract class Common {
    @Nullable String domain;
    @Nullable String family;
    @Nullable String subFamily;
    @Nullable String proprietaryCode;
    @Nullable BigDecimal charges;
    @Nullable String chargesCurrency;
    @Nullable BigDecimal totalCharges;
    @Nullable BigDecimal transactionAmount;
    @Nullable String transactionAmountCurrency;
    final Map<String, String> amountDetails = new LinkedHashMap<>(4);

    void common(String p, String v) {
      switch (p) {
        case "BkTxCd/Domn/Cd" -> domain = v;
        case "BkTxCd/Domn/Fmly/Cd" -> family = v;
        case "BkTxCd/Domn/Fmly/SubFmlyCd" -> subFamily = v;
        case "BkTxCd/Prtry/Cd" -> proprietaryCode = v;
        case "Chrgs/TtlChrgsAndTaxAmt" -> {
          totalCharges = amount(v);
          chargesCurrency = ccy;
        }
        case "Chrgs/Amt", "Chrgs/Rcrd/Amt" -> {
          BigDecimal a = amount(v);
          if (charges == null) {
            charges = a;
            if (chargesCurrency == null) {
              chargesCurrency = ccy;
            }
          } else if (ccy == null || ccy.equals(chargesCurrency)) {
            charges = charges.add(a);
          }
        }
        default -> {
          if (p.startsWith("AmtDtls/")) {
            amountDetail(p.substring("AmtDtls/".length()), v);
          }
        }
      }
    }

    private void amountDetail(String p, String v) {
      int slash = p.indexOf('/');
      if (slash < 0) {
        return;
      }
      String which =
          switch (p.substring(0, slash)) {
            case "InstdAmt" -> "instructedAmount";
            case "TxAmt" -> "transactionAmount";
            case "CntrValAmt" -> "counterValueAmount";
            case "AnncdPstngAmt" -> "announcedAmount";
            default -> null;
          };
      if (which == null) {
        return;
      }
      String rest = p.substring(slash + 1);
      switch (rest) {
        case "Amt" -> {
          BigDecimal a = amount(v);
          if (which.equals("transactionAmount") && transactionAmount == null) {
            transactionAmount = a;
            transactionAmountCurrency = ccy;
          }
          amountDetails.putIfAbsent(P + which, v);
          if (ccy != null) {
            amountDetails.putIfAbsent(P + which + ".currency", ccy);
          }
        }
        case "CcyXchg/XchgRate" -> amountDetails.putIfAbsent(P + "exchangeRate", v);
        case "CcyXchg/SrcCcy" -> amountDetails.putIfAbsent(P + "sourceCurrency", v);
        case "CcyXchg/TrgtCcy" -> amountDetails.putIfAbsent(P + "targetCurrency", v);
        case "CcyXchg/UnitCcy" -> amountDetails.putIfAbsent(P + "unitCurrency", v);
        default -> {
          // contract ids, quotation dates: not mapped
        }
      }
    }

    @Nullable String typeCode() {
      if (domain != null) {
        StringBuilder sb = new StringBuilder(domain);
        if (family != null) {
          sb.append('-').append(family);
          if (subFamily != null) {
            sb.append('-').append(subFamily);
          }
        }
        return sb.toString();
      }
      return proprietaryCode;
    }

    void commonAttributes(Transaction.Builder t) {
      if (proprietaryCode != null) {
        t.attribute(P + "proprietaryCode", proprietaryCode);
      }
      BigDecimal c = totalCharges != null ? totalCharges : charges;
      if (c != null) {
        t.attribute(P + "charges", c.toPlainString());
        t.attribute(P + "charges.currency", chargesCurrency);
      }
      amountDetails.forEach(t::attribute);
    }
  }

  /** One entry ({@code Ntry}). */
  private final class EntryState extends Common {
    final SourcePosition position;
    @Nullable BigDecimal amount;
    @Nullable Currency currency;
    @Nullable Boolean debit;
    boolean reversal;
    @Nullable String status;
    @Nullable LocalDate bookingDate;
    @Nullable LocalDate valueDate;
    @Nullable String acctSvcrRef;
    @Nullable String ntryRef;
    @Nullable String additionalInfo;
    @Nullable String batchCount;
    int detailCount;
    @Nullable TxState first;
    final StringBuilder batchText = new StringBuilder();
    @Nullable String lastText;
    boolean sameCounterparty = true;
    final List<TxState> details = new ArrayList<>(0);
    boolean overflow;

    EntryState(SourcePosition position) {
      this.position = position;
    }

    void value(String p, String v) {
      switch (p) {
        case "Amt" -> {
          amount = amount(v);
          currency = currency(ccy);
        }
        case "CdtDbtInd" -> debit = debit(v);
        case "RvslInd" -> reversal = v.equalsIgnoreCase("true") || v.equals("1");
        case "Sts", "Sts/Cd", "Sts/Prtry" -> status = v;
        case "BookgDt/Dt", "BookgDt/DtTm" -> bookingDate = date(v);
        case "ValDt/Dt", "ValDt/DtTm" -> valueDate = date(v);
        case "AcctSvcrRef" -> acctSvcrRef = v;
        case "NtryRef" -> ntryRef = v;
        case "AddtlNtryInf" ->
            additionalInfo = additionalInfo == null ? v : additionalInfo + " " + v;
        case "NtryDtls/Btch/NbOfTxs" -> batchCount = v;
        default -> common(p, v);
      }
    }

    void addDetails(TxState d) {
      detailCount++;
      String text = d.text();
      if (text != null && !text.equals(lastText) && batchText.length() < MAX_BATCH_TEXT) {
        join(batchText, text);
        lastText = text;
      }
      TxState f = first;
      if (f == null) {
        first = d;
      } else {
        if (sameCounterparty
            && !(Objects.equals(f.party(true), d.party(true))
                && Objects.equals(f.party(false), d.party(false)))) {
          sameCounterparty = false;
        }
      }
      if (splitBatches && !overflow) {
        if (details.size() >= MAX_BUFFERED_DETAILS) {
          overflow = true;
          details.clear();
        } else {
          details.add(d);
        }
      }
    }

    void attributes(Transaction.Builder t) {
      t.attribute(P + "status", status);
      if (reversal) {
        t.attribute(P + "reversal", "true");
      }
      t.attribute(P + "entryReference", ntryRef);
      t.attribute(P + "accountServicerReference", acctSvcrRef);
      t.attribute(P + "additionalEntryInfo", additionalInfo);
      if (batchCount != null) {
        t.attribute(P + "batchSize", batchCount);
      }
      commonAttributes(t);
    }
  }

  /** A counterparty: name and account. */
  private record Party(@Nullable String name, @Nullable String account) {}

  /** One transaction details block ({@code TxDtls}). */
  private final class TxState extends Common {
    @Nullable String endToEndId;
    @Nullable String acctSvcrRef;
    @Nullable String mandateId;
    @Nullable String instructionId;
    @Nullable String transactionId;
    @Nullable String paymentInformationId;
    @Nullable String messageId;
    @Nullable String uetr;
    @Nullable String chequeNumber;
    @Nullable BigDecimal amount;
    @Nullable Currency amountCurrency;
    @Nullable Boolean debit;
    @Nullable String debtor;
    @Nullable String creditor;
    @Nullable String ultimateDebtor;
    @Nullable String ultimateCreditor;
    @Nullable String debtorAccount;
    @Nullable String creditorAccount;
    @Nullable String debtorBic;
    @Nullable String creditorBic;
    @Nullable String creditorId;
    final StringBuilder unstructured = new StringBuilder();
    @Nullable String creditorReference;
    final StringBuilder structured = new StringBuilder();
    @Nullable String additionalInfo;
    @Nullable String returnReason;
    @Nullable String returnInfo;
    @Nullable String purpose;

    void value(String p, String v) {
      switch (p) {
        case "Refs/EndToEndId" -> endToEndId = v;
        case "Refs/AcctSvcrRef" -> acctSvcrRef = v;
        case "Refs/MndtId" -> mandateId = v;
        case "Refs/InstrId" -> instructionId = v;
        case "Refs/TxId" -> transactionId = v;
        case "Refs/PmtInfId" -> paymentInformationId = v;
        case "Refs/MsgId" -> messageId = v;
        case "Refs/UETR" -> uetr = v;
        case "Refs/ChqNb" -> chequeNumber = v;
        case "Amt" -> {
          amount = amount(v);
          amountCurrency = currency(ccy);
        }
        case "CdtDbtInd" -> debit = debit(v);
        case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> debtor = v;
        case "RltdPties/Cdtr/Nm", "RltdPties/Cdtr/Pty/Nm" -> creditor = v;
        case "RltdPties/UltmtDbtr/Nm", "RltdPties/UltmtDbtr/Pty/Nm" -> ultimateDebtor = v;
        case "RltdPties/UltmtCdtr/Nm", "RltdPties/UltmtCdtr/Pty/Nm" -> ultimateCreditor = v;
        case "RltdPties/DbtrAcct/Id/IBAN",
            "RltdPties/DbtrAcct/Id/Othr/Id",
            "RltdPties/DbtrAcct/Id/PrtryAcct/Id",
            "RltdPties/DbtrAcct/Id/BBAN" -> {
          if (debtorAccount == null) {
            debtorAccount = v;
          }
        }
        case "RltdPties/CdtrAcct/Id/IBAN",
            "RltdPties/CdtrAcct/Id/Othr/Id",
            "RltdPties/CdtrAcct/Id/PrtryAcct/Id",
            "RltdPties/CdtrAcct/Id/BBAN" -> {
          if (creditorAccount == null) {
            creditorAccount = v;
          }
        }
        case "RltdAgts/DbtrAgt/FinInstnId/BIC", "RltdAgts/DbtrAgt/FinInstnId/BICFI" ->
            debtorBic = v;
        case "RltdAgts/CdtrAgt/FinInstnId/BIC", "RltdAgts/CdtrAgt/FinInstnId/BICFI" ->
            creditorBic = v;
        case "RltdPties/Cdtr/Id/PrvtId/Othr/Id", "RltdPties/Cdtr/Pty/Id/PrvtId/Othr/Id" ->
            creditorId = v;
        case "RmtInf/Ustrd" -> join(unstructured, v);
        case "RmtInf/Strd/CdtrRefInf/Ref", "RmtInf/Strd/CdtrRefInf/CdtrRef" -> {
          if (creditorReference == null) {
            creditorReference = v;
          }
        }
        case "RmtInf/Strd/AddtlRmtInf" -> join(structured, v);
        case "AddtlTxInf" -> additionalInfo = additionalInfo == null ? v : additionalInfo + " " + v;
        case "RtrInf/Rsn/Cd", "RtrInf/Rsn/Prtry", "RtrInf/RtrRsn/Cd" -> returnReason = v;
        case "RtrInf/AddtlInf" -> returnInfo = v;
        case "Purp/Cd", "Purp/Prtry" -> purpose = v;
        default -> common(p, v);
      }
    }

    /**
     * The amount this transaction contributes to its entry in the entry's currency: {@code Amt}
     * (version 3 on), else {@code AmtDtls/TxAmt}; {@code null} when neither is in that currency.
     */
    @Nullable BigDecimal bookedAmount(@Nullable Currency entryCurrency) {
      if (amount != null && (amountCurrency == null || amountCurrency.equals(entryCurrency))) {
        return amount;
      }
      if (transactionAmount != null
          && (transactionAmountCurrency == null
              || (entryCurrency != null
                  && transactionAmountCurrency.equals(entryCurrency.getCurrencyCode())))) {
        return transactionAmount;
      }
      return null;
    }

    @Nullable String endToEndId() {
      String e = endToEndId;
      return e == null || e.equalsIgnoreCase("NOTPROVIDED") ? null : e;
    }

    /** The remittance text: unstructured remittance information, else the additional info. */
    @Nullable String text() {
      if (unstructured.length() > 0) {
        return unstructured.toString();
      }
      return additionalInfo;
    }

    /** The structured remittance information as text, when nothing else describes the payment. */
    @Nullable String structuredText() {
      StringBuilder sb = new StringBuilder();
      if (creditorReference != null) {
        sb.append(creditorReference);
      }
      if (structured.length() > 0) {
        join(sb, structured.toString());
      }
      return sb.length() == 0 ? null : sb.toString();
    }

    /** The other party: the creditor when money went out, else the debtor; the other if empty. */
    Party party(boolean out) {
      String cName = creditor != null ? creditor : ultimateCreditor;
      String dName = debtor != null ? debtor : ultimateDebtor;
      Party creditorSide = new Party(cName, creditorAccount);
      Party debtorSide = new Party(dName, debtorAccount);
      Party chosen = out ? creditorSide : debtorSide;
      Party other = out ? debtorSide : creditorSide;
      return chosen.name() == null && chosen.account() == null ? other : chosen;
    }

    void attributes(Transaction.Builder t) {
      t.attribute(P + "mandateId", mandateId);
      t.attribute(P + "instructionId", instructionId);
      t.attribute(P + "transactionId", transactionId);
      t.attribute(P + "paymentInformationId", paymentInformationId);
      t.attribute(P + "messageId", messageId);
      t.attribute(P + "uetr", uetr);
      t.attribute(P + "chequeNumber", chequeNumber);
      t.attribute(P + "transactionReference", acctSvcrRef);
      t.attribute(P + "creditorReference", creditorReference);
      t.attribute(P + "creditorId", creditorId);
      t.attribute(P + "ultimateDebtor", ultimateDebtor);
      t.attribute(P + "ultimateCreditor", ultimateCreditor);
      t.attribute(P + "debtorBic", debtorBic);
      t.attribute(P + "creditorBic", creditorBic);
      t.attribute(P + "returnReason", returnReason);
      t.attribute(P + "returnInfo", returnInfo);
      t.attribute(P + "purpose", purpose);
      t.attribute(P + "additionalTransactionInfo", additionalInfo);
      if (unstructured.length() > 0) {
        t.attribute(P + "remittanceInfo", unstructured.toString());
      }
      if (structured.length() > 0) {
        t.attribute(P + "structuredRemittanceInfo", structured.toString());
      }
      String tc = typeCode();
      if (tc != null) {
        t.attribute(P + "transactionTypeCode", tc);
      }
      commonAttributes(t);
    }
  }
}

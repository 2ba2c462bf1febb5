package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.UnsupportedFormatException;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.ParseContext;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementParser;
import io.github.bsa.core.spi.StatementSink;
import io.github.bsa.parsers.internal.textio.AdaptiveTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses OFX 1.x SGML and OFX 2.x XML bank, credit-card and investment-cash statements in one pass.
 * This type coordinates: tokens come from {@link OfxTokenizer}, header entries go to {@link
 * OfxCharsetHeader}, {@link OfxWalker} walks the aggregates and reports each bank and card {@code
 * STMTTRN} to the sink when its end is reached (through {@link OfxStatementOutput}), so memory does
 * not grow with the file; {@link OfxInvestmentReader} collects the cash side of investment
 * statements, which this type reports at the end of the input (their {@code SECLIST} follows them).
 * The field mapping and the documented choices are in {@code docs/formats/ofx.md}. Not thread-safe;
 * one instance per input.
 */
final class OfxParser implements StatementParser {
  static final String FORMAT = "ofx";
  private static final Logger LOG = LoggerFactory.getLogger(OfxParser.class);

  private final ParseContext context;
  private final OfxInvestmentReader investments;

  private int statements;
  private long transactions;

  OfxParser(ParseContext context) {
    this.context = context;
    this.investments = new OfxInvestmentReader(context.limits().maxTransactions());
  }

  @Override
  public void parse(InputStream input, StatementSink out) throws IOException {
    Charset forced = context.options().charset().orElse(null);
    AdaptiveTextReader text = new AdaptiveTextReader(input, forced, context.sample().bytes());
    OfxCharsetHeader charsetHeader = new OfxCharsetHeader(text, out);
    OfxWalker walker = new OfxWalker(out, charsetHeader, investments);
    OfxTokenizer tokenizer = new OfxTokenizer(text, walker, context.limits().maxLineLength());
    tokenizer.run();
    SourcePosition end = tokenizer.position();
    if (!tokenizer.sawOfx()) {
      throw StatementParseException.malformed(
          FORMAT, "no <OFX> element found; the input is not OFX or is truncated", end);
    }
    if (walker.depth() > 0) {
      walker.closeAtEnd(end);
    }
    statements = walker.statements();
    transactions = walker.transactions();
    charsetHeader.checkAtEnd(end);
    int investmentStatements = emitInvestments(out);
    int withoutCash = investments.seen() - investmentStatements;
    if (statements == 0 && withoutCash > 0) {
      throw new UnsupportedFormatException(
          "OFX investment statement (INVSTMTRS) holds no cash side (no INVBANKTRAN, no income,"
              + " trade or expense record paid in cash, no AVAILCASH); positions and lots are not"
              + " supported",
          List.of(FORMAT));
    }
    if (withoutCash > 0) {
      out.warning(
          ParseWarning.of(
              "OFX_INVESTMENT_SKIPPED",
              "OFX investment statements (INVSTMTRS) without a cash side were skipped: "
                  + withoutCash,
              SourcePosition.UNKNOWN));
    }
    if (statements == 0) {
      out.warning(
          ParseWarning.of(
              "OFX_NO_STATEMENTS",
              "OFX file holds no bank, credit-card or investment-cash statement",
              end));
    }
    LOG.debug("Parsed {} OFX statements with {} transactions", statements, transactions);
  }

  private int emitInvestments(StatementSink out) {
    int emitted = 0;
    for (OfxInvestmentStatement st : investments.statements()) {
      if (!st.hasCash()) {
        continue;
      }
      emitted++;
      statements++;
      out.beginStatement(StatementHeader.of(st.account()));
      StatementHeader h =
          st.emit(
              investments.securities(),
              t -> {
                transactions++;
                out.transaction(t);
              });
      out.endStatement(h);
    }
    return emitted;
  }
}

package io.github.bsa.parsers.internal.ofx;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The OFX markup vocabulary the tokenizer needs: the leaves that may be empty, the character
 * entities, and the pseudo-attributes of the {@code <?xml?>} and {@code <?OFX?>} instructions.
 * Stateless.
 */
final class OfxMarkup {
  private OfxMarkup() {}

  /**
   * Aggregates the parser understands; others are walked through (their leaves go to the nearest
   * known one).
   */
  static final Set<String> KNOWN_AGGREGATES =
      Set.of(
          "OFX",
          "SIGNONMSGSRSV1",
          "SONRS",
          "STATUS",
          "FI",
          "BANKMSGSRSV1",
          "STMTTRNRS",
          "STMTRS",
          "CREDITCARDMSGSRSV1",
          "CCSTMTTRNRS",
          "CCSTMTRS",
          "BANKACCTFROM",
          "CCACCTFROM",
          "BANKTRANLIST",
          "STMTTRN",
          "LEDGERBAL",
          "AVAILBAL",
          "CURRENCY",
          "ORIGCURRENCY",
          "PAYEE",
          "BANKACCTTO",
          "CCACCTTO",
          "INVSTMTMSGSRSV1",
          "INVSTMTTRNRS",
          "INVSTMTRS",
          "BALLIST",
          "MKTGINFO",
          // investment statements: the cash side
          "INVACCTFROM",
          "INVTRANLIST",
          "INVBANKTRAN",
          "INVTRAN",
          "INVBUY",
          "INVSELL",
          "SECID",
          "INVBAL",
          "INV401KBAL",
          "INV401K",
          "INVPOSLIST",
          "INVOOLIST",
          "SECLISTMSGSRSV1",
          "SECLIST",
          "SECINFO",
          "BUYDEBT",
          "BUYMF",
          "BUYOPT",
          "BUYOTHER",
          "BUYSTOCK",
          "SELLDEBT",
          "SELLMF",
          "SELLOPT",
          "SELLOTHER",
          "SELLSTOCK",
          "INCOME",
          "INVEXPENSE",
          "MARGININTEREST",
          "RETOFCAP",
          "REINVEST",
          "TRANSFER",
          "SPLIT",
          "JRNLSEC",
          "JRNLFUND",
          "CLOSUREOPT");

  /** Leaves that may appear empty and unclosed; never taken for aggregates. */
  static final Set<String> KNOWN_LEAVES =
      Set.of(
          "CODE",
          "SEVERITY",
          "MESSAGE",
          "DTSERVER",
          "LANGUAGE",
          "DTPROFUP",
          "DTACCTUP",
          "ORG",
          "FID",
          "SESSCOOKIE",
          "ACCESSKEY",
          "USERKEY",
          "TSKEYEXPIRE",
          "TRNUID",
          "CLTCOOKIE",
          "CURDEF",
          "BANKID",
          "BRANCHID",
          "ACCTID",
          "ACCTTYPE",
          "ACCTKEY",
          "DTSTART",
          "DTEND",
          "TRNTYPE",
          "DTPOSTED",
          "DTUSER",
          "DTAVAIL",
          "TRNAMT",
          "FITID",
          "CORRECTFITID",
          "CORRECTACTION",
          "SRVRTID",
          "CHECKNUM",
          "REFNUM",
          "SIC",
          "PAYEEID",
          "NAME",
          "EXTDNAME",
          "MEMO",
          "CURRATE",
          "CURSYM",
          "BALAMT",
          "DTASOF",
          "MKTGINFO",
          "INV401KSOURCE",
          "DTSETTLE",
          "DTTRADE",
          "BROKERID",
          "ADDR1",
          "ADDR2",
          "ADDR3",
          "CITY",
          "STATE",
          "POSTALCODE",
          "COUNTRY",
          "PHONE",
          "VALUEDATE",
          "CATEGORY",
          "TRANSACTIONSPLIT",
          "ACCTBAL",
          "IMAGEREF",
          "IMAGEREFTYPE",
          "IMAGEDELAY",
          "DTIMAGEAVAIL",
          "IMAGETYPE",
          "INTU.BID",
          "INTU.USERID",
          "DESC",
          "BALTYPE",
          "VALUE",
          // investment statements
          "UNITS",
          "UNITPRICE",
          "TOTAL",
          "COMMISSION",
          "FEES",
          "TAXES",
          "LOAD",
          "MARKUP",
          "MARKDOWN",
          "WITHHOLDING",
          "TAXEXEMPT",
          "GAIN",
          "SUBACCTSEC",
          "SUBACCTFUND",
          "INCOMETYPE",
          "BUYTYPE",
          "SELLTYPE",
          "OPTBUYTYPE",
          "OPTSELLTYPE",
          "UNIQUEID",
          "UNIQUEIDTYPE",
          "SECNAME",
          "TICKER",
          "AVAILCASH",
          "MARGINBALANCE",
          "SHORTBALANCE",
          "BUYPOWER",
          "CASHBAL");

  static @Nullable String decodeEntity(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "amp" -> {
        return "&";
      }
      case "lt" -> {
        return "<";
      }
      case "gt" -> {
        return ">";
      }
      case "quot" -> {
        return "\"";
      }
      case "apos" -> {
        return "'";
      }
      case "nbsp" -> {
        return " ";
      }
      default -> {}
    }
    if (name.length() > 1 && name.charAt(0) == '#') {
      try {
        int cp =
            name.charAt(1) == 'x' || name.charAt(1) == 'X'
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        if (Character.isValidCodePoint(cp) && cp != 0) {
          return new String(Character.toChars(cp));
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Reports the pseudo-attributes of an {@code <?xml?>} or {@code <?OFX?>} instruction as header
   * entries ({@code XML.}-prefixed for the former); other instructions are ignored.
   *
   * @param s the instruction's text between {@code <?} and {@code ?>}, trimmed
   */
  static void instruction(String s, OfxTokenizer.Handler handler) {
    int space = 0;
    while (space < s.length() && !Character.isWhitespace(s.charAt(space))) {
      space++;
    }
    String target = s.substring(0, space).toUpperCase(Locale.ROOT);
    if (!target.equals("XML") && !target.equals("OFX")) {
      return;
    }
    if (target.equals("OFX")) {
      handler.header("OFXHEADER", "200");
    }
    String rest = s.substring(space);
    int i = 0;
    while (i < rest.length()) {
      int eq = rest.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = rest.substring(i, eq).trim().toUpperCase(Locale.ROOT);
      int q = eq + 1;
      while (q < rest.length() && Character.isWhitespace(rest.charAt(q))) {
        q++;
      }
      if (q >= rest.length()) {
        break;
      }
      char quote = rest.charAt(q);
      int endQ;
      String value;
      if (quote == '"' || quote == '\'') {
        endQ = rest.indexOf(quote, q + 1);
        if (endQ < 0) {
          break;
        }
        value = rest.substring(q + 1, endQ);
        i = endQ + 1;
      } else {
        endQ = q;
        while (endQ < rest.length() && !Character.isWhitespace(rest.charAt(endQ))) {
          endQ++;
        }
        value = rest.substring(q, endQ);
        i = endQ;
      }
      handler.header((target.equals("XML") ? "XML." : "") + key, value);
    }
  }
}

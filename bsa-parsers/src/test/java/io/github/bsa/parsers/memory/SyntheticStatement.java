package io.github.bsa.parsers.memory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * A statement file of any size, generated while it is read: a head, {@code count} records and a
 * tail, one record in memory at a time ({@link #stream()}). Record {@code i} is a credit of 1.00
 * when {@code i} is even and a debit of 1.00 when odd, on an opening balance of 1,000.00, so the
 * closing balance is 1,000.00 or 1,001.00. Immutable; each stream is not thread-safe.
 */
// CRLF-terminated MT940 lines read better as concatenations than as text blocks.
@SuppressWarnings("StringConcatToTextBlock")
public final class SyntheticStatement {
  // formatted dates by pattern and day number: String.format per record would dominate the run
  private static final Map<String, String> DAYS = new ConcurrentHashMap<>();

  private final String head;
  private final LongFunction<String> record;
  private final String tail;
  private final long count;

  private SyntheticStatement(String head, LongFunction<String> record, String tail, long count) {
    this.head = head;
    this.record = record;
    this.tail = tail;
    this.count = count;
  }

  /** Returns the closing balance in cents after {@code count} records. */
  static long closingCents(long count) {
    return 100_000 + 100 * (count % 2);
  }

  /** {@code 1000.00} or {@code 1001.00}, with the given decimal separator. */
  static String closing(long count, char separator) {
    long cents = closingCents(count);
    long c = cents % 100;
    return (cents / 100) + String.valueOf(separator) + (c < 10 ? "0" : "") + c;
  }

  /**
   * Returns a generated file of a format.
   *
   * @param format {@code csv}, {@code mt940}, {@code camt.053}, {@code ofx} or {@code qif}
   * @param count the number of transactions of its one statement
   * @return the generated file
   */
  public static SyntheticStatement of(String format, long count) {
    return switch (format) {
      case "csv" ->
          new SyntheticStatement(
              "Buchungstag;Wertstellung;Verwendungszweck;Betrag;Saldo;Währung\n",
              i -> {
                String d = day(i, "%3$02d.%2$02d.%1$d");
                return d
                    + ';'
                    + d
                    + ";Rechnung "
                    + i
                    + ';'
                    + (i % 2 == 0 ? "1,00" : "-1,00")
                    + ';'
                    + closing(i + 1, ',')
                    + ";EUR\n";
              },
              "",
              count);
      case "mt940" ->
          new SyntheticStatement(
              "{1:F01BENCDEFFAXXX0000000000}{2:I940BENCDEFFXXXXN}{4:\r\n:20:STMT1\r\n"
                  + ":25:DE89370400440532013000\r\n:28C:1/1\r\n:60F:C240102EUR1000,00\r\n",
              i ->
                  ":61:"
                      + day(i, "%1$02d%2$02d%3$02d").substring(2)
                      + (i % 2 == 0 ? 'C' : 'D')
                      + "1,00NTRFNONREF//B"
                      + i
                      + "\r\n:86:166?00GUTSCHRIFT?20SVWZ+Invoice "
                      + i
                      + "\r\n",
              ":62F:C241231EUR" + closing(count, ',') + "\r\n-}\r\n",
              count);
      case "camt.053" ->
          new SyntheticStatement(
              """
              <?xml version="1.0" encoding="UTF-8"?>
              <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
              <GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-12-31T18:00:00</CreDtTm></GrpHdr><Stmt><Id>S1</Id>
              <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
              <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt>\
              <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-01</Dt></Dt></Bal>
              <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt>\
              <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-12-31</Dt></Dt></Bal>
              """
                  .formatted(closing(count, '.')),
              i ->
                  "<Ntry><NtryRef>"
                      + i
                      + "</NtryRef><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>"
                      + (i % 2 == 0 ? "CRDT" : "DBIT")
                      + "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>"
                      + day(i, "%1$d-%2$02d-%3$02d")
                      + "</Dt></BookgDt><AcctSvcrRef>R"
                      + i
                      + "</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>Invoice "
                      + i
                      + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n",
              "</Stmt></BkToCstmrStmt></Document>\n",
              count);
      case "ofx" ->
          new SyntheticStatement(
              "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
                  + "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
                  + "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS><CURDEF>EUR<BANKACCTFROM>"
                  + "<BANKID>12345678<ACCTID>0001234567<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
                  + "<BANKTRANLIST><DTSTART>20240101<DTEND>20241231\n",
              i ->
                  "<STMTTRN><TRNTYPE>"
                      + (i % 2 == 0 ? "CREDIT<DTPOSTED>" : "DEBIT<DTPOSTED>")
                      + day(i, "%1$d%2$02d%3$02d")
                      + "<TRNAMT>"
                      + (i % 2 == 0 ? "1.00" : "-1.00")
                      + "<FITID>F"
                      + i
                      + "<NAME>Merchant "
                      + i
                      + "</STMTTRN>\n",
              "</BANKTRANLIST><LEDGERBAL><BALAMT>"
                  + closing(count, '.')
                  + "<DTASOF>20241231</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
              count);
      case "qif" ->
          new SyntheticStatement(
              "!Type:Bank\n",
              i ->
                  "D"
                      + day(i, "%3$d/%2$d'%1$d")
                      + "\nT"
                      + (i % 2 == 0 ? "1.00" : "-1.00")
                      + "\nPPayee "
                      + i
                      + "\n^\n",
              "",
              count);
      default -> throw new IllegalArgumentException(format);
    };
  }

  /** A date from 13 January 2024 on, one day per 100,000 records, never before the 13th. */
  private static String day(long i, String pattern) {
    long d = i / 100_000;
    return DAYS.computeIfAbsent(
        d + pattern,
        k -> {
          int month = 1 + (int) (d / 16) % 12;
          int dayOfMonth = 13 + (int) (d % 16);
          return String.format(pattern, 2024, month, dayOfMonth);
        });
  }

  /** Returns the file as a stream that makes each part when it is reached, 8 KB at a time. */
  InputStream stream() {
    return new InputStream() {
      private final StringBuilder text = new StringBuilder(16_384);
      private long next = -1; // -1: head, count: tail
      private byte[] buffer = new byte[0];
      private int pos;

      private boolean fill() {
        if (pos < buffer.length) {
          return true;
        }
        if (next > count) {
          return false;
        }
        text.setLength(0);
        while (next <= count && text.length() < 8192) {
          long i = next++;
          text.append(i < 0 ? head : i == count ? tail : record.apply(i));
        }
        buffer = text.toString().getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
      }

      @Override
      public int read() {
        return fill() ? buffer[pos++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (!fill()) {
          return -1;
        }
        int n = Math.min(len, buffer.length - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }
}

package io.github.bsa.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;

/**
 * Generates camt.053.001.08 statements of any size for benchmarks, lazily, so that a 1 GB input
 * needs no memory of its own. The content is invented; opening + entries = closing holds.
 */
public final class CamtDocuments {
  private static final String TAIL =
      """
          </Stmt>
        </BkToCstmrStmt>
      </Document>
      """;

  private CamtDocuments() {}

  /** Entry {@code i} is a credit of 1.23 when even, a debit of 2.34 when odd. */
  private static byte[] entry(long i) {
    boolean credit = i % 2 == 0;
    int month = (int) (i % 12) + 1;
    int day = (int) (i % 28) + 1;
    return """
                <Ntry>
                  <NtryRef>%1$d</NtryRef>
                  <Amt Ccy="EUR">%2$s</Amt>
                  <CdtDbtInd>%3$s</CdtDbtInd>
                  <Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2024-%4$02d-%5$02d</Dt></BookgDt>
                  <ValDt><Dt>2024-%4$02d-%5$02d</Dt></ValDt>
                  <AcctSvcrRef>REF-%1$d</AcctSvcrRef>
                  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                  <NtryDtls><TxDtls>
                    <Refs><EndToEndId>E2E-%1$d</EndToEndId><MndtId>MANDATE-%1$d</MndtId></Refs>
                    <Amt Ccy="EUR">%2$s</Amt><CdtDbtInd>%3$s</CdtDbtInd>
                    <RltdPties>
                      <Dbtr><Pty><Nm>Debtor Company %1$d</Nm></Pty></Dbtr>
                      <DbtrAcct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></DbtrAcct>
                      <Cdtr><Pty><Nm>Creditor Shop %1$d</Nm></Pty></Cdtr>
                      <CdtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id></CdtrAcct>
                    </RltdPties>
                    <RmtInf><Ustrd>Invoice %1$d payment for services rendered in 2024</Ustrd></RmtInf>
                  </TxDtls></NtryDtls>
                </Ntry>
          """
        .formatted(i, credit ? "1.23" : "2.34", credit ? "CRDT" : "DBIT", month, day)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] head(long entries) {
    // closing = 1000.00 + ceil(n/2) * 1.23 - floor(n/2) * 2.34, in cents
    long credits = (entries + 1) / 2;
    long debits = entries / 2;
    long cents = 100_000 + credits * 123 - debits * 234;
    String amount = String.format("%d.%02d", Math.abs(cents) / 100, Math.abs(cents) % 100);
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2024-03-31T18:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>BENCH-STMT</Id>
              <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy>
                <Ownr><Nm>Bench Account Holder</Nm></Ownr></Acct>
              <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
                <Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-01</Dt></Dt></Bal>
              <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
                <Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Dt><Dt>2024-12-31</Dt></Dt></Bal>
        """
        .formatted(amount, cents < 0 ? "DBIT" : "CRDT")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Returns a whole statement with {@code entries} entries as bytes. */
  public static byte[] statement(int entries) {
    try (InputStream in = stream(entries)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns a statement with {@code entries} entries, generated while it is read: the JDK's {@link
   * SequenceInputStream} over the head, one part per entry and the tail, each part made when it is
   * reached.
   */
  @SuppressWarnings("JdkObsolete") // SequenceInputStream takes its parts as an Enumeration
  public static InputStream stream(long entries) {
    PrimitiveIterator.OfLong parts = LongStream.rangeClosed(-1, entries).iterator();
    return new SequenceInputStream(
        new Enumeration<InputStream>() {
          @Override
          public boolean hasMoreElements() {
            return parts.hasNext();
          }

          @Override
          public InputStream nextElement() {
            long i = parts.nextLong();
            byte[] part =
                i < 0
                    ? head(entries)
                    : i == entries ? TAIL.getBytes(StandardCharsets.UTF_8) : entry(i);
            return new ByteArrayInputStream(part);
          }
        });
  }
}

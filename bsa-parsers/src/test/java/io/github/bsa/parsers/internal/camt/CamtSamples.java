package io.github.bsa.parsers.internal.camt;

import java.nio.charset.StandardCharsets;

/** Hand-made CAMT documents for the unit tests (invented names, valid check digits). */
final class CamtSamples {
  private CamtSamples() {}

  /** The namespace of a message version, such as {@code camt.053.001.08}. */
  static String namespace(String kind, int version) {
    return String.format("urn:iso:std:iso:20022:tech:xsd:%s.001.%02d", kind, version);
  }

  /**
   * A statement with opening -100.00, four entries (a credit, a card debit with currency exchange
   * and charges, the reversal of that debit, a batch of two debits) and closing 2100.00.
   *
   * @param kind camt.052, camt.053 or camt.054
   * @param namespace the namespace, or empty for none
   * @param prefix a namespace prefix such as {@code "c:"}, or empty
   */
  static String statement(String kind, String namespace, String prefix) {
    String root;
    String stmt;
    switch (kind) {
      case "camt.052" -> {
        root = "BkToCstmrAcctRpt";
        stmt = "Rpt";
      }
      case "camt.054" -> {
        root = "BkToCstmrDbtCdtNtfctn";
        stmt = "Ntfctn";
      }
      default -> {
        root = "BkToCstmrStmt";
        stmt = "Stmt";
      }
    }
    String nsDecl =
        namespace.isEmpty()
            ? ""
            : prefix.isEmpty()
                ? " xmlns=\"" + namespace + "\""
                : " xmlns:" + prefix.substring(0, prefix.length() - 1) + "=\"" + namespace + "\"";
    String body =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document%NS%>
          <ROOT>
            <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2024-03-31T18:00:00</CreDtTm></GrpHdr>
            <STMT>
              <Id>STMT-1</Id>
              <ElctrncSeqNb>7</ElctrncSeqNb>
              <CreDtTm>2024-03-31T18:00:00+01:00</CreDtTm>
              <FrToDt><FrDtTm>2024-03-01T00:00:00</FrDtTm><ToDtTm>2024-03-31T23:59:59</ToDtTm></FrToDt>
              <Acct>
                <Id><IBAN>DE89370400440532013000</IBAN></Id>
                <Ccy>EUR</Ccy>
                <Ownr><Nm>Erika Example</Nm></Ownr>
                <Svcr><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></Svcr>
              </Acct>
              <Bal>
                <Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp>
                <Amt Ccy="EUR">100.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Dt><Dt>2024-02-29</Dt></Dt>
              </Bal>
              <Bal>
                <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
                <Amt Ccy="EUR">2100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-31</Dt></Dt>
              </Bal>
              <Bal>
                <Tp><CdOrPrtry><Cd>CLAV</Cd></CdOrPrtry></Tp>
                <Amt Ccy="EUR">2000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2024-03-31T23:59:59</DtTm></Dt>
              </Bal>
              <TxsSummry><TtlNtries><NbOfNtries>4</NbOfNtries></TtlNtries></TxsSummry>
              <Ntry>
                <NtryRef>N1</NtryRef>
                <Amt Ccy="EUR">2500.00</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2024-03-01</Dt></BookgDt>
                <ValDt><Dt>2024-03-01</Dt></ValDt>
                <AcctSvcrRef>BANKREF-1</AcctSvcrRef>
                <BkTxCd>
                  <Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn>
                  <Prtry><Cd>NTRF+166</Cd></Prtry>
                </BkTxCd>
                <NtryDtls><TxDtls>
                  <Refs><EndToEndId>E2E-SALARY</EndToEndId><MndtId>M-1</MndtId></Refs>
                  <Amt Ccy="EUR">2500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                  <RltdPties>
                    <Dbtr><Pty><Nm>Acme Widgets Ltd</Nm></Pty></Dbtr>
                    <DbtrAcct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></DbtrAcct>
                    <Cdtr><Pty><Nm>Erika Example</Nm></Pty></Cdtr>
                    <CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></CdtrAcct>
                  </RltdPties>
                  <RmtInf><Ustrd>Salary</Ustrd><Ustrd>March   2024</Ustrd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">45.90</Amt>
                <CdtDbtInd>DBIT</CdtDbtInd>
                <Sts>BOOK</Sts>
                <BookgDt><DtTm>2024-03-05T10:00:00+01:00</DtTm></BookgDt>
                <ValDt><Dt>2024-03-06</Dt></ValDt>
                <BkTxCd><Prtry><Cd>CARD</Cd><Issr>BANK</Issr></Prtry></BkTxCd>
                <NtryDtls><TxDtls>
                  <Refs><EndToEndId>NOTPROVIDED</EndToEndId><AcctSvcrRef>TXREF-2</AcctSvcrRef></Refs>
                  <AmtDtls>
                    <InstdAmt><Amt Ccy="USD">50.00</Amt>
                      <CcyXchg><SrcCcy>USD</SrcCcy><TrgtCcy>EUR</TrgtCcy><XchgRate>0.888</XchgRate></CcyXchg>
                    </InstdAmt>
                    <TxAmt><Amt Ccy="EUR">44.40</Amt></TxAmt>
                  </AmtDtls>
                  <Chrgs><Rcrd><Amt Ccy="EUR">1.00</Amt></Rcrd><Rcrd><Amt Ccy="EUR">0.50</Amt></Rcrd></Chrgs>
                  <RltdPties><Cdtr><Nm>Corner Coffee</Nm></Cdtr></RltdPties>
                  <AddtlTxInf>Card payment</AddtlTxInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">45.90</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <RvslInd>true</RvslInd>
                <Sts>BOOK</Sts>
                <BookgDt><Dt>2024-03-07</Dt></BookgDt>
                <NtryDtls><TxDtls>
                  <RltdPties><Cdtr><Nm>Corner Coffee</Nm></Cdtr></RltdPties>
                  <RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>
                </TxDtls></NtryDtls>
                <AddtlNtryInf>Reversal card payment</AddtlNtryInf>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">300.00</Amt>
                <CdtDbtInd>DBIT</CdtDbtInd>
                <Sts>BOOK</Sts>
                <BookgDt><Dt>2024-03-10</Dt></BookgDt>
                <ValDt><Dt>2024-03-10</Dt></ValDt>
                <AcctSvcrRef>BATCH-4</AcctSvcrRef>
                <NtryDtls>
                  <Btch><NbOfTxs>2</NbOfTxs></Btch>
                  <TxDtls>
                    <Refs><EndToEndId>RENT-A</EndToEndId></Refs>
                    <AmtDtls><TxAmt><Amt Ccy="EUR">100.00</Amt></TxAmt></AmtDtls>
                    <RltdPties><Cdtr><Nm>Landlord A</Nm></Cdtr><CdtrAcct><Id><Othr><Id>12345</Id></Othr></Id></CdtrAcct></RltdPties>
                    <RmtInf><Ustrd>Rent A</Ustrd></RmtInf>
                  </TxDtls>
                  <TxDtls>
                    <Refs><EndToEndId>RENT-B</EndToEndId></Refs>
                    <AmtDtls><TxAmt><Amt Ccy="EUR">200.00</Amt></TxAmt></AmtDtls>
                    <RltdPties><Cdtr><Nm>Landlord B</Nm></Cdtr></RltdPties>
                    <RmtInf><Ustrd>Rent B</Ustrd></RmtInf>
                  </TxDtls>
                </NtryDtls>
                <AddtlNtryInf>Batch booking</AddtlNtryInf>
              </Ntry>
              <AddtlStmtInf>Monthly statement</AddtlStmtInf>
            </STMT>
          </ROOT>
        </Document>
        """;
    String xml =
        body.replace("%NS%", nsDecl).replace("ROOT>", root + ">").replace("STMT>", stmt + ">");
    if (!prefix.isEmpty()) {
      xml = xml.replaceAll("<(/?)([A-Z])", "<$1" + prefix + "$2");
    }
    return xml;
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}

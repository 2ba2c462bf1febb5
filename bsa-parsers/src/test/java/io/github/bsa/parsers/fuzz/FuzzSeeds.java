package io.github.bsa.parsers.fuzz;

import io.github.bsa.parsers.internal.xlsx.XlsxSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the fuzz seed corpus: small, synthetic, valid (or nearly valid) inputs per target, so that
 * the fuzzer starts from the formats' structure. The files under {@code ParserFuzzTestInputs/} were
 * written by {@code main}; rerun it after changing a seed:
 *
 * <pre>{@code
 * java ... io.github.bsa.parsers.fuzz.FuzzSeeds \
 *     bsa-parsers/src/test/resources/io/github/bsa/parsers/fuzz/ParserFuzzTestInputs
 * }</pre>
 *
 * All names, accounts and amounts are invented.
 */
final class FuzzSeeds {
  private FuzzSeeds() {}

  static Map<String, Map<String, byte[]>> seeds() throws IOException {
    Map<String, Map<String, byte[]>> all = new LinkedHashMap<>();
    all.put("csv", csv());
    all.put("ofxSgml", Map.of("seed-sgml.ofx", ascii(ofxSgml())));
    all.put("ofxXml", Map.of("seed-xml.ofx", ascii(ofxXml())));
    all.put("qif", Map.of("seed-bank.qif", ascii(qif())));
    all.put("mt940", Map.of("seed-statement.sta", ascii(mt940())));
    all.put("mt942", Map.of("seed-interim.sta", ascii(mt942())));
    all.put("camt053", Map.of("seed-statement.xml", ascii(camt("053", "BkToCstmrStmt", "Stmt"))));
    all.put(
        "camt054",
        Map.of("seed-notification.xml", ascii(camt("054", "BkToCstmrDbtCdtNtfctn", "Ntfctn"))));
    all.put("pdf", Map.of("seed-statement.pdf", statementPdf()));
    all.put("xlsx", Map.of("seed-statement.xlsx", XlsxSamples.statement()));
    Map<String, byte[]> detect = new LinkedHashMap<>();
    for (Map<String, byte[]> target : all.values()) {
      detect.putAll(target);
    }
    all.put("detect", detect);
    return all;
  }

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    for (Map.Entry<String, Map<String, byte[]>> target : seeds().entrySet()) {
      Path dir = Files.createDirectories(root.resolve(target.getKey()));
      for (Map.Entry<String, byte[]> seed : target.getValue().entrySet()) {
        Files.write(dir.resolve(seed.getKey()), seed.getValue());
      }
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> csv() {
    Map<String, byte[]> csv = new LinkedHashMap<>();
    csv.put(
        "seed-preamble.csv",
        ascii(
            """
            Account;NL02TEST0123456789
            Currency;EUR
            Period;01.03.2026 - 31.03.2026

            Date;Description;Counterparty;Amount;Balance
            13.03.2026;Coffee;Cafe Example;-3,50;96,50
            25.03.2026;"Salary, March";Employer Example;1.200,00;1.296,50
            """));
    csv.put(
        "seed-debit-credit.csv",
        ascii(
            """
            Booking date,Text,Debit,Credit,Currency
            2026-03-13,Groceries,12.30,,USD
            2026-03-14,Refund,,4.00,USD
            """));
    return csv;
  }

  private static String ofxSgml() {
    return "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        + "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        + "<DTSERVER>20260331<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n"
        + "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
        + "<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>123456789<ACCTID>0001112222"
        + "<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
        + "<BANKTRANLIST><DTSTART>20260301<DTEND>20260331\n"
        + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260302<TRNAMT>-3.50<FITID>A1<NAME>Cafe Example"
        + "<MEMO>Coffee</STMTTRN>\n"
        + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305120000[-5:EST]<TRNAMT>1200.00<FITID>A2"
        + "<NAME>Employer Example</STMTTRN>\n"
        + "</BANKTRANLIST><LEDGERBAL><BALAMT>1296.50<DTASOF>20260331</LEDGERBAL>"
        + "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
  }

  private static String ofxXml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<?OFX OFXHEADER=\"200\" VERSION=\"220\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\""
        + " NEWFILEUID=\"NONE\"?>\n"
        + "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1</TRNUID>"
        + "<STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>"
        + "<CCSTMTRS><CURDEF>EUR</CURDEF><CCACCTFROM><ACCTID>4000111122223333</ACCTID>"
        + "</CCACCTFROM><BANKTRANLIST><DTSTART>20260301</DTSTART><DTEND>20260331</DTEND>"
        + "<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20260310</DTPOSTED><TRNAMT>-20.00</TRNAMT>"
        + "<FITID>C1</FITID><NAME>Book &amp; Shop</NAME></STMTTRN>"
        + "</BANKTRANLIST><LEDGERBAL><BALAMT>-20.00</BALAMT><DTASOF>20260331</DTASOF>"
        + "</LEDGERBAL></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n";
  }

  private static String qif() {
    return """
        !Type:Bank
        D03/13/2026
        T-3.50
        PCafe Example
        MCoffee
        LFood:Coffee
        ^
        D3/25'26
        T1,200.00
        PEmployer Example
        SSalary
        $1200.00
        ^
        """;
  }

  private static String mt940() {
    return """
        :20:STMT2603
        :25:NL02TEST0123456789
        :28C:3/1
        :60F:C260301EUR100,00
        :61:2603020302D3,50NTRFNONREF//B1
        :86:/TRTP/SEPA OVERBOEKING/NAME/Cafe Example/REMI/Coffee
        :61:2603050305C1200,00NTRFSALARY//B2
        :86:?00Gutschrift?20Salary March?32Employer Example
        :62F:C260331EUR1296,50
        :64:C260331EUR1296,50
        -
        """;
  }

  private static String mt942() {
    return """
        :20:INTRA2603
        :25:DE02TEST01234567890123
        :28C:7/1
        :34F:EUR0,
        :13D:2603101200+0100
        :61:2603100310D15,00NDDTNONREF
        :86:Direct debit
        :90D:1EUR15,00
        :90C:0EUR0,
        -
        """;
  }

  private static String camt(String kind, String root, String element) {
    List<String> parts =
        List.of(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt." + kind + ".001.08\">",
            "<" + root + "><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-31T18:00:00</CreDtTm>",
            "</GrpHdr><" + element + "><Id>S1</Id><CreDtTm>2026-03-31T18:00:00</CreDtTm>",
            "<Acct><Id><IBAN>NL02TEST0123456789</IBAN></Id><Ccy>EUR</Ccy></Acct>",
            "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>",
            "<Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>",
            "<Dt><Dt>2026-03-01</Dt></Dt></Bal>",
            "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>",
            "<Amt Ccy=\"EUR\">96.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>",
            "<Dt><Dt>2026-03-31</Dt></Dt></Bal>",
            "<Ntry><NtryRef>E1</NtryRef><Amt Ccy=\"EUR\">3.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>",
            "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt>",
            "<ValDt><Dt>2026-03-02</Dt></ValDt><AcctSvcrRef>R1</AcctSvcrRef>",
            "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>ICDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>",
            "</Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>E2E1</EndToEndId></Refs>",
            "<RltdPties><Cdtr><Nm>Cafe Example</Nm></Cdtr></RltdPties>",
            "<RmtInf><Ustrd>Coffee</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>",
            "</" + element + "></" + root + "></Document>\n");
    return String.join("", parts);
  }

  static byte[] statementPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[] lines = {
        "Example Bank - Account statement",
        "IBAN NL02TEST0123456789   Period 01.03.2026 - 31.03.2026",
        "Date        Description            Amount      Balance",
        "            Opening balance                     100,00",
        "02.03.2026  Coffee                  -3,50        96,50",
        "05.03.2026  Salary March          1.200,00     1.296,50",
        "            Closing balance                   1.296,50"
      };
      try (PDPageContentStream content =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
        float y = 740;
        for (String line : lines) {
          content.beginText();
          content.setFont(font, 10);
          content.newLineAtOffset(50, y);
          content.showText(line);
          content.endText();
          y -= 16;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }
}

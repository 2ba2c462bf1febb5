package io.github.bsa.parsers.internal.ofx;

import static io.github.bsa.parsers.internal.ofx.OfxParserTest.SGML_HEADER;
import static io.github.bsa.parsers.internal.ofx.OfxParserTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.StatementParseException;
import io.github.bsa.core.UnsupportedFormatException;
import io.github.bsa.core.model.BalanceCheck;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.tck.ThrottledInputStream;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cash side of OFX investment statements (issue #16), on hand-written files in the styles of
 * several brokers: SGML with unclosed leaves and zero-padded numbers, XML with positive buy totals
 * and foreign-currency trades, a multi-currency account with ISINs, a 401(k) plan, and files with
 * no cash side at all.
 */
final class OfxInvestmentTest {

  /** A discount broker's OFX 1.02 export: unclosed leaves, padded numbers, SECLIST at the end. */
  static final String SGML_BROKER =
      SGML_HEADER
          + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
          + "<DTSERVER>20240301<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n"
          + "<INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
          + "<INVSTMTRS><DTASOF>20240229160000.000[-5:EST]<CURDEF>USD\n"
          + "<INVACCTFROM><BROKERID>broker.example<ACCTID>X123</INVACCTFROM>\n"
          + "<INVTRANLIST><DTSTART>20240201<DTEND>20240229\n"
          + "<BUYSTOCK><INVBUY><INVTRAN><FITID>T1<DTTRADE>20240205<DTSETTLE>20240207"
          + "<MEMO>YOU BOUGHT</INVTRAN><SECID><UNIQUEID>000000001<UNIQUEIDTYPE>CUSIP</SECID>"
          + "<UNITS>+0000000000010.00000<UNITPRICE>000000100.500000000"
          + "<COMMISSION>+00000000000004.9500<FEES>+00000000000000.0000"
          + "<TOTAL>-00000000001009.9500<CURRENCY><CURRATE>1.00<CURSYM>USD</CURRENCY>"
          + "<SUBACCTSEC>CASH<SUBACCTFUND>CASH</INVBUY><BUYTYPE>BUY    </BUYSTOCK>\n"
          + "<SELLSTOCK><INVSELL><INVTRAN><FITID>T2<DTTRADE>20240212<DTSETTLE>20240214"
          + "</INVTRAN><SECID><UNIQUEID>000000002<UNIQUEIDTYPE>CUSIP</SECID>"
          + "<UNITS>-0000000000005.00000<UNITPRICE>000000050.000000000"
          + "<COMMISSION>+00000000000004.9500<TOTAL>+00000000000245.0500"
          + "<SUBACCTSEC>CASH<SUBACCTFUND>CASH</INVSELL><SELLTYPE>SELL</SELLSTOCK>\n"
          + "<INCOME><INVTRAN><FITID>T3<DTTRADE>20240215<MEMO>DIVIDEND RECEIVED</INVTRAN>"
          + "<SECID><UNIQUEID>000000001<UNIQUEIDTYPE>CUSIP</SECID><INCOMETYPE>DIV"
          + "<TOTAL>12.34<SUBACCTSEC>CASH<SUBACCTFUND>CASH</INCOME>\n"
          + "<REINVEST><INVTRAN><FITID>T4<DTTRADE>20240216</INVTRAN>"
          + "<SECID><UNIQUEID>000000003<UNIQUEIDTYPE>CUSIP</SECID><INCOMETYPE>DIV"
          + "<TOTAL>-7.00<SUBACCTSEC>CASH<UNITS>0.07<UNITPRICE>100</REINVEST>\n"
          + "<INVBANKTRAN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240220<TRNAMT>1000.00"
          + "<FITID>T5<NAME>ELECTRONIC FUNDS TRANSFER RCVD</STMTTRN><SUBACCTFUND>CASH"
          + "</INVBANKTRAN>\n"
          + "</INVTRANLIST>\n"
          + "<INVPOSLIST><POSSTOCK><INVPOS><SECID><UNIQUEID>000000001<UNIQUEIDTYPE>CUSIP"
          + "</SECID><HELDINACCT>CASH<POSTYPE>LONG<UNITS>10<UNITPRICE>101<MKTVAL>1010"
          + "<DTPRICEASOF>20240229<MEMO>Price as of date</INVPOS></POSSTOCK></INVPOSLIST>\n"
          + "<INVBAL><AVAILCASH>2247.44<MARGINBALANCE>0<SHORTBALANCE>0<BUYPOWER>2247.44"
          + "</INVBAL></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1>\n"
          + "<SECLISTMSGSRSV1><SECLIST>"
          + "<STOCKINFO><SECINFO><SECID><UNIQUEID>000000001<UNIQUEIDTYPE>CUSIP</SECID>"
          + "<SECNAME>ACME WIDGETS INC<TICKER>ACME</SECINFO></STOCKINFO>"
          + "<STOCKINFO><SECINFO><SECID><UNIQUEID>000000002<UNIQUEIDTYPE>CUSIP</SECID>"
          + "<SECNAME>GLOBEX CORP<TICKER>GBX</SECINFO></STOCKINFO>"
          + "</SECLIST></SECLISTMSGSRSV1></OFX>\n";

  /**
   * A full-service broker's OFX 2.1 export: every element closed, buy totals written positive, a
   * mutual fund bought in Canadian dollars (a {@code CURRENCY} element), margin interest, a fee.
   */
  static final String XML_BROKER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
          + "<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\""
          + " NEWFILEUID=\"NONE\"?>\n"
          + "<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>0</TRNUID>"
          + "<STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>"
          + "<INVSTMTRS><DTASOF>20240331</DTASOF><CURDEF>USD</CURDEF>"
          + "<INVACCTFROM><BROKERID>fullservice.example</BROKERID><ACCTID>9876-5432</ACCTID>"
          + "</INVACCTFROM><INVTRANLIST><DTSTART>20240301</DTSTART><DTEND>20240331</DTEND>"
          + "<BUYMF><INVBUY><INVTRAN><FITID>M1</FITID><DTTRADE>20240304</DTTRADE>"
          + "<DTSETTLE>20240305</DTSETTLE><MEMO>Purchase</MEMO></INVTRAN>"
          + "<SECID><UNIQUEID>CA0000000001</UNIQUEID><UNIQUEIDTYPE>ISIN</UNIQUEIDTYPE></SECID>"
          + "<UNITS>20</UNITS><UNITPRICE>25.00</UNITPRICE><TOTAL>500.00</TOTAL>"
          + "<CURRENCY><CURRATE>0.74</CURRATE><CURSYM>CAD</CURSYM></CURRENCY>"
          + "<SUBACCTSEC>CASH</SUBACCTSEC><SUBACCTFUND>CASH</SUBACCTFUND></INVBUY>"
          + "<BUYTYPE>BUY</BUYTYPE></BUYMF>"
          + "<MARGININTEREST><INVTRAN><FITID>M2</FITID><DTTRADE>20240315</DTTRADE>"
          + "</INVTRAN><TOTAL>3.21</TOTAL><SUBACCTFUND>MARGIN</SUBACCTFUND></MARGININTEREST>"
          + "<INVEXPENSE><INVTRAN><FITID>M3</FITID><DTTRADE>20240320</DTTRADE>"
          + "<MEMO>ADR fee</MEMO></INVTRAN><SECID><UNIQUEID>US0000000002</UNIQUEID>"
          + "<UNIQUEIDTYPE>ISIN</UNIQUEIDTYPE></SECID><TOTAL>-1.50</TOTAL>"
          + "<SUBACCTSEC>CASH</SUBACCTSEC><SUBACCTFUND>CASH</SUBACCTFUND></INVEXPENSE>"
          + "<INCOME><INVTRAN><FITID>M4</FITID><DTTRADE>20240328</DTTRADE></INVTRAN>"
          + "<SECID><UNIQUEID>US0000000002</UNIQUEID><UNIQUEIDTYPE>ISIN</UNIQUEIDTYPE></SECID>"
          + "<INCOMETYPE>CGLONG</INCOMETYPE><TOTAL>40.00</TOTAL><SUBACCTSEC>CASH</SUBACCTSEC>"
          + "<SUBACCTFUND>CASH</SUBACCTFUND></INCOME>"
          + "</INVTRANLIST><INVBAL><AVAILCASH>-1234.56</AVAILCASH>"
          + "<MARGINBALANCE>-1234.56</MARGINBALANCE><SHORTBALANCE>0</SHORTBALANCE>"
          + "</INVBAL></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1>"
          + "<SECLISTMSGSRSV1><SECLIST><MFINFO><SECINFO><SECID><UNIQUEID>CA0000000001"
          + "</UNIQUEID><UNIQUEIDTYPE>ISIN</UNIQUEIDTYPE></SECID><SECNAME>Maple Growth Fund"
          + "</SECNAME></SECINFO></MFINFO></SECLIST></SECLISTMSGSRSV1></OFX>\n";

  /**
   * A multi-currency account at an international broker: CURDEF EUR, trades in USD with {@code
   * ORIGCURRENCY} (amounts already in euros), options, and no SECLIST at all.
   */
  static final String MULTI_CURRENCY =
      SGML_HEADER
          + "<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>7<INVSTMTRS><DTASOF>20240430"
          + "<CURDEF>EUR<INVACCTFROM><BROKERID>intl.example<ACCTID>U1234567</INVACCTFROM>"
          + "<INVTRANLIST><DTSTART>20240401<DTEND>20240430"
          + "<BUYOPT><INVBUY><INVTRAN><FITID>O1<DTTRADE>20240402</INVTRAN>"
          + "<SECID><UNIQUEID>OPT-1<UNIQUEIDTYPE>CONID</SECID><UNITS>1<UNITPRICE>2,50"
          + "<COMMISSION>1,00<TOTAL>-251,00<ORIGCURRENCY><CURRATE>0,92<CURSYM>USD"
          + "</ORIGCURRENCY><SUBACCTSEC>CASH<SUBACCTFUND>CASH</INVBUY>"
          + "<OPTBUYTYPE>BUYTOOPEN<SHPERCTRCT>100</BUYOPT>"
          + "<SELLOPT><INVSELL><INVTRAN><FITID>O2<DTTRADE>20240410</INVTRAN>"
          + "<SECID><UNIQUEID>OPT-1<UNIQUEIDTYPE>CONID</SECID><UNITS>-1<UNITPRICE>3,10"
          + "<COMMISSION>1,00<TOTAL>309,00<SUBACCTSEC>CASH<SUBACCTFUND>CASH</INVSELL>"
          + "<OPTSELLTYPE>SELLTOCLOSE<SHPERCTRCT>100</SELLOPT>"
          + "<INCOME><INVTRAN><FITID>O3<DTTRADE>20240430<MEMO>Credit interest</INVTRAN>"
          + "<INCOMETYPE>INTEREST<TOTAL>0,87<SUBACCTSEC>CASH<SUBACCTFUND>CASH"
          + "<CURRENCY><CURRATE>1<CURSYM>CHF</CURRENCY></INCOME>"
          + "</INVTRANLIST><INVBAL><AVAILCASH>5058,87</INVBAL>"
          + "</INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>";

  /**
   * A 401(k) plan: contributions buy funds with payroll money ({@code SUBACCTFUND OTHER}, so no
   * cash of the account moves), a dividend paid into the plan's cash, a transfer between funds.
   */
  static final String PLAN_401K =
      SGML_HEADER
          + "<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>0<INVSTMTRS><DTASOF>20241231"
          + "<CURDEF>USD<INVACCTFROM><BROKERID>plans.example<ACCTID>401K-55</INVACCTFROM>"
          + "<INVTRANLIST><DTSTART>20241201<DTEND>20241231"
          + "<BUYMF><INVBUY><INVTRAN><FITID>K1<DTTRADE>20241213</INVTRAN><SECID>"
          + "<UNIQUEID>FUND01<UNIQUEIDTYPE>PRIVATE</SECID><UNITS>7.5<UNITPRICE>40"
          + "<TOTAL>-300<SUBACCTSEC>CASH<SUBACCTFUND>OTHER<INV401KSOURCE>PRETAX</INVBUY>"
          + "<BUYTYPE>BUY</BUYMF>"
          + "<BUYMF><INVBUY><INVTRAN><FITID>K2<DTTRADE>20241213</INVTRAN><SECID>"
          + "<UNIQUEID>FUND01<UNIQUEIDTYPE>PRIVATE</SECID><UNITS>3.75<UNITPRICE>40"
          + "<TOTAL>-150<SUBACCTSEC>CASH<SUBACCTFUND>OTHER<INV401KSOURCE>MATCH</INVBUY>"
          + "<BUYTYPE>BUY</BUYMF>"
          + "<INCOME><INVTRAN><FITID>K3<DTTRADE>20241220</INVTRAN><SECID><UNIQUEID>FUND01"
          + "<UNIQUEIDTYPE>PRIVATE</SECID><INCOMETYPE>DIV<TOTAL>5.25<SUBACCTSEC>CASH"
          + "<SUBACCTFUND>CASH<INV401KSOURCE>PRETAX</INCOME>"
          + "<TRANSFER><INVTRAN><FITID>K4<DTTRADE>20241223</INVTRAN><SECID><UNIQUEID>FUND01"
          + "<UNIQUEIDTYPE>PRIVATE</SECID><SUBACCTSEC>CASH<UNITS>-1<TFERACTION>OUT"
          + "<POSTYPE>LONG<INV401KSOURCE>MATCH</TRANSFER>"
          + "</INVTRANLIST><INVBAL><AVAILCASH>5.25<MARGINBALANCE>0<SHORTBALANCE>0</INVBAL>"
          + "<INV401KBAL><CASHBAL>5.25<PRETAX>1000<TOTAL>1005.25</INV401KBAL>"
          + "</INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1>"
          + "<SECLISTMSGSRSV1><SECLIST><MFINFO><SECINFO><SECID><UNIQUEID>FUND01"
          + "<UNIQUEIDTYPE>PRIVATE</SECID><SECNAME>Target Retirement 2050<TICKER>TR2050"
          + "</SECINFO></MFINFO></SECLIST></SECLISTMSGSRSV1></OFX>";

  /** Positions and a reinvestment only: no cash side. */
  static final String POSITIONS_ONLY =
      "<?xml version=\"1.0\"?><?OFX OFXHEADER=\"200\" VERSION=\"220\"?>"
          + "<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>0</TRNUID><INVSTMTRS>"
          + "<DTASOF>20240101</DTASOF><CURDEF>USD</CURDEF><INVACCTFROM><BROKERID>b</BROKERID>"
          + "<ACCTID>1</ACCTID></INVACCTFROM><INVTRANLIST><DTSTART>20231201</DTSTART>"
          + "<DTEND>20231231</DTEND><REINVEST><INVTRAN><FITID>R1</FITID>"
          + "<DTTRADE>20231215</DTTRADE></INVTRAN><SECID><UNIQUEID>1</UNIQUEID>"
          + "<UNIQUEIDTYPE>CUSIP</UNIQUEIDTYPE></SECID><INCOMETYPE>DIV</INCOMETYPE>"
          + "<TOTAL>-3</TOTAL><SUBACCTSEC>CASH</SUBACCTSEC><UNITS>0.1</UNITS>"
          + "<UNITPRICE>30</UNITPRICE></REINVEST></INVTRANLIST><INVPOSLIST><POSMF><INVPOS>"
          + "<SECID><UNIQUEID>1</UNIQUEID><UNIQUEIDTYPE>CUSIP</UNIQUEIDTYPE></SECID>"
          + "<HELDINACCT>CASH</HELDINACCT><POSTYPE>LONG</POSTYPE><UNITS>10</UNITS>"
          + "<UNITPRICE>30</UNITPRICE><MKTVAL>300</MKTVAL><DTPRICEASOF>20231231</DTPRICEASOF>"
          + "</INVPOS></POSMF></INVPOSLIST></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>";

  private static Transaction tx(Statement s, String fitid) {
    return s.transactions().stream()
        .filter(t -> t.reference().orElse("").equals(fitid))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void sgmlBroker_tradesIncomeAndBankTransactions_withSecurityNames() {
    ParseResult r = parse(SGML_BROKER);
    assertThat(r.statements()).hasSize(1);
    Statement s = r.statements().get(0);
    assertThat(s.account().number()).contains("X123");
    assertThat(s.account().bank()).contains("broker.example");
    assertThat(s.currency()).contains(Currency.getInstance("USD"));
    assertThat(s.closingBalance()).contains(new BigDecimal("2247.44"));
    assertThat(s.openingBalance()).isEmpty();
    // only a closing figure: no opening is derived, so nothing is claimed
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.UNVERIFIED);
    assertThat(s.balanceCheck().reason()).isEqualTo("NO_BALANCES");
    assertThat(s.attributes()).containsEntry("ofx.messageSet", "investment");
    assertThat(s.attributes()).containsEntry("ofx.inv.nonCashRecords", "1");
    // REINVEST has no net cash; positions are not transactions
    assertThat(s.transactions())
        .extracting(t -> t.reference().orElse(""))
        .containsExactly("T1", "T2", "T3", "T5");
    Transaction buy = tx(s, "T1");
    assertThat(buy.amount()).isEqualByComparingTo("-1009.95");
    assertThat(buy.bookingDate()).contains(LocalDate.of(2024, 2, 5));
    assertThat(buy.valueDate()).contains(LocalDate.of(2024, 2, 7));
    assertThat(buy.description()).isEqualTo("Buy 10 ACME WIDGETS INC (ACME) YOU BOUGHT");
    assertThat(buy.counterparty()).contains("ACME WIDGETS INC");
    assertThat(buy.typeCode()).contains("BUYSTOCK");
    assertThat(buy.attributes())
        .containsEntry("ofx.inv.secId", "CUSIP:000000001")
        .containsEntry("ofx.inv.ticker", "ACME")
        .containsEntry("ofx.inv.units", "10")
        .containsEntry("ofx.inv.unitPrice", "100.5")
        .containsEntry("ofx.inv.commission", "4.95")
        .containsEntry("ofx.inv.tradeType", "BUY");
    Transaction sell = tx(s, "T2");
    assertThat(sell.amount()).isEqualByComparingTo("245.05");
    assertThat(sell.description()).isEqualTo("Sell -5 GLOBEX CORP (GBX)");
    Transaction div = tx(s, "T3");
    assertThat(div.amount()).isEqualByComparingTo("12.34");
    assertThat(div.description()).isEqualTo("Dividend ACME WIDGETS INC (ACME) DIVIDEND RECEIVED");
    Transaction deposit = tx(s, "T5");
    assertThat(deposit.amount()).isEqualByComparingTo("1000.00");
    assertThat(deposit.typeCode()).contains("CREDIT");
    assertThat(deposit.description()).isEqualTo("ELECTRONIC FUNDS TRANSFER RCVD");
    assertThat(deposit.attributes())
        .containsEntry("ofx.inv.record", "INVBANKTRAN")
        .containsEntry("ofx.inv.subAcctFund", "CASH");
  }

  @Test
  void xmlBroker_positiveBuyTotal_foreignCurrencyTrade_marginInterestAndFee() {
    ParseResult r = parse(XML_BROKER);
    Statement s = r.statements().get(0);
    assertThat(s.closingBalance()).contains(new BigDecimal("-1234.56"));
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.UNVERIFIED);
    Transaction buy = tx(s, "M1");
    assertThat(buy.amount()).isEqualByComparingTo("-500.00");
    assertThat(buy.currency()).contains(Currency.getInstance("CAD"));
    assertThat(buy.attributes()).containsEntry("ofx.currency.rate", "0.74");
    assertThat(buy.description()).isEqualTo("Buy 20 Maple Growth Fund Purchase");
    assertThat(s.warnings()).extracting(ParseWarning::code).contains("OFX_INV_TOTAL_SIGN");
    assertThat(tx(s, "M2").amount()).isEqualByComparingTo("-3.21");
    assertThat(tx(s, "M2").description()).isEqualTo("Margin interest");
    Transaction fee = tx(s, "M3");
    assertThat(fee.amount()).isEqualByComparingTo("-1.50");
    // no SECLIST entry for this security: named by its identifier
    assertThat(fee.description()).isEqualTo("Expense ISIN US0000000002 ADR fee");
    Transaction cg = tx(s, "M4");
    assertThat(cg.amount()).isEqualByComparingTo("40.00");
    assertThat(cg.description())
        .isEqualTo("Capital gain distribution, long-term ISIN US0000000002");
    assertThat(cg.currency()).contains(Currency.getInstance("USD"));
  }

  @Test
  void multiCurrency_origCurrencyKeepsStatementCurrency_currencyElementChangesIt() {
    ParseResult r = parse(MULTI_CURRENCY);
    Statement s = r.statements().get(0);
    assertThat(s.currency()).contains(Currency.getInstance("EUR"));
    assertThat(s.closingBalance()).contains(new BigDecimal("5058.87"));
    Transaction buy = tx(s, "O1");
    assertThat(buy.amount()).isEqualByComparingTo("-251.00");
    assertThat(buy.currency()).contains(Currency.getInstance("EUR"));
    assertThat(buy.attributes())
        .containsEntry("ofx.origCurrency", "USD")
        .containsEntry("ofx.inv.tradeType", "BUYTOOPEN");
    assertThat(buy.description()).isEqualTo("Buy 1 CONID OPT-1");
    assertThat(tx(s, "O2").amount()).isEqualByComparingTo("309.00");
    Transaction interest = tx(s, "O3");
    assertThat(interest.amount()).isEqualByComparingTo("0.87");
    assertThat(interest.currency()).contains(Currency.getInstance("CHF"));
    assertThat(interest.description()).isEqualTo("Interest Credit interest");
  }

  @Test
  void plan401k_payrollFundedBuysAreNotCash_dividendIs() {
    ParseResult r = parse(PLAN_401K);
    Statement s = r.statements().get(0);
    assertThat(s.transactions()).hasSize(1);
    Transaction div = s.transactions().get(0);
    assertThat(div.amount()).isEqualByComparingTo("5.25");
    assertThat(div.description()).isEqualTo("Dividend Target Retirement 2050 (TR2050)");
    assertThat(div.attributes()).containsEntry("ofx.inv.401kSource", "PRETAX");
    assertThat(s.closingBalance()).contains(new BigDecimal("5.25"));
    assertThat(s.attributes())
        .containsEntry("ofx.inv.nonCashRecords", "3")
        .containsEntry("ofx.inv.401kCashBal", "5.25");
    assertThat(s.balanceCheck().status()).isEqualTo(BalanceCheck.Status.UNVERIFIED);
  }

  @Test
  void noCashSide_isRefusedTyped() {
    assertThatThrownBy(() -> parse(POSITIONS_ONLY))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("no cash side")
        .satisfies(
            e ->
                assertThat(((UnsupportedFormatException) e).errorCode())
                    .isEqualTo(ErrorCode.UNSUPPORTED_FORMAT));
  }

  @Test
  void bankNextToInvestmentCash_bothStatements() {
    String bank =
        "<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>CHK"
            + "</BANKACCTFROM><BANKTRANLIST><DTSTART>20240201<DTEND>20240229"
            + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240203<TRNAMT>-5<FITID>B1</STMTTRN>"
            + "</BANKTRANLIST><LEDGERBAL><BALAMT>95<DTASOF>20240229</LEDGERBAL></STMTRS>"
            + "</STMTTRNRS></BANKMSGSRSV1>";
    String doc = SGML_BROKER.replace("<INVSTMTMSGSRSV1>", bank + "<INVSTMTMSGSRSV1>");
    ParseResult r = parse(doc);
    assertThat(r.statements()).hasSize(2);
    assertThat(r.statements().get(0).attributes()).containsEntry("ofx.messageSet", "bank");
    assertThat(r.statements().get(1).attributes()).containsEntry("ofx.messageSet", "investment");
    String noCash = POSITIONS_ONLY.replace("<INVSTMTMSGSRSV1>", bank + "<INVSTMTMSGSRSV1>");
    ParseResult r2 = parse(noCash);
    assertThat(r2.statements()).hasSize(1);
    assertThat(r2.warnings()).extracting(ParseWarning::code).contains("OFX_INVESTMENT_SKIPPED");
  }

  @Test
  void truncatedInsideInvestmentStatement_isMalformed() {
    String cut = SGML_BROKER.substring(0, SGML_BROKER.indexOf("<INCOME>"));
    assertThatThrownBy(() -> parse(cut))
        .isInstanceOf(StatementParseException.class)
        .satisfies(
            e ->
                assertThat(((StatementParseException) e).errorCode())
                    .isEqualTo(ErrorCode.MALFORMED_INPUT));
  }

  @Test
  void tradeWithoutTotal_isInvalidDataWithPosition() {
    String doc = XML_BROKER.replace("<TOTAL>500.00</TOTAL>", "");
    assertThatThrownBy(() -> parse(doc))
        .isInstanceOf(StatementParseException.class)
        .satisfies(
            e -> {
              StatementParseException p = (StatementParseException) e;
              assertThat(p.errorCode()).isEqualTo(ErrorCode.INVALID_DATA);
              assertThat(p.position().isKnown()).isTrue();
            });
  }

  @Test
  void throttledReads_giveTheSameStatements() {
    StatementAnalyzer analyzer = StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
    for (String doc : List.of(SGML_BROKER, XML_BROKER, MULTI_CURRENCY, PLAN_401K)) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      ParseResult whole = parse(doc);
      ParseResult slow =
          analyzer.parse(
              new ThrottledInputStream(new ByteArrayInputStream(bytes)),
              "x.ofx",
              ParseOptions.defaults(),
              ParseListener.NONE);
      assertThat(slow.statements().get(0).transactions())
          .isEqualTo(whole.statements().get(0).transactions());
    }
  }
}

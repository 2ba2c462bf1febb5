package io.github.bsa.core.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.analysis.AnalysisOptions;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.Categories;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.model.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structural rules that decide where no word is known (ADR 0470): own transfers named only by
 * an account number and one word, or by another IBAN of the holder's customer number; card
 * merchants charged the same amount each month as subscriptions. Statements of several countries
 * with real-looking account numbers (German IBAN, British sort code and account, Indian account
 * numbers) and words of languages bsa has no vocabulary for (Swahili, Hindi, Welsh, Latvian).
 */
final class StructuralRulesTest {
  private static final String[] MONTHS = {"2025-03", "2025-04", "2025-05"};

  private static Transaction tx(String date, String amount, String description) {
    return DetectorsTest.tx(date, amount, description);
  }

  /** One transaction per month of {@link #MONTHS} with a payee in the counterparty column. */
  private static List<Transaction> monthlyTo(
      String day, String amount, String description, String counterparty) {
    List<Transaction> out = new ArrayList<>();
    for (Transaction t : monthly(day, amount, description)) {
      out.add(t.toBuilder().counterparty(counterparty).build());
    }
    return out;
  }

  /** One transaction per month of {@link #MONTHS}, on {@code day}. */
  private static List<Transaction> monthly(String day, String amount, String description) {
    List<Transaction> out = new ArrayList<>();
    for (String m : MONTHS) {
      out.add(tx(m + "-" + day, amount, description));
    }
    return out;
  }

  private static AnalysisReport analyze(Account account, List<Transaction> txs) {
    Statement s =
        Statement.builder()
            .account(account)
            .period(DateRange.of(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-05-31")))
            .transactions(txs)
            .build();
    return AnalysisEngine.analyze(List.of(s), AnalysisOptions.defaults());
  }

  private static List<AnalyzedTransaction> named(AnalysisReport r, String description) {
    List<AnalyzedTransaction> out =
        r.transactions().stream().filter(t -> t.description().equals(description)).toList();
    assertThat(out).as(description).isNotEmpty();
    return out;
  }

  private static void assertOwn(AnalysisReport r, String description, String rule) {
    assertThat(named(r, description))
        .allSatisfy(
            t -> {
              assertThat(t.exclusion()).as(description).isEqualTo(Item.OWN_TRANSFER);
              assertThat(t.ruleId()).as(description).isEqualTo(rule);
            });
  }

  private static void assertNotOwn(AnalysisReport r, String description) {
    assertThat(named(r, description))
        .allSatisfy(t -> assertThat(t.exclusion()).as(description).isNull());
  }

  private static Account german() {
    return Account.builder()
        .number("DE89 3704 0044 0532 0130 00")
        .iban(Iban.parse("DE89370400440532013000"))
        .holder("Jana Vogel")
        .build();
  }

  @Test
  void unnamedStanding_germanIbanAccount_oneUnknownWordAndNumberRoundMonthly_ownTransfer() {
    List<Transaction> txs = new ArrayList<>();
    txs.addAll(monthly("03", "-250.00", "Akiba 4471203398"));
    txs.addAll(monthly("25", "2810.44", "Lohn Gehalt Maerz Brandt Logistik GmbH"));
    AnalysisReport r = analyze(german(), txs);
    assertOwn(r, "Akiba 4471203398", UnnamedTransfers.RULE);
    // kept out of spending, still a rhythm the report shows
    assertThat(r.cashFlow().ownTransfersOut()).isEqualByComparingTo("-750.00");
  }

  @Test
  void unnamedStanding_loanOfCentsRentWithPayeeOrTwoWords_notOwn() {
    List<Transaction> txs = new ArrayList<>();
    // a loan instalment is an annuity of cents
    txs.addAll(monthly("05", "-287.43", "Mkopo 4471203398"));
    // a rent names its landlord
    txs.addAll(monthly("01", "-600.00", "Kodi Juma Mwangi 88123456"));
    // a payee's name in the counterparty column
    txs.addAll(monthlyTo("10", "-150.00", "Malipo 55012877", "Amina Otieno"));
    AnalysisReport r = analyze(german(), txs);
    assertNotOwn(r, "Mkopo 4471203398");
    assertNotOwn(r, "Kodi Juma Mwangi 88123456");
    assertNotOwn(r, "Malipo 55012877");
  }

  @Test
  void unnamedStanding_rentByChequeFromOneBook_notOwn() {
    // a British rent paid by cheque: the leaves of one book, not an account
    Account uk = Account.builder().number("20-45-67 41234567").build();
    AnalysisReport r =
        analyze(
            uk,
            List.of(
                tx("2025-03-01", "-850.00", "CHQ 100234"),
                tx("2025-04-01", "-850.00", "CHQ 100241"),
                tx("2025-05-01", "-850.00", "CHQ 100257")));
    assertNotOwn(r, "CHQ 100234");
    assertNotOwn(r, "CHQ 100257");
  }

  @Test
  void unnamedStanding_smallMonthlyChargeBelowTheMedianDebit_notOwn() {
    List<Transaction> txs = new ArrayList<>();
    // an account fee booked with the account's number, in a language bsa does not know
    txs.addAll(monthly("28", "-5.00", "Komisyon 4471203301"));
    txs.addAll(monthly("04", "-64.20", "Kartenzahlung girocard Lumora//Halle/DE"));
    txs.addAll(monthly("12", "-38.75", "Kartenzahlung girocard Vexlo//Halle/DE"));
    txs.addAll(monthly("19", "-120.40", "Kartenzahlung girocard Quorix//Halle/DE"));
    AnalysisReport r = analyze(german(), txs);
    assertNotOwn(r, "Komisyon 4471203301");
  }

  @Test
  void unnamedStanding_onceOrWeekly_notOwn() {
    List<Transaction> txs = new ArrayList<>();
    txs.add(tx("2025-03-03", "-300.00", "Akiba 4471203398"));
    for (int d = 3; d <= 24; d += 7) {
      txs.add(tx("2025-04-" + (d < 10 ? "0" + d : d), "-20.00", "Zawadi 99120034"));
    }
    AnalysisReport r = analyze(german(), txs);
    assertNotOwn(r, "Akiba 4471203398");
    assertNotOwn(r, "Zawadi 99120034");
  }

  @Test
  void holderAccount_anotherIbanOfTheCustomer_inTextOrCounterpartyAccount_ownTransfer() {
    List<Transaction> txs = new ArrayList<>();
    txs.add(tx("2025-03-12", "-123.45", "Akiba DE62 3704 0044 0532 0130 01"));
    txs.add(tx("2025-04-12", "-77.10", "Akiba DE62370400440532013001"));
    txs.add(
        tx("2025-05-12", "-90.00", "Pārskaitījums").toBuilder()
            .counterpartyAccount("DE35370400440532013002")
            .build());
    // another customer of the same bank: the bank code alone proves nothing
    txs.add(
        tx("2025-05-14", "-90.00", "Pārskaitījums Ilze Ozola").toBuilder()
            .counterpartyAccount("DE63370400440999888700")
            .build());
    // the statement's own IBAN printed in a direct debit's text names no other account
    txs.add(tx("2025-05-20", "-41.00", "Akiba DE89 3704 0044 0532 0130 00"));
    AnalysisReport r = analyze(german(), txs);
    assertOwn(r, "Akiba DE62 3704 0044 0532 0130 01", HolderTransfers.HOLDER_ACCOUNT);
    assertOwn(r, "Akiba DE62370400440532013001", HolderTransfers.HOLDER_ACCOUNT);
    assertOwn(r, "Pārskaitījums", HolderTransfers.HOLDER_ACCOUNT);
    assertNotOwn(r, "Pārskaitījums Ilze Ozola");
    assertNotOwn(r, "Akiba DE89 3704 0044 0532 0130 00");
  }

  @Test
  void holderAccount_britishIbanWithBankLetters_ownTransfer() {
    Account uk =
        Account.builder()
            .number("GB29 NWBK 6016 1331 9268 19")
            .iban(Iban.parse("GB29NWBK60161331926819"))
            .build();
    AnalysisReport r =
        analyze(uk, List.of(tx("2025-04-02", "-65.30", "Cynilion GB27 NWBK 6016 1331 9268 55")));
    assertOwn(r, "Cynilion GB27 NWBK 6016 1331 9268 55", HolderTransfers.HOLDER_ACCOUNT);
  }

  @Test
  void unnamedStanding_britishSortCodeAndIndianAccountNumbers_ownTransfer() {
    Account uk = Account.builder().number("20-45-67 41234567").build();
    AnalysisReport r = analyze(uk, monthly("28", "-100.00", "Cynilion 20-45-67 41234599"));
    assertOwn(r, "Cynilion 20-45-67 41234599", UnnamedTransfers.RULE);

    Account in = Account.builder().number("50100234567812").build();
    List<Transaction> txs = new ArrayList<>();
    txs.addAll(monthly("07", "-5000.00", "50100298765432 Bachat"));
    // a rent paid by NEFT names its landlord in the counterparty column
    txs.addAll(monthlyTo("02", "-15000.00", "NEFT 918020034455667", "Sharma Properties"));
    txs.addAll(monthly("09", "-1840.50", "POS 497239XXXXXX5097 DMART"));
    txs.addAll(monthly("16", "-2210.00", "POS 497239XXXXXX5097 DMART"));
    txs.addAll(monthly("24", "-456.00", "UPI-SWIGGY-swiggy@icici-ICIC0000103-512345678901-FOOD"));
    r = analyze(in, txs);
    assertOwn(r, "50100298765432 Bachat", UnnamedTransfers.RULE);
    assertNotOwn(r, "NEFT 918020034455667");
  }

  @Test
  void onlyWord_oneWordAndNumbersOnly() {
    assertThat(UnnamedTransfers.onlyWord(Text.fold("Akiba 4471203398"))).isEqualTo("akiba");
    assertThat(UnnamedTransfers.onlyWord(Text.fold("6797752241 wimamu 02741792")))
        .isEqualTo("wimamu");
    assertThat(UnnamedTransfers.onlyWord(Text.fold("Uzkrājums 20-45-67 41234599")))
        .isEqualTo("uzkrajums");
    // no long number, two words, a word with digits
    assertThat(UnnamedTransfers.onlyWord(Text.fold("Akiba 4471"))).isEmpty();
    assertThat(UnnamedTransfers.onlyWord(Text.fold("Akiba Juma 4471203398"))).isEmpty();
    assertThat(UnnamedTransfers.onlyWord(Text.fold("Akiba FV2025 4471203398"))).isEmpty();
  }

  @Test
  void cardSubscription_unknownMerchantSameAmountMonthly_subscriptions() {
    List<Transaction> txs = new ArrayList<>();
    String[] towns = {"Leipzig", "Halle", "Leipzig"};
    for (int k = 0; k < MONTHS.length; k++) {
      txs.add(tx(MONTHS[k] + "-14", "-9.99", "Kartenzahlung girocard Lumora//" + towns[k] + "/DE"));
    }
    txs.addAll(monthly("03", "-4.99", "CARD PAYMENT TO VEXLO ON 03 MAY"));
    AnalysisReport r = analyze(german(), txs);
    for (String d :
        List.of(
            "Kartenzahlung girocard Lumora//Leipzig/DE",
            "Kartenzahlung girocard Lumora//Halle/DE",
            "CARD PAYMENT TO VEXLO ON 03 MAY")) {
      assertThat(named(r, d))
          .allSatisfy(
              t -> {
                assertThat(t.category()).as(d).isEqualTo(Categories.SUBSCRIPTIONS);
                assertThat(t.ruleId()).as(d).isEqualTo(RecurringDetector.CARD_SUBSCRIPTION);
              });
    }
    assertThat(r.recurring())
        .filteredOn(RecurringPayment::subscription)
        .extracting(RecurringPayment::category)
        .containsOnly(Categories.SUBSCRIPTIONS)
        .hasSize(2);
    // the cash flow sums the category the series gave
    assertThat(
            java.util.Objects.requireNonNull(r.cashFlow().total()).categories().stream()
                .filter(c -> c.category().equals(Categories.SUBSCRIPTIONS))
                .findFirst()
                .orElseThrow()
                .count())
        .isEqualTo(6);

    // an Indian account: a streaming charge among rupee purchases and a salary
    List<Transaction> in = new ArrayList<>(monthly("21", "-199.00", "POS 497239XXXXXX5097 QUORIX"));
    in.addAll(monthly("01", "85000.00", "NEFT CR-HDFC0001234-NIRMAAN TECH-SALARY"));
    in.addAll(monthly("09", "-1840.50", "POS 497239XXXXXX5097 DMART"));
    in.addAll(monthly("16", "-2210.00", "POS 497239XXXXXX5097 DMART"));
    r = analyze(Account.builder().number("50100234567812").build(), in);
    assertThat(named(r, "POS 497239XXXXXX5097 QUORIX"))
        .allSatisfy(
            t -> {
              assertThat(t.category()).isEqualTo(Categories.SUBSCRIPTIONS);
              assertThat(t.ruleId()).isEqualTo(RecurringDetector.CARD_SUBSCRIPTION);
            });
    assertThat(named(r, "POS 497239XXXXXX5097 DMART"))
        .allSatisfy(t -> assertThat(t.category()).isEqualTo(Categories.GROCERIES));
  }

  @Test
  void cardSubscription_tradeWordAmountsThatVaryOrNoCard_categoryKept() {
    List<Transaction> txs = new ArrayList<>();
    // a monthly grocery bill of the same amount stays groceries
    txs.addAll(monthly("10", "-25.00", "Kartenzahlung girocard REWE Markt//Berlin/DE"));
    // purchases a fifth apart at a shop no word names are shopping
    txs.add(tx("2025-03-18", "-9.99", "Kartenzahlung girocard Lumora//Halle/DE"));
    txs.add(tx("2025-04-18", "-12.49", "Kartenzahlung girocard Lumora//Halle/DE"));
    txs.add(tx("2025-05-18", "-10.99", "Kartenzahlung girocard Lumora//Halle/DE"));
    // a card fee the bank charges on the last weekday of each month (its fee word unknown)
    txs.add(tx("2025-03-31", "-4.50", "VISA DEBIT KUUKAUSIMAKSU"));
    txs.add(tx("2025-04-30", "-4.50", "VISA DEBIT KUUKAUSIMAKSU"));
    txs.add(tx("2025-05-30", "-4.50", "VISA DEBIT KUUKAUSIMAKSU"));
    // the same amount each month without a card: no subscription by structure (a fee, a loan)
    txs.addAll(monthly("22", "-12.00", "Ada Kitabu Juma"));
    AnalysisReport r = analyze(german(), txs);
    assertThat(named(r, "Kartenzahlung girocard REWE Markt//Berlin/DE"))
        .allSatisfy(t -> assertThat(t.category()).isEqualTo(Categories.GROCERIES));
    assertThat(named(r, "Kartenzahlung girocard Lumora//Halle/DE"))
        .allSatisfy(t -> assertThat(t.category()).isEqualTo(Categories.SHOPPING));
    assertThat(named(r, "VISA DEBIT KUUKAUSIMAKSU"))
        .allSatisfy(t -> assertThat(t.ruleId()).isNotEqualTo(RecurringDetector.CARD_SUBSCRIPTION));
    assertThat(named(r, "Ada Kitabu Juma"))
        .allSatisfy(t -> assertThat(t.ruleId()).isNotEqualTo(RecurringDetector.CARD_SUBSCRIPTION));
  }
}

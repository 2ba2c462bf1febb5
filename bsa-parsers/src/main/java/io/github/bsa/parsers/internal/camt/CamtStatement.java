package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.Iban;
import io.github.bsa.core.model.ParseWarning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One statement, report or notification ({@code Stmt}, {@code Rpt}, {@code Ntfctn}): account,
 * period, balances and summaries. Used from one thread.
 */
final class CamtStatement {
  private final CamtValues values;

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

  CamtStatement(CamtValues values, SourcePosition position) {
    this.values = values;
    this.position = position;
  }

  void value(String p, String v) {
    switch (p) {
      case "Id" -> id = v;
      case "ElctrncSeqNb" -> attributes.put(CamtValues.P + "electronicSequenceNumber", v);
      case "LglSeqNb" -> attributes.put(CamtValues.P + "legalSequenceNumber", v);
      case "CreDtTm" -> attributes.put(CamtValues.P + "creationDateTime", v);
      case "FrToDt/FrDtTm", "FrToDt/FrDt" -> from = values.date(v);
      case "FrToDt/ToDtTm", "FrToDt/ToDt" -> to = values.date(v);
      case "Acct/Id/IBAN" -> iban = v;
      case "Acct/Id/Othr/Id", "Acct/Id/PrtryAcct/Id", "Acct/Id/BBAN", "Acct/Id/UPIC" -> number = v;
      case "Acct/Ccy" -> currency = values.currency(v);
      case "Acct/Nm" -> attributes.put(CamtValues.P + "accountName", v);
      case "Acct/Ownr/Nm", "Acct/Ownr/Pty/Nm" -> holder = v;
      case "Acct/Svcr/FinInstnId/BIC", "Acct/Svcr/FinInstnId/BICFI" -> bic = v;
      case "Acct/Svcr/FinInstnId/Nm", "Acct/Svcr/FinInstnId/NmAndAdr/Nm" -> bank = v;
      case "AddtlStmtInf", "AddtlRptInf", "AddtlNtfctnInf" -> CamtValues.join(information, v);
      case "TxsSummry/TtlNtries/NbOfNtries" -> {
        try {
          declaredEntries = Long.parseLong(v);
        } catch (NumberFormatException e) {
          declaredEntries = -1;
        }
      }
      case "TxsSummry/TtlCdtNtries/NbOfNtries" -> attributes.put(CamtValues.P + "creditEntries", v);
      case "TxsSummry/TtlCdtNtries/Sum" -> attributes.put(CamtValues.P + "creditSum", v);
      case "TxsSummry/TtlDbtNtries/NbOfNtries" -> attributes.put(CamtValues.P + "debitEntries", v);
      case "TxsSummry/TtlDbtNtries/Sum" -> attributes.put(CamtValues.P + "debitSum", v);
      default -> {
        // other statement elements are not mapped
      }
    }
  }

  void balance(CamtBalance b) {
    if (b.code == null || b.amount == null) {
      return;
    }
    String code = b.code.toUpperCase(Locale.ROOT);
    if (b.debit == null) {
      warnings.add(
          ParseWarning.of(
              "camt.balanceSign",
              "balance without credit/debit indicator read as a credit",
              values.position()));
    }
    BigDecimal signed = Boolean.TRUE.equals(b.debit) ? b.amount.negate() : b.amount;
    Currency c = values.currency(b.currency);
    if (balanceCurrency == null) {
      balanceCurrency = c;
    }
    String key = CamtValues.P + "balance." + code;
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

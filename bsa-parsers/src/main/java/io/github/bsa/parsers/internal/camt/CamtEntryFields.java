package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Fields an entry and its transaction details share: bank transaction codes, amount details and
 * charges. Used from one thread.
 */
abstract class CamtEntryFields {
  final CamtValues values;

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

  CamtEntryFields(CamtValues values) {
    this.values = values;
  }

  void common(String p, String v) {
    String ccy = values.ccy;
    switch (p) {
      case "BkTxCd/Domn/Cd" -> domain = v;
      case "BkTxCd/Domn/Fmly/Cd" -> family = v;
      case "BkTxCd/Domn/Fmly/SubFmlyCd" -> subFamily = v;
      case "BkTxCd/Prtry/Cd" -> proprietaryCode = v;
      case "Chrgs/TtlChrgsAndTaxAmt" -> {
        totalCharges = values.amount(v);
        chargesCurrency = ccy;
      }
      case "Chrgs/Amt", "Chrgs/Rcrd/Amt" -> {
        BigDecimal a = values.amount(v);
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
    String ccy = values.ccy;
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
        BigDecimal a = values.amount(v);
        if (which.equals("transactionAmount") && transactionAmount == null) {
          transactionAmount = a;
          transactionAmountCurrency = ccy;
        }
        amountDetails.putIfAbsent(CamtValues.P + which, v);
        if (ccy != null) {
          amountDetails.putIfAbsent(CamtValues.P + which + ".currency", ccy);
        }
      }
      case "CcyXchg/XchgRate" -> amountDetails.putIfAbsent(CamtValues.P + "exchangeRate", v);
      case "CcyXchg/SrcCcy" -> amountDetails.putIfAbsent(CamtValues.P + "sourceCurrency", v);
      case "CcyXchg/TrgtCcy" -> amountDetails.putIfAbsent(CamtValues.P + "targetCurrency", v);
      case "CcyXchg/UnitCcy" -> amountDetails.putIfAbsent(CamtValues.P + "unitCurrency", v);
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

  /**
   * Sets an attribute that has a value. Only for keys nothing set before on this builder: there,
   * setting {@code null} (which removes) is a no-op, and skipping it spares a map lookup.
   */
  static void attribute(Transaction.Builder t, String key, @Nullable String value) {
    if (value != null) {
      t.attribute(key, value);
    }
  }

  void commonAttributes(Transaction.Builder t) {
    if (proprietaryCode != null) {
      t.attribute(CamtValues.P + "proprietaryCode", proprietaryCode);
    }
    BigDecimal c = totalCharges != null ? totalCharges : charges;
    if (c != null) {
      t.attribute(CamtValues.P + "charges", c.toPlainString());
      t.attribute(CamtValues.P + "charges.currency", chargesCurrency);
    }
    amountDetails.forEach(t::attribute);
  }
}

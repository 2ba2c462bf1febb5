package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * One transaction details block ({@code TxDtls}): references, parties, remittance information and
 * return reasons. Used from one thread.
 */
final class CamtTransactionDetails extends CamtEntryFields {
  @Nullable String endToEndId;
  @Nullable String acctSvcrRef;
  @Nullable String mandateId;
  @Nullable String instructionId;
  @Nullable String transactionId;
  @Nullable String paymentInformationId;
  @Nullable String messageId;
  @Nullable String uetr;
  @Nullable String chequeNumber;
  @Nullable BigDecimal amount;
  @Nullable Currency amountCurrency;
  @Nullable Boolean debit;
  @Nullable String debtor;
  @Nullable String creditor;
  @Nullable String ultimateDebtor;
  @Nullable String ultimateCreditor;
  @Nullable String debtorAccount;
  @Nullable String creditorAccount;
  @Nullable String debtorBic;
  @Nullable String creditorBic;
  @Nullable String creditorId;
  final CamtValues.Joined unstructured = new CamtValues.Joined();
  @Nullable String creditorReference;
  final CamtValues.Joined structured = new CamtValues.Joined();
  @Nullable String additionalInfo;
  @Nullable String returnReason;
  @Nullable String returnInfo;
  @Nullable String purpose;

  CamtTransactionDetails(CamtValues values) {
    super(values);
  }

  void value(String p, String v) {
    switch (p) {
      case "Refs/EndToEndId" -> endToEndId = v;
      case "Refs/AcctSvcrRef" -> acctSvcrRef = v;
      case "Refs/MndtId" -> mandateId = v;
      case "Refs/InstrId" -> instructionId = v;
      case "Refs/TxId" -> transactionId = v;
      case "Refs/PmtInfId" -> paymentInformationId = v;
      case "Refs/MsgId" -> messageId = v;
      case "Refs/UETR" -> uetr = v;
      case "Refs/ChqNb" -> chequeNumber = v;
      case "Amt" -> {
        amount = values.amount(v);
        amountCurrency = values.currency(values.ccy);
      }
      case "CdtDbtInd" -> debit = values.debit(v);
      case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> debtor = v;
      case "RltdPties/Cdtr/Nm", "RltdPties/Cdtr/Pty/Nm" -> creditor = v;
      case "RltdPties/UltmtDbtr/Nm", "RltdPties/UltmtDbtr/Pty/Nm" -> ultimateDebtor = v;
      case "RltdPties/UltmtCdtr/Nm", "RltdPties/UltmtCdtr/Pty/Nm" -> ultimateCreditor = v;
      case "RltdPties/DbtrAcct/Id/IBAN",
          "RltdPties/DbtrAcct/Id/Othr/Id",
          "RltdPties/DbtrAcct/Id/PrtryAcct/Id",
          "RltdPties/DbtrAcct/Id/BBAN" -> {
        if (debtorAccount == null) {
          debtorAccount = v;
        }
      }
      case "RltdPties/CdtrAcct/Id/IBAN",
          "RltdPties/CdtrAcct/Id/Othr/Id",
          "RltdPties/CdtrAcct/Id/PrtryAcct/Id",
          "RltdPties/CdtrAcct/Id/BBAN" -> {
        if (creditorAccount == null) {
          creditorAccount = v;
        }
      }
      case "RltdAgts/DbtrAgt/FinInstnId/BIC", "RltdAgts/DbtrAgt/FinInstnId/BICFI" -> debtorBic = v;
      case "RltdAgts/CdtrAgt/FinInstnId/BIC", "RltdAgts/CdtrAgt/FinInstnId/BICFI" ->
          creditorBic = v;
      case "RltdPties/Cdtr/Id/PrvtId/Othr/Id", "RltdPties/Cdtr/Pty/Id/PrvtId/Othr/Id" ->
          creditorId = v;
      case "RmtInf/Ustrd" -> unstructured.add(v);
      case "RmtInf/Strd/CdtrRefInf/Ref", "RmtInf/Strd/CdtrRefInf/CdtrRef" -> {
        if (creditorReference == null) {
          creditorReference = v;
        }
      }
      case "RmtInf/Strd/AddtlRmtInf" -> structured.add(v);
      case "AddtlTxInf" -> additionalInfo = additionalInfo == null ? v : additionalInfo + " " + v;
      case "RtrInf/Rsn/Cd", "RtrInf/Rsn/Prtry", "RtrInf/RtrRsn/Cd" -> returnReason = v;
      case "RtrInf/AddtlInf" -> returnInfo = v;
      case "Purp/Cd", "Purp/Prtry" -> purpose = v;
      default -> common(p, v);
    }
  }

  /**
   * The amount this transaction contributes to its entry in the entry's currency: {@code Amt}
   * (version 3 on), else {@code AmtDtls/TxAmt}; {@code null} when neither is in that currency.
   */
  @Nullable BigDecimal bookedAmount(@Nullable Currency entryCurrency) {
    if (amount != null && (amountCurrency == null || amountCurrency.equals(entryCurrency))) {
      return amount;
    }
    if (transactionAmount != null
        && (transactionAmountCurrency == null
            || (entryCurrency != null
                && transactionAmountCurrency.equals(entryCurrency.getCurrencyCode())))) {
      return transactionAmount;
    }
    return null;
  }

  @Nullable String endToEndId() {
    String e = endToEndId;
    return e == null || e.equalsIgnoreCase("NOTPROVIDED") ? null : e;
  }

  /** The remittance text: unstructured remittance information, else the additional info. */
  @Nullable String text() {
    String u = unstructured.value();
    return u != null ? u : additionalInfo;
  }

  /** The structured remittance information as text, when nothing else describes the payment. */
  @Nullable String structuredText() {
    StringBuilder sb = new StringBuilder();
    if (creditorReference != null) {
      sb.append(creditorReference);
    }
    String s = structured.value();
    if (s != null) {
      CamtValues.join(sb, s);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** The other party: the creditor when money went out, else the debtor; the other if empty. */
  CamtParty party(boolean out) {
    String cName = creditor != null ? creditor : ultimateCreditor;
    String dName = debtor != null ? debtor : ultimateDebtor;
    CamtParty creditorSide = new CamtParty(cName, creditorAccount);
    CamtParty debtorSide = new CamtParty(dName, debtorAccount);
    CamtParty chosen = out ? creditorSide : debtorSide;
    CamtParty other = out ? debtorSide : creditorSide;
    return chosen.name() == null && chosen.account() == null ? other : chosen;
  }

  void attributes(Transaction.Builder t) {
    attribute(t, CamtValues.P + "mandateId", mandateId);
    attribute(t, CamtValues.P + "instructionId", instructionId);
    attribute(t, CamtValues.P + "transactionId", transactionId);
    attribute(t, CamtValues.P + "paymentInformationId", paymentInformationId);
    attribute(t, CamtValues.P + "messageId", messageId);
    attribute(t, CamtValues.P + "uetr", uetr);
    attribute(t, CamtValues.P + "chequeNumber", chequeNumber);
    attribute(t, CamtValues.P + "transactionReference", acctSvcrRef);
    attribute(t, CamtValues.P + "creditorReference", creditorReference);
    attribute(t, CamtValues.P + "creditorId", creditorId);
    attribute(t, CamtValues.P + "ultimateDebtor", ultimateDebtor);
    attribute(t, CamtValues.P + "ultimateCreditor", ultimateCreditor);
    attribute(t, CamtValues.P + "debtorBic", debtorBic);
    attribute(t, CamtValues.P + "creditorBic", creditorBic);
    attribute(t, CamtValues.P + "returnReason", returnReason);
    attribute(t, CamtValues.P + "returnInfo", returnInfo);
    attribute(t, CamtValues.P + "purpose", purpose);
    attribute(t, CamtValues.P + "additionalTransactionInfo", additionalInfo);
    attribute(t, CamtValues.P + "remittanceInfo", unstructured.value());
    attribute(t, CamtValues.P + "structuredRemittanceInfo", structured.value());
    String tc = typeCode();
    if (tc != null) {
      attribute(t, CamtValues.P + "transactionTypeCode", tc);
    }
    commonAttributes(t);
  }
}

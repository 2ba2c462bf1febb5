package io.github.bsa.parsers.internal.camt;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry ({@code Ntry}): amount, dates, references and its batch of transaction details ({@code
 * TxDtls}), of which it keeps the first and, when batches are split, up to 50,000. Used from one
 * thread.
 */
final class CamtEntry extends CamtEntryFields {
  private static final int MAX_BUFFERED_DETAILS = 50_000;
  private static final int MAX_BATCH_TEXT = 1024;

  private final boolean splitBatches;
  final SourcePosition position;
  @Nullable BigDecimal amount;
  @Nullable Currency currency;
  @Nullable Boolean debit;
  boolean reversal;
  @Nullable String status;
  @Nullable LocalDate bookingDate;
  @Nullable LocalDate valueDate;
  @Nullable String acctSvcrRef;
  @Nullable String ntryRef;
  @Nullable String additionalInfo;
  @Nullable String batchCount;
  int detailCount;
  @Nullable CamtTransactionDetails first;
  final CamtValues.Joined batchText = new CamtValues.Joined();
  @Nullable String lastText;
  boolean sameCounterparty = true;
  final List<CamtTransactionDetails> details = new ArrayList<>(0);
  boolean overflow;

  CamtEntry(CamtValues values, SourcePosition position, boolean splitBatches) {
    super(values);
    this.position = position;
    this.splitBatches = splitBatches;
  }

  void value(String p, String v) {
    switch (p) {
      case "Amt" -> {
        amount = values.amount(v);
        currency = values.currency(values.ccy);
      }
      case "CdtDbtInd" -> debit = values.debit(v);
      case "RvslInd" -> reversal = v.equalsIgnoreCase("true") || v.equals("1");
      case "Sts", "Sts/Cd", "Sts/Prtry" -> status = v;
      case "BookgDt/Dt", "BookgDt/DtTm" -> bookingDate = values.date(v);
      case "ValDt/Dt", "ValDt/DtTm" -> valueDate = values.date(v);
      case "AcctSvcrRef" -> acctSvcrRef = v;
      case "NtryRef" -> ntryRef = v;
      case "AddtlNtryInf" -> additionalInfo = additionalInfo == null ? v : additionalInfo + " " + v;
      case "NtryDtls/Btch/NbOfTxs" -> batchCount = v;
      default -> common(p, v);
    }
  }

  void addDetails(CamtTransactionDetails d) {
    detailCount++;
    String text = d.text();
    if (text != null && !text.equals(lastText) && batchText.length() < MAX_BATCH_TEXT) {
      batchText.add(text);
      lastText = text;
    }
    CamtTransactionDetails f = first;
    if (f == null) {
      first = d;
    } else {
      if (sameCounterparty
          && !(Objects.equals(f.party(true), d.party(true))
              && Objects.equals(f.party(false), d.party(false)))) {
        sameCounterparty = false;
      }
    }
    if (splitBatches && !overflow) {
      if (details.size() >= MAX_BUFFERED_DETAILS) {
        overflow = true;
        details.clear();
      } else {
        details.add(d);
      }
    }
  }

  void attributes(Transaction.Builder t) {
    attribute(t, CamtValues.P + "status", status);
    if (reversal) {
      t.attribute(CamtValues.P + "reversal", "true");
    }
    attribute(t, CamtValues.P + "entryReference", ntryRef);
    attribute(t, CamtValues.P + "accountServicerReference", acctSvcrRef);
    attribute(t, CamtValues.P + "additionalEntryInfo", additionalInfo);
    if (batchCount != null) {
      attribute(t, CamtValues.P + "batchSize", batchCount);
    }
    commonAttributes(t);
  }
}

package io.github.bsa.parsers.internal.camt;

import static java.util.Objects.requireNonNull;

import io.github.bsa.core.model.Account;
import io.github.bsa.core.model.DateRange;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.spi.StatementHeader;
import io.github.bsa.core.spi.StatementSink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns complete statements and entries into the sink's calls: the statement header with its checks
 * (declared entry count, balance currencies), and one transaction per entry, or per transaction
 * details block when batches are split and add up. One instance per input, used from one thread.
 */
final class CamtAssembler {
  private final CamtValues values;
  private final StatementSink sink;
  private final boolean splitBatches;
  private long transactions;

  CamtAssembler(CamtValues values, StatementSink sink, boolean splitBatches) {
    this.values = values;
    this.sink = sink;
    this.splitBatches = splitBatches;
  }

  void begin(CamtStatement s) {
    if (!s.begun) {
      s.begun = true;
      sink.beginStatement(StatementHeader.of(s.account(null)));
    }
  }

  void endStatement(
      CamtStatement s,
      @Nullable CamtKind kind,
      @Nullable String version,
      @Nullable String messageId) {
    Currency currency = s.currency != null ? s.currency : s.balanceCurrency;
    if (currency == null) {
      currency = s.entryCurrency;
    }
    Account account = s.account(currency);
    if (!s.begun) {
      s.begun = true;
      sink.beginStatement(StatementHeader.of(account));
    }
    StatementHeader.Builder b =
        StatementHeader.builder()
            .id(s.id)
            .account(account)
            .currency(currency)
            .openingBalance(s.opening)
            .closingBalance(s.closing)
            .availableBalance(s.available)
            .information(s.information.length() == 0 ? null : s.information.toString());
    if (s.from != null && s.to != null && !s.to.isBefore(s.from)) {
      b.period(DateRange.of(s.from, s.to));
    }
    if (s.declaredEntries >= 0 && s.declaredEntries != s.entries) {
      s.warnings.add(
          ParseWarning.of(
              "camt.entryCount",
              "TxsSummry declares a different number of entries than the statement holds",
              s.position));
    }
    if (s.opening != null
        && s.closing != null
        && s.openingCurrency != null
        && s.closingCurrency != null
        && !s.openingCurrency.equals(s.closingCurrency)) {
      s.warnings.add(
          ParseWarning.of(
              "camt.balanceCurrency",
              "opening and closing balances differ in currency",
              s.position));
    }
    s.warnings.forEach(b::addWarning);
    b.attribute(CamtValues.P + "kind", kind == null ? null : kind.formatId());
    b.attribute(CamtValues.P + "version", version);
    b.attribute(CamtValues.P + "messageId", messageId);
    s.attributes.forEach(b::attribute);
    sink.endStatement(b.build());
  }

  void emit(CamtStatement s, CamtEntry e) {
    s.entries++;
    if (e.amount == null) {
      throw values.invalid("CAMT entry (Ntry) has no amount (Amt)", e.position);
    }
    if (e.debit == null) {
      throw values.invalid(
          "CAMT entry (Ntry) has no credit/debit indicator (CdtDbtInd)", e.position);
    }
    BigDecimal signed = e.debit ? e.amount.negate() : e.amount;
    if (s.entryCurrency == null) {
      s.entryCurrency = e.currency;
    }
    if (splitBatches && e.details.size() > 1) {
      List<BigDecimal> amounts = splitAmounts(e);
      if (amounts != null) {
        for (int i = 0; i < e.details.size(); i++) {
          report(build(e, e.details.get(i), amounts.get(i), e.currency, false, true));
        }
        return;
      }
      s.warnings.add(
          ParseWarning.of(
              "camt.batchNotSplit",
              "batched entry kept whole: its transaction details do not add up to the entry amount",
              e.position));
    }
    CamtTransactionDetails only = e.detailCount == 1 ? e.first : null;
    CamtTransactionDetails first = e.detailCount > 1 ? e.first : null;
    Transaction.Builder t = build(e, only, signed, e.currency, e.detailCount > 1, false);
    if (first != null) {
      String batchText = e.batchText.value();
      if (batchText != null) {
        t.description(batchText);
      }
      if (e.sameCounterparty) {
        boolean out = signed.signum() < 0 != e.reversal;
        CamtParty p = first.party(out);
        t.counterparty(p.name()).counterpartyAccount(p.account());
      }
    }
    report(t);
  }

  private @Nullable List<BigDecimal> splitAmounts(CamtEntry e) {
    if (e.overflow) {
      return null;
    }
    List<BigDecimal> out = new ArrayList<>(e.details.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (CamtTransactionDetails d : e.details) {
      BigDecimal amount = d.bookedAmount(e.currency);
      if (amount == null) {
        return null;
      }
      boolean debit = d.debit != null ? d.debit : requireNonNull(e.debit);
      BigDecimal a = debit ? amount.negate() : amount;
      out.add(a);
      sum = sum.add(a);
    }
    BigDecimal signed = requireNonNull(e.debit) ? requireNonNull(e.amount).negate() : e.amount;
    return sum.compareTo(signed) == 0 ? out : null;
  }

  private void report(Transaction.Builder t) {
    transactions++;
    sink.transaction(t.build());
  }

  private Transaction.Builder build(
      CamtEntry e,
      @Nullable CamtTransactionDetails d,
      BigDecimal amount,
      @Nullable Currency currency,
      boolean batch,
      boolean split) {
    Transaction.Builder t =
        Transaction.builder()
            .amount(amount)
            .currency(currency)
            .bookingDate(e.bookingDate)
            .valueDate(e.valueDate)
            .position(e.position.withRecord(transactions + 1));
    String description = d == null ? null : d.text();
    if (description == null) {
      description = e.additionalInfo;
    }
    if (description == null && d != null) {
      description = d.structuredText();
    }
    t.description(description);
    String reference;
    if (d == null) {
      reference = first(e.acctSvcrRef, e.ntryRef);
    } else if (split) {
      reference = first(d.acctSvcrRef, d.endToEndId(), e.acctSvcrRef, e.ntryRef);
    } else {
      reference = first(e.acctSvcrRef, d.acctSvcrRef, d.endToEndId(), e.ntryRef);
    }
    t.reference(reference);
    e.attributes(t);
    if (d != null) {
      t.endToEndId(d.endToEndId());
      boolean out = amount.signum() < 0 != e.reversal;
      CamtParty p = d.party(out);
      t.counterparty(p.name()).counterpartyAccount(p.account());
      d.attributes(t);
    }
    String typeCode = d != null ? d.typeCode() : null;
    t.typeCode(typeCode != null ? typeCode : e.typeCode());
    if (batch) {
      t.attribute(CamtValues.P + "batchCount", Integer.toString(e.detailCount));
    }
    if (split) {
      t.attribute(CamtValues.P + "entryAmount", e.amount == null ? null : e.amount.toPlainString());
    }
    return t;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty() && !v.equalsIgnoreCase("NONREF")) {
        return v;
      }
    }
    return null;
  }
}

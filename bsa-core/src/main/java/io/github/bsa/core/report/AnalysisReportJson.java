package io.github.bsa.core.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.bsa.core.analysis.AccountBalances;
import io.github.bsa.core.analysis.AnalysisReport;
import io.github.bsa.core.analysis.AnalysisWarning;
import io.github.bsa.core.analysis.AnalyzedTransaction;
import io.github.bsa.core.analysis.CashFlow;
import io.github.bsa.core.analysis.CashFlowPeriod;
import io.github.bsa.core.analysis.CategoryTotal;
import io.github.bsa.core.analysis.DailyBalance;
import io.github.bsa.core.analysis.Income;
import io.github.bsa.core.analysis.IncomeSource;
import io.github.bsa.core.analysis.LenderSummary;
import io.github.bsa.core.analysis.MonthlyBalance;
import io.github.bsa.core.analysis.RecurringPayment;
import io.github.bsa.core.analysis.RiskSignal;
import io.github.bsa.core.model.DateRange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical JSON form of an {@link AnalysisReport} ({@code docs/analysis-json.md}). Like
 * the parse JSON, every field is always present (with {@code null} when absent) and in a fixed
 * order, amounts are plain decimal strings and dates ISO {@code yyyy-MM-dd}, so the same report
 * always gives the same bytes. Thread-safe.
 *
 * <pre>{@code
 * String json = AnalysisReportJson.toJson(report);
 * }</pre>
 *
 * @since 0.1
 */
public final class AnalysisReportJson {
  /** The version of the JSON form; the major part changes on incompatible changes. */
  public static final String SCHEMA_VERSION = "1.0";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private AnalysisReportJson() {}

  /**
   * Returns the JSON of a report, on one line.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String toJson(AnalysisReport report) {
    StringWriter out = new StringWriter();
    write(report, out);
    return out.toString();
  }

  /**
   * Writes the JSON of a report, on one line. The writer is flushed, not closed.
   *
   * @param report the report
   * @param out the writer
   * @throws UncheckedIOException if writing fails
   */
  public static void write(AnalysisReport report, Writer out) {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      writeFields(g, report);
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeFields(JsonGenerator g, AnalysisReport r) throws IOException {
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    string(g, "currency", r.currency().orElse(null));
    DateRange p = r.period().orElse(null);
    if (p == null) {
      g.writeNullField("period");
    } else {
      g.writeObjectFieldStart("period");
      date(g, "from", p.from());
      date(g, "to", p.to());
      g.writeEndObject();
    }
    date(g, "referenceDate", r.referenceDate().orElse(null));
    g.writeNumberField("statementCount", r.statementCount());
    g.writeNumberField("transactionCount", r.transactions().size());
    lender(g, r.lenderSummary());
    cashFlow(g, r.cashFlow());
    income(g, r.income());
    g.writeArrayFieldStart("recurring");
    for (RecurringPayment s : r.recurring()) {
      recurring(g, s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("balances");
    for (AccountBalances b : r.balances()) {
      balances(g, b);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("riskSignals");
    for (RiskSignal s : r.riskSignals()) {
      g.writeStartObject();
      g.writeStringField("type", s.type().name());
      g.writeStringField("ruleId", s.ruleId());
      g.writeStringField("account", s.accountKey());
      date(g, "date", s.date());
      decimal(g, "amount", s.amount());
      g.writeStringField("detail", s.detail());
      ids(g, "transactionIds", s.transactionIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("transactions");
    for (AnalyzedTransaction t : r.transactions()) {
      transaction(g, t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (AnalysisWarning w : r.warnings()) {
      g.writeStartObject();
      g.writeStringField("code", w.code());
      g.writeStringField("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void lender(JsonGenerator g, LenderSummary l) throws IOException {
    g.writeObjectFieldStart("lenderSummary");
    g.writeNumberField("months", l.months());
    decimal(g, "averageMonthlyIncome", l.averageMonthlyIncome());
    decimal(g, "averageMonthlyObligations", l.averageMonthlyObligations());
    decimal(g, "obligationsToIncomeRatio", l.obligationsToIncomeRatio());
    decimal(g, "averageBalance", l.averageBalance());
    g.writeNumberField("bouncedPayments", l.bouncedPayments());
    g.writeNumberField("bounceFees", l.bounceFees());
    g.writeNumberField("overdraftFees", l.overdraftFees());
    g.writeNumberField("daysBelowZero", l.daysBelowZero());
    ids(g, "obligationTransactionIds", l.obligationTransactionIds());
    g.writeEndObject();
  }

  private static void cashFlow(JsonGenerator g, CashFlow c) throws IOException {
    g.writeObjectFieldStart("cashFlow");
    CashFlowPeriod total = c.total();
    if (total == null) {
      g.writeNullField("total");
    } else {
      g.writeFieldName("total");
      period(g, total);
    }
    g.writeArrayFieldStart("months");
    for (CashFlowPeriod m : c.months()) {
      period(g, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("largestInflows");
    for (AnalyzedTransaction t : c.largestInflows()) {
      ref(g, t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("largestOutflows");
    for (AnalyzedTransaction t : c.largestOutflows()) {
      ref(g, t);
    }
    g.writeEndArray();
    decimal(g, "ownTransfersIn", c.ownTransfersIn());
    decimal(g, "ownTransfersOut", c.ownTransfersOut());
    g.writeEndObject();
  }

  private static void period(JsonGenerator g, CashFlowPeriod p) throws IOException {
    g.writeStartObject();
    g.writeStringField("label", p.label());
    date(g, "from", p.from());
    date(g, "to", p.to());
    decimal(g, "inflow", p.inflow());
    decimal(g, "outflow", p.outflow());
    decimal(g, "net", p.net());
    g.writeNumberField("inflowCount", p.inflowCount());
    g.writeNumberField("outflowCount", p.outflowCount());
    g.writeArrayFieldStart("categories");
    for (CategoryTotal t : p.categories()) {
      g.writeStartObject();
      g.writeStringField("category", t.category());
      decimal(g, "inflow", t.inflow());
      decimal(g, "outflow", t.outflow());
      decimal(g, "net", t.net());
      g.writeNumberField("count", t.count());
      ids(g, "transactionIds", t.transactionIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void ref(JsonGenerator g, AnalyzedTransaction t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    date(g, "date", t.date());
    decimal(g, "amount", t.amount());
    g.writeStringField("counterparty", t.counterparty());
    g.writeStringField("category", t.category());
    g.writeEndObject();
  }

  private static void income(JsonGenerator g, Income i) throws IOException {
    g.writeObjectFieldStart("income");
    decimal(g, "total", i.total());
    decimal(g, "salaryTotal", i.salaryTotal());
    decimal(g, "averageMonthly", i.averageMonthly());
    g.writeNumberField("months", i.months());
    g.writeArrayFieldStart("sources");
    for (IncomeSource s : i.sources()) {
      g.writeStartObject();
      g.writeStringField("payer", s.payer());
      g.writeStringField("kind", s.kind());
      string(g, "cadence", s.cadence() == null ? null : s.cadence().name());
      g.writeNumberField("count", s.count());
      decimal(g, "total", s.total());
      decimal(g, "average", s.average());
      date(g, "lastDate", s.lastDate());
      decimal(g, "variability", s.variability());
      g.writeStringField("ruleId", s.ruleId());
      ids(g, "transactionIds", s.transactionIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    ids(g, "transactionIds", i.transactionIds());
    g.writeEndObject();
  }

  private static void recurring(JsonGenerator g, RecurringPayment s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("counterparty", s.counterparty());
    g.writeStringField("direction", s.direction().name());
    g.writeStringField("category", s.category());
    g.writeStringField("cadence", s.cadence().name());
    g.writeNumberField("count", s.count());
    decimal(g, "averageAmount", s.averageAmount());
    decimal(g, "minAmount", s.minAmount());
    decimal(g, "maxAmount", s.maxAmount());
    date(g, "firstDate", s.firstDate());
    date(g, "lastDate", s.lastDate());
    date(g, "nextExpectedDate", s.nextExpectedDate());
    g.writeBooleanField("active", s.active());
    g.writeBooleanField("subscription", s.subscription());
    ids(g, "transactionIds", s.transactionIds());
    g.writeEndObject();
  }

  private static void balances(JsonGenerator g, AccountBalances b) throws IOException {
    g.writeStartObject();
    g.writeStringField("account", b.accountKey());
    g.writeStringField("source", b.source());
    decimal(g, "averageDaily", b.averageDaily());
    decimal(g, "minimum", b.minimum());
    date(g, "minimumDate", b.minimumDate());
    g.writeNumberField("daysBelowZero", b.daysBelowZero());
    decimal(g, "closingBalance", b.closingBalance());
    g.writeBooleanField("verified", b.verified());
    g.writeArrayFieldStart("months");
    for (MonthlyBalance m : b.months()) {
      g.writeStartObject();
      g.writeStringField("month", m.month());
      decimal(g, "average", m.average());
      decimal(g, "minimum", m.minimum());
      decimal(g, "end", m.end());
      g.writeNumberField("days", m.days());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("days");
    for (DailyBalance d : b.days()) {
      g.writeStartArray();
      g.writeString(d.date().toString());
      g.writeString(d.balance().toPlainString());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void transaction(JsonGenerator g, AnalyzedTransaction t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("account", t.accountKey());
    date(g, "date", t.date());
    decimal(g, "amount", t.amount());
    g.writeStringField("description", t.description());
    g.writeStringField("counterparty", t.counterparty());
    g.writeStringField("counterpartyKey", t.counterpartyKey());
    g.writeStringField("category", t.category());
    g.writeStringField("ruleId", t.ruleId());
    string(g, "exclusion", t.exclusion());
    g.writeEndObject();
  }

  private static void ids(JsonGenerator g, String name, List<String> ids) throws IOException {
    g.writeArrayFieldStart(name);
    for (String id : ids) {
      g.writeString(id);
    }
    g.writeEndArray();
  }

  private static void string(JsonGenerator g, String name, @Nullable String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }

  private static void date(JsonGenerator g, String name, @Nullable LocalDate value)
      throws IOException {
    string(g, name, value == null ? null : value.toString());
  }

  private static void decimal(JsonGenerator g, String name, @Nullable BigDecimal value)
      throws IOException {
    string(g, name, value == null ? null : value.toPlainString());
  }
}

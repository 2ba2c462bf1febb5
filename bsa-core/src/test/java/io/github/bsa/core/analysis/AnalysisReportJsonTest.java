package io.github.bsa.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bsa.core.model.Statement;
import io.github.bsa.core.report.AnalysisReportHtml;
import io.github.bsa.core.report.AnalysisReportJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class AnalysisReportJsonTest {
  @Test
  void toJson_sameInput_byteIdentical() {
    String a = AnalysisReportJson.toJson(Fixtures.analyze(Fixtures.household()));
    String b = AnalysisReportJson.toJson(Fixtures.analyze(Fixtures.household()));
    assertThat(a).isEqualTo(b);
    String h1 = AnalysisReportHtml.render(Fixtures.analyze(Fixtures.household()));
    String h2 = AnalysisReportHtml.render(Fixtures.analyze(Fixtures.household()));
    assertThat(h1).isEqualTo(h2);
  }

  @Test
  void toJson_fixedFieldOrderAndPlainDecimals() throws Exception {
    String json = AnalysisReportJson.toJson(Fixtures.analyze(Fixtures.household()));
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "schemaVersion",
            "currency",
            "period",
            "referenceDate",
            "statementCount",
            "transactionCount",
            "lenderSummary",
            "cashFlow",
            "income",
            "recurring",
            "balances",
            "riskSignals",
            "transactions",
            "warnings");
    assertThat(root.path("cashFlow").path("total").path("inflow").asText()).isEqualTo("18600.00");
    assertThat(root.path("period").path("from").asText()).isEqualTo("2025-01-01");
    assertThat(root.path("transactions").get(0).path("ruleId").asText()).isNotEmpty();
    assertThat(json).doesNotContainPattern("\"amount\":\"-?[0-9.]*[eE]");
  }

  @Test
  void html_isSelfContainedWithThreeCharts() {
    Statement s = Fixtures.household();
    String html = AnalysisReportHtml.render(Fixtures.analyze(s));
    assertThat(html)
        .contains("id=\"chart-balance\"", "id=\"chart-cashflow\"", "id=\"chart-categories\"")
        .contains("<polyline", "<rect", "id=\"recurring\"", "id=\"income\"", "id=\"risk\"")
        .doesNotContain("<script", " src=", "<link", "@import", "url(");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
  }

  @Test
  void html_escapesText() {
    Statement s =
        Fixtures.statement(
            "DE89370400440532013000",
            "2025-03-01",
            "2025-03-31",
            "0",
            List.of(Fixtures.tx("2025-03-02", "-5", "<script>x</script>", "<b>Evil & Co</b>")));
    for (int i = 0; i < 6; i++) {
      s =
          s.toBuilder()
              .addTransaction(Fixtures.tx("2025-03-0" + (i + 3), "-5", "pad " + i))
              .recheckBalances()
              .build();
    }
    String html = AnalysisReportHtml.render(Fixtures.analyze(s));
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>Evil");
  }
}

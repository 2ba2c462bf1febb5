package io.github.bsa.parsers.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.model.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed seed corpus is what {@link FuzzSeeds} writes, and every seed parses. */
final class FuzzSeedsTest {
  private static final Map<String, String> FORMATS =
      Map.of(
          "csv", "csv",
          "ofxSgml", "ofx",
          "ofxXml", "ofx",
          "qif", "qif",
          "mt940", "mt940",
          "mt942", "mt942",
          "camt053", "camt.053",
          "camt054", "camt.054",
          "pdf", "pdf",
          "xlsx", "xlsx");

  @Test
  void seeds_areCommittedAndParse() throws IOException {
    for (Map.Entry<String, Map<String, byte[]>> target : FuzzSeeds.seeds().entrySet()) {
      for (Map.Entry<String, byte[]> seed : target.getValue().entrySet()) {
        String resource = "ParserFuzzTestInputs/" + target.getKey() + "/" + seed.getKey();
        try (InputStream in = FuzzSeedsTest.class.getResourceAsStream(resource)) {
          assertThat(in).as(resource).isNotNull();
          if (!seed.getKey().endsWith(".pdf")) { // PDFBox writes a fresh document id each time
            assertThat(in.readAllBytes()).as(resource).isEqualTo(seed.getValue());
          }
        }
        String format = FORMATS.get(target.getKey());
        ParseOptions options =
            format == null
                ? ParseOptions.defaults()
                : ParseOptions.builder().format(format).build();
        ParseResult result = FuzzOracle.analyzer().parse(seed.getValue(), options);
        assertThat(result.transactionCount()).as(resource).isPositive();
      }
    }
  }
}

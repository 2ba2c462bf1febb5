package io.github.bsa.parsers.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz tests (Jazzer), one per parser and one for the format detector. Each input
 * must end in a parse or a deliberate typed {@code BsaException} within {@link FuzzOracle#LIMITS}.
 *
 * <p>Plain {@code ./mvnw verify} runs them in regression mode: the empty input plus every file
 * under {@code src/test/resources/io/github/bsa/parsers/fuzz/ParserFuzzTestInputs/<method>/} (the
 * seeds written by {@link FuzzSeeds}, and every crash found so far, named after what it found). To
 * fuzz one target: {@code JAZZER_FUZZ=1 ./mvnw -pl bsa-parsers test -Dtest='ParserFuzzTest#csv'},
 * or {@code .ci/fuzz} for a short run of every target.
 */
final class ParserFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void detect(byte[] data) {
    FuzzOracle.detect(data);
    FuzzOracle.parse(data, null);
  }

  @FuzzTest(maxDuration = "60s")
  void csv(byte[] data) {
    FuzzOracle.parse(data, "csv");
  }

  @FuzzTest(maxDuration = "60s")
  void ofxSgml(byte[] data) {
    FuzzOracle.parse(data, "ofx");
  }

  @FuzzTest(maxDuration = "60s")
  void ofxXml(byte[] data) {
    FuzzOracle.parse(data, "ofx");
  }

  @FuzzTest(maxDuration = "60s")
  void qif(byte[] data) {
    FuzzOracle.parse(data, "qif");
  }

  @FuzzTest(maxDuration = "60s")
  void mt940(byte[] data) {
    FuzzOracle.parse(data, "mt940");
  }

  @FuzzTest(maxDuration = "60s")
  void mt942(byte[] data) {
    FuzzOracle.parse(data, "mt942");
  }

  @FuzzTest(maxDuration = "60s")
  void camt053(byte[] data) {
    FuzzOracle.parse(data, "camt.053");
  }

  @FuzzTest(maxDuration = "60s")
  void camt054(byte[] data) {
    FuzzOracle.parse(data, "camt.054");
  }

  @FuzzTest(maxDuration = "60s")
  void pdf(byte[] data) {
    FuzzOracle.parse(data, "pdf");
  }

  @FuzzTest(maxDuration = "60s")
  void xlsx(byte[] data) {
    FuzzOracle.parse(data, "xlsx");
  }
}

package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.ErrorCode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the OFX corpus under {@code ../shared/fixtures/real/ofx} (one test per file; skipped when
 * the collection is absent).
 */
final class OfxCorpusTest {
  /** The least number of inputs {@code real/ofx} holds; fewer fails the test. */
  private static final int MIN_FILES = 20;

  private static final Map<String, ErrorCode> EXPECTED = expected();

  static Stream<Arguments> inputs() {
    return CorpusRunner.inputs("real/ofx", MIN_FILES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void input_matchesTruthOrFailsTyped(Path input) {
    CorpusRunner.check(input, "ofx", EXPECTED);
  }

  private static Map<String, ErrorCode> expected() {
    Map<String, ErrorCode> expected = new TreeMap<>();
    // investment files without a cash side (401(k) plans whose trades are funded by OTHER, the
    // spec's example, reinvestments and transfers only, no AVAILCASH): refused, never dropped
    // silently. The other investment files parse as cash statements (issue #16).
    expected.put("real/ofx/beangulp/file_type_testdata_example.qfx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ledger-autosync/investment_401k.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/investment_401k.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/vanguard.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/vanguard401k.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put(
        "real/ofx/ofxstatement-spec-examples/ofx_spec201_invest_transactions_example.xml",
        ErrorCode.UNSUPPORTED_FORMAT);
    // broken on purpose: a STMTTRN without DTPOSTED/TRNAMT, an impossible date, a '$' amount
    expected.put("real/ofx/oca-bank-statement-import/test_ofx_wrong.ofx", ErrorCode.INVALID_DATA);
    expected.put("real/ofx/ofxparse/fail_nice/date_missing.ofx", ErrorCode.INVALID_DATA);
    expected.put("real/ofx/ofxparse/fail_nice/decimal_error.ofx", ErrorCode.INVALID_DATA);
    return expected;
  }
}

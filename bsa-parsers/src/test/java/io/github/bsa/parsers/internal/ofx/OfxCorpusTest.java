package io.github.bsa.parsers.internal.ofx;

import io.github.bsa.core.ErrorCode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the OFX corpus under {@code ../shared/fixtures/real/ofx} (skipped when absent). */
final class OfxCorpusTest {
  @Test
  void corpus_everyInput_matchesTruthOrFailsTyped() {
    Map<String, ErrorCode> expected = new TreeMap<>();
    // investment-only files: reported as unsupported, never dropped silently
    expected.put("real/ofx/beangulp/file_type_testdata_example.qfx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ledger-autosync/cusip.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put(
        "real/ofx/ledger-autosync/fidelity-one-dtsettle.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ledger-autosync/fidelity.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ledger-autosync/fidelity_fee.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ledger-autosync/income.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ledger-autosync/investment_401k.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/fidelity-savings.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/fidelity.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/investment_401k.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/investment_medium.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/td_ameritrade.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/tiaacref.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/vanguard.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxparse/vanguard401k.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put(
        "real/ofx/ofxstatement-spec-examples/ofx_spec201_invest_transactions_example.xml",
        ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/ofx/ofxtools/invstmtrs.ofx", ErrorCode.UNSUPPORTED_FORMAT);
    // broken on purpose: a STMTTRN without DTPOSTED/TRNAMT, an impossible date, a '$' amount
    expected.put("real/ofx/oca-bank-statement-import/test_ofx_wrong.ofx", ErrorCode.INVALID_DATA);
    expected.put("real/ofx/ofxparse/fail_nice/date_missing.ofx", ErrorCode.INVALID_DATA);
    expected.put("real/ofx/ofxparse/fail_nice/decimal_error.ofx", ErrorCode.INVALID_DATA);
    CorpusRunner.run("real/ofx", "ofx", expected);
  }
}

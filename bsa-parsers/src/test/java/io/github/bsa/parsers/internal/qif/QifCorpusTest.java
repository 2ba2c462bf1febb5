package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.parsers.internal.ofx.CorpusRunner;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the QIF corpus under {@code ../shared/fixtures/real/qif} (skipped when absent). */
final class QifCorpusTest {
  @Test
  void corpus_everyInput_matchesTruthOrFailsTyped() {
    Map<String, ErrorCode> expected = new TreeMap<>();
    expected.put("real/qif/quiffen/empty.qif", ErrorCode.MALFORMED_INPUT);
    expected.put("real/qif/quiffen/invalid.txt", ErrorCode.UNSUPPORTED_FORMAT); // not QIF at all
    // only account, category, security or investment lists: nothing this parser reads
    expected.put("real/qif/quiffen/test_category_inherit.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_clear_autoswitch.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_nosymbol.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_option_autoswitch.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_unknown_account_type.qif", ErrorCode.UNSUPPORTED_FORMAT);
    CorpusRunner.run("real/qif", "qif", expected);
  }
}

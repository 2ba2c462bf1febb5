package io.github.bsa.parsers.internal.qif;

import io.github.bsa.core.ErrorCode;
import io.github.bsa.parsers.internal.ofx.CorpusRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the QIF corpus under {@code ../shared/fixtures/real/qif} (one test per file; skipped when
 * the collection is absent).
 */
final class QifCorpusTest {
  /** The least number of inputs {@code real/qif} holds; fewer fails the test. */
  private static final int MIN_FILES = 7;

  private static final Map<String, ErrorCode> EXPECTED = expected();

  static Stream<Arguments> inputs() {
    return CorpusRunner.inputs("real/qif", MIN_FILES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void input_matchesTruthOrFailsTyped(Path input) {
    CorpusRunner.check(input, "qif", EXPECTED);
  }

  private static Map<String, ErrorCode> expected() {
    Map<String, ErrorCode> expected = new TreeMap<>();
    expected.put("real/qif/quiffen/empty.qif", ErrorCode.MALFORMED_INPUT);
    expected.put("real/qif/quiffen/invalid.txt", ErrorCode.UNSUPPORTED_FORMAT); // not QIF at all
    // only account, category, security or investment lists: nothing this parser reads
    expected.put("real/qif/quiffen/test_category_inherit.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_clear_autoswitch.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_nosymbol.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_option_autoswitch.qif", ErrorCode.UNSUPPORTED_FORMAT);
    expected.put("real/qif/quiffen/test_unknown_account_type.qif", ErrorCode.UNSUPPORTED_FORMAT);
    return expected;
  }
}

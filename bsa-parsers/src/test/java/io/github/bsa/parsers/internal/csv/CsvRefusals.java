package io.github.bsa.parsers.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on CSV refusals that several tests share. */
final class CsvRefusals {
  private CsvRefusals() {}

  /**
   * Asserts that the parse is refused as an ambiguous layout whose reason names the unnamed
   * debit/credit pair and the way to settle it ({@code Column.DEBIT}/{@code Column.CREDIT} in
   * {@code csv.layout}).
   *
   * @param parse the parse expected to fail
   * @return the refusal, for further checks
   */
  @CanIgnoreReturnValue
  static BsaException assertUnnamedPairRefused(ThrowingCallable parse) {
    Throwable thrown = catchThrowable(parse);
    assertThat(thrown).isInstanceOf(BsaException.class);
    BsaException b = (BsaException) thrown;
    assertThat(b.errorCode()).isEqualTo(ErrorCode.AMBIGUOUS_FORMAT);
    assertThat(b.getMessage())
        .contains("which is money out")
        .contains("Column.DEBIT and Column.CREDIT")
        .contains("csv.layout");
    return b;
  }
}

package io.github.bsa.storage.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bsa.core.BsaException;
import io.github.bsa.core.ErrorCode;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each JobRunner setting checked by Bean Validation names the field (issue #13). */
class JobRunnerSettingsValidationTest {

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of(op(b -> b.workers(-1)), "workers must be greater than or equal to 0"),
        Arguments.of(op(b -> b.workers(257)), "workers must be less than or equal to 256"),
        Arguments.of(op(b -> b.runnerId("")), "runnerId size must be between 1 and 100"),
        Arguments.of(
            op(b -> b.runnerId("r".repeat(101))), "runnerId size must be between 1 and 100"),
        Arguments.of(op(b -> b.lease(Duration.ofMillis(99))), "lease must be at least 100 ms"),
        Arguments.of(
            op(b -> b.lease(Duration.ofSeconds(1)).renewEvery(Duration.ofSeconds(1))),
            "renewEvery must be shorter than the lease"),
        Arguments.of(op(b -> b.renewEvery(Duration.ZERO)), "renewEvery must be at least 1 ms"),
        Arguments.of(op(b -> b.pollInterval(Duration.ZERO)), "pollInterval must be at least 1 ms"),
        Arguments.of(op(b -> b.maxAttempts(0)), "maxAttempts must be greater than or equal to 1"),
        Arguments.of(op(b -> b.maxQueued(0)), "maxQueued must be greater than or equal to 1"),
        Arguments.of(
            op(b -> b.backoff(Duration.ofSeconds(-1), Duration.ofSeconds(1))),
            "initialBackoff must not be negative"),
        Arguments.of(
            op(b -> b.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))),
            "initialBackoff must not be greater than maxBackoff"),
        Arguments.of(
            op(b -> b.shutdownTimeout(Duration.ofSeconds(-1))),
            "shutdownTimeout must not be negative"));
  }

  private static UnaryOperator<JobRunner.Builder> op(UnaryOperator<JobRunner.Builder> op) {
    return op;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("violations")
  void eachViolation_namesTheSetting(UnaryOperator<JobRunner.Builder> change, String expected) {
    JobRunner.Builder builder =
        change.apply(JobRunner.builder().store(InMemoryJobStore.create()).handler(job -> "done"));
    BsaException e = catchThrowableOfType(BsaException.class, builder::build);
    assertThat(e).isNotNull();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_OPTION);
    assertThat(e.getMessage()).isEqualTo("Job runner settings is invalid: " + expected);
  }

  @Test
  void missingStoreAndHandler_areNamed() {
    BsaException e = catchThrowableOfType(BsaException.class, () -> JobRunner.builder().build());
    assertThat(e.getMessage())
        .isEqualTo("Job runner settings is invalid: handler must be set; store must be set");
  }
}

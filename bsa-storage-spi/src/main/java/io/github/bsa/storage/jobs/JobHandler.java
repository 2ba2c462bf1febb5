package io.github.bsa.storage.jobs;

/**
 * Does the work of one job attempt. {@link StatementJobHandler} is the standard one (parse, then
 * store); tests and hosts may supply their own.
 *
 * <p>The runner classifies what the handler throws: a {@link io.github.bsa.core.BsaException} with
 * {@link io.github.bsa.core.ErrorCode#IO_FAILURE}, {@link
 * io.github.bsa.core.ErrorCode#STORAGE_UNAVAILABLE} or {@link
 * io.github.bsa.core.ErrorCode#STORAGE_CONFLICT}, or an {@link java.io.IOException}, is transient
 * and retried with backoff; any other error code is permanent and recorded on the job; any other
 * exception fails the job without an error code.
 *
 * <p>An attempt may run more than once (a worker that dies after storing but before completing the
 * job is taken over when its lease expires), so the handler's side effects must be idempotent per
 * {@link Job#id()}: store under the job id and ignore a second store of the same id.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface JobHandler {
  /**
   * Runs one attempt.
   *
   * @param context the job and its cancellation flag
   * @return a reference to the result, such as stored statement ids (at most 1000 characters)
   * @throws Exception if the attempt failed; see the class comment for how it is classified
   */
  String handle(JobContext context) throws Exception;
}

/**
 * Background jobs: a persistent, tenant-scoped queue of parse-analyse-store work. The {@link
 * io.github.bsa.storage.jobs.JobStore} SPI keeps job state (an {@link
 * io.github.bsa.storage.jobs.InMemoryJobStore} here, {@code JdbcJobStore} in bsa-jdbc), a {@link
 * io.github.bsa.storage.jobs.JobRunner} is the one entry point: it submits a job (a statement, with
 * a {@link io.github.bsa.storage.jobs.StatementJobHandler}) and returns its id at once, and claims
 * and runs jobs with leases, retries and cancellation. See {@code docs/jobs.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.storage.jobs;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

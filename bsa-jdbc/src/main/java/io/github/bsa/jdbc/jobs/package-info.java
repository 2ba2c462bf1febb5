/**
 * A JDBC {@link io.github.bsa.storage.jobs.JobStore} for PostgreSQL and SQLite: {@link
 * io.github.bsa.jdbc.jobs.JdbcJobStore}. Several hosts may share one PostgreSQL queue.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.jdbc.jobs;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/** SQL, row mapping and dialect handling of {@link io.github.bsa.jdbc.jobs.JdbcJobStore}. */
@NullMarked
@CheckReturnValue
package io.github.bsa.jdbc.internal.jobs;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

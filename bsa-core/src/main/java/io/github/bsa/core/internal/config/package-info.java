/**
 * Validation of configuration users write (CSV layouts, PDF profiles, category rule files, job
 * runner and backup settings) with Jakarta Bean Validation through Hibernate Validator, and JSON
 * configuration read with the line and column of every value, so that a violation names the field
 * and where it is in the file. Internal: exported only to bsa's own modules (a qualified export),
 * never part of the API (ADR 0160).
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.internal.config;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

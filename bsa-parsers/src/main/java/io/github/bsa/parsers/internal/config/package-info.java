/**
 * The configuration users write for the bundled parsers, read and validated: CSV layouts and PDF
 * profiles as JSON with the position of every value, their constraints checked with Bean Validation
 * (core's {@code internal.config} facility). Open to Hibernate Validator; not exported (ADR 0160).
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.config;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

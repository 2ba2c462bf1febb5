/**
 * The immutable statement model: {@link io.github.bsa.core.model.Statement}, {@link
 * io.github.bsa.core.model.Transaction}, {@link io.github.bsa.core.model.Account}, {@link
 * io.github.bsa.core.model.Money}, {@link io.github.bsa.core.model.Iban} and the {@link
 * io.github.bsa.core.model.ParseResult} that {@link io.github.bsa.core.StatementAnalyzer} returns.
 * Every type here is immutable and safe to share between threads.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.model;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

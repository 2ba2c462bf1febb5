/**
 * The entry point of bsa: {@link io.github.bsa.core.StatementAnalyzer} parses bank statements of
 * any supported format into one model, verifies their balances and (in later releases) analyzes
 * them. Errors are reported as {@link io.github.bsa.core.BsaException} with an {@link
 * io.github.bsa.core.ErrorCode} and a {@link io.github.bsa.core.SourcePosition}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

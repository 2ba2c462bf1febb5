/**
 * The QIF (Quicken Interchange Format) parser for bank, cash, credit-card and other asset or
 * liability accounts, entry point {@link io.github.bsa.parsers.internal.qif.QifParserProvider}. See
 * {@code docs/formats/qif.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.qif;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/**
 * SWIFT MT940 (customer statement) and MT942 (interim transaction report) parsing: one streaming
 * parser, {@link io.github.bsa.parsers.internal.mt940.Mt940Parser}, behind the providers {@link
 * io.github.bsa.parsers.internal.mt940.Mt940ParserProvider} and {@link
 * io.github.bsa.parsers.internal.mt940.Mt942ParserProvider}. Dialects and the field mapping are
 * described in {@code docs/formats/mt940.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.mt940;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

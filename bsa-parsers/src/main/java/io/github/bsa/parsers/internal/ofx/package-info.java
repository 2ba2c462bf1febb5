/**
 * The OFX/QFX parser (OFX 1.x SGML and 2.x XML, bank and credit-card statements), entry point
 * {@link io.github.bsa.parsers.internal.ofx.OfxParserProvider}. See {@code docs/formats/ofx.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.ofx;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

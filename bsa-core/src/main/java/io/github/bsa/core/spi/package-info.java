/**
 * The parser SPI: implement {@link io.github.bsa.core.spi.StatementParserProvider} and register it
 * with {@link java.util.ServiceLoader} to teach {@link io.github.bsa.core.StatementAnalyzer} a new
 * format. See {@code docs/extending.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.spi;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/**
 * The parser robustness kit (published in bsa-core's test-jar): an abstract JUnit 5 test every
 * {@link io.github.bsa.core.spi.StatementParserProvider} should pass, and the throttled stream it
 * uses.
 */
@NullMarked
package io.github.bsa.core.spi.tck;

import org.jspecify.annotations.NullMarked;

/** Tests of the CAMT parsers. */
@NullMarked
package io.github.bsa.parsers.internal.camt;

import org.jspecify.annotations.NullMarked;

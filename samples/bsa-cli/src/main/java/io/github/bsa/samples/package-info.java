/** Compiled examples from the documentation; each one is run by a test. */
@NullMarked
package io.github.bsa.samples;

import org.jspecify.annotations.NullMarked;

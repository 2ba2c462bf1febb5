/** The {@code bsa} command-line tool, built on the public API only. */
@NullMarked
package io.github.bsa.cli;

import org.jspecify.annotations.NullMarked;

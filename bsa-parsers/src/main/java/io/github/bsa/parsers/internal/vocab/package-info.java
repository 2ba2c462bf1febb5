/**
 * The multilingual label vocabulary (column headers, balance lines, totals, sections) shared by the
 * PDF and CSV engines, loaded from one resource file.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.vocab;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/**
 * The CSV parser: dialect and layout detection, value parsing and streaming reading. Entry point:
 * {@link io.github.bsa.parsers.internal.csv.CsvParserProvider}; see {@code docs/formats/csv.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.csv;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/**
 * The spreadsheet ({@code .xlsx}, Office Open XML) parser, entry point {@link
 * io.github.bsa.parsers.internal.xlsx.XlsxParserProvider}: each visible sheet is read as a stream
 * of rows (cached formula values, dates stored as serial numbers or text, shared and inline
 * strings) and handed to the CSV engine, so a spreadsheet export gets the same detection, column
 * inference and verification as the bank's CSV export. The package is safe against zip bombs and
 * huge shared-string tables. See {@code docs/formats/xlsx.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.xlsx;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

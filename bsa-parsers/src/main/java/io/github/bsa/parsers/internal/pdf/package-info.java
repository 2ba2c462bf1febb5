/**
 * PDF statement parser: reads glyph positions with Apache PDFBox and rebuilds the statement table
 * by layout analysis, verified by the statement's own running balance. See {@code
 * docs/formats/pdf.md} and {@link io.github.bsa.parsers.internal.pdf.PdfParserProvider}. PDFBox
 * types never leave this package.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.pdf;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

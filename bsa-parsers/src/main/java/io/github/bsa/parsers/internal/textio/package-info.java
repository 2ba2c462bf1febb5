/**
 * Byte-to-character decoding shared by the line- and tag-based parsers: {@link
 * io.github.bsa.parsers.internal.textio.AdaptiveTextReader} decodes valid UTF-8 as UTF-8 and any
 * other byte through a single-byte legacy charset, so that files whose charset header lies still
 * read correctly.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.textio;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

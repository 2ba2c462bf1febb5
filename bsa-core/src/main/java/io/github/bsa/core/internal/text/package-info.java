/**
 * Text helpers shared by core and the bundled parsers: whitespace folding, accent removal, month
 * names and charset sniffing. Internal: exported only to {@code io.github.bsa.parsers} (a qualified
 * export), never part of the API.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.internal.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

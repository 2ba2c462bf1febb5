/**
 * The canonical JSON form of a {@link io.github.bsa.core.model.ParseResult}, described in {@code
 * docs/json-format.md}: {@link io.github.bsa.core.json.ParseResultJson} writes and reads it.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

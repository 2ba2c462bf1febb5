/**
 * Options that users of the bundled parsers may pass, and {@link io.github.bsa.parsers.BsaParsers},
 * the list of bundled parsers for applications that do not use {@link java.util.ServiceLoader}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

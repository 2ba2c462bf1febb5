/** Helpers shared by bsa's own stores; exported only to io.github.bsa.jdbc (ADR 0012). */
@NullMarked
@CheckReturnValue
package io.github.bsa.storage.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

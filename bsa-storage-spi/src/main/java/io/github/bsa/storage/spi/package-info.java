/**
 * Support for implementers of {@link io.github.bsa.storage.StatementStore}: {@link
 * io.github.bsa.storage.spi.ImportPlan} computes what a save writes (statement ids, stable
 * transaction ids, search text), so every store behaves the same way and passes the compatibility
 * kit. Hosts that only use a store do not need this package.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.storage.spi;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

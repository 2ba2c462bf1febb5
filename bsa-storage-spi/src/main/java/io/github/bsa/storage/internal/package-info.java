/**
 * Implementation helpers shared by the bsa stores (not exported, except to {@code
 * io.github.bsa.jdbc}): see {@link io.github.bsa.storage.internal.ImportPlan}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.storage.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/**
 * Tenant-safe storage of parsed statements and background jobs. Every call takes the {@link
 * io.github.bsa.storage.TenantId} the host authenticated.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.storage;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

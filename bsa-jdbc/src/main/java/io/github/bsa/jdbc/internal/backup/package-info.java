/** Implementation of backups: part format, encryption, table copy, local target (not exported). */
@NullMarked
@CheckReturnValue
package io.github.bsa.jdbc.internal.backup;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/** Implementation of the JDBC store: SQL, migrations, connection helpers (not exported). */
@NullMarked
@CheckReturnValue
package io.github.bsa.jdbc.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

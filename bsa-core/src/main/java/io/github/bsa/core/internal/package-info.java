/** Implementation details of bsa-core; not part of the API and not exported. */
@NullMarked
package io.github.bsa.core.internal;

import org.jspecify.annotations.NullMarked;

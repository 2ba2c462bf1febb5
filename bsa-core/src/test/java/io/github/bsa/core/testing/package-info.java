/** Test parsers for the discovery and facade tests. */
@NullMarked
package io.github.bsa.core.testing;

import org.jspecify.annotations.NullMarked;

/** Test support shared by the parser tests: fixture locator, truth files. */
@NullMarked
package io.github.bsa.parsers.testing;

import org.jspecify.annotations.NullMarked;

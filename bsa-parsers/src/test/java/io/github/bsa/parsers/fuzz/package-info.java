/**
 * Fuzz tests (Jazzer) and hostile-input tests for the format detector and every parser. They call
 * only the public API ({@code StatementAnalyzer} with an explicit parser list, a forced format and
 * small {@code ParseLimits}); see {@link io.github.bsa.parsers.fuzz.ParserFuzzTest}.
 */
@NullMarked
package io.github.bsa.parsers.fuzz;

import org.jspecify.annotations.NullMarked;

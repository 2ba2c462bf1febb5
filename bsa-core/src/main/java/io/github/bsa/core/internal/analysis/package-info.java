/** Analysis engines behind {@code StatementAnalyzer.analyze}; not exported. */
@NullMarked
package io.github.bsa.core.internal.analysis;

import org.jspecify.annotations.NullMarked;

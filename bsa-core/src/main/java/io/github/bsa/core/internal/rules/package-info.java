/**
 * Reading and validation of user category rule files for {@link
 * io.github.bsa.core.analysis.CategoryRules}: a JSON file read with positions, each rule checked
 * with Bean Validation ({@link io.github.bsa.core.internal.rules.RuleSpec}). Open to Hibernate
 * Validator; not exported.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.core.internal.rules;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

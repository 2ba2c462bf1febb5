/**
 * ISO 20022 cash-management parsers: camt.052 (account report), camt.053 (statement) and camt.054
 * (debit/credit notification), every published version, read by one namespace-agnostic streaming
 * StAX reader. See {@code docs/formats/camt.md}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.camt;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

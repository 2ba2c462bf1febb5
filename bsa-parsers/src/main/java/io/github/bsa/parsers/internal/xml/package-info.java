/** XML reading shared by the XML-based parsers (CAMT, spreadsheets): one hardened StAX setup. */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.xml;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

/**
 * XML reading shared by the XML-based parsers: one hardened StAX setup ({@link
 * io.github.bsa.parsers.internal.xml.SafeXml}, for OFX 2, spreadsheets and CAMT in other encodings)
 * and bsa's own streaming scanner ({@link io.github.bsa.parsers.internal.xml.XmlScanner}, CAMT in
 * UTF-8, US-ASCII and ISO-8859-1), both seen through {@link
 * io.github.bsa.parsers.internal.xml.XmlEvents}.
 */
@NullMarked
@CheckReturnValue
package io.github.bsa.parsers.internal.xml;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;

package io.github.bsa.parsers.internal.xml;

import javax.xml.stream.XMLInputFactory;

/**
 * The one StAX setup of bsa's XML parsers, hardened for files that strangers upload: no DTDs, no
 * external entities, no entity replacement, a small entity-expansion limit and a bounded element
 * depth; namespace-aware and not coalescing (text arrives in chunks, so a huge text node can be
 * refused before it is held whole). Stateless.
 */
public final class SafeXml {
  private SafeXml() {}

  /**
   * Returns a new, hardened StAX input factory. Factories are not shared: the JDK's is not
   * documented as thread-safe for configuration, and creating one is cheap next to a parse.
   *
   * @param maxElementDepth the deepest element nesting accepted
   * @return the factory
   */
  public static XMLInputFactory inputFactory(int maxElementDepth) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "100");
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "" + maxElementDepth);
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, String value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // not supported by this StAX implementation; the DTD refusal still guards the parse
    }
  }
}

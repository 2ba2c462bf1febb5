package io.github.bsa.core.internal;

import io.github.bsa.core.spi.StatementParserProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Discovers parser providers with {@link ServiceLoader}, skipping broken ones. */
public final class ParserRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(ParserRegistry.class);

  private ParserRegistry() {}

  /**
   * Loads every provider visible to the class loader, in format-id order. A provider that fails to
   * load or instantiate is logged at WARN and skipped.
   *
   * @param loader the class loader to search
   * @return the providers
   */
  public static List<StatementParserProvider> discover(ClassLoader loader) {
    List<StatementParserProvider> found = new ArrayList<>();
    ServiceLoader<StatementParserProvider> serviceLoader =
        ServiceLoader.load(StatementParserProvider.class, loader);
    Iterator<ServiceLoader.Provider<StatementParserProvider>> it =
        serviceLoader.stream().iterator();
    while (true) {
      ServiceLoader.Provider<StatementParserProvider> provider;
      try {
        if (!it.hasNext()) {
          break;
        }
        provider = it.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        LOG.warn("Skipping a parser provider that failed to load: {}", e.toString());
        continue;
      }
      try {
        StatementParserProvider instance = provider.get();
        String id = instance.formatId();
        if (id == null || id.isBlank()) {
          LOG.warn("Skipping parser provider {} without a format id", provider.type().getName());
          continue;
        }
        found.add(instance);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        LOG.warn("Skipping parser provider {}: {}", provider.type().getName(), e.toString());
      }
    }
    found.sort(Comparator.comparing(StatementParserProvider::formatId));
    return found;
  }

  /**
   * Validates a list of providers: no duplicate format ids.
   *
   * @param providers the providers
   * @return the providers keyed by format id, in id order
   * @throws IllegalStateException naming both classes when two share an id
   */
  public static Map<String, StatementParserProvider> index(
      List<StatementParserProvider> providers) {
    Map<String, StatementParserProvider> byId = new TreeMap<>();
    for (StatementParserProvider p : providers) {
      StatementParserProvider previous = byId.putIfAbsent(p.formatId(), p);
      if (previous != null) {
        throw new IllegalStateException(
            "Two parser providers share the format id '"
                + p.formatId()
                + "': "
                + previous.getClass().getName()
                + " and "
                + p.getClass().getName());
      }
    }
    return byId;
  }
}

package io.github.bsa.parsers.internal.csv;

import io.github.bsa.parsers.CsvLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bank profiles shipped as JSON resources under {@code io/github/bsa/parsers/csv/profiles/},
 * listed in {@code index.txt} there. Loaded once; immutable and thread-safe.
 */
final class CsvProfiles {
  static final String ROOT = "/io/github/bsa/parsers/csv/profiles/";

  private static final List<CsvLayout> ALL = load();

  private CsvProfiles() {}

  static List<CsvLayout> all() {
    return ALL;
  }

  static Optional<CsvLayout> named(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(p -> p.name().map(n::equals).orElse(false)).findFirst();
  }

  private static List<CsvLayout> load() {
    List<CsvLayout> out = new ArrayList<>();
    for (String file : read(ROOT + "index.txt").lines().toList()) {
      String f = file.trim();
      if (f.isEmpty() || f.startsWith("#")) {
        continue;
      }
      out.add(CsvLayout.fromJson(read(ROOT + f)));
    }
    return List.copyOf(out);
  }

  static String read(String resource) {
    try (InputStream in = CsvProfiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      StringBuilder sb = new StringBuilder();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          sb.append(line).append('\n');
        }
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.bsa.parsers.internal.csv;

import io.github.bsa.core.internal.text.Charsets;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The first stage of detection, below any meaning: the sample's charset (BOM, NUL patterns, UTF-8
 * validity), its text, whether it is binary, and the delimiter that splits it into the most records
 * of one consistent width. Stateless and thread-safe.
 */
final class CsvSniffer {
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  static final int MAX_SCAN_RECORDS = 400;

  private CsvSniffer() {}

  /** The sample split by the delimiter that fits it best. */
  record Split(char delimiter, double score, List<Row> rows) {}

  /** Detects the charset from BOM, NUL patterns and UTF-8 validity. */
  static Charset detectCharset(byte[] b, int n, Map<String, Double> confidence) {
    Optional<Charsets.Bom> bom = Charsets.bom(b, n);
    if (bom.isPresent()) {
      confidence.put("charset", 1.0);
      return bom.get().charset();
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < Math.min(n, 4096); i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          evenZero++;
        } else {
          oddZero++;
        }
      }
    }
    int half = Math.min(n, 4096) / 2;
    if (half > 4 && oddZero > half * 0.6 && evenZero < half * 0.1) {
      confidence.put("charset", 0.9);
      return StandardCharsets.UTF_16LE;
    }
    if (half > 4 && evenZero > half * 0.6 && oddZero < half * 0.1) {
      confidence.put("charset", 0.9);
      return StandardCharsets.UTF_16BE;
    }
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = b[i] >= 0;
    }
    if (ascii) {
      confidence.put("charset", 0.9);
      return StandardCharsets.UTF_8;
    }
    if (Charsets.isUtf8(b, 0, n, true)) {
      confidence.put("charset", 0.97);
      return StandardCharsets.UTF_8;
    }
    Charsets.SingleByte guess = Charsets.singleByte(b, 0, n);
    confidence.put("charset", guess.confidence());
    return guess.charset();
  }

  /** Decodes the sample, dropping a BOM and, for an incomplete sample, the last partial line. */
  static String decode(byte[] b, int n, Charset charset, boolean complete) {
    int start =
        Charsets.bom(b, n)
            .filter(m -> m.charset().equals(charset))
            .map(Charsets.Bom::length)
            .orElse(0);
    String text = new String(b, start, n - start, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (!complete) {
      int cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
      if (cut > 0) {
        text = text.substring(0, cut + 1);
      }
    }
    return text;
  }

  /** A record of the sample with the line it starts on. */
  static final class Row {
    final List<String> cells;
    final long line;
    final long record;

    Row(List<String> cells, long line, long record) {
      this.cells = cells;
      this.line = line;
      this.record = record;
    }

    String cell(int i) {
      return i < cells.size() ? cells.get(i) : "";
    }

    int nonEmpty() {
      int k = 0;
      for (String c : cells) {
        if (!c.isBlank()) {
          k++;
        }
      }
      return k;
    }
  }

  static @Nullable List<Row> rows(String text, char delimiter, @Nullable Character quote) {
    List<Row> out = new ArrayList<>();
    try {
      // lenient at the end: the sample may be cut inside a quoted field
      CsvTokenizer p =
          new CsvTokenizer(new StringReader(text), delimiter, quote, true, Integer.MAX_VALUE);
      while (p.next()) {
        out.add(new Row(p.toList(), p.line(), p.record()));
        if (out.size() >= MAX_SCAN_RECORDS) {
          break;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return null;
    }
    return out;
  }

  /** Returns the best delimiter's split of the text, or null when no delimiter splits it. */
  static @Nullable Split split(String text) {
    char bestDelimiter = ',';
    double bestScore = -1;
    List<Row> bestRows = List.of();
    for (char d : DELIMITERS) {
      List<Row> rows = rows(text, d, '"');
      if (rows == null || rows.isEmpty()) {
        continue;
      }
      double s = delimiterScore(rows);
      if (s > bestScore + 1e-9) {
        bestScore = s;
        bestDelimiter = d;
        bestRows = rows;
      }
    }
    if (bestRows.isEmpty() || bestScore <= 0) {
      return null;
    }
    return new Split(bestDelimiter, bestScore, bestRows);
  }

  static boolean looksBinary(String text) {
    int control = 0;
    int len = Math.min(text.length(), 8192);
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
        control++;
      }
    }
    return control > len / 50 + 1;
  }

  private static double delimiterScore(List<Row> rows) {
    Map<Integer, Integer> widths = new HashMap<>();
    int total = 0;
    for (Row r : rows) {
      if (r.nonEmpty() == 0) {
        continue;
      }
      widths.merge(r.cells.size(), 1, Integer::sum);
      total++;
    }
    if (total == 0) {
      return 0;
    }
    Map.Entry<Integer, Integer> mode =
        widths.entrySet().stream()
            .max(
                Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue())
                    .thenComparingInt(Map.Entry::getKey))
            .orElseThrow();
    if (mode.getKey() < 2) {
      return 0;
    }
    double consistency = (double) mode.getValue() / total;
    return consistency * Math.min(1.0, 0.6 + 0.1 * mode.getKey());
  }

  static int modalWidth(List<Row> rows) {
    Map<Integer, Integer> widths = new HashMap<>();
    for (Row r : rows) {
      if (r.nonEmpty() > 0) {
        widths.merge(r.cells.size(), 1, Integer::sum);
      }
    }
    return widths.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue()))
        .map(Map.Entry::getKey)
        .orElse(0);
  }
}

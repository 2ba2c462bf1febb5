package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.BoundingBox;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.model.ParseWarning;
import io.github.bsa.core.spi.StatementSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jspecify.annotations.Nullable;

/**
 * Tampering evidence, reported as facts with locations (never as one opaque score): the producing
 * and creating tools, a modification after creation, incremental updates, text hidden under or over
 * other text or made invisible, and amounts in one column set in a different font or size.
 * Running-balance breaks are reported by the layout engine.
 */
final class Forensics {
  private static final List<String> EDITORS =
      List.of(
          "ilovepdf",
          "smallpdf",
          "sejda",
          "pdfescape",
          "phantompdf",
          "foxit pdf editor",
          "nitro",
          "pdf-xchange",
          "pdfelement",
          "wondershare",
          "inkscape",
          "libreoffice",
          "openoffice",
          "microsoft word",
          "canva",
          "photoshop",
          "gimp",
          "pdf24",
          "soda pdf",
          "pdffiller",
          "dochub",
          "acrobat pro",
          "pdf candy",
          "pdfcandy",
          "word for");
  private static final int MAX_LOCATED_WARNINGS = 20;

  private Forensics() {}

  static void metadata(PDDocument document, int revisions, StatementSink sink) {
    PDDocumentInformation info = document.getDocumentInformation();
    String producer = info.getProducer();
    String creator = info.getCreator();
    if (producer != null && !producer.isBlank()) {
      sink.property("pdf.producer", producer.strip());
    }
    if (creator != null && !creator.isBlank()) {
      sink.property("pdf.creator", creator.strip());
    }
    Calendar created = info.getCreationDate();
    Calendar modified = info.getModificationDate();
    if (created != null) {
      sink.property("pdf.creationDate", created.toInstant().toString());
    }
    if (modified != null) {
      sink.property("pdf.modificationDate", modified.toInstant().toString());
    }
    sink.property("pdf.pages", Integer.toString(document.getNumberOfPages()));
    sink.property("pdf.revisions", Integer.toString(Math.max(1, revisions)));
    sink.property("pdf.encrypted", Boolean.toString(document.isEncrypted()));
    for (String tool : new String[] {producer, creator}) {
      if (tool != null && isEditor(tool)) {
        sink.warning(
            ParseWarning.of(
                "PDF_PRODUCER_EDITING_TOOL",
                "The document was produced or last saved by a general-purpose PDF editing or office"
                    + " tool rather than a bank's statement system (see property pdf.producer)",
                SourcePosition.UNKNOWN));
        break;
      }
    }
    if (created != null
        && modified != null
        && modified.getTimeInMillis() - created.getTimeInMillis() > 60_000) {
      sink.warning(
          ParseWarning.of(
              "PDF_MODIFIED_AFTER_CREATION",
              "The document's modification date is later than its creation date",
              SourcePosition.UNKNOWN));
    }
    if (revisions > 1) {
      sink.warning(
          ParseWarning.of(
              "PDF_INCREMENTAL_UPDATE",
              "The file holds "
                  + revisions
                  + " revisions (incremental updates appended after the original)",
              SourcePosition.UNKNOWN));
    }
  }

  static boolean isEditor(String tool) {
    String t = tool.toLowerCase(Locale.ROOT);
    for (String e : EDITORS) {
      if (t.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /** Reports glyphs drawn over other, different glyphs. Returns how many warnings were given. */
  static int overlaps(int page, List<Glyph> glyphs, StatementSink sink, int budget) {
    if (budget <= 0) {
      return 0;
    }
    List<Glyph> visible = new ArrayList<>();
    for (Glyph g : glyphs) {
      if (!g.isBlank() && g.width() > 0) {
        visible.add(g);
      }
    }
    List<Glyph> sorted = GlyphOrder.byX(visible);
    Bands bands = Bands.of(sorted);
    int reported = 0;
    BoundingBox last = null;
    for (int i = 0; i < sorted.size() && reported < budget; i++) {
      Glyph a = sorted.get(i);
      int j = bands == null ? firstOver(sorted, i) : bands.firstOver(sorted, i);
      if (j < 0) {
        continue;
      }
      Glyph b = sorted.get(j);
      BoundingBox box =
          new BoundingBox(
              Math.min(a.x(), b.x()),
              Math.min(a.baseline() - a.height(), b.baseline() - b.height()),
              Math.max(a.right(), b.right()) - Math.min(a.x(), b.x()),
              Math.max(a.height(), b.height()));
      if (last == null || Math.abs(last.y() - box.y()) > 2 || Math.abs(last.x() - box.x()) > 40) {
        sink.warning(
            ParseWarning.of(
                "PDF_OVERLAPPING_TEXT",
                "Text is drawn over other, different text",
                SourcePosition.ofPage(page).withBox(box)));
        reported++;
        last = box;
      }
    }
    return reported;
  }

  /**
   * The first glyph after {@code i} (in x order) that {@code sorted.get(i)} is drawn over, or -1:
   * the plain scan, which reads every glyph that starts within the glyph's width, on any line.
   */
  static int firstOver(List<Glyph> sorted, int i) {
    Glyph a = sorted.get(i);
    for (int j = i + 1; j < sorted.size(); j++) {
      Glyph b = sorted.get(j);
      if (b.x() >= a.right()) {
        break;
      }
      if (over(a, b)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean over(Glyph a, Glyph b) {
    float overlapX = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    float overlapY =
        Math.min(a.baseline(), b.baseline())
            - Math.max(a.baseline() - a.height(), b.baseline() - b.height());
    return overlapX > Math.min(a.width(), b.width()) * 0.6f
        && overlapY > Math.min(a.height(), b.height()) * 0.6f
        && !a.text().equals(b.text());
  }

  /**
   * The glyphs (their indexes in x order) by horizontal band of the page, so that the overlap check
   * reads only the glyphs whose vertical extent meets the glyph's, not a whole column of the page:
   * linear in the glyphs of a page instead of glyphs times lines. Two glyphs that overlap
   * vertically by a positive height share a band, so the first overlapping glyph found band by band
   * is the one the plain scan finds.
   */
  static final class Bands {
    /** Bands one glyph may span at most, and the band index bound; beyond, the plain scan. */
    private static final int MAX_SPAN = 64;

    private static final int MAX_BAND = 1 << 20;

    private final float height;
    private final int lowest;

    /** Band b's glyph indexes, ascending, end at {@code members[end[b - lowest]]}. */
    private final int[] members;

    /** Per band, the position of its first index after the current glyph. */
    private final int[] cursor;

    private final int[] end;

    private Bands(float height, int lowest, int[] start, int[] members) {
      this.height = height;
      this.lowest = lowest;
      this.members = members;
      this.cursor = Arrays.copyOf(start, start.length - 1);
      this.end = Arrays.copyOfRange(start, 1, start.length);
    }

    static @Nullable Bands of(List<Glyph> sorted) {
      int n = sorted.size();
      if (n == 0) {
        return null;
      }
      float[] heights = new float[n];
      for (int i = 0; i < n; i++) {
        float h = sorted.get(i).height();
        if (!(h > 0) || !Float.isFinite(h)) {
          return null; // only positive heights make a vertical overlap a shared band
        }
        heights[i] = h;
      }
      Arrays.sort(heights);
      float height = heights[n / 2];
      int[] from = new int[n];
      int[] to = new int[n];
      int lowest = Integer.MAX_VALUE;
      int highest = Integer.MIN_VALUE;
      long total = 0;
      for (int i = 0; i < n; i++) {
        Glyph g = sorted.get(i);
        float lo = (g.baseline() - g.height()) / height;
        float hi = g.baseline() / height;
        if (!(Math.abs(lo) < MAX_BAND) || !(Math.abs(hi) < MAX_BAND) || hi - lo > MAX_SPAN) {
          return null;
        }
        from[i] = (int) Math.floor(lo);
        to[i] = (int) Math.floor(hi);
        lowest = Math.min(lowest, from[i]);
        highest = Math.max(highest, to[i]);
        total += to[i] - from[i] + 1;
      }
      if ((long) highest - lowest > 4L * n + 1024) {
        return null; // glyphs scattered over a tall page: the plain scan
      }
      int[] start = new int[highest - lowest + 2];
      for (int i = 0; i < n; i++) {
        for (int band = from[i]; band <= to[i]; band++) {
          start[band - lowest + 1]++;
        }
      }
      for (int b = 1; b < start.length; b++) {
        start[b] += start[b - 1];
      }
      int[] members = new int[(int) total];
      int[] fill = Arrays.copyOf(start, start.length);
      for (int i = 0; i < n; i++) {
        for (int band = from[i]; band <= to[i]; band++) {
          members[fill[band - lowest]++] = i;
        }
      }
      return new Bands(height, lowest, start, members);
    }

    int firstOver(List<Glyph> sorted, int i) {
      Glyph a = sorted.get(i);
      int best = -1;
      int from = (int) Math.floor((a.baseline() - a.height()) / height) - lowest;
      int to = (int) Math.floor(a.baseline() / height) - lowest;
      for (int band = from; band <= to; band++) {
        int last = end[band];
        while (cursor[band] < last && members[cursor[band]] <= i) {
          cursor[band]++;
        }
        for (int c = cursor[band]; c < last; c++) {
          int j = members[c];
          if (best >= 0 && j >= best) {
            break;
          }
          Glyph b = sorted.get(j);
          if (b.x() >= a.right()) {
            break;
          }
          if (over(a, b)) {
            best = j;
            break;
          }
        }
      }
      return best;
    }
  }

  static void hidden(int page, int hiddenGlyphs, StatementSink sink) {
    if (hiddenGlyphs > 0) {
      sink.warning(
          ParseWarning.of(
              "PDF_INVISIBLE_TEXT",
              "The page holds " + hiddenGlyphs + " invisible glyphs, left out of the extraction",
              SourcePosition.ofPage(page)));
    }
  }

  /** Reports amounts whose font or size differs from the rest of their column. */
  static void fonts(List<Row> rows, StatementSink sink) {
    Map<String, Integer> counts = new HashMap<>();
    for (Row r : rows) {
      for (Row.Money m : r.moneyTokens) {
        counts.merge(key(m), 1, Integer::sum);
      }
    }
    Map<ColumnKind, String> dominant = new HashMap<>();
    Map<ColumnKind, Integer> max = new HashMap<>();
    Map<ColumnKind, Integer> total = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      ColumnKind kind = ColumnKind.valueOf(e.getKey().substring(0, e.getKey().indexOf('|')));
      total.merge(kind, e.getValue(), Integer::sum);
      if (e.getValue() > max.getOrDefault(kind, 0)) {
        max.put(kind, e.getValue());
        dominant.put(kind, e.getKey());
      }
    }
    int reported = 0;
    for (Row r : rows) {
      for (Row.Money m : r.moneyTokens) {
        ColumnKind kind = m.kind();
        String d = dominant.get(kind);
        Token t = m.token();
        // only where the column has a clear house style does a different font stand out
        if (d != null
            && max.getOrDefault(kind, 0) * 10 >= total.getOrDefault(kind, 0) * 8
            && !key(m).equals(d)
            && reported < MAX_LOCATED_WARNINGS) {
          sink.warning(
              ParseWarning.of(
                  "PDF_FONT_MISMATCH",
                  "An amount is set in a different font or size from the rest of its column",
                  SourcePosition.ofPage(r.page).withLine(r.indexOnPage).withBox(t.box())));
          reported++;
        }
      }
    }
  }

  private static String key(Row.Money m) {
    return m.kind().name() + "|" + m.token().font + "@" + Math.round(m.token().size * 10);
  }
}

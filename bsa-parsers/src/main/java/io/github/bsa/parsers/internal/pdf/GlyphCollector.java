package io.github.bsa.parsers.internal.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * Collects every glyph of a page with its position, font and size. It hooks {@link
 * #processTextPosition(TextPosition)} instead of using {@code getText()}: the layout engine
 * rebuilds words, lines and columns itself, so PDFTextStripper's own line ordering, de-duplication
 * and text output are skipped. Glyphs that a reader cannot see (text rendering mode "invisible")
 * are counted apart, as tampering evidence, and kept out of the layout, unless they are all the
 * text of a scanned page (an OCR layer), see {@link #invisibleGlyphs()}.
 */
final class GlyphCollector extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();
  private final List<Glyph> invisible = new ArrayList<>();
  private int hiddenGlyphs;

  /** The font of the last glyph and its name: runs of glyphs share their font. */
  private @Nullable PDFont lastFont;

  private @Nullable String lastFontName;

  GlyphCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  /** Returns the visible glyphs of one page (1-based), in content-stream order. */
  List<Glyph> collect(PDDocument document, int page) throws IOException {
    glyphs.clear();
    invisible.clear();
    hiddenGlyphs = 0;
    lastFont = null;
    lastFontName = null;
    setStartPage(page);
    setEndPage(page);
    writeText(document, new StringWriter());
    return new ArrayList<>(glyphs);
  }

  /**
   * Returns the invisible glyphs of the last collected page: on a scanned page whose only text is
   * invisible (an OCR layer over the image), these are the page's text.
   */
  List<Glyph> invisibleGlyphs() {
    return new ArrayList<>(invisible);
  }

  /** Returns how many glyphs of the last collected page were invisible. */
  int hiddenGlyphs() {
    return hiddenGlyphs;
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null || unicode.isEmpty()) {
      return;
    }
    if (!isAscii(unicode)) {
      unicode = Normalizer.normalize(unicode, Normalizer.Form.NFKC); // ligatures such as "ﬁ"
    }
    boolean hidden = isInvisible();
    if (hidden && !unicode.isBlank()) {
      hiddenGlyphs++;
    }
    float size = text.getFontSizeInPt();
    if (!(size > 0) || !Float.isFinite(size)) {
      size = Math.max(1f, Math.abs(text.getHeightDir()));
    }
    float height = text.getHeightDir();
    if (!(height > 0) || height > size * 2) {
      height = size * 0.7f;
    }
    float x = text.getXDirAdj();
    float y = text.getYDirAdj();
    float w = text.getWidthDirAdj();
    if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(w)) {
      return;
    }
    Glyph g = new Glyph(unicode, x, y, Math.max(0, w), height, fontNameOf(text.getFont()), size);
    (hidden ? invisible : glyphs).add(g);
  }

  /** The font's name, kept for the same font object: runs of glyphs share their font. */
  @SuppressWarnings("ReferenceEquality") // the same PDFont object, not an equal one
  private String fontNameOf(@Nullable PDFont font) {
    String name = lastFontName;
    if (font != lastFont || name == null) {
      name = fontName(font);
      lastFont = font;
      lastFontName = name;
    }
    return name;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private boolean isInvisible() {
    PDGraphicsState state = getGraphicsState();
    if (state == null) {
      return false;
    }
    return state.getTextState().getRenderingMode() == RenderingMode.NEITHER;
  }

  private static String fontName(@Nullable PDFont font) {
    if (font == null) {
      return "";
    }
    String name = font.getName();
    if (name == null) {
      return "";
    }
    int plus = name.indexOf('+');
    return plus == 6 ? name.substring(7) : name;
  }
}

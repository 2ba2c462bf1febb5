package io.github.bsa.parsers.internal.pdf;

import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Rejects a page whose CID fonts declare absurd glyph-width ranges before PDFBox reads them. PDFBox
 * expands each {@code c_first c_last w} range of a CID font's {@code /W} (and {@code /W2}) array
 * into one map entry per CID, so a single range of two billion CIDs exhausts any heap (issue #17,
 * {@code pdf-absurd-glyph-counts}). CIDs are 16-bit in practice; the walk covers the page's fonts,
 * its form XObjects and Type 3 fonts' resources, bounded in depth and visiting each object once.
 * Reads only the COS dictionaries, never instantiates a font.
 */
final class FontGuard {
  /** Widest CID range accepted in one entry, and in total per font. */
  static final long MAX_CIDS = 1 << 16;

  private static final int MAX_DEPTH = 16;

  private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  private FontGuard() {}

  static void check(PDPage page, int pageNumber) {
    new FontGuard()
        .resources(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), 0, pageNumber);
  }

  private void resources(@org.jspecify.annotations.Nullable COSBase base, int depth, int page) {
    if (!(base instanceof COSDictionary resources) || depth > MAX_DEPTH || !seen.add(resources)) {
      return;
    }
    if (resources.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
      for (COSName name : fonts.keySet()) {
        if (fonts.getDictionaryObject(name) instanceof COSDictionary font && seen.add(font)) {
          font(font, depth, page);
        }
      }
    }
    if (resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
      for (COSName name : xobjects.keySet()) {
        if (xobjects.getDictionaryObject(name) instanceof COSStream form
            && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
          resources(form.getDictionaryObject(COSName.RESOURCES), depth + 1, page);
        }
      }
    }
  }

  private void font(COSDictionary font, int depth, int page) {
    if (COSName.TYPE3.equals(font.getCOSName(COSName.SUBTYPE))) {
      resources(font.getDictionaryObject(COSName.RESOURCES), depth + 1, page);
    }
    if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
      for (int i = 0; i < descendants.size(); i++) {
        if (descendants.getObject(i) instanceof COSDictionary cid) {
          widths(cid.getDictionaryObject(COSName.W), 1, page);
          widths(cid.getDictionaryObject(COSName.W2), 3, page);
        }
      }
    }
  }

  /** Walks a /W or /W2 array: {@code c [w ...]} or {@code c_first c_last w...}. */
  private static void widths(
      @org.jspecify.annotations.Nullable COSBase base, int valuesPerRange, int page) {
    if (!(base instanceof COSArray array)) {
      return;
    }
    long total = 0;
    int i = 0;
    while (i + 1 < array.size()) {
      COSBase next = array.getObject(i + 1);
      if (next instanceof COSArray list) {
        total += list.size();
        i += 2;
      } else if (array.getObject(i) instanceof COSNumber first && next instanceof COSNumber last) {
        long span = last.longValue() - first.longValue() + 1;
        if (span > MAX_CIDS) {
          throw tooWide(page);
        }
        total += Math.max(0, span);
        i += 2 + valuesPerRange;
      } else {
        i += 2;
      }
      if (total > MAX_CIDS) {
        throw tooWide(page);
      }
    }
  }

  private static StatementParseException tooWide(int page) {
    return StatementParseException.malformed(
        PdfStatementParser.FORMAT,
        "A font declares glyph widths for more than "
            + MAX_CIDS
            + " characters (damaged or hostile PDF)",
        SourcePosition.ofPage(page));
  }
}

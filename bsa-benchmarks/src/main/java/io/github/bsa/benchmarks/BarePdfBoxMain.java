package io.github.bsa.benchmarks;

import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The start-up peer of {@code ./bsa parse file.pdf}: a fresh JVM that loads a PDF with bare PDFBox
 * and extracts its text sorted by position, printing the number of characters.
 *
 * <p>Run: {@code java -cp bsa-benchmarks/target/benchmarks.jar
 * io.github.bsa.benchmarks.BarePdfBoxMain file.pdf}
 */
public final class BarePdfBoxMain {
  private BarePdfBoxMain() {}

  /**
   * Extracts the text of one PDF.
   *
   * @param args the PDF's path
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      System.out.println(stripper.getText(doc).length() + " characters");
    }
  }
}

package io.github.bsa.parsers;

/** The stated size of the generated PDF corpus ({@code pdf-dev}), for the tests that read it. */
public final class PdfDevMinimum {
  /** The least number of PDF inputs {@code pdf-dev} must hold (it holds 12). */
  public static final int FILES = 12;

  private PdfDevMinimum() {}
}

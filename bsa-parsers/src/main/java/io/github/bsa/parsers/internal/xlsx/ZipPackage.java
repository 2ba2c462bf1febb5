package io.github.bsa.parsers.internal.xlsx;

import io.github.bsa.core.LimitExceededException;
import io.github.bsa.core.SourcePosition;
import io.github.bsa.core.StatementParseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a workbook's zip package, read with bounds: every part's inflated size counts
 * against one budget (the parse's {@code maxBytes}), and a part that inflates to more than {@value
 * #MAX_RATIO} times its compressed size (beyond the first {@value #RATIO_FREE_BYTES} bytes) is a
 * zip bomb, refused before it costs time. Entry names are looked up, never extracted to disk. Not
 * thread-safe; closing closes the zip file.
 */
final class ZipPackage implements AutoCloseable {
  /** Most entries a workbook may have; real workbooks have tens. */
  static final int MAX_ENTRIES = 10_000;

  /** Largest inflated-to-compressed ratio accepted; sheet XML compresses about 10 to 30 times. */
  static final int MAX_RATIO = 250;

  /** Bytes a part may inflate to before the ratio is checked. */
  static final long RATIO_FREE_BYTES = 4L << 20;

  private final ZipFile zip;
  private final long budget;
  private long inflated;

  private ZipPackage(ZipFile zip, long budget) {
    this.zip = zip;
    this.budget = budget;
  }

  /**
   * Opens the package.
   *
   * @param file the spooled workbook
   * @param budget the most bytes all parts together may inflate to
   * @return the package
   * @throws StatementParseException if the file is not a readable zip file
   */
  static ZipPackage open(Path file, long budget) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw StatementParseException.malformed(
          XlsxStatementParser.FORMAT,
          "The workbook is not a readable zip file (truncated or damaged)",
          SourcePosition.UNKNOWN);
    }
    if (zip.size() > MAX_ENTRIES) {
      zip.close();
      throw new LimitExceededException("zipEntries", MAX_ENTRIES, SourcePosition.UNKNOWN);
    }
    return new ZipPackage(zip, budget);
  }

  /**
   * Returns whether the package has a part.
   *
   * @param name the part name without a leading slash
   * @return whether present
   */
  boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /**
   * Opens a part for reading, or returns {@code null} when there is none.
   *
   * @param name the part name without a leading slash
   * @return the bounded stream, or {@code null}
   */
  @Nullable InputStream openOrNull(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null || entry.isDirectory()) {
      return null;
    }
    try {
      return new Bounded(zip.getInputStream(entry), entry.getCompressedSize(), name);
    } catch (ZipException e) {
      throw damaged(name);
    }
  }

  /**
   * Opens a part that must be there.
   *
   * @param name the part name
   * @return the bounded stream
   * @throws StatementParseException if it is missing
   */
  InputStream open(String name) throws IOException {
    InputStream in = openOrNull(name);
    if (in == null) {
      throw StatementParseException.malformed(
          XlsxStatementParser.FORMAT, "The workbook has no part " + name, SourcePosition.UNKNOWN);
    }
    return in;
  }

  private static StatementParseException damaged(String name) {
    return StatementParseException.malformed(
        XlsxStatementParser.FORMAT,
        "The workbook part " + name + " cannot be inflated (damaged or unsupported compression)",
        SourcePosition.UNKNOWN);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** Counts what a part inflates to against the ratio and the package's budget. */
  private final class Bounded extends FilterInputStream {
    private final long compressed;
    private final String name;
    private long count;

    Bounded(InputStream in, long compressed, String name) {
      super(in);
      this.compressed = compressed;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = inflate(() -> super.read());
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = inflate(() -> super.read(b, off, len));
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private int inflate(IoRead read) throws IOException {
      try {
        return read.get();
      } catch (ZipException e) {
        throw damaged(name);
      }
    }

    private void add(int n) {
      count += n;
      inflated += n;
      if (inflated > budget) {
        throw new LimitExceededException("maxBytes", budget, SourcePosition.UNKNOWN);
      }
      if (count > RATIO_FREE_BYTES && count > MAX_RATIO * Math.max(compressed, 1L)) {
        throw new LimitExceededException("zipCompressionRatio", MAX_RATIO, SourcePosition.UNKNOWN);
      }
    }
  }

  @FunctionalInterface
  private interface IoRead {
    int get() throws IOException;
  }
}

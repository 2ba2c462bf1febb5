package io.github.bsa.core;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where something is in a source file: a line and column for text formats, a record number (the
 * n-th transaction or statement, 1-based), a page and a bounding box for PDFs. Each part is 0 (or
 * empty) when unknown. Immutable.
 *
 * @since 0.1
 */
public final class SourcePosition {
  /** A position that is not known. */
  public static final SourcePosition UNKNOWN = new SourcePosition(0, 0, 0, 0, null);

  private final long line;
  private final int column;
  private final int page;
  private final long record;
  private final @Nullable BoundingBox box;

  private SourcePosition(long line, int column, int page, long record, @Nullable BoundingBox box) {
    if (line < 0 || column < 0 || page < 0 || record < 0) {
      throw new IllegalArgumentException("positions are 1-based, or 0 when unknown");
    }
    this.line = line;
    this.column = column;
    this.page = page;
    this.record = record;
    this.box = box;
  }

  /**
   * Returns the position of a line (1-based).
   *
   * @param line the line number
   * @return the position
   */
  public static SourcePosition ofLine(long line) {
    return new SourcePosition(line, 0, 0, 0, null);
  }

  /**
   * Returns the position of a line and a column (both 1-based).
   *
   * @param line the line number
   * @param column the column number
   * @return the position
   */
  public static SourcePosition of(long line, int column) {
    return new SourcePosition(line, column, 0, 0, null);
  }

  /**
   * Returns the position of the n-th record (1-based), such as the third transaction.
   *
   * @param record the record number
   * @return the position
   */
  public static SourcePosition ofRecord(long record) {
    return new SourcePosition(0, 0, 0, record, null);
  }

  /**
   * Returns the position of a page (1-based).
   *
   * @param page the page number
   * @return the position
   */
  public static SourcePosition ofPage(int page) {
    return new SourcePosition(0, 0, page, 0, null);
  }

  /**
   * Returns a copy with the given line.
   *
   * @param newLine the line, or 0
   * @return the copy
   */
  public SourcePosition withLine(long newLine) {
    return new SourcePosition(newLine, column, page, record, box);
  }

  /**
   * Returns a copy with the given record number.
   *
   * @param newRecord the record, or 0
   * @return the copy
   */
  public SourcePosition withRecord(long newRecord) {
    return new SourcePosition(line, column, page, newRecord, box);
  }

  /**
   * Returns a copy with the given page.
   *
   * @param newPage the page, or 0
   * @return the copy
   */
  public SourcePosition withPage(int newPage) {
    return new SourcePosition(line, column, newPage, record, box);
  }

  /**
   * Returns a copy with the given bounding box.
   *
   * @param newBox the box on the page
   * @return the copy
   */
  public SourcePosition withBox(BoundingBox newBox) {
    return new SourcePosition(line, column, page, record, requireNonNull(newBox, "newBox"));
  }

  /**
   * Returns the 1-based line, or 0 when unknown.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column, or 0 when unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the 1-based page, or 0 when unknown.
   *
   * @return the page
   */
  public int page() {
    return page;
  }

  /**
   * Returns the 1-based record number, or 0 when unknown.
   *
   * @return the record
   */
  public long record() {
    return record;
  }

  /**
   * Returns the bounding box on the page, when known.
   *
   * @return the box
   */
  public Optional<BoundingBox> box() {
    return Optional.ofNullable(box);
  }

  /**
   * Returns whether any part of the position is known.
   *
   * @return {@code true} unless this is {@link #UNKNOWN}
   */
  public boolean isKnown() {
    return line > 0 || page > 0 || record > 0 || box != null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SourcePosition p
        && line == p.line
        && column == p.column
        && page == p.page
        && record == p.record
        && Objects.equals(box, p.box);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, page, record, box);
  }

  /** Returns a readable form such as {@code "line 14, record 3"} or {@code "unknown position"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (page > 0) {
      sb.append("page ").append(page);
    }
    if (line > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("line ").append(line);
    }
    if (column > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("column ").append(column);
    }
    if (record > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append("record ").append(record);
    }
    return sb.length() == 0 ? "unknown position" : sb.toString();
  }
}

package io.github.bsa.core;

/**
 * A rectangle on a page, in PDF points (1/72 inch) with the origin at the top-left corner of the
 * page and y growing downwards.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, not negative
 * @param height height, not negative
 * @since 0.1
 */
public record BoundingBox(float x, float y, float width, float height) {
  /**
   * Validates the rectangle.
   *
   * @throws IllegalArgumentException if a size is negative or a value is not finite
   */
  public BoundingBox {
    if (!(width >= 0) || !(height >= 0) || !Float.isFinite(x) || !Float.isFinite(y)) {
      throw new IllegalArgumentException("invalid bounding box");
    }
  }

  /**
   * Returns the smallest box that holds this box and another.
   *
   * @param other the other box
   * @return the union
   */
  public BoundingBox union(BoundingBox other) {
    float left = Math.min(x, other.x);
    float top = Math.min(y, other.y);
    float right = Math.max(x + width, other.x + other.width);
    float bottom = Math.max(y + height, other.y + other.height);
    return new BoundingBox(left, top, right - left, bottom - top);
  }
}

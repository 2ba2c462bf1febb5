package io.github.bsa.core.internal.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** BigDecimal helpers: fixed rounding, no floating point. */
final class Money2 {
  private Money2() {}

  static BigDecimal divide(BigDecimal sum, long n, int scale) {
    if (n == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return sum.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_EVEN);
  }

  static int scaleOf(List<BigDecimal> values) {
    int s = 2;
    for (BigDecimal v : values) {
      s = Math.max(s, v.scale());
    }
    return Math.min(s, 8);
  }

  /** Population coefficient of variation, 4 decimals; 0 for fewer than two values. */
  static BigDecimal variability(List<BigDecimal> values) {
    if (values.size() < 2) {
      return BigDecimal.ZERO.setScale(4);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    BigDecimal n = BigDecimal.valueOf(values.size());
    BigDecimal mean = sum.divide(n, MathContext.DECIMAL64);
    if (mean.signum() == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    BigDecimal sq = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      BigDecimal d = v.subtract(mean);
      sq = sq.add(d.multiply(d));
    }
    BigDecimal sd = sq.divide(n, MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64);
    return sd.divide(mean.abs(), 4, RoundingMode.HALF_EVEN);
  }

  static String plain(BigDecimal v) {
    return v.toPlainString();
  }
}

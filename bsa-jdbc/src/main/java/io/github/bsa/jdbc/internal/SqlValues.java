package io.github.bsa.jdbc.internal;

import io.github.bsa.jdbc.Dialect;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Binds and reads values the way each dialect stores them: PostgreSQL has {@code DATE} and {@code
 * NUMERIC}, SQLite keeps ISO dates and plain decimal strings as text. Also encodes the attribute
 * map as text. Immutable, thread-safe.
 */
public final class SqlValues {
  private final Dialect dialect;

  /**
   * Creates the binder of a dialect.
   *
   * @param dialect the dialect
   */
  public SqlValues(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Binds a date or SQL {@code NULL}.
   *
   * @throws SQLException from the driver
   */
  public void setDate(PreparedStatement ps, int i, @Nullable LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, dialect == Dialect.POSTGRESQL ? Types.DATE : Types.VARCHAR);
    } else if (dialect == Dialect.POSTGRESQL) {
      ps.setObject(i, d);
    } else {
      ps.setString(i, isoDate(d));
    }
  }

  /**
   * Returns {@link LocalDate#toString()} of a date, with a shortcut for years 1000 to 9999 (every
   * statement date): the text SQLite stores, one array copy instead of a growing builder.
   *
   * @param d the date
   * @return {@code yyyy-MM-dd}
   */
  static String isoDate(LocalDate d) {
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      return d.toString();
    }
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    byte[] b = {
      (byte) ('0' + y / 1000),
      (byte) ('0' + y / 100 % 10),
      (byte) ('0' + y / 10 % 10),
      (byte) ('0' + y % 10),
      '-',
      (byte) ('0' + m / 10),
      (byte) ('0' + m % 10),
      '-',
      (byte) ('0' + day / 10),
      (byte) ('0' + day % 10)
    };
    return new String(b, StandardCharsets.US_ASCII);
  }

  /**
   * Reads a date column.
   *
   * @throws SQLException from the driver
   */
  public @Nullable LocalDate getDate(ResultSet rs, int i) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      return rs.getObject(i, LocalDate.class);
    }
    String s = rs.getString(i);
    return s == null ? null : LocalDate.parse(s);
  }

  /**
   * Binds a decimal or SQL {@code NULL}.
   *
   * @throws SQLException from the driver
   */
  public void setDecimal(PreparedStatement ps, int i, @Nullable BigDecimal d) throws SQLException {
    if (d == null) {
      ps.setNull(i, dialect == Dialect.POSTGRESQL ? Types.NUMERIC : Types.VARCHAR);
    } else if (dialect == Dialect.POSTGRESQL) {
      ps.setBigDecimal(i, d);
    } else {
      ps.setString(i, d.toPlainString());
    }
  }

  /**
   * Binds a string or SQL {@code NULL}.
   *
   * @throws SQLException from the driver
   */
  public static void setString(PreparedStatement ps, int i, @Nullable String s)
      throws SQLException {
    if (s == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, s);
    }
  }

  /**
   * Encodes attributes as {@code key=value} lines, escaping {@code %}, newline and {@code =}.
   *
   * @return the text
   */
  public static String encodeAttributes(Map<String, String> attributes) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      b.append(escape(e.getKey())).append('=').append(escape(e.getValue())).append('\n');
    }
    return b.toString();
  }

  /**
   * Decodes {@link #encodeAttributes}.
   *
   * @return the attributes, sorted by key
   */
  public static Map<String, String> decodeAttributes(@Nullable String text) {
    Map<String, String> out = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String line : text.split("\n", -1)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
      }
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D").replace("=", "%3D");
  }

  private static String unescape(String s) {
    return s.replace("%3D", "=").replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }
}

package io.github.bsa.jdbc.internal.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The portable row format of a backup part and the per-table content checksum. Values are reduced
 * to four logical kinds whatever the dialect: null, a 64-bit integer (booleans as 0/1), text
 * (numerics as plain decimal text, dates as ISO text) and bytes; so the same rows read from SQLite
 * and PostgreSQL encode to the same bytes. The content checksum is the sum modulo 2^256 of the
 * SHA-256 of each row's encoding: independent of row order (which differs between dialects'
 * collations), but any changed, missing or added row changes it.
 *
 * <p>Part layout (before compression and encryption): {@code "BSAT1"}, the table name, the column
 * count and names, then {@code 1, row} for each row and {@code 0, row count} at the end.
 */
public final class Rows {
  private static final byte[] MAGIC = "BSAT1".getBytes(StandardCharsets.US_ASCII);
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);
  private static final byte NULL = 0;
  private static final byte LONG = 1;
  private static final byte TEXT = 2;
  private static final byte BYTES = 3;

  private Rows() {}

  /** Accumulates the row count and content checksum of a table. Not thread-safe. */
  public static final class Digest {
    private final MessageDigest sha;
    private BigInteger sum = BigInteger.ZERO;
    private long rows;

    /** Creates an empty digest. */
    public Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(byte[] encodedRow) {
      sum = sum.add(new BigInteger(1, sha.digest(encodedRow))).mod(MOD);
      rows++;
    }

    /**
     * Adds a row.
     *
     * @param row the values
     */
    public void add(@Nullable Object[] row) {
      add(encode(row));
    }

    /**
     * Returns the number of rows added.
     *
     * @return the count
     */
    public long rows() {
      return rows;
    }

    /**
     * Returns the content checksum, 64 hex digits.
     *
     * @return the checksum
     */
    public String checksum() {
      String hex = sum.toString(16);
      return "0".repeat(64 - hex.length()) + hex;
    }
  }

  /**
   * Reads the current row of a result set as portable values.
   *
   * @param rs the result set
   * @param columns the column count
   * @return the values
   * @throws SQLException if reading fails
   */
  public static @Nullable Object[] read(ResultSet rs, int columns) throws SQLException {
    @Nullable Object[] row = new Object[columns];
    for (int i = 0; i < columns; i++) {
      Object v = rs.getObject(i + 1);
      row[i] = v == null ? null : portable(v);
    }
    return row;
  }

  private static Object portable(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof byte[] b) {
      return b;
    }
    if (v instanceof Double || v instanceof Float) {
      return BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
    }
    return v.toString();
  }

  /**
   * Binds portable values to an insert, converted to the target columns' SQL types.
   *
   * @param ps the statement
   * @param row the values
   * @param types the target columns' {@link Types}
   * @throws SQLException if binding fails
   */
  public static void bind(PreparedStatement ps, @Nullable Object[] row, int[] types)
      throws SQLException {
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      int t = types[i];
      int p = i + 1;
      if (v == null) {
        ps.setNull(p, t);
      } else if (v instanceof Long l) {
        if (t == Types.BOOLEAN || t == Types.BIT) {
          ps.setBoolean(p, l != 0);
        } else if (isText(t)) {
          ps.setString(p, Long.toString(l));
        } else {
          ps.setLong(p, l);
        }
      } else if (v instanceof String s) {
        switch (t) {
          case Types.DATE -> ps.setObject(p, LocalDate.parse(s));
          case Types.NUMERIC, Types.DECIMAL -> ps.setBigDecimal(p, new BigDecimal(s));
          case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> ps.setLong(p, Long.parseLong(s));
          default -> ps.setString(p, s);
        }
      } else {
        ps.setBytes(p, (byte[]) v);
      }
    }
  }

  private static boolean isText(int t) {
    return t == Types.VARCHAR || t == Types.CHAR || t == Types.LONGVARCHAR || t == Types.CLOB;
  }

  /**
   * Encodes one row.
   *
   * @param row the values
   * @return the bytes
   */
  static byte[] encode(@Nullable Object[] row) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (Object v : row) {
        if (v == null) {
          out.writeByte(NULL);
        } else if (v instanceof Long l) {
          out.writeByte(LONG);
          out.writeLong(l);
        } else if (v instanceof String s) {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          out.writeByte(TEXT);
          out.writeInt(b.length);
          out.write(b);
        } else {
          byte[] b = (byte[]) v;
          out.writeByte(BYTES);
          out.writeInt(b.length);
          out.write(b);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes a part. Not thread-safe. */
  public static final class Writer {
    private final DataOutputStream out;
    private final Digest digest = new Digest();

    /**
     * Writes the header.
     *
     * @param out the destination
     * @param table the table
     * @param columns the column names
     * @throws IOException if writing fails
     */
    public Writer(DataOutputStream out, String table, List<String> columns) throws IOException {
      this.out = out;
      out.write(MAGIC);
      out.writeUTF(table);
      out.writeInt(columns.size());
      for (String c : columns) {
        out.writeUTF(c);
      }
    }

    /**
     * Writes a row.
     *
     * @param row the values
     * @throws IOException if writing fails
     */
    public void write(@Nullable Object[] row) throws IOException {
      byte[] b = encode(row);
      digest.add(b);
      out.writeByte(1);
      out.write(b);
    }

    /**
     * Writes the trailer (does not close the stream).
     *
     * @return the digest of the rows written
     * @throws IOException if writing fails
     */
    public Digest finish() throws IOException {
      out.writeByte(0);
      out.writeLong(digest.rows());
      out.flush();
      return digest;
    }
  }

  /** Reads a part. Not thread-safe. */
  public static final class Reader {
    private final DataInputStream in;
    private final String table;
    private final List<String> columns;
    private boolean done;

    /**
     * Reads the header.
     *
     * @param in the plain part bytes
     * @throws IOException if it is not a part
     */
    public Reader(DataInputStream in) throws IOException {
      this.in = in;
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a backup table part");
      }
      table = in.readUTF();
      int n = in.readInt();
      if (n < 1 || n > 1000) {
        throw new IOException("impossible column count");
      }
      List<String> cols = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        cols.add(in.readUTF());
      }
      columns = List.copyOf(cols);
    }

    /**
     * Returns the table name.
     *
     * @return the table
     */
    public String table() {
      return table;
    }

    /**
     * Returns the column names.
     *
     * @return the columns
     */
    public List<String> columns() {
      return columns;
    }

    /**
     * Returns the next row, or null after the last.
     *
     * @return the row
     * @throws IOException if the part is damaged
     */
    public @Nullable Object @Nullable [] next() throws IOException {
      if (done) {
        return null;
      }
      try {
        byte marker = in.readByte();
        if (marker == 0) {
          in.readLong();
          done = true;
          return null;
        }
        @Nullable Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
          byte tag = in.readByte();
          switch (tag) {
            case NULL -> row[i] = null;
            case LONG -> row[i] = in.readLong();
            case TEXT, BYTES -> {
              int len = in.readInt();
              if (len < 0 || len > 256 * 1024 * 1024) {
                throw new IOException("impossible value length");
              }
              byte[] b = new byte[len];
              in.readFully(b);
              row[i] = tag == TEXT ? new String(b, StandardCharsets.UTF_8) : b;
            }
            default -> throw new IOException("unknown value tag");
          }
        }
        return row;
      } catch (EOFException e) {
        throw new IOException("the part is cut off", e);
      }
    }
  }

  /**
   * Returns a hex SHA-256 helper.
   *
   * @param md a finished digest
   * @return the hex digest
   */
  public static String hex(MessageDigest md) {
    return HexFormat.of().formatHex(md.digest());
  }
}

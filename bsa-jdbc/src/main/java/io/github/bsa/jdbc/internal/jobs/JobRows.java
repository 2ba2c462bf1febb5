package io.github.bsa.jdbc.internal.jobs;

import io.github.bsa.core.DateOrder;
import io.github.bsa.core.ErrorCode;
import io.github.bsa.storage.TenantId;
import io.github.bsa.storage.jobs.Job;
import io.github.bsa.storage.jobs.JobId;
import io.github.bsa.storage.jobs.JobPayload;
import io.github.bsa.storage.jobs.JobState;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Maps {@code bsa_job} rows to {@link Job}s and back. Stateless. */
public final class JobRows {
  /** Every column, in the order {@link #read} expects. */
  public static final String COLUMNS =
      "id, tenant_id, state, attempts, max_attempts, created_at, updated_at, run_at, started_at,"
          + " finished_at, lease_owner, lease_expires_at, cancel_requested, error_code,"
          + " error_message, result_ref, file_name, format, date_order, charset, format_options,"
          + " run_analysis, payload";

  private JobRows() {}

  /**
   * Reads the current row.
   *
   * @param rs a result set over {@link #COLUMNS}
   * @return the job
   * @throws SQLException if a column cannot be read
   */
  public static Job read(ResultSet rs) throws SQLException {
    String errorCode = rs.getString("error_code");
    String dateOrder = rs.getString("date_order");
    byte[] bytes = rs.getBytes("payload");
    JobPayload payload =
        JobPayload.restore(
            bytes == null ? new byte[0] : bytes,
            rs.getString("file_name"),
            rs.getString("format"),
            dateOrder == null ? null : DateOrder.valueOf(dateOrder),
            rs.getString("charset"),
            decodeOptions(rs.getString("format_options")),
            rs.getBoolean("run_analysis"));
    return Job.builder()
        .id(JobId.parse(rs.getString("id")))
        .tenant(TenantId.of(rs.getString("tenant_id")))
        .state(JobState.valueOf(rs.getString("state")))
        .attempts(rs.getInt("attempts"))
        .maxAttempts(rs.getInt("max_attempts"))
        .createdAt(Instant.ofEpochMilli(rs.getLong("created_at")))
        .updatedAt(Instant.ofEpochMilli(rs.getLong("updated_at")))
        .runAt(Instant.ofEpochMilli(rs.getLong("run_at")))
        .startedAt(instant(rs, "started_at"))
        .finishedAt(instant(rs, "finished_at"))
        .lease(rs.getString("lease_owner"), instant(rs, "lease_expires_at"))
        .cancelRequested(rs.getBoolean("cancel_requested"))
        .error(errorCode == null ? null : errorCode(errorCode), rs.getString("error_message"))
        .resultRef(rs.getString("result_ref"))
        .payload(payload)
        .build();
  }

  private static @Nullable ErrorCode errorCode(String name) {
    try {
      return ErrorCode.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null; // written by a newer version; the message still tells
    }
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  /**
   * Binds a nullable long.
   *
   * @param ps the statement
   * @param index the parameter index
   * @param value the value, or {@code null}
   * @throws SQLException if binding fails
   */
  public static void setLong(PreparedStatement ps, int index, @Nullable Long value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  /**
   * Binds a nullable string.
   *
   * @param ps the statement
   * @param index the parameter index
   * @param value the value, or {@code null}
   * @throws SQLException if binding fails
   */
  public static void setString(PreparedStatement ps, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  /**
   * Encodes format options as {@code key=value&...} with both parts URL-encoded (UTF-8).
   *
   * @param options the options
   * @return the text, empty for no options
   */
  public static String encodeOptions(Map<String, String> options) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  /**
   * Decodes {@link #encodeOptions}.
   *
   * @param text the text, or {@code null}
   * @return the options
   */
  public static Map<String, String> decodeOptions(@Nullable String text) {
    Map<String, String> options = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return options;
    }
    for (String pair : text.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        options.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return options;
  }
}

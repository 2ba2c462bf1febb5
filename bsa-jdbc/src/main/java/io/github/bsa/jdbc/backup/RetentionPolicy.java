package io.github.bsa.jdbc.backup;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups {@link Backups#prune(RetentionPolicy)} keeps: the newest {@code last}, plus the
 * newest backup of each day for {@code days} days, of each week (Monday to Sunday) for {@code
 * weeks} weeks and of each month for {@code months} months, counted back from the clock's today in
 * the policy's zone. The newest verified backup is always kept, whatever the policy says. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * RetentionPolicy p = RetentionPolicy.builder().last(3).days(14).weeks(8).months(12).build();
 * }</pre>
 *
 * @since 0.2
 */
public final class RetentionPolicy {
  private final int last;
  private final int days;
  private final int weeks;
  private final int months;
  private final ZoneId zone;

  private RetentionPolicy(Builder b) {
    this.last = b.last;
    this.days = b.days;
    this.weeks = b.weeks;
    this.months = b.months;
    this.zone = b.zone;
  }

  /**
   * Returns a builder: by default the last 7, 30 dailies, 8 weeklies and 12 monthlies, in UTC.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the names of the backups to keep.
   *
   * @param backups the backups, in any order
   * @param now the current time
   * @return the names to keep
   */
  public Set<String> keep(List<StoredBackup> backups, Instant now) {
    List<StoredBackup> newestFirst =
        backups.stream()
            .sorted(java.util.Comparator.comparing(StoredBackup::createdAt).reversed())
            .toList();
    Set<String> keep = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(last, newestFirst.size()); i++) {
      keep.add(newestFirst.get(i).name());
    }
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate dayLimit = today.minusDays(days);
    LocalDate weekLimit =
        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks);
    YearMonth monthLimit = YearMonth.from(today).minusMonths(months);
    Set<Object> seen = new HashSet<>();
    for (StoredBackup b : newestFirst) {
      LocalDate d = LocalDate.ofInstant(b.createdAt(), zone);
      if (d.isAfter(dayLimit) && seen.add("d" + d)) {
        keep.add(b.name());
      }
      LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (monday.isAfter(weekLimit) && seen.add("w" + monday)) {
        keep.add(b.name());
      }
      YearMonth m = YearMonth.from(d);
      if (m.isAfter(monthLimit) && seen.add("m" + m)) {
        keep.add(b.name());
      }
    }
    newestFirst.stream()
        .filter(StoredBackup::isVerified)
        .findFirst()
        .ifPresent(b -> keep.add(b.name()));
    return keep;
  }

  @Override
  public String toString() {
    return "RetentionPolicy[last="
        + last
        + ", days="
        + days
        + ", weeks="
        + weeks
        + ", months="
        + months
        + ", zone="
        + zone
        + "]";
  }

  /** Builds a {@link RetentionPolicy}. Not thread-safe. */
  public static final class Builder {
    private int last = 7;
    private int days = 30;
    private int weeks = 8;
    private int months = 12;
    private ZoneId zone = ZoneOffset.UTC;

    private Builder() {}

    /**
     * Keeps the newest {@code n} backups.
     *
     * @param n at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    @CanIgnoreReturnValue
    public Builder last(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("keep at least the last backup");
      }
      this.last = n;
      return this;
    }

    /**
     * Keeps the newest backup of each of the last {@code n} days (today included).
     *
     * @param n days, 0 for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder days(int n) {
      this.days = nonNegative(n);
      return this;
    }

    /**
     * Keeps the newest backup of each of the last {@code n} weeks (this week included).
     *
     * @param n weeks, 0 for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder weeks(int n) {
      this.weeks = nonNegative(n);
      return this;
    }

    /**
     * Keeps the newest backup of each of the last {@code n} months (this month included).
     *
     * @param n months, 0 for none
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder months(int n) {
      this.months = nonNegative(n);
      return this;
    }

    /**
     * Sets the zone whose calendar days, weeks and months count.
     *
     * @param value the zone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder zone(ZoneId value) {
      this.zone = java.util.Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetentionPolicy build() {
      return new RetentionPolicy(this);
    }

    private static int nonNegative(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("a period cannot be negative");
      }
      return n;
    }
  }
}

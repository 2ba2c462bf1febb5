package io.github.bsa.jdbc.backup;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.bsa.storage.TenantId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Backups#restore(String, RestoreOptions)} restores: all tenants or one, into an empty
 * database or replacing existing data (after a safety backup), or only reporting what would change.
 * Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class RestoreOptions {
  private final @Nullable TenantId tenant;
  private final boolean replaceExisting;
  private final boolean dryRun;

  private RestoreOptions(Builder b) {
    this.tenant = b.tenant;
    this.replaceExisting = b.replaceExisting;
    this.dryRun = b.dryRun;
  }

  /**
   * Returns the defaults: every tenant of the backup, into an empty database, applied.
   *
   * @return the options
   */
  public static RestoreOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the only tenant to restore, if one was chosen.
   *
   * @return the tenant
   */
  public Optional<TenantId> tenant() {
    return Optional.ofNullable(tenant);
  }

  /**
   * Returns whether existing data in scope is replaced (after a safety backup).
   *
   * @return true to replace
   */
  public boolean replaceExisting() {
    return replaceExisting;
  }

  /**
   * Returns whether the restore only reports what it would change.
   *
   * @return true for a dry run
   */
  public boolean dryRun() {
    return dryRun;
  }

  /** Builds {@link RestoreOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable TenantId tenant;
    private boolean replaceExisting;
    private boolean dryRun;

    private Builder() {}

    /**
     * Restores only this tenant's data (from a full or a tenant backup); other tenants' data is
     * left as it is.
     *
     * @param value the tenant
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tenant(TenantId value) {
      this.tenant = java.util.Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Replaces existing data in scope; a safety backup of it is taken first. Without this a
     * database holding data in scope is refused.
     *
     * @param value true to replace
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder replaceExisting(boolean value) {
      this.replaceExisting = value;
      return this;
    }

    /**
     * Only reports what would change; nothing is written.
     *
     * @param value true for a dry run
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dryRun(boolean value) {
      this.dryRun = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RestoreOptions build() {
      return new RestoreOptions(this);
    }
  }
}

package io.github.bsa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bsa.backup.s3.S3BackupTarget;
import io.github.bsa.jdbc.backup.BackupException;
import io.github.bsa.jdbc.backup.BackupKey;
import io.github.bsa.jdbc.backup.BackupManifest;
import io.github.bsa.jdbc.backup.BackupTarget;
import io.github.bsa.jdbc.backup.Backups;
import io.github.bsa.jdbc.backup.RestoreOptions;
import io.github.bsa.jdbc.backup.RestoreReport;
import io.github.bsa.jdbc.backup.RetentionPolicy;
import io.github.bsa.jdbc.backup.ScratchDatabase;
import io.github.bsa.jdbc.backup.StoredBackup;
import io.github.bsa.jdbc.backup.VerifyReport;
import io.github.bsa.storage.TenantId;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bsa backup}: encrypted, verified backups of the statement database to a folder or an
 * S3-compatible bucket. Exit codes, for cron jobs and health checks: 0 success; 1 the operation
 * failed (database, target, I/O); 2 usage error; 3 verification failed (damaged part, wrong key,
 * content mismatch); 4 no such backup; 5 restore refused because the database holds data (use
 * {@code --replace}); 6 ({@code list --max-age}) no verified backup recent enough.
 *
 * <p>One file for the command group (over 500 lines): each subcommand is a small nested class
 * sharing the options, the exit-code mapping and the JSON rendering.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Create, list, verify, restore and prune encrypted backups (see docs/disaster-recovery.md).",
    subcommands = {
      BackupCommand.Create.class,
      BackupCommand.ListBackups.class,
      BackupCommand.Verify.class,
      BackupCommand.Restore.class,
      BackupCommand.Prune.class,
      BackupCommand.Export.class,
      BackupCommand.KeyGen.class
    })
final class BackupCommand implements Runnable {
  static final int FAILED = 1;
  static final int VERIFY_FAILED = 3;
  static final int NOT_FOUND = 4;
  static final int NOT_EMPTY = 5;
  static final int STALE = 6;

  /** Created on first use: picocli instantiates every command at start (ADR 0370). */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every backup subcommand shares. */
  static final class Common {
    @Option(
        names = "--db",
        paramLabel = "JDBC_URL",
        description =
            "Database (jdbc:sqlite:PATH or jdbc:postgresql://...). Default: $BSA_DB, else"
                + " jdbc:sqlite:~/.bsa/bsa.db.")
    @Nullable String db;

    @Option(
        names = "--to",
        paramLabel = "DIR_OR_S3_URL",
        description =
            "Where backups are kept: a folder, or s3://bucket/prefix[?endpoint=URL&region=R]"
                + " (credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the AWS"
                + " profile). Default: $BSA_BACKUP_TO.")
    @Nullable String to;

    @Option(
        names = "--key-file",
        paramLabel = "FILE",
        description =
            "The AES-256 key (32 bytes, 64 hex digits or Base64; make one with 'bsa backup"
                + " keygen'). Default: $BSA_BACKUP_KEY_FILE.")
    @Nullable Path keyFile;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    String url() {
      return StoreOptions.url(db);
    }

    String location() {
      String t = to != null && !to.isBlank() ? to : System.getenv("BSA_BACKUP_TO");
      if (t == null || t.isBlank()) {
        throw new CommandLine.ParameterException(
            new CommandLine(new BackupCommand()), "Missing --to (or $BSA_BACKUP_TO)");
      }
      return t;
    }

    BackupTarget target() {
      return target(location());
    }

    /** Returns the target at a folder or an {@code s3://} URL (also for {@code bsa health}). */
    static BackupTarget target(String t) {
      if (t.toLowerCase(Locale.ROOT).startsWith("s3://")) {
        return S3BackupTarget.fromUri(URI.create(t));
      }
      return BackupTarget.folder(Path.of(t));
    }

    BackupKey key(boolean required) {
      return key(keyFile, required);
    }

    /** Returns the key from the file, $BSA_BACKUP_KEY_FILE or (when not required) a throwaway. */
    static BackupKey key(@Nullable Path keyFile, boolean required) {
      Path f = keyFile;
      if (f == null) {
        String env = System.getenv("BSA_BACKUP_KEY_FILE");
        f = env == null || env.isBlank() ? null : Path.of(env);
      }
      if (f == null) {
        if (required) {
          throw new CommandLine.ParameterException(
              new CommandLine(new BackupCommand()), "Missing --key-file (or $BSA_BACKUP_KEY_FILE)");
        }
        return BackupKey.generate(); // listing reads no encrypted part
      }
      return BackupKey.fromFile(f);
    }
  }

  /** Runs an operation against a Backups, mapping failures to exit codes. */
  abstract static class Sub implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

    @Mixin Common common = new Common();

    boolean keyRequired() {
      return true;
    }

    abstract int run(Backups backups, PrintWriter out) throws Exception;

    ScratchDatabase.Factory scratch() {
      return ScratchDatabase.sqliteFiles();
    }

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      BackupTarget target = common.target();
      try {
        Backups backups =
            Backups.builder(common.url())
                .description(common.url())
                .target(target)
                .key(common.key(keyRequired()))
                .scratch(scratch())
                .build();
        return run(backups, out);
      } catch (BackupException e) {
        err.println("bsa: " + e.getMessage());
        if (common.json) {
          ObjectNode o = Json.MAPPER.createObjectNode();
          o.put("ok", false);
          o.put("problem", e.problem().name());
          o.put("part", e.part().orElse(null));
          o.put("message", e.getMessage());
          out.println(Json.MAPPER.writeValueAsString(o));
        }
        out.flush();
        err.flush();
        return switch (e.problem()) {
          case CHECKSUM_MISMATCH, WRONG_KEY, DECRYPTION_FAILED, MISSING_PART, CONTENT_MISMATCH ->
              VERIFY_FAILED;
          case NOT_FOUND -> NOT_FOUND;
          case TARGET_NOT_EMPTY -> NOT_EMPTY;
          default -> FAILED;
        };
      } finally {
        if (target instanceof AutoCloseable c) {
          c.close();
        }
      }
    }

    StoredBackup pick(Backups backups, @Nullable String name) {
      if (name != null) {
        return backups.get(name);
      }
      return backups.list().stream()
          .filter(b -> b.manifest().kind() == BackupManifest.Kind.REGULAR)
          .findFirst()
          .orElseThrow(
              () ->
                  new BackupException(
                      BackupException.Problem.NOT_FOUND, null, "There is no backup yet", null));
    }
  }

  static ObjectNode json(StoredBackup b) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    BackupManifest m = b.manifest();
    o.put("name", b.name());
    o.put("createdAt", m.createdAt().toString());
    o.put("sourceDialect", m.sourceDialect().id());
    o.put("schemaVersion", m.schemaVersion());
    o.put("tenant", m.tenant().map(TenantId::value).orElse(null));
    o.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
    o.put("keyId", m.keyId());
    o.put("rows", m.totalRows());
    o.put("bytes", m.totalSize());
    o.put("verifiedAt", b.verifiedAt().map(Instant::toString).orElse(null));
    ArrayNode tables = o.putArray("tables");
    for (BackupManifest.Table t : m.tables()) {
      tables.addObject().put("name", t.name()).put("rows", t.rows());
    }
    return o;
  }

  static String line(StoredBackup b) {
    BackupManifest m = b.manifest();
    return String.format(
        Locale.ROOT,
        "%s  %s  %s  %d row(s)  %d bytes  %s%s%s",
        b.name(),
        m.createdAt(),
        m.sourceDialect().id(),
        m.totalRows(),
        m.totalSize(),
        b.isVerified() ? "verified" : "not verified",
        m.tenant().map(t -> "  tenant " + t.value()).orElse(""),
        m.kind() == BackupManifest.Kind.SAFETY ? "  (safety)" : "");
  }

  /** {@code bsa backup create}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Back up the database (all tenants, or one with --tenant).")
  static final class Create extends Sub {
    @Option(names = "--tenant", paramLabel = "TENANT", description = "Back up one tenant only.")
    @Nullable String tenant;

    @Option(names = "--verify", description = "Verify the new backup by a trial restore.")
    boolean verify;

    @Override
    int run(Backups backups, PrintWriter out) throws Exception {
      StoredBackup b = tenant == null ? backups.create() : backups.create(TenantId.of(tenant));
      if (verify) {
        var unused = backups.verify(b.name());
        b = backups.get(b.name());
      }
      if (common.json) {
        out.println(Json.MAPPER.writeValueAsString(json(b).put("ok", true)));
      } else {
        out.println("Created " + line(b));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code bsa backup list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the backups, newest first (no key needed).")
  static final class ListBackups extends Sub {
    @Option(
        names = "--max-age",
        paramLabel = "DURATION",
        description =
            "Exit 6 unless the newest verified backup is younger than this (ISO-8601, e.g."
                + " PT26H or P1D): for health checks.")
    @Nullable Duration maxAge;

    @Override
    boolean keyRequired() {
      return false;
    }

    @Override
    int run(Backups backups, PrintWriter out) throws Exception {
      List<StoredBackup> all = backups.list();
      Optional<Instant> last =
          all.stream().filter(StoredBackup::isVerified).map(StoredBackup::createdAt).findFirst();
      if (common.json) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("lastVerifiedBackup", last.map(Instant::toString).orElse(null));
        ArrayNode arr = o.putArray("backups");
        all.forEach(b -> arr.add(json(b)));
        out.println(Json.MAPPER.writeValueAsString(o));
      } else {
        all.forEach(b -> out.println(line(b)));
        if (all.isEmpty()) {
          out.println("No backups.");
        }
      }
      out.flush();
      Duration max = maxAge;
      if (max != null
          && (last.isEmpty()
              || Duration.between(last.get(), backups.clock().instant()).compareTo(max) > 0)) {
        spec.commandLine().getErr().println("bsa: no verified backup within " + max);
        return STALE;
      }
      return 0;
    }
  }

  /** {@code bsa backup verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check a backup's checksums and restore it into a scratch database.")
  static final class Verify extends Sub {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The backup (default: newest).")
    @Nullable String name;

    @Option(
        names = "--scratch-admin-url",
        paramLabel = "JDBC_URL",
        description =
            "Restore into a temporary PostgreSQL database created through this admin URL"
                + " (default: a temporary SQLite file).")
    @Nullable String scratchAdminUrl;

    @Override
    ScratchDatabase.Factory scratch() {
      String u = scratchAdminUrl;
      return u == null ? ScratchDatabase.sqliteFiles() : ScratchDatabase.postgres(u);
    }

    @Override
    int run(Backups backups, PrintWriter out) throws Exception {
      StoredBackup b = pick(backups, name);
      VerifyReport r = backups.verify(b.name());
      if (common.json) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("ok", true);
        o.put("name", r.backup());
        o.put("verifiedAt", r.verifiedAt().toString());
        o.put("parts", r.parts());
        o.put("rows", r.rows());
        o.put("scratch", r.scratchDialect().id());
        out.println(Json.MAPPER.writeValueAsString(o));
      } else {
        out.printf(
            Locale.ROOT,
            "Verified %s: %d part(s), %d row(s) restored into a %s scratch database in %d ms%n",
            r.backup(),
            r.parts(),
            r.rows(),
            r.scratchDialect().id(),
            r.took().toMillis());
      }
      out.flush();
      return 0;
    }
  }

  /** {@code bsa backup restore}. */
  @Command(
      name = "restore",
      mixinStandardHelpOptions = true,
      description =
          "Restore a backup into --db in one transaction (an empty database, or --replace after"
              + " a safety backup).")
  static final class Restore extends Sub {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The backup (default: newest).")
    @Nullable String name;

    @Option(names = "--tenant", paramLabel = "TENANT", description = "Restore one tenant only.")
    @Nullable String tenant;

    @Option(
        names = "--replace",
        description = "Replace existing data in scope (a safety backup is taken first).")
    boolean replace;

    @Option(names = "--dry-run", description = "Report what would change; write nothing.")
    boolean dryRun;

    @Override
    int run(Backups backups, PrintWriter out) throws Exception {
      StoredBackup b = pick(backups, name);
      RestoreOptions.Builder o = RestoreOptions.builder().replaceExisting(replace).dryRun(dryRun);
      if (tenant != null) {
        o.tenant(TenantId.of(tenant));
      }
      RestoreReport r = backups.restore(b.name(), o.build());
      if (common.json) {
        ObjectNode j = Json.MAPPER.createObjectNode();
        j.put("ok", true);
        j.put("name", r.backup());
        j.put("dryRun", r.dryRun());
        j.put("tenant", r.tenant().map(TenantId::value).orElse(null));
        j.put("safetyBackup", r.safetyBackup().orElse(null));
        j.put("rowsDeleted", r.rowsDeleted());
        j.put("rowsInserted", r.rowsInserted());
        ArrayNode tables = j.putArray("tables");
        for (RestoreReport.TableChange t : r.tables()) {
          tables
              .addObject()
              .put("name", t.table())
              .put("rowsBefore", t.rowsBefore())
              .put("rowsDeleted", t.rowsDeleted())
              .put("rowsInserted", t.rowsInserted());
        }
        out.println(Json.MAPPER.writeValueAsString(j));
      } else {
        out.printf(
            Locale.ROOT,
            "%s %s: %d row(s) deleted, %d inserted%s%n",
            r.dryRun() ? "Dry run, would restore" : "Restored",
            r.backup(),
            r.rowsDeleted(),
            r.rowsInserted(),
            r.safetyBackup().map(s -> "; safety backup " + s).orElse(""));
        for (RestoreReport.TableChange t : r.tables()) {
          out.printf(
              Locale.ROOT,
              "  %-28s before %d  delete %d  insert %d%n",
              t.table(),
              t.rowsBefore(),
              t.rowsDeleted(),
              t.rowsInserted());
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code bsa backup prune}. */
  @Command(
      name = "prune",
      mixinStandardHelpOptions = true,
      description =
          "Delete backups outside the retention policy (the newest verified one is always"
              + " kept).")
  static final class Prune extends Sub {
    @Option(
        names = "--keep-last",
        defaultValue = "7",
        description = "Newest to keep (${DEFAULT-VALUE}).")
    int last;

    @Option(
        names = "--keep-days",
        defaultValue = "30",
        description = "Daily generations (${DEFAULT-VALUE}).")
    int days;

    @Option(
        names = "--keep-weeks",
        defaultValue = "8",
        description = "Weekly generations (${DEFAULT-VALUE}).")
    int weeks;

    @Option(
        names = "--keep-months",
        defaultValue = "12",
        description = "Monthly generations (${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--dry-run", description = "List what would be deleted; delete nothing.")
    boolean dryRun;

    @Override
    boolean keyRequired() {
      return false;
    }

    @Override
    int run(Backups backups, PrintWriter out) throws Exception {
      RetentionPolicy p =
          RetentionPolicy.builder().last(last).days(days).weeks(weeks).months(months).build();
      List<String> names = dryRun ? backups.pruneCandidates(p) : backups.prune(p);
      if (common.json) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("ok", true);
        o.put("dryRun", dryRun);
        ArrayNode arr = o.putArray(dryRun ? "wouldDelete" : "deleted");
        names.forEach(arr::add);
        out.println(Json.MAPPER.writeValueAsString(o));
      } else {
        out.printf(
            Locale.ROOT, "%s %d backup(s)%n", dryRun ? "Would delete" : "Deleted", names.size());
        names.forEach(n -> out.println("  " + n));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code bsa backup export}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Decrypt one part of a backup to a file, e.g. pg_dump.fc.aes for pg_restore (the file"
              + " holds personal data in clear: protect and delete it).")
  static final class Export extends Sub {
    @Parameters(index = "0", paramLabel = "NAME", description = "The backup.")
    String name = "";

    @Parameters(index = "1", paramLabel = "PART", description = "The part, e.g. pg_dump.fc.aes.")
    String part = "";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file.")
    Path out = Path.of("");

    @Override
    int run(Backups backups, PrintWriter o) {
      backups.exportPart(name, part, out);
      o.println("Wrote part " + part + " of " + name + " (decrypted)");
      o.flush();
      return 0;
    }
  }

  /** {@code bsa backup keygen}. */
  @Command(
      name = "keygen",
      mixinStandardHelpOptions = true,
      description = "Write a new random backup key to a file (readable by its owner only).")
  static final class KeyGen implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

    @Option(
        names = "--key-file",
        required = true,
        paramLabel = "FILE",
        description = "The new key file.")
    Path keyFile = Path.of("");

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (Files.exists(keyFile)) {
        spec.commandLine().getErr().println("bsa: the key file exists; not overwritten");
        return FAILED;
      }
      BackupKey k = BackupKey.generate();
      k.writeTo(keyFile);
      out.println("Wrote a backup key with id " + k.id() + ". Keep a copy off this machine.");
      out.flush();
      return 0;
    }
  }
}

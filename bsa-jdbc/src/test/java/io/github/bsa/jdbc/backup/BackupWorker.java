package io.github.bsa.jdbc.backup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A separate JVM for the kill tests: {@code create URL FOLDER KEYHEX} or {@code restore URL FOLDER
 * KEYHEX NAME}. It prints {@code mid <backup> <part>} once the work is under way (a part stored, or
 * a table loaded inside the restore transaction) and then stalls, so the test kills it there.
 */
public final class BackupWorker {
  private BackupWorker() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String mode = args[0];
    BackupListener stall =
        new BackupListener() {
          @Override
          public void partWritten(String backup, String part, long rows) {
            if (mode.equals("create")) {
              stall(out, backup, part, rows);
            }
          }

          @Override
          public void tableRestored(String backup, String table, long rows) {
            if (mode.equals("restore")) {
              stall(out, backup, table, rows);
            }
          }
        };
    Backups backups =
        Backups.builder(args[1])
            .target(BackupTarget.folder(Path.of(args[2])))
            .key(BackupKey.of(HexFormat.of().parseHex(args[3])))
            .listener(stall)
            .build();
    if (mode.equals("create")) {
      var unused = backups.create();
    } else {
      var unused = backups.restore(args[4], RestoreOptions.builder().replaceExisting(true).build());
    }
    out.println("finished");
  }

  private static void stall(PrintStream out, String backup, String part, long rows) {
    out.println("mid " + backup + " " + part + " " + rows);
    try {
      Thread.sleep(120_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

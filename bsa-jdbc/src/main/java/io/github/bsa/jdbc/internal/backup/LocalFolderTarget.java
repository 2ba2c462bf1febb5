package io.github.bsa.jdbc.internal.backup;

import static java.util.Objects.requireNonNull;

import io.github.bsa.jdbc.backup.BackupTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link BackupTarget} in a local folder. A backup {@code B} is written to {@code .partial/B/};
 * {@link #commit} writes the manifest there, forces every file to disk and renames the folder to
 * {@code B/} in one atomic move, so a killed process leaves only a {@code .partial} folder, which
 * is never listed. Thread-safe for distinct backup names.
 */
public final class LocalFolderTarget implements BackupTarget {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
  private static final String PARTIAL = ".partial";

  private final Path root;

  /**
   * Creates the target.
   *
   * @param root the folder
   */
  public LocalFolderTarget(Path root) {
    this.root = requireNonNull(root, "root").toAbsolutePath();
  }

  @Override
  public void put(String backup, String part, Path content) throws IOException {
    Path published = root.resolve(name(backup));
    Path dir = Files.isDirectory(published) ? published : root.resolve(PARTIAL).resolve(backup);
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + name(part) + ".tmp");
    Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
    force(tmp);
    Files.move(
        tmp,
        dir.resolve(part),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void commit(String backup, byte[] manifest) throws IOException {
    Path staging = root.resolve(PARTIAL).resolve(name(backup));
    Files.createDirectories(staging);
    Path m = staging.resolve(MANIFEST);
    Files.write(m, manifest);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
      for (Path f : files) {
        force(f);
      }
    }
    Files.move(staging, root.resolve(backup), StandardCopyOption.ATOMIC_MOVE);
    forceDirectory(root);
  }

  @Override
  public List<String> list() throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path d : dirs) {
        String n = d.getFileName().toString();
        if (NAME.matcher(n).matches() && Files.isRegularFile(d.resolve(MANIFEST))) {
          out.add(n);
        }
      }
    }
    return out;
  }

  @Override
  public InputStream open(String backup, String part) throws IOException {
    Path f = root.resolve(name(backup)).resolve(name(part));
    if (!Files.isRegularFile(f)) {
      throw new NoSuchFileException(backup + "/" + part);
    }
    return Files.newInputStream(f);
  }

  @Override
  public void delete(String backup) throws IOException {
    deleteTree(root.resolve(name(backup)));
    deleteTree(root.resolve(PARTIAL).resolve(backup));
  }

  /**
   * Returns the names of unfinished backups (left by a process that stopped before commit).
   *
   * @return the names
   * @throws IOException if the folder cannot be read
   */
  public List<String> unfinished() throws IOException {
    List<String> out = new ArrayList<>();
    Path p = root.resolve(PARTIAL);
    if (Files.isDirectory(p)) {
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(p)) {
        dirs.forEach(d -> out.add(d.getFileName().toString()));
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "folder";
  }

  @Override
  public String toString() {
    return "LocalFolderTarget";
  }

  private static String name(String n) {
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("Backup and part names are [A-Za-z0-9._-]");
    }
    return n;
  }

  private static void force(Path f) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  private static void forceDirectory(Path d) {
    try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory; the rename is still atomic.
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}

package io.github.bsa.jdbc.backup;

import io.github.bsa.jdbc.internal.backup.LocalFolderTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where backups are kept: a local folder ({@link #folder(Path)}), an S3-compatible bucket (the
 * optional {@code bsa-backup-s3} module) or a host's own store. A backup is a set of named parts
 * plus a manifest; the target makes it visible only when {@link #commit} writes the manifest, so a
 * backup that did not finish is never {@linkplain #list() listed} or restored. Implementations must
 * be thread-safe for distinct backup names.
 *
 * <p>Names are {@code [A-Za-z0-9._-]} only. Methods throw {@link IOException}; {@link Backups}
 * turns them into a {@link BackupException}.
 *
 * @since 0.2
 */
public interface BackupTarget {
  /** The name of the part written by {@link #commit}. */
  String MANIFEST = "manifest.json";

  /**
   * Stores one part of a backup. Before {@link #commit} the part is invisible; after it (the
   * verification record) it is visible at once and replaces a part of the same name.
   *
   * @param backup the backup name
   * @param part the part name
   * @param content a local file holding the part's bytes (the caller deletes it afterwards)
   * @throws IOException if it cannot be stored
   */
  void put(String backup, String part, Path content) throws IOException;

  /**
   * Makes a backup visible, atomically: writes its manifest after every part.
   *
   * @param backup the backup name
   * @param manifest the manifest bytes
   * @throws IOException if it cannot be committed; the backup then stays invisible
   */
  void commit(String backup, byte[] manifest) throws IOException;

  /**
   * Returns the names of the committed backups, in no particular order.
   *
   * @return the names
   * @throws IOException if the target cannot be read
   */
  List<String> list() throws IOException;

  /**
   * Opens a part (or {@link #MANIFEST}) of a backup for reading.
   *
   * @param backup the backup name
   * @param part the part name
   * @return the stream, which the caller closes
   * @throws java.nio.file.NoSuchFileException if there is no such part
   * @throws IOException if it cannot be read
   */
  InputStream open(String backup, String part) throws IOException;

  /**
   * Deletes a backup, committed or not (an unfinished one is cleaned up this way). Deleting a
   * backup that does not exist does nothing.
   *
   * @param backup the backup name
   * @throws IOException if it cannot be deleted
   */
  void delete(String backup) throws IOException;

  /**
   * Returns where the target is, for logs and reports, with credentials masked.
   *
   * @return the description
   */
  default String describe() {
    return getClass().getSimpleName();
  }

  /**
   * Returns a target in a local folder (created when needed). Each backup is a sub-folder;
   * unfinished backups are written under {@code .partial/} and moved into place by an atomic rename
   * when committed.
   *
   * @param folder the folder
   * @return the target
   */
  static BackupTarget folder(Path folder) {
    return new LocalFolderTarget(folder);
  }
}

package io.github.bsa.core;

/**
 * The reason a bsa operation failed. Stable: codes are never renamed or removed, new ones may be
 * added, so a {@code switch} over them needs a {@code default} branch.
 *
 * @since 0.1
 */
public enum ErrorCode {
  /** The bytes are not in the expected format (Moshi's "malformed"). */
  MALFORMED_INPUT,
  /** The input is well-formed but a value is wrong, such as an impossible date. */
  INVALID_DATA,
  /** No parser recognises the input, or the input is of a kind bsa does not support. */
  UNSUPPORTED_FORMAT,
  /** The input can be read in more than one way and bsa refuses to guess; set the named option. */
  AMBIGUOUS_FORMAT,
  /** The document is encrypted and no (or a wrong) password was supplied. */
  ENCRYPTED_DOCUMENT,
  /** A {@link ParseLimits} limit was exceeded. */
  LIMIT_EXCEEDED,
  /** Reading the input failed. */
  IO_FAILURE,
  /** The storage backend could not be reached or failed. */
  STORAGE_UNAVAILABLE,
  /** A storage write conflicted with another writer. */
  STORAGE_CONFLICT,
  /** The database schema is not the one this version expects. */
  SCHEMA_MISMATCH,
  /** Creating, verifying or restoring a backup failed. */
  BACKUP_FAILED,
  /** The operation was cancelled. */
  CANCELLED,
  /**
   * A parser failed in a way bad input does not explain: an unexpected exception inside the parser
   * or a break of the parser-to-sink protocol. A bug in bsa or in a third-party parser, not in the
   * caller's input or code; logged at WARN with format and position. Since 0.2.
   */
  PARSER_FAILURE,
  /** A format option passed by the caller cannot be read, such as an invalid layout. Since 0.2. */
  INVALID_OPTION
}

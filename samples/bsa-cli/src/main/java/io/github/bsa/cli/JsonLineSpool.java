package io.github.bsa.cli;

import io.github.bsa.core.ParseListener;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.core.report.ParseResultJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactions of one {@code parse --json} line, written as JSON while the file is parsed (the
 * parse retains no transaction) to a temporary file, then put in place into the line: memory stays
 * independent of the number of transactions, and the line is byte for byte what the whole result
 * would give. Not thread-safe; one per parsed file; {@link #close()} deletes the file.
 */
final class JsonLineSpool implements ParseListener, AutoCloseable {
  private static final String EMPTY = "\"transactions\":[]";

  private final Path file;
  private final OutputStream out;
  private final List<long[]> ranges = new ArrayList<>(); // per statement: start, end byte offset
  private long written;
  private int statement = -1;

  JsonLineSpool() throws IOException {
    file = Files.createTempFile("bsa-parse-", ".json");
    out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  @Override
  public void onTransaction(int statementIndex, Transaction transaction) {
    try {
      while (statement < statementIndex) {
        statement++;
        ranges.add(new long[] {written, written});
      }
      long[] range = ranges.get(statementIndex);
      if (range[1] > range[0]) {
        write(new byte[] {','});
      }
      write(ParseResultJson.toJson(transaction).getBytes(StandardCharsets.UTF_8));
      range[1] = written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(byte[] bytes) throws IOException {
    out.write(bytes);
    written += bytes.length;
  }

  /**
   * Prints a line whose statements were serialised without transactions, with each statement's
   * empty {@code "transactions":[]} (the key's quotes are unescaped only where it is a key, in
   * statement order) filled from the spool.
   */
  void print(String lineWithoutTransactions, PrintWriter target) throws IOException {
    out.flush();
    int from = 0;
    int index = 0;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (true) {
        int at = lineWithoutTransactions.indexOf(EMPTY, from);
        if (at < 0) {
          break;
        }
        int open = at + EMPTY.length() - 1;
        target.write(lineWithoutTransactions, from, open - from);
        if (index < ranges.size()) {
          long[] range = ranges.get(index);
          copy(channel, range[0], range[1] - range[0], target);
        }
        index++;
        from = open;
      }
    }
    target.write(lineWithoutTransactions, from, lineWithoutTransactions.length() - from);
    target.println();
  }

  private static void copy(FileChannel channel, long start, long length, PrintWriter target)
      throws IOException {
    channel.position(start);
    InputStream bytes =
        new InputStream() {
          private long left = length;
          private final InputStream in = Channels.newInputStream(channel);

          @Override
          public int read() throws IOException {
            if (left <= 0) {
              return -1;
            }
            left--;
            return in.read();
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
              return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
              left -= n;
            }
            return n;
          }
        };
    Reader reader = new InputStreamReader(bytes, StandardCharsets.UTF_8);
    char[] buffer = new char[1 << 14];
    int n;
    while ((n = reader.read(buffer)) > 0) {
      target.write(buffer, 0, n);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}

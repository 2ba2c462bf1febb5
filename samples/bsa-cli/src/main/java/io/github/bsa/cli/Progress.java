package io.github.bsa.cli;

import java.io.PrintStream;

/**
 * A progress bar on standard error, shown only when standard output and error are a terminal and
 * there is more than one input. Not thread-safe.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final int total;
  private final boolean enabled;
  private final PrintStream err;
  private int done;

  // On the Java 17 baseline System.console() is null unless stdin and stdout are a terminal.
  @SuppressWarnings("SystemConsoleNull")
  Progress(int total, PrintStream err) {
    this.total = total;
    this.err = err;
    this.enabled =
        total > 1 && System.console() != null && System.getenv("BSA_NO_PROGRESS") == null;
  }

  void step() {
    done++;
    if (!enabled) {
      return;
    }
    int filled = (int) ((long) done * WIDTH / total);
    StringBuilder bar = new StringBuilder("\r[");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '#' : '.');
    }
    bar.append("] ").append(done).append('/').append(total);
    err.print(bar);
    err.flush();
  }

  void finish() {
    if (enabled) {
      err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
      err.flush();
    }
  }
}

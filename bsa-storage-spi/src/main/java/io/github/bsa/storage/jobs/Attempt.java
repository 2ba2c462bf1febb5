package io.github.bsa.storage.jobs;

import java.util.function.BooleanSupplier;

/**
 * One running attempt of a job on a worker thread: the {@link JobContext} its handler sees. The
 * interrupt is only delivered while the handler still runs. Thread-safe.
 */
final class Attempt implements JobContext {
  final Job job;
  final String workerId;
  private final Thread thread;
  private final BooleanSupplier stopping;
  volatile boolean cancelled;
  volatile boolean shutdown;
  volatile boolean leaseLost;
  private boolean finished;

  Attempt(Job job, String workerId, Thread thread, BooleanSupplier stopping) {
    this.job = job;
    this.workerId = workerId;
    this.thread = thread;
    this.stopping = stopping;
  }

  @Override
  public Job job() {
    return job;
  }

  @Override
  public boolean isCancelled() {
    return cancelled || shutdown || leaseLost || stopping.getAsBoolean();
  }

  void cancel() {
    cancelled = true;
    interrupt();
  }

  void interruptForShutdown() {
    shutdown = true;
    interrupt();
  }

  void loseLease() {
    synchronized (this) {
      if (finished) {
        return; // already completing; the store fences the outcome
      }
      leaseLost = true;
    }
    interrupt();
  }

  synchronized void interrupt() {
    if (!finished) {
      thread.interrupt();
    }
  }

  void finish() {
    synchronized (this) {
      finished = true;
    }
    Thread.interrupted(); // clear a late interrupt so the next job starts clean
  }
}

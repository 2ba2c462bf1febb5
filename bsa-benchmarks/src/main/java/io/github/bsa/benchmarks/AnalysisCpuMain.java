package io.github.bsa.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Thread CPU time and allocation of one analysis of {@link AnalysisBenchmark}'s input, run by hand
 * on a machine too loaded for wall-clock figures: CPU time of the analysing thread does not count
 * the time other processes take the core. Each run also prints the collections that ran during it
 * and their total time (all collectors, from {@link GarbageCollectorMXBean}): the count does not
 * depend on the load, the time does.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp bsa-benchmarks/target/benchmarks.jar
 * io.github.bsa.benchmarks.AnalysisCpuMain [transactions] [runs]}
 */
public final class AnalysisCpuMain {
  private AnalysisCpuMain() {}

  /**
   * Analyses the benchmark's input a few times and prints each run's figures.
   *
   * @param args the number of transactions (default 1,000,000) and of runs (default 8)
   */
  public static void main(String[] args) {
    AnalysisBenchmark b = new AnalysisBenchmark();
    b.transactions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    b.setUp();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    for (int r = 0; r < runs; r++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long bytes = threads.getThreadAllocatedBytes(id);
      long gcCount = gcCount();
      long gcMillis = gcMillis();
      long wall = System.nanoTime();
      int size = b.analyze().transactions().size();
      wall = System.nanoTime() - wall;
      gcCount = gcCount() - gcCount;
      gcMillis = gcMillis() - gcMillis;
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      bytes = threads.getThreadAllocatedBytes(id) - bytes;
      System.out.printf(
          Locale.ROOT,
          "run %d: %d transactions, thread CPU %.3f s, wall %.3f s, allocated %.1f B/tx,"
              + " %d collection(s) %d ms%n",
          r + 1,
          size,
          cpu / 1e9,
          wall / 1e9,
          (double) bytes / size,
          gcCount,
          gcMillis);
    }
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }
}

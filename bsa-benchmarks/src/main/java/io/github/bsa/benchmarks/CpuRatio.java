package io.github.bsa.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A load-tolerant side-by-side measure for a loaded machine: runs bsa and its peer alternately on
 * the same input in one thread and reports the <em>thread CPU time</em> and the bytes allocated per
 * operation of each (from {@code com.sun.management.ThreadMXBean}), and their ratios. Thread CPU
 * time does not count the time a thread waits for a core, so the ratio stays meaningful while other
 * processes compete for the machine (caches and GC threads still feel the load: take it as a guide,
 * the quiet JMH table is the result).
 *
 * <p>Run: {@code java -cp bsa-benchmarks/target/benchmarks.jar io.github.bsa.benchmarks.CpuRatio
 * [csv|mt940|camt] [rounds]}
 */
public final class CpuRatio {
  private CpuRatio() {}

  /** One side of a comparison. */
  private interface Op {
    void run() throws Exception;
  }

  /**
   * Runs the comparison.
   *
   * @param args the path ({@code csv}, {@code mt940} or {@code camt}) and the number of measured
   *     rounds
   * @throws Exception if an operation fails
   */
  public static void main(String[] args) throws Exception {
    String path = args.length > 0 ? args[0] : "csv";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Blackhole bh =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is"
                + " dangerous.");
    Op bsa;
    Op peer;
    int units;
    if (path.equals("camt")) {
      CamtParseBenchmark b = new CamtParseBenchmark();
      b.entries = 10_000;
      b.setUp();
      bsa = () -> bh.consume(b.bsa());
      peer = () -> bh.consume(b.stax());
      units = b.entries;
    } else if (path.equals("mt940")) {
      Mt940ParseBenchmark b = new Mt940ParseBenchmark();
      b.transactions = 10_000;
      b.perStatement = 500;
      b.setUp();
      bsa = () -> bh.consume(b.bsa());
      peer = () -> b.prowide(bh);
      units = b.transactions;
    } else {
      CsvParseBenchmark b = new CsvParseBenchmark();
      b.rows = 100_000;
      b.setUp();
      bsa = () -> bh.consume(b.bsa());
      peer = () -> b.commonsCsv(bh);
      units = b.rows;
    }
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    for (int i = 0; i < 5; i++) {
      bsa.run();
      peer.run();
    }
    double[] cpuRatio = new double[rounds];
    double[] bsaCpu = new double[rounds];
    double[] peerCpu = new double[rounds];
    double[] bsaAlloc = new double[rounds];
    double[] peerAlloc = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getThreadCpuTime(tid);
      long a0 = mx.getThreadAllocatedBytes(tid);
      bsa.run();
      long c1 = mx.getThreadCpuTime(tid);
      long a1 = mx.getThreadAllocatedBytes(tid);
      peer.run();
      long c2 = mx.getThreadCpuTime(tid);
      long a2 = mx.getThreadAllocatedBytes(tid);
      bsaCpu[r] = (c1 - c0) / 1e6;
      peerCpu[r] = (c2 - c1) / 1e6;
      bsaAlloc[r] = (double) (a1 - a0) / units;
      peerAlloc[r] = (double) (a2 - a1) / units;
      cpuRatio[r] = peerCpu[r] / bsaCpu[r];
    }
    System.out.printf(
        Locale.ROOT,
        "%s: bsa %.1f ms CPU, %.0f B/unit; peer %.1f ms CPU, %.0f B/unit;"
            + " CPU ratio peer/bsa (above 1: bsa faster) median %.2f (min %.2f, max %.2f)%n",
        path,
        median(bsaCpu),
        median(bsaAlloc),
        median(peerCpu),
        median(peerAlloc),
        median(cpuRatio),
        Arrays.stream(cpuRatio).min().orElse(0),
        Arrays.stream(cpuRatio).max().orElse(0));
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}

package io.github.bsa.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A load-tolerant view of {@link ParallelParseBenchmark}: the same file set (CSV, MT940, OFX 1 and
 * 2, CAMT.053, PDF) parsed by one shared analyzer on one thread, then on two threads at once, in
 * alternating phases of one JVM. For each phase it reports, per file set, the <em>thread CPU
 * time</em> of the parsing threads (time waiting for a core not counted), their allocation, the CPU
 * time of the whole process (parsing threads plus GC, JIT and the rest of the JVM) and the GC pause
 * time, besides the wall-clock rate (meaningful only on a quiet machine).
 *
 * <p>How to read it: if the parsing threads' CPU per set rises with two threads, they share or
 * contend for something (a lock, a cache line, memory bandwidth); if it does not, scaling is lost
 * to the rest of the process competing for the same two cores. The estimate {@code 2 x (one-thread
 * worker CPU + GC pause) / (two-thread process CPU)} per set is the scaling two idle cores would
 * give: one thread runs beside idle GC and compiler threads and stops only for pauses, two threads
 * have to share both cores with everything else the process does.
 *
 * <p>Run: {@code java -Xmx1g -cp bsa-benchmarks/target/benchmarks.jar
 * io.github.bsa.benchmarks.ParallelCpu [seconds per phase] [rounds] [warm-up sets]}
 */
public final class ParallelCpu {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ParallelCpu() {}

  /** What one phase measured. */
  private record Phase(
      int threads,
      long sets,
      double wallSeconds,
      double workerCpuMs,
      double allocatedMb,
      double processCpuMs,
      double gcPauseMs,
      long gcCount,
      double compileMs,
      double jitCpuMs,
      double gcCpuMs) {
    double perSet(double total) {
      return total / sets;
    }
  }

  /**
   * Runs the phases and prints one line each, then the medians.
   *
   * @param args seconds per phase (default 10), rounds of one- and two-thread phases (default 4),
   *     file sets parsed to warm up (default 400)
   * @throws Exception if a parse fails
   */
  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int warmUpSets = args.length > 2 ? Integer.parseInt(args[2]) : 400;
    ParallelParseBenchmark b = new ParallelParseBenchmark();
    b.setUp();
    System.out.printf(Locale.ROOT, "load average before: %.2f%n", OS.getSystemLoadAverage());
    warmUp(b, warmUpSets);
    breakdown(b, 20);
    List<Phase> one = new ArrayList<>();
    List<Phase> two = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      one.add(print(phase(b, 1, seconds)));
      two.add(print(phase(b, 2, seconds)));
    }
    System.out.printf(Locale.ROOT, "load average after: %.2f%n", OS.getSystemLoadAverage());
    double w1 = median(one, p -> p.perSet(p.workerCpuMs));
    double w2 = median(two, p -> p.perSet(p.workerCpuMs));
    double pause1 = median(one, p -> p.perSet(p.gcPauseMs));
    double c1 = median(one, p -> p.perSet(p.processCpuMs));
    double c2 = median(two, p -> p.perSet(p.processCpuMs));
    double jit2 = median(two, p -> p.perSet(p.jitCpuMs));
    double gc1 = median(one, p -> p.perSet(p.gcCpuMs));
    double gc2 = median(two, p -> p.perSet(p.gcCpuMs));
    double wall1 = median(one, p -> p.sets / p.wallSeconds);
    double wall2 = median(two, p -> p.sets / p.wallSeconds);
    System.out.printf(
        Locale.ROOT,
        "medians: worker CPU/set 1T %.1f ms, 2T %.1f ms (ratio %.2f; 1.00 = nothing contended);"
            + " process CPU/set 1T %.1f ms, 2T %.1f ms (GC, JIT and the rest: %.0f %% / %.0f %%);"
            + " GC pause/set 1T %.2f ms%n",
        w1,
        w2,
        w2 / w1,
        c1,
        c2,
        100 * (c1 - w1) / c1,
        100 * (c2 - w2) / c2,
        pause1);
    System.out.printf(
        Locale.ROOT,
        "scaling: wall %.2f (%.1f -> %.1f sets/s; a result only on a quiet machine);"
            + " from CPU with everything the process spent, JIT included,"
            + " 2 x (%.1f + %.2f) / %.1f = %.2f%n",
        wall2 / wall1,
        wall1,
        wall2,
        w1,
        pause1,
        c2,
        2 * (w1 + pause1) / c2);
    double rest2 =
        median(two, p -> p.perSet(p.processCpuMs - p.workerCpuMs - p.jitCpuMs - p.gcCpuMs));
    System.out.printf(
        Locale.ROOT,
        "GC threads' CPU/set 1T %.1f ms, 2T %.1f ms; compiler threads' CPU/set 2T %.1f ms; rest 2T"
            + " %.1f ms; warm JVM on two idle cores (CPU only: one thread stops for the GC's"
            + " two-thread pauses, two threads share the cores with GC and the rest)"
            + " 2 x (%.1f + %.1f / 2) / (%.1f + %.1f + %.1f) = %.2f%n",
        gc1,
        gc2,
        jit2,
        rest2,
        w1,
        gc1,
        w2,
        gc2,
        rest2,
        2 * (w1 + gc1 / 2) / (w2 + gc2 + rest2));
  }

  private static final String[] FILES = {
    "CSV 2,000 rows",
    "MT940 2,000 tx",
    "OFX 1 1,000 tx",
    "OFX 2 1,000 tx",
    "CAMT 1,000",
    "PDF 2 pages"
  };

  /**
   * Warms up on one thread in blocks of 25 sets, printing what the compiler and GC threads spent
   * per set in each block: how many sets the JIT needs to settle, whatever the load.
   */
  private static void warmUp(ParallelParseBenchmark b, int sets) {
    long id = Thread.currentThread().getId();
    long sink = 0;
    StringBuilder line =
        new StringBuilder("warm-up, CPU per set in blocks of 25 sets (worker/compiler/GC ms):");
    for (int done = 0; done < sets; done += 25) {
      long[] native0 = nativeThreadCpu();
      long c0 = THREADS.getThreadCpuTime(id);
      for (int i = 0; i < 25; i++) {
        sink += b.parseAll();
      }
      long[] native1 = nativeThreadCpu();
      line.append(
          String.format(
              Locale.ROOT,
              " %d: %.0f/%.0f/%.0f;",
              done + 25,
              (THREADS.getThreadCpuTime(id) - c0) / 25e6,
              (native1[0] - native0[0]) / 25e6,
              (native1[1] - native0[1]) / 25e6));
    }
    System.out.println(line.append(sink > 0 ? "" : " (nothing parsed)"));
  }

  /** One thread: thread CPU and allocation per file of the set, over {@code sets} sets. */
  private static void breakdown(ParallelParseBenchmark b, int sets) {
    long id = Thread.currentThread().getId();
    long[] cpu = new long[b.fileCount()];
    long[] bytes = new long[b.fileCount()];
    long sink = 0;
    for (int s = 0; s < sets; s++) {
      for (int f = 0; f < cpu.length; f++) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long a0 = THREADS.getThreadAllocatedBytes(id);
        sink += b.parse(f);
        cpu[f] += THREADS.getCurrentThreadCpuTime() - c0;
        bytes[f] += THREADS.getThreadAllocatedBytes(id) - a0;
      }
    }
    StringBuilder line =
        new StringBuilder("per file (one thread, " + sets + " sets, " + sink + "):");
    for (int f = 0; f < cpu.length; f++) {
      line.append(
          String.format(
              Locale.ROOT,
              " %s %.1f ms %.1f MB;",
              f < FILES.length ? FILES[f] : "file " + f,
              cpu[f] / 1e6 / sets,
              bytes[f] / 1e6 / sets));
    }
    System.out.println(line);
  }

  private static Phase print(Phase p) {
    System.out.printf(
        Locale.ROOT,
        "%d thread(s): %d sets in %.1f s (%.1f sets/s); per set: worker CPU %.1f ms, allocated"
            + " %.1f MB, process CPU %.1f ms (GC threads %.1f, compiler threads %.1f),"
            + " GC pause %.2f ms (%d GCs), JIT time %.1f ms%n",
        p.threads,
        p.sets,
        p.wallSeconds,
        p.sets / p.wallSeconds,
        p.perSet(p.workerCpuMs),
        p.perSet(p.allocatedMb),
        p.perSet(p.processCpuMs),
        p.perSet(p.gcCpuMs),
        p.perSet(p.jitCpuMs),
        p.perSet(p.gcPauseMs),
        p.gcCount,
        p.perSet(p.compileMs));
    return p;
  }

  private interface Metric {
    double of(Phase p);
  }

  private static double median(List<Phase> phases, Metric m) {
    double[] v = phases.stream().mapToDouble(m::of).sorted().toArray();
    return v[v.length / 2];
  }

  /** Runs {@code threads} threads parsing file sets for about {@code seconds}. */
  private static Phase phase(ParallelParseBenchmark b, int threads, double seconds)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    long[] sets = new long[threads];
    long[] cpu = new long[threads];
    long[] bytes = new long[threads];
    Throwable[] failure = new Throwable[threads];
    Thread[] workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      int k = i;
      workers[i] =
          new Thread(
              () -> {
                try {
                  long id = Thread.currentThread().getId();
                  start.await();
                  long c0 = THREADS.getCurrentThreadCpuTime();
                  long a0 = THREADS.getThreadAllocatedBytes(id);
                  long n = 0;
                  long sink = 0;
                  while (!stop.get()) {
                    sink += b.parseAll();
                    n++;
                  }
                  cpu[k] = THREADS.getCurrentThreadCpuTime() - c0;
                  bytes[k] = THREADS.getThreadAllocatedBytes(id) - a0;
                  sets[k] = sink > 0 ? n : 0;
                } catch (Throwable e) {
                  failure[k] = e;
                }
              },
              "parse-" + i);
      workers[i].start();
    }
    long gcCount0 = gcCount();
    long gcTime0 = gcTime();
    long compile0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long process0 = OS.getProcessCpuTime();
    long[] native0 = nativeThreadCpu();
    start.await();
    long wall0 = System.nanoTime();
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    long wall = System.nanoTime() - wall0;
    long process = OS.getProcessCpuTime() - process0;
    long[] native1 = nativeThreadCpu();
    for (Throwable f : failure) {
      if (f != null) {
        throw new IllegalStateException("a parse failed", f);
      }
    }
    long totalSets = 0;
    long totalCpu = 0;
    long totalBytes = 0;
    for (int i = 0; i < threads; i++) {
      totalSets += sets[i];
      totalCpu += cpu[i];
      totalBytes += bytes[i];
    }
    return new Phase(
        threads,
        Math.max(totalSets, 1),
        wall / 1e9,
        totalCpu / 1e6,
        totalBytes / 1e6,
        process / 1e6,
        gcTime() - gcTime0,
        gcCount() - gcCount0,
        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compile0,
        (native1[0] - native0[0]) / 1e6,
        (native1[1] - native0[1]) / 1e6);
  }

  /**
   * The CPU time of the JVM's own threads from {@code /proc/self/task} (Linux; zeros elsewhere):
   * compiler threads ({@code C1/C2 CompilerThre}) and GC threads ({@code GC Thread#n}, {@code G1
   * ...}), in nanoseconds, at the kernel's tick resolution.
   */
  private static long[] nativeThreadCpu() {
    long[] out = new long[2];
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return out;
    }
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
      for (Path task : dir) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
          continue; // the thread ended
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String name = stat.substring(open + 1, close);
        String[] fields = stat.substring(close + 2).split(" ", -1);
        // fields[11] and [12] are utime and stime (fields 14 and 15 of proc(5)), in ticks
        long ns = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        if (name.contains("CompilerThre")) {
          out[0] += ns;
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
          out[1] += ns;
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(gc.getCollectionCount(), 0);
    }
    return n;
  }

  private static long gcTime() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      // G1 reports its pauses ("G1 Young/Old Generation"), not its concurrent cycles' time
      ms += Math.max(gc.getCollectionTime(), 0);
    }
    return ms;
  }
}

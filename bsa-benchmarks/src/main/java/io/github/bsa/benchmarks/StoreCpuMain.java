package io.github.bsa.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@link StoreBenchmark}'s workload (statements of 1,000 new transactions, a new account each) run
 * by hand on a machine too loaded for wall-clock figures: prints transactions per CPU-second of
 * this process ({@code OperatingSystemMXBean.getProcessCpuTime}, every thread, JIT and GC
 * included), the wall rate, and, on PostgreSQL over one kept connection, transactions per
 * CPU-second of the server backend (its {@code utime + stime} from {@code /proc}, when the server
 * runs on this machine).
 *
 * <p>Run: {@code java -cp bsa-benchmarks/target/benchmarks.jar
 * io.github.bsa.benchmarks.StoreCpuMain [sqlite|postgresql|postgresql-kept] [warm-up seconds]
 * [measured seconds]}; PostgreSQL reads {@code BSA_TEST_PG_URL}.
 */
public final class StoreCpuMain {
  private StoreCpuMain() {}

  /**
   * Runs the workload and prints one line of figures.
   *
   * @param args the database, the warm-up and the measured seconds
   * @throws Exception if the database fails
   */
  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "sqlite";
    double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 8;
    double measured = args.length > 2 ? Double.parseDouble(args[2]) : 15;
    StoreBenchmark b = new StoreBenchmark();
    b.database = database;
    b.setUp();
    long backend = b.backendPid();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long end = System.nanoTime() + (long) (warmup * 1e9);
    while (System.nanoTime() < end) {
      var unused = b.save();
    }
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long main0 = threads.getCurrentThreadCpuTime();
    long cpu0 = os.getProcessCpuTime();
    long back0 = backendTicks(backend);
    long wall0 = System.nanoTime();
    end = wall0 + (long) (measured * 1e9);
    long saves = 0;
    while (System.nanoTime() < end) {
      var unused = b.save();
      saves++;
    }
    long wall = System.nanoTime() - wall0;
    long cpu = os.getProcessCpuTime() - cpu0;
    long mainCpu = threads.getCurrentThreadCpuTime() - main0;
    long back = backendTicks(backend) - back0;
    double tx = saves * (double) StoreBenchmark.SIZE;
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "%s: %.0f tx in %.1f s wall: %.0f tx/s wall, %.0f tx per CPU-second of the process (%.0f of the saving thread)%s,"
            + " load average %.2f%n",
        database,
        tx,
        wall / 1e9,
        tx / (wall / 1e9),
        tx / (cpu / 1e9),
        tx / (mainCpu / 1e9),
        backend < 0
            ? ""
            : String.format(
                Locale.ROOT, ", %.0f per CPU-second of the backend", tx / (back / 100.0)),
        os.getSystemLoadAverage());
    b.tearDown();
  }

  private static long backendTicks(long pid) throws IOException {
    if (pid < 0) {
      return 0;
    }
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
    return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
  }
}

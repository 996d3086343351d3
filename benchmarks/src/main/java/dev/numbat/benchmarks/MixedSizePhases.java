package dev.numbat.benchmarks;

import dev.numbat.NDArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The mixed-size run as issue 16 describes it, one program in a fresh JVM: 2^10 sigmoid for 3 s,
 * 2^20 for 4 s, then 2^10 again in 0.25 s phases, printing per phase the time per call and what
 * the kernel saw ({@code /proc/self/stat}: minor page faults, user and system CPU ticks), the
 * evidence for the collector cause (README, JVM options). {@link MixedSizeBench} runs it once per
 * set of JVM options after its JMH table. Not JMH: the effect lives in one JVM's heap history,
 * which JMH's iterations would average away.
 */
public final class MixedSizePhases {
  private MixedSizePhases() {}

  private static long[] last = new long[3];

  public static void main(String[] args) {
    NDArray small = Inputs.gaussian(1 << 10);
    NDArray large = Inputs.gaussian(1 << 20);
    phase(small, 2.0);
    stat();
    report("2^10 first", phase(small, 1.0));
    report("2^20 for 4 s", phase(large, 4.0));
    for (int i = 0; i < 12; i++) {
      report("2^10 after", phase(small, 0.25));
    }
  }

  private static double phase(NDArray x, double seconds) {
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    long n = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 10; i++) {
        SigmoidBench.sigmoidOf(x);
      }
      n += 10;
    }
    return (System.nanoTime() - t0) / 1e9 / n;
  }

  private static void report(String what, double seconds) {
    System.out.printf("%-13s %10s per call   %s%n", what, Table.time(seconds), stat());
  }

  /** Minor faults, user and system ticks since the last call (Linux; "-" elsewhere). */
  private static String stat() {
    try {
      String s = Files.readString(Path.of("/proc/self/stat"));
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      long[] now = {Long.parseLong(f[7]), Long.parseLong(f[11]), Long.parseLong(f[12])};
      String r = String.format("%d faults, user %d, sys %d ticks", now[0] - last[0], now[1] - last[1], now[2] - last[2]);
      last = now;
      return r;
    } catch (IOException | RuntimeException e) {
      return "-";
    }
  }

  /** Runs this program in a fresh JVM with {@code jvmArgs} and returns its lines. */
  static List<String> runWith(List<String> jvmArgs) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), MixedSizePhases.class.getName()));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    p.waitFor();
    return lines;
  }
}

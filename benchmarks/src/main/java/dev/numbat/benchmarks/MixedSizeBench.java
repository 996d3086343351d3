package dev.numbat.benchmarks;

import dev.numbat.NDArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * {@code ./numbat bench mixed}, issue 16's mixed-size run: eager sigmoid at 2^10 elements, measured
 * fresh ({@code before=none}, the first phase) and right after four seconds of the same expression
 * at 2^20 ({@code before=large}: warm-up at 2^10 alone, then every measured iteration is preceded by
 * that work, which JMH does not time: the last phase). The collapse this looks for (issue 16) comes
 * once, when the heap has grown into untouched memory, so the table shows the worst measured
 * iteration beside the average. Each runs in its own fork, once per set of JVM options: the
 * launcher's ({@code ./numbat}'s JVM_OPTS) and plain {@code java} with only the flags Numbat needs
 * (the JDK's default G1 settings), so the table shows what the collector options buy.
 */
@State(Scope.Thread)
public class MixedSizeBench {
  @Param({"none", "large"})
  public String before;

  NDArray small;
  NDArray large;

  @Setup(Level.Trial)
  public void inputs() {
    small = Inputs.gaussian(1 << 10);
    large = Inputs.gaussian(1 << 20);
  }

  /** Before each measured iteration (warm-up runs at 2^10 only: the first phase, JIT included). */
  @Setup(Level.Iteration)
  public void largeWork(IterationParams iteration) {
    if (before.equals("large") && iteration.getType() == IterationType.MEASUREMENT) {
      long end = System.nanoTime() + Long.getLong("numbat.bench.mixed.ms", 4000) * 1_000_000L;
      while (System.nanoTime() < end) {
        SigmoidBench.sigmoidOf(large);
      }
    }
  }

  @Benchmark
  public NDArray small() {
    return SigmoidBench.sigmoidOf(small);
  }

  /** The flags Numbat cannot run without; everything else in the launcher's JVM_OPTS is tuning. */
  static final List<String> REQUIRED = List.of("--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");

  static void report() throws Exception {
    Map<String, List<String>> configs = new LinkedHashMap<>();
    configs.put("./numbat JVM_OPTS", Jmh.hostJvmArgs().stream().filter(a -> !a.startsWith("-D")).toList());
    configs.put("plain java (default G1)", REQUIRED);
    String extra = System.getProperty("numbat.bench.mixed.compare");
    if (extra != null && !extra.isBlank()) {
      List<String> args = new ArrayList<>(REQUIRED);
      args.addAll(List.of(extra.trim().split("\\s+")));
      configs.put("java " + extra.trim(), args);
    }
    Map<String, Map<String, Jmh.Score>> results = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> c : configs.entrySet()) {
      results.put(c.getKey(), Jmh.run("mixed-" + results.size(), MixedSizeBench.class, "small", c.getValue(), Map.of()));
    }
    System.out.println();
    System.out.println("Mixed-size run: eager sigmoid, float32, 2^10 elements, per call (JMH), fresh and right after "
        + "4 s of the same expression at 2^20");
    Table t = new Table("JVM options", "2^10 first phase", "2^10 after 2^20", "worst iteration after", "last / first",
        "worst / first", "options");
    boolean launcherHolds = false;
    for (Map.Entry<String, Map<String, Jmh.Score>> r : results.entrySet()) {
      Jmh.Score first = r.getValue().get("small@none");
      Jmh.Score last = r.getValue().get("small@large");
      double q = last.seconds() / first.seconds();
      if (r.getKey().startsWith("./numbat")) {
        launcherHolds = q <= 1.5;
      }
      t.row(r.getKey(), Table.time(first), Table.time(last), Table.time(last.worst()), String.format("%.2fx", q),
          String.format("%.2fx", last.worst() / first.seconds()),
          String.join(" ", configs.get(r.getKey())).replace("--add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED", "(required)"));
    }
    t.print();
    System.out.println();
    System.out.println("The same run as one program per JVM (MixedSizePhases: 0.25 s phases after the 2^20 work; "
        + "faults and CPU ticks from /proc/self/stat)");
    for (Map.Entry<String, List<String>> c : configs.entrySet()) {
      System.out.println("  " + c.getKey() + ":");
      for (String line : MixedSizePhases.runWith(c.getValue())) {
        System.out.println("    " + line);
      }
    }
    System.out.println("Issue 16, target 2:");
    Table.check(launcherHolds, "last 2^10 phase within 1.5x of the first, under the launcher's JVM options",
        "last / first above");
  }
}

package dev.numbat.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./numbat bench NAME}: Numbat measured by JMH ({@link Jmh}) against its peers measured in
 * the same command ({@link Peers}), printed as tables of times and ratios (peer time / Numbat time,
 * > 1: Numbat is faster). One class per benchmark; each has a {@code report()} that runs both sides.
 */
public final class Bench {
  private Bench() {}

  @FunctionalInterface
  interface Report {
    void run() throws Exception;
  }

  static final Map<String, Report> BENCHMARKS = new LinkedHashMap<>();

  static {
    BENCHMARKS.put("sigmoid", SigmoidBench::report);
    BENCHMARKS.put("function", FunctionBench::report);
    BENCHMARKS.put("grad", GradBench::report);
    BENCHMARKS.put("matmul", MatmulBench::report);
    BENCHMARKS.put("view", ViewBench::report);
    BENCHMARKS.put("mixed", MixedSizeBench::report);
    BENCHMARKS.put("fft", FftBench::run);
    BENCHMARKS.put("errstate", ErrstateBench::report);
    BENCHMARKS.put("vmap", VmapBench::report);
  }

  public static void main(String[] args) throws Exception {
    String name = args.length == 0 ? "sigmoid" : args[0];
    Report r = BENCHMARKS.get(name);
    if (r == null) {
      System.err.println("unknown benchmark '" + name + "' (known: " + String.join(", ", BENCHMARKS.keySet()) + ")");
      System.exit(2);
    }
    System.out.println("numbat bench " + name + ": peers from " + Peers.python() + ", JVM " + System.getProperty("java.vm.version")
        + ", JVM options " + String.join(" ", Jmh.hostJvmArgs()));
    r.run();
  }
}

package dev.numbat.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The Java side of every benchmark: JMH, run in-process through its Runner API, with forked JVMs
 * (the host JVM's own options, i.e. the launcher's, unless a benchmark asks for others), warm-up
 * iterations, average time per call and {@code -prof gc} (allocated bytes per call). The defaults
 * (1 fork, 3 warm-up and 5 measured iterations of 1 s) keep a whole {@code ./numbat bench} run well
 * under ten minutes on 2 cores; {@code -Dnumbat.bench.forks=N}, {@code .warmup=N},
 * {@code .iterations=N} and {@code .time=SECONDS} change them. JMH's own report goes to
 * {@code benchmarks/target/jmh-NAME.log}.
 */
final class Jmh {
  private Jmh() {}

  /**
   * One benchmark's result: seconds per call, the 99.9% error half-width, bytes allocated per call,
   * and the slowest measured iteration's seconds per call.
   */
  record Score(double seconds, double error, double bytesPerCall, double worst) {}

  static int forks() { return Integer.getInteger("numbat.bench.forks", 1); }

  /** The host JVM's options minus the class path and agent/debug flags: what the launcher set. */
  static List<String> hostJvmArgs() {
    List<String> args = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!a.startsWith("-agentlib") && !a.startsWith("-javaagent") && !a.startsWith("-Xlog")) {
        args.add(a);
      }
    }
    return args;
  }

  /** Runs the benchmarks of {@code benchmarkClass} whose method names match {@code methods} (a regex). */
  static Map<String, Score> run(String name, Class<?> benchmarkClass, String methods) throws Exception {
    return run(name, benchmarkClass, methods, hostJvmArgs(), Map.of());
  }

  /**
   * Runs them in forks started with {@code jvmArgs}; {@code params} overrides {@code @Param} values.
   * Keys of the result: the method name, then {@code @value} per parameter ({@code eager@10}).
   */
  static Map<String, Score> run(String name, Class<?> benchmarkClass, String methods, List<String> jvmArgs,
      Map<String, String[]> params) throws Exception {
    Path log = Path.of(System.getProperty("numbat.bench.logs", "benchmarks/target"));
    Files.createDirectories(log);
    log = log.resolve("jmh-" + name + ".log");
    int seconds = Integer.getInteger("numbat.bench.time", 1);
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include(benchmarkClass.getName() + "\\.(" + methods + ")$")
        .forks(forks())
        .warmupIterations(Integer.getInteger("numbat.bench.warmup", 3))
        .warmupTime(TimeValue.seconds(seconds))
        .measurementIterations(Integer.getInteger("numbat.bench.iterations", 5))
        .measurementTime(TimeValue.seconds(seconds))
        .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .addProfiler(GCProfiler.class)
        .jvmArgs(jvmArgs.toArray(String[]::new))
        .shouldFailOnError(true)
        .output(log.toString());
    params.forEach(o::param);
    System.out.println("  [JMH: " + benchmarkClass.getSimpleName() + " " + methods + ", log " + log + "]");
    Collection<RunResult> results = new Runner(o.build()).run();
    Map<String, Score> out = new LinkedHashMap<>();
    for (RunResult r : results) {
      String bench = r.getParams().getBenchmark();
      StringBuilder key = new StringBuilder(bench.substring(bench.lastIndexOf('.') + 1));
      for (String p : r.getParams().getParamsKeys()) {
        key.append('@').append(r.getParams().getParam(p));
      }
      Result<?> primary = r.getPrimaryResult();
      double alloc = Double.NaN;
      for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          alloc = e.getValue().getScore();
        }
      }
      double err = primary.getScoreError();
      double worst = 0;
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          worst = Math.max(worst, i.getPrimaryResult().getScore());
        }
      }
      out.put(key.toString(), new Score(primary.getScore() * 1e-9, Double.isNaN(err) ? 0 : err * 1e-9, alloc, worst * 1e-9));
    }
    return out;
  }
}

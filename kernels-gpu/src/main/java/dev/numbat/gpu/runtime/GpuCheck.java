package dev.numbat.gpu.runtime;

import dev.numbat.gpu.GpuRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The device check that {@code ./numbat gpu-check run} executes on a lent GPU machine, where there
 * is a carried Java runtime but no Maven: prints what loaded (the probe), runs
 * {@link DeviceChecks#ALL} and every {@link Suite} found by {@link ServiceLoader} (PASS/FAIL lines
 * and a summary), then {@link GpuBench} unless {@code --no-bench}.
 *
 * <p>Hook: another module adds checks (NDArray-level ones, say) by implementing {@link Suite},
 * listing the class in {@code META-INF/services/dev.numbat.gpu.runtime.GpuCheck$Suite}, and having
 * {@code gpu-check prepare} put its jar on the class path (kernels-gpu/README.md).
 *
 * <p>Exit status: 0 all passed, 1 a check failed, 3 no CUDA device (after the probe prints why:
 * "SKIPPED: no CUDA device: ..."). {@code --results FILE} writes the benchmark's numbers as JSON
 * for {@code peers.py}; {@code --list} prints the checks' names and exits (no device needed).
 */
public final class GpuCheck {
  private GpuCheck() {}

  /** Checks contributed by other modules. */
  public interface Suite {
    /** A prefix for the checks' names. */
    String name();

    /** The checks, run on a runtime with at least one device. */
    List<DeviceChecks.Check> checks();
  }

  public static void main(String[] args) throws IOException {
    Path results = null;
    boolean bench = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--results" -> results = Path.of(args[++i]);
        case "--no-bench" -> bench = false;
        case "--list" -> {
          // no device needed: shows which checks (the suites' included) a run would execute
          checks().forEach(c -> System.out.println(c.name()));
          System.exit(0);
        }
        default -> {
          System.err.println("usage: GpuCheck [--results FILE] [--no-bench] [--list]");
          System.exit(2);
        }
      }
    }
    System.exit(run(results, bench));
  }

  static int run(Path results, boolean bench) throws IOException {
    probe();
    GpuRuntime rt = GpuRuntime.get();
    if (rt.deviceCount() == 0) {
      System.out.println("SKIPPED: no CUDA device: " + rt.reason());
      return 3;
    }
    System.out.println("device 0: " + rt.deviceName(0) + ", sm_" + rt.computeCapability(0) + " (" + rt.deviceCount() + " device(s))");
    List<DeviceChecks.Check> checks = checks();
    int passed = 0;
    List<String> failed = new ArrayList<>();
    for (DeviceChecks.Check c : checks) {
      long t0 = System.nanoTime();
      try {
        c.body().run(rt);
        passed++;
        System.out.printf("PASS %s (%.1f ms)%n", c.name(), (System.nanoTime() - t0) / 1e6);
      } catch (Throwable e) {
        failed.add(c.name());
        System.out.printf("FAIL %s: %s%n", c.name(), e);
        e.printStackTrace(System.out);
      }
    }
    System.out.printf("gpu-check: %d passed, %d failed%s%n", passed, failed.size(), failed.isEmpty() ? "" : " " + failed);
    if (bench) {
      Map<String, Double> r = GpuBench.run(rt);
      r.forEach((k, v) -> System.out.printf("bench numbat %-20s %10.2f%n", k, v));
      if (results != null) {
        StringBuilder json = new StringBuilder("{\"device\": \"" + rt.deviceName(0).replace("\"", "'") + "\"");
        r.forEach((k, v) -> json.append(", \"").append(k).append("\": ").append(v));
        Files.writeString(results, json.append("}\n").toString());
      }
    }
    return failed.isEmpty() ? 0 : 1;
  }

  /** {@link DeviceChecks#ALL}, then every {@link Suite}'s checks named {@code suite/check}. */
  static List<DeviceChecks.Check> checks() {
    List<DeviceChecks.Check> checks = new ArrayList<>(DeviceChecks.ALL);
    for (Suite s : ServiceLoader.load(Suite.class)) {
      for (DeviceChecks.Check c : s.checks()) checks.add(new DeviceChecks.Check(s.name() + "/" + c.name(), c.body()));
    }
    return checks;
  }

  /** Prints the Java runtime and each CUDA library's version, or why it did not load, and where each came from. */
  static void probe() {
    System.out.println("probe: java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")");
    System.out.println("probe: LD_LIBRARY_PATH=" + System.getenv().getOrDefault("LD_LIBRARY_PATH", ""));
    line("libcuda (driver)", () -> {
      int[] v = new int[1];
      Cuda.check(org.bytedeco.cuda.global.cudart.cuDriverGetVersion(v), "cuDriverGetVersion");
      return "CUDA " + version(v[0]);
    });
    line("cudart", () -> {
      int[] v = new int[1];
      int rc = org.bytedeco.cuda.global.cudart.cudaRuntimeGetVersion(v);
      return rc == 0 ? "CUDA " + version(v[0]) : "cudaRuntimeGetVersion error " + rc;
    });
    line("nvrtc", () -> {
      int[] major = new int[1];
      int[] minor = new int[1];
      org.bytedeco.cuda.global.nvrtc.nvrtcVersion(major, minor);
      return major[0] + "." + minor[0];
    });
    line("cublas", () -> {
      int[] v = new int[1];
      int rc = org.bytedeco.cuda.global.cublas.cublasGetVersion(v);
      return rc == 0 ? Integer.toString(v[0]) : "cublasGetVersion status " + rc;
    });
    Set<String> loaded = new LinkedHashSet<>();
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/maps"))) {
        int slash = l.indexOf('/');
        if (slash < 0) continue;
        String path = l.substring(slash);
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (file.matches("lib(cuda|cudart|nvrtc|nvrtc-builtins|cublas|cublasLt|jnicudart|jninvrtc|jnicublas)\\.so.*")) loaded.add(path);
      }
    } catch (IOException | RuntimeException e) {
      loaded.add("(/proc/self/maps unreadable: " + e + ")");
    }
    for (String p : loaded) System.out.println("probe: loaded " + p);
  }

  interface Probe {
    String get();
  }

  private static void line(String what, Probe p) {
    String v;
    try {
      v = p.get();
    } catch (LinkageError e) {
      v = "NOT LOADED: " + LinkFailure.describe(e);
    } catch (RuntimeException e) {
      v = "ERROR: " + e.getMessage();
    }
    System.out.println("probe: " + what + ": " + v);
  }

  /** CUDA's version integers: 13010 is 13.1. */
  static String version(int v) {
    return v / 1000 + "." + v % 1000 / 10;
  }
}

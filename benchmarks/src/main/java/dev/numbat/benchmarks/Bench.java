package dev.numbat.benchmarks;

import static dev.numbat.Np.*;

import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Vectorized;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./numbat bench NAME}: Numbat against its peer (NumPy), both measured in this run on
 * this machine, printed as a table of times and ratios. Timing: per-call median of 7 samples
 * after warm-up, each sample long enough (>= 20 ms) to swamp timer resolution.
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) throws Exception {
    String name = args.length == 0 ? "sigmoid" : args[0];
    switch (name) {
      case "sigmoid" -> sigmoid();
      case "view" -> ViewBench.run();
      case "matmul" -> MatmulBench.run();
      case "grad" -> GradBench.run();
      case "fft" -> FftBench.run();
      default -> {
        System.err.println("unknown benchmark '" + name + "' (known: sigmoid, view, matmul, grad, fft)");
        System.exit(2);
      }
    }
  }

  static NDArray sigmoidOf(NDArray y) {
    return trueDivide(1.0, add(1.0, exp(negative(y))));
  }

  static void sigmoid() throws Exception {
    int[] exps = {0, 5, 10, 15, 20, 24};
    String py = runPeer("sigmoid.py", String.join(",", Arrays.stream(exps).mapToObj(Integer::toString).toList()));
    System.out.println("Sigmoid benchmark, 1/(1+exp(-x)) on float32 (eager), per call");
    System.out.println("NumPy " + field(py, "numpy") + " vs Numbat (SIMD: " + Vectorized.get().name() + ", "
        + Runtime.getRuntime().availableProcessors() + " cores)");
    System.out.printf("%-8s %14s %14s %10s%n", "size", "NumPy", "Numbat", "speed-up");
    Random r = new Random(0);
    for (int e : exps) {
      int n = 1 << e;
      float[] v = new float[n];
      for (int i = 0; i < n; i++) {
        v[i] = (float) r.nextGaussian();
      }
      NDArray y = asarray(v);
      double ours = perCall(() -> sigmoidOf(y));
      double theirs = Double.parseDouble(jsonNumber(py, "\"" + e + "\""));
      System.out.printf("2^%-6d %14s %14s %9.2fx%n", e, time(theirs), time(ours), theirs / ours);
    }
    NDArray a = ones(new int[] {1}, float32);
    NDArray b = ones(new int[] {1}, float32);
    double ours = perCall(() -> add(a, b));
    double theirs = Double.parseDouble(jsonNumber(py, "\"add1\""));
    System.out.printf("%-8s %14s %14s %9.2fx%n", "add(1)", time(theirs), time(ours), theirs / ours);
    System.out.println("(speed-up = NumPy time / Numbat time; > 1 means Numbat is faster)");
  }

  /** Median seconds per call. */
  static double perCall(Supplier<?> f) {
    long n = 1;
    for (int w = 0; w < 3; w++) {
      long t0 = System.nanoTime();
      while (System.nanoTime() - t0 < 300_000_000L) {
        f.get();
      }
    }
    while (true) {
      long t0 = System.nanoTime();
      for (long i = 0; i < n; i++) {
        f.get();
      }
      if (System.nanoTime() - t0 > 20_000_000L) {
        break;
      }
      n *= 2;
    }
    List<Double> samples = new ArrayList<>();
    for (int s = 0; s < 7; s++) {
      long t0 = System.nanoTime();
      for (long i = 0; i < n; i++) {
        f.get();
      }
      samples.add((System.nanoTime() - t0) / 1e9 / n);
    }
    samples.sort(null);
    return samples.get(3);
  }

  static String time(double seconds) {
    if (seconds < 1e-6) {
      return String.format("%.0f ns", seconds * 1e9);
    }
    if (seconds < 1e-3) {
      return String.format("%.2f us", seconds * 1e6);
    }
    return String.format("%.3f ms", seconds * 1e3);
  }

  /** Runs a NumPy peer script (a resource under peers/) with Debian's python3 and returns its stdout. */
  static String runPeer(String script, String... args) throws IOException, InterruptedException {
    Path tmp = Files.createTempFile("numbat-peer", ".py");
    try (InputStream in = Bench.class.getResourceAsStream("/peers/" + script)) {
      Files.write(tmp, in.readAllBytes());
    }
    // the launcher's reference interpreter, NumPy >= 2 (./numbat bench passes it)
    String python = System.getProperty("numbat.python", System.getenv("NUMBAT_PYTHON"));
    if (python == null) {
      throw new IOException("no NumPy peer: run through ./numbat bench, or pass -Dnumbat.python=\"$(./numbat python)\"");
    }
    List<String> cmd = new ArrayList<>(List.of(python, tmp.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("NumPy peer " + script + " failed (exit " + p.exitValue() + ")");
    }
    Files.deleteIfExists(tmp);
    return out;
  }

  static String jsonNumber(String json, String key) {
    Matcher m = Pattern.compile(Pattern.quote(key) + "\\s*:\\s*([-0-9.eE+]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("peer output lacks " + key + ": " + json);
    }
    return m.group(1);
  }

  static String field(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : "?";
  }
}

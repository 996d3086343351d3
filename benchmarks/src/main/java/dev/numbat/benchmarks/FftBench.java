package dev.numbat.benchmarks;

import java.util.ArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.numbat.NDArray;
import dev.numbat.Np;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code ./numbat bench fft}: Numbat's numpy.fft against NumPy 2's (pocketfft, C++) in the same
 * run, on complex128 fft of 2^20 and of the prime 1,000,003 (Bluestein), float64 rfft of 2^20 and
 * complex64 fft2 of 1024 x 1024; per call (median, as {@link Bench#perCall}), with each result's
 * largest error against NumPy's relative to NumPy's largest magnitude. The peer is NumPy 2.x:
 * {@code NUMBAT_FFT_PYTHON}, else the first {@code python3} on PATH (NumPy 1.x computed single
 * precision in double, so its fft2 would not be the same computation); it says which it ran.
 */
final class FftBench {
  private FftBench() {}

  private record Row(String key, String label, Function<NDArray, NDArray> f) {}

  private static final List<Row> ROWS = List.of(
      new Row("fft_c128_2^20", "fft complex128 2^20", x -> Np.fft.fft(x)),
      new Row("fft_c128_1000003", "fft complex128 1,000,003", x -> Np.fft.fft(x)),
      new Row("rfft_f64_2^20", "rfft float64 2^20", x -> Np.fft.rfft(x)),
      new Row("fft2_c64_1024x1024", "fft2 complex64 1024x1024", x -> Np.fft.fft2(x)));

  static void run() throws Exception {
    Path dir = Files.createTempDirectory("numbat-fft-bench");
    try {
      String py = peer(dir);
      System.out.println("numpy.fft benchmark, per call: NumPy " + field(py, "numpy") + " (pocketfft) vs Numbat"
          + " (JTransforms 3.1, " + Runtime.getRuntime().availableProcessors() + " cores)");
      System.out.printf("%-26s %12s %12s %9s %12s%n", "case", "NumPy", "Numbat", "speed-up", "max rel err");
      for (Row r : ROWS) {
        NDArray x = (NDArray) Np.load(dir.resolve(r.key() + "_in.npy").toString());
        NDArray want = (NDArray) Np.load(dir.resolve(r.key() + "_out.npy").toString());
        double ours = perCall(() -> r.f().apply(x));
        double theirs = Double.parseDouble(jsonNumber(py, "\"" + r.key() + "\""));
        NDArray got = r.f().apply(x);
        double err = ((Number) Np.max(Np.abs(Np.subtract(got, want))).item()).doubleValue()
            / ((Number) Np.max(Np.abs(want)).item()).doubleValue();
        System.out.printf("%-26s %12s %12s %8.2fx %12.1e%n", r.label(), time(theirs), time(ours),
            theirs / ours, err);
      }
      System.out.println("(speed-up = NumPy time / Numbat time; > 1 means Numbat is faster; the target is >= 0.80,"
          + " i.e. within 1.25x)");
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static String peer(Path dir) throws IOException, InterruptedException {
    Path script = dir.resolve("fft.py");
    try (InputStream in = FftBench.class.getResourceAsStream("/peers/fft.py")) {
      Files.write(script, in.readAllBytes());
    }
    String python = System.getenv().getOrDefault("NUMBAT_FFT_PYTHON", "python3");
    Process p = new ProcessBuilder(python, script.toString(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("NumPy peer fft.py (" + python + ") failed (exit " + p.exitValue() + ")");
    }
    if (!field(out, "numpy").matches("[2-9]\\..*")) {
      System.out.println("note: the peer's NumPy is " + field(out, "numpy") + ", not 2.x; set NUMBAT_FFT_PYTHON");
    }
    return out;
  }

  // timing and peer-output helpers of the pre-JMH harness, kept for this benchmark

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

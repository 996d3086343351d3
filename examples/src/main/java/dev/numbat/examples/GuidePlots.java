package dev.numbat.examples;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The guide's pictures, drawn with XChart (a dependency of the examples only): the histogram of
 * {@code 15 + 2 * randn(1, 1000)} (the seed guide hands it to matplotlib) and the sigmoid
 * benchmark, NumPy against Numbat on log-log axes. Headless: no display is needed, only fonts
 * (the {@code numbat} launcher installs fontconfig and DejaVu when a machine lacks them).
 */
public final class GuidePlots {
  private GuidePlots() {}

  /** The seed the histogram's draws start from; np.random.seed(SEED) gives the same numbers. */
  public static final long SEED = 0;

  /** Counts of {@code values} in {@code bins} equal-width bins over [min, max], as np.histogram (last bin closed). */
  public record Histogram(double[] edges, long[] counts) {}

  public static Histogram histogram(double[] values, int bins) {
    double lo = Arrays.stream(values).min().orElse(0);
    double hi = Arrays.stream(values).max().orElse(1);
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = lo + (hi - lo) * i / bins;
    }
    edges[bins] = hi;
    long[] counts = new long[bins];
    for (double v : values) {
      // np.histogram: the bin from the scaled position, corrected against the edges, last bin closed
      int b = (int) ((v - lo) / (hi - lo) * bins);
      b = Math.min(Math.max(b, 0), bins - 1);
      while (b > 0 && v < edges[b]) {
        b--;
      }
      while (b < bins - 1 && v >= edges[b + 1]) {
        b++;
      }
      counts[b]++;
    }
    return new Histogram(edges, counts);
  }

  /** The guide's labels: {@code 15 + 2 * randn(1, 1000)} after {@code seed(SEED)}. */
  public static NDArray labels() {
    Np.random.seed(SEED);
    return Np.add(15, Np.multiply(2, Np.random.randn(1, 1000)));
  }

  /** Writes {@code histogram.png} into {@code dir}; returns its path. */
  public static Path histogramPlot(Path dir) throws IOException {
    headless();
    double[] v = labels().toDoubleArray();
    Histogram h = histogram(v, 10);
    List<String> x = new ArrayList<>();
    List<Long> y = new ArrayList<>();
    for (int i = 0; i < h.counts().length; i++) {
      x.add(String.format("%.1f", (h.edges()[i] + h.edges()[i + 1]) / 2));
      y.add(h.counts()[i]);
    }
    double mean = Arrays.stream(v).average().orElse(Double.NaN);
    CategoryChart chart = new CategoryChartBuilder().width(800).height(500)
        .title(String.format("Histogram of 15 + 2 * randn(1, 1000): np.random.seed(%d), 10 bins, mean %.2f", SEED, mean))
        .xAxisTitle("value (bin centre)").yAxisTitle("count").build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setAvailableSpaceFill(0.98);
    chart.addSeries("labels", x, y);
    return write(chart, dir.resolve("histogram.png"));
  }

  /** Writes {@code sigmoid-benchmark.png} into {@code dir}: sizes 2^0 .. 2^20, about 0.2 s of timing per point and side. */
  public static Path sigmoidBenchmarkPlot(Path dir) throws IOException {
    return sigmoidBenchmarkPlot(dir, new int[] {0, 4, 8, 12, 16, 20}, 0.2);
  }

  /**
   * Times 1/(1+exp(-y)) on float32 vectors of 2^e elements, Numbat here and NumPy in a python3
   * peer run now, and plots seconds per call against size on log-log axes. Without NumPy only
   * Numbat is plotted, and the title says so.
   */
  public static Path sigmoidBenchmarkPlot(Path dir, int[] exps, double secondsPerPoint) throws IOException {
    headless();
    double[] sizes = new double[exps.length];
    double[] ours = new double[exps.length];
    double[] compiled = new double[exps.length];
    List<Supplier<?>> calls = new ArrayList<>();
    List<Supplier<?>> compiledCalls = new ArrayList<>();
    dev.numbat.trace.CompiledFunction sigmoid = Np.function((NDArray x) -> Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(x)))));
    for (int e : exps) {
      NDArray y = Np.random.defaultRng(0L).standardNormal(new int[] {1 << e}, DType.FLOAT32);
      calls.add(() -> Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(y)))));
      compiledCalls.add(() -> sigmoid.apply(y));
    }
    // one warm-up over every size first, so the JIT has compiled the kernels before any timing
    long warmEnd = System.nanoTime() + (long) (secondsPerPoint * exps.length * 4e9);
    while (System.nanoTime() < warmEnd) {
      calls.forEach(Supplier::get);
      compiledCalls.forEach(Supplier::get);
    }
    for (int i = 0; i < exps.length; i++) {
      sizes[i] = 1 << exps[i];
      ours[i] = perCall(calls.get(i), secondsPerPoint);
      compiled[i] = perCall(compiledCalls.get(i), secondsPerPoint);
    }
    String numpyVersion = null;
    double[] theirs = null;
    String why = null;
    try {
      String json = numpyPeer(exps, secondsPerPoint);
      theirs = new double[exps.length];
      for (int i = 0; i < exps.length; i++) {
        theirs[i] = number(json, "\"" + exps[i] + "\"");
      }
      Matcher m = Pattern.compile("\"numpy\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
      numpyVersion = m.find() ? m.group(1) : "?";
    } catch (IOException | RuntimeException e) {
      why = e.getMessage();
    }
    String title = theirs != null
        ? "Sigmoid 1/(1+exp(-x)), float32: NumPy " + numpyVersion + " vs Numbat, seconds per call"
        : "Sigmoid 1/(1+exp(-x)), float32: Numbat only (NumPy unavailable), seconds per call";
    XYChart chart = new XYChartBuilder().width(800).height(500).title(title)
        .xAxisTitle("elements").yAxisTitle("seconds per call").build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    if (theirs != null) {
      chart.addSeries("NumPy", sizes, theirs);
    } else if (why != null) {
      System.err.println("GuidePlots: NumPy peer unavailable (" + why + "); plotting Numbat only");
    }
    chart.addSeries("Numbat", sizes, ours);
    chart.addSeries("Numbat compiled (Np.function)", sizes, compiled);
    if (!Np.config.listLogicalDevices("GPU").isEmpty()) {
      chart.addSeries("Numbat (GPU:0)", sizes, gpuTimes(exps, secondsPerPoint));
    }
    return write(chart, dir.resolve("sigmoid-benchmark.png"));
  }

  /**
   * Seconds per eager sigmoid call on GPU:0 for each size; each call waits for the device (the
   * seed forces a sync by copying a value to the CPU).
   */
  private static double[] gpuTimes(int[] exps, double secondsPerPoint) {
    double[] t = new double[exps.length];
    for (int i = 0; i < exps.length; i++) {
      NDArray y = Np.random.defaultRng(0L).standardNormal(new int[] {1 << exps[i]}, DType.FLOAT32).to("GPU:0");
      t[i] = perCall(() -> {
        NDArray r = Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(y))));
        dev.numbat.device.Devices.gpuRuntime().synchronize(0);
        return r;
      }, secondsPerPoint);
    }
    return t;
  }

  private static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private static Path write(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, o, BitmapEncoder.BitmapFormat.PNG);
    }
    return file;
  }

  /** Median seconds per call over 5 samples, the samples together taking about {@code budget} seconds. */
  static double perCall(Supplier<?> f, double budget) {
    // warm up first: a JVM compiles the hot paths only after thousands of calls, and a call that
    // takes milliseconds in the interpreter would otherwise be timed before it is compiled
    long warm = System.nanoTime() + (long) (budget * 2e9);
    for (int i = 0; System.nanoTime() < warm || i < 20; i++) {
      f.get();
    }
    long reps = 1;
    while (true) {
      long a = System.nanoTime();
      for (long i = 0; i < reps; i++) {
        f.get();
      }
      if (System.nanoTime() - a >= budget * 0.2e9 || reps >= 1 << 24) {
        break;
      }
      reps *= 2;
    }
    double[] s = new double[5];
    for (int k = 0; k < s.length; k++) {
      long a = System.nanoTime();
      for (long i = 0; i < reps; i++) {
        f.get();
      }
      s[k] = (System.nanoTime() - a) / 1e9 / reps;
    }
    Arrays.sort(s);
    return s[2];
  }

  private static String numpyPeer(int[] exps, double budget) throws IOException {
    // the launcher's reference interpreter (./numbat guide exports it when one has NumPy >= 2)
    String python = System.getProperty("numbat.python", System.getenv("NUMBAT_PYTHON"));
    if (python == null) {
      throw new IOException("no NumPy peer (run through ./numbat guide, or set NUMBAT_PYTHON)");
    }
    Path script = Files.createTempFile("numbat-guide", ".py");
    try (InputStream in = GuidePlots.class.getResourceAsStream("/guide/sigmoid_timing.py")) {
      Files.write(script, in.readAllBytes());
    }
    try {
      String list = String.join(",", Arrays.stream(exps).mapToObj(Integer::toString).toList());
      Process p = new ProcessBuilder(python, script.toString(), list, String.valueOf(budget))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IOException(python + " with NumPy failed (exit " + p.exitValue() + ")");
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static double number(String json, String key) {
    Matcher m = Pattern.compile(Pattern.quote(key) + "\\s*:\\s*([-0-9.eE+]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("NumPy peer output lacks " + key + ": " + json);
    }
    return Double.parseDouble(m.group(1));
  }

  /** Writes both pictures into {@code target/guide} (or the directory given). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/guide");
    System.out.println("wrote " + histogramPlot(dir));
    System.out.println("wrote " + sigmoidBenchmarkPlot(dir));
  }
}

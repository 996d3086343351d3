package dev.numbat.benchmarks;

import static dev.numbat.Np.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Cast;
import java.util.Random;

/**
 * {@code ./numbat bench matmul}: Numbat's and NumPy's matmul (per call, same run) for float32 and
 * float64 square matrices and a batch of 64 (64 x 64) products, with the BLAS NumPy loaded.
 */
final class MatmulBench {
  private MatmulBench() {}

  static final int[] SIZES = {64, 256, 1024, 2048};

  static void run() throws Exception {
    StringBuilder arg = new StringBuilder();
    for (int n : SIZES) {
      arg.append(arg.length() == 0 ? "" : ",").append(n);
    }
    String py = Bench.runPeer("matmul.py", arg.toString());
    System.out.println("matmul benchmark, per call (Numbat: OpenBLAS via FFM, " + Runtime.getRuntime().availableProcessors()
        + " cores)");
    System.out.println("NumPy " + Bench.field(py, "numpy") + ", BLAS loaded by NumPy: " + Bench.field(py, "blas"));
    System.out.printf("%-8s %-12s %14s %14s %10s%n", "dtype", "shape", "NumPy", "Numbat", "speed-up");
    Random r = new Random(0);
    for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
      for (int n : SIZES) {
        NDArray a = random(r, dt, n, n);
        NDArray b = random(r, dt, n, n);
        report(py, dt, n + "x" + n, dt.name() + "_" + n, Bench.perCall(() -> matmul(a, b)));
      }
      NDArray a = random(r, dt, 64, 64, 64);
      NDArray b = random(r, dt, 64, 64, 64);
      report(py, dt, "64x(64x64)", dt.name() + "_batch", Bench.perCall(() -> matmul(a, b)));
    }
    System.out.println("(speed-up = NumPy time / Numbat time; > 1 means Numbat is faster)");
  }

  private static void report(String py, DType dt, String shape, String key, double ours) {
    double theirs = Double.parseDouble(Bench.jsonNumber(py, "\"" + key + "\""));
    System.out.printf("%-8s %-12s %14s %14s %9.2fx%n", dt.name(), shape, Bench.time(theirs), Bench.time(ours),
        theirs / ours);
  }

  private static NDArray random(Random r, DType dt, int... shape) {
    int n = 1;
    for (int s : shape) {
      n *= s;
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = r.nextGaussian();
    }
    return Cast.to(new NDArray(DType.FLOAT64, shape, d), dt);
  }
}

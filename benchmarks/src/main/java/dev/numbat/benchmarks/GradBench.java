package dev.numbat.benchmarks;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import java.util.List;
import java.util.Random;

/**
 * {@code ./numbat bench grad}: the eager time of the TF NumPy guide's {@code compute_gradients}
 * (dense 32->64 + ReLU, linear 64->2, squared loss, batch 512, float32) in Numbat and in PyTorch
 * (Debian's python3-torch, same model and shapes, autograd, one thread pool per library as
 * installed), measured in the same run. Both use matmul ({@code Np.matmul}, {@code torch.matmul}).
 */
final class GradBench {
  private GradBench() {}

  static void run() throws Exception {
    int batch = 512;
    Random r = new Random(0);
    NDArray w1 = Np.divide(randn(r, 32, 64), Math.sqrt(32));
    NDArray bias = randn(r, 64);
    NDArray w2 = Np.divide(randn(r, 64, 2), 8);
    List<NDArray> weights = List.of(w1, bias, w2);
    NDArray inputs = randn(r, batch, 32);
    NDArray labels = randn(r, batch, 2);
    // The tape's path (recording, rules, helpers) is a few hundred call sites the JIT compiles over
    // seconds; the shared 1 s warm-up of perCall measured the interpreter on a loaded machine.
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < 5_000_000_000L) {
      computeGradients(weights, inputs, labels);
    }
    double ours = Bench.perCall(() -> computeGradients(weights, inputs, labels));
    String py = Bench.runPeer("grad.py", Integer.toString(batch));
    System.out.println("Gradient benchmark: the guide's compute_gradients (dense 32->64 relu, linear 64->2, "
        + "squared loss), batch " + batch + ", float32, eager, per call");
    System.out.printf("%-28s %12s%n", "Numbat", Bench.time(ours));
    if (py.contains("\"torch\": null")) {
      System.out.println("PyTorch: not installed (apt-get install python3-torch), no ratio");
      return;
    }
    double theirs = Double.parseDouble(Bench.jsonNumber(py, "\"seconds\""));
    System.out.printf("%-28s %12s%n", "PyTorch " + Bench.field(py, "torch"), Bench.time(theirs));
    System.out.printf("speed-up (PyTorch time / Numbat time; > 1 means Numbat is faster): %.2fx%n", theirs / ours);
  }

  static List<NDArray> computeGradients(List<NDArray> weights, NDArray inputs, NDArray labels) {
    GradientTape tape = new GradientTape();
    try (tape) {
      tape.watch(weights);
      NDArray y = Np.add(Np.matmul(inputs, weights.get(0)), weights.get(1));
      y = Np.maximum(y, 0);
      NDArray prediction = Np.matmul(y, weights.get(2));
      NDArray loss = Np.sum(Np.square(Np.subtract(prediction, labels)));
      return tape.gradient(loss, weights);
    }
  }

  private static NDArray randn(Random r, int... shape) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return new NDArray(DType.FLOAT32, shape, v);
  }
}

package dev.numbat.examples;

import static dev.numbat.Np.*;

import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Shapes;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The TF NumPy guide (shared/seeds/tnp-guide-*.txt), ported to Java section by section. Each
 * section prints what the seed prints (TF's device strings and Tensor reprs aside; random values
 * are NumPy's for the same seed, not TF's).
 */
public final class Guide {
  private final PrintStream out;
  /** Where the pictures go; null: no pictures (the unit test; GuidePlotsTest checks them). */
  private final Path pictures;

  public Guide(PrintStream out) {
    this(out, null);
  }

  public Guide(PrintStream out, Path pictures) {
    this.out = out;
    this.pictures = pictures;
  }

  /** Prints the guide and writes its pictures into {@code target/guide} (or the folder given). */
  public static void main(String[] args) {
    // Two logical CPU devices (TF's logical device configuration), configured before the first
    // array: the device section places the model's prediction on CPU:1 when there is no GPU.
    config.setLogicalCpuDevices(2);
    new Guide(System.out, Path.of(args.length > 0 ? args[0] : "target/guide")).run();
  }

  public void run() {
    heading("Enabling NumPy behavior");
    experimentalEnableNumpyBehavior();
    ndArrays();
    typePromotion();
    broadcasting();
    indexing();
    exampleModel();
    numpyInteroperability();
    operatorPrecedence();
    gradients();
    traceCompilation();
    vectorization();
    devicePlacement();
    benchmarkPicture();
  }

  private void heading(String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  private static String shape(NDArray x) {
    return Shapes.str(x.shape());
  }

  /** "TensorFlow NumPy ND array": attributes and the view methods. */
  void ndArrays() {
    heading("TensorFlow NumPy ND array");
    NDArray ones = ones(new int[] {5, 3}, float32);
    out.printf("Created ND array with shape = %s, rank = %d, dtype = %s on device = %s%n%n",
        shape(ones), ones.ndim(), ones.dtype(), ones.device());
    out.printf("Is `ones` an instance of NDArray: %s%n%n", ones instanceof NDArray);
    out.printf("ndarray.T has shape %s%n", shape(ones.T()));
    out.printf("narray.reshape(-1) has shape %s%n", shape(ones.reshape(-1)));
  }

  /** "Type promotion": the operator table, then literal inference with and without preferFloat32. */
  void typePromotion() {
    heading("Type promotion");
    out.println("Type promotion for operations");
    List<NDArray> values = List.of(asarray(1, int32), asarray(1, int64), asarray(1, float32), asarray(1, float64));
    for (int i = 0; i < values.size(); i++) {
      for (NDArray v2 : values.subList(i + 1, values.size())) {
        NDArray v1 = values.get(i);
        out.printf("%s + %s => %s%n", v1.dtype().name(), v2.dtype().name(), v1.add(v2).dtype().name());
      }
    }
    out.println("Type inference during array creation");
    out.printf("tnp.asarray(1).dtype == tnp.%s%n", asarray(1).dtype().name());
    out.printf("tnp.asarray(1.).dtype == tnp.%s%n%n", asarray(1.0).dtype().name());

    experimentalEnableNumpyBehavior(true);
    out.println("When prefer_float32 is True:");
    out.printf("tnp.asarray(1.).dtype == tnp.%s%n", asarray(1.0).dtype().name());
    out.printf("tnp.add(1., 2.).dtype == tnp.%s%n", add(1.0, 2.0).dtype().name());

    experimentalEnableNumpyBehavior(false);
    out.println("When prefer_float32 is False:");
    out.printf("tnp.asarray(1.).dtype == tnp.%s%n", asarray(1.0).dtype().name());
    out.printf("tnp.add(1., 2.).dtype == tnp.%s%n", add(1.0, 2.0).dtype().name());
  }

  /** "Broadcasting". */
  void broadcasting() {
    heading("Broadcasting");
    NDArray x = ones(2, 3);
    NDArray y = ones(3);
    NDArray z = ones(1, 2, 1);
    out.printf("Broadcasting shapes %s, %s and %s gives shape %s%n", shape(x), shape(y), shape(z),
        shape(x.add(y).add(z)));
  }

  /** "Indexing": the seed's three index expressions, then a functional update instead of mutation. */
  void indexing() {
    heading("Indexing");
    NDArray x = arange(24).reshape(2, 3, 4);
    out.println("Basic indexing");
    out.println(x.get(1, newaxis, slice(1, 3), ellipsis).str());
    out.println();
    out.println("Boolean indexing");
    out.println(x.get(slice(), new boolean[] {true, false, true}).str());
    out.println();
    out.println("Advanced indexing");
    out.println(x.get(1, new int[] {0, 0, 1}, asarray(new int[] {0, 1, 1})).str());
    // The seed shows that TF NumPy refuses item assignment; Numbat arrays are immutable too, and
    // x.at(...) gives the updated copy (JAX style).
    NDArray a = arange(6);
    out.println("Numbat arrays are immutable; arange(6).at(1).set(-1) returns a new array: "
        + a.at(1).set(-1).str() + " (the original is still " + a.str() + ")");
  }

  /** "Example model": a dense ReLU layer and a linear projection (weights from seeded randn). */
  private final GradientModel model = new GradientModel();

  void exampleModel() {
    heading("Example model");
    out.println(model.predict(ones(new int[] {2, 32}, float32)).str());
  }

  /** "NumPy interoperability": sums of Numbat arrays, and the labels histogram picture. */
  void numpyInteroperability() {
    heading("NumPy interoperability");
    NDArray s = sum(ones(2, 3));
    out.printf("sum = %s. Class: %s%n", s.item(), s.getClass().getSimpleName());
    if (pictures != null) {
      try {
        out.println("labels = 15 + 2 * random.randn(1, 1000): histogram written to "
            + GuidePlots.histogramPlot(pictures));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** "Operator precedence": a Java double[] joins an NDArray expression as NumPy arrays do. */
  void operatorPrecedence() {
    heading("Operator precedence");
    NDArray x = ones(2).add(asarray(new double[] {1, 1}));
    out.printf("x = %s%nclass = %s%n", x.str(), x.getClass().getSimpleName());
  }

  /** "Gradients and Jacobians": the model's gradients and batch jacobian through a GradientTape. */
  void gradients() {
    heading("Gradients and Jacobians: GradientTape");
    NDArray[] batch = model.createBatch(32);
    List<NDArray> grads = model.computeGradients(batch[0], batch[1]);
    out.println("Parameter shapes: " + shapes(model.weights()));
    out.println("Gradient shapes: " + shapes(grads));
    NDArray inpBatch = ones(new int[] {16, 32}, float32);
    NDArray[] r = model.predictionBatchJacobian(inpBatch);
    out.printf("Output shape: %s, input shape: %s%n", shape(r[0]), shape(inpBatch));
    out.println("Batch jacobian shape: " + shape(r[1]));
  }

  /**
   * "Trace compilation: tf.function": the guide's gradient computation at batch 512, eager and
   * through {@code Np.function} (traced once, forward and backward fused and run as one program),
   * in milliseconds per call as the seed prints {@code timeit(number=10) * 100}. Both are timed
   * after the JIT has warmed up (the seed's one warm-up call is enough for TF, not for a JVM).
   */
  void traceCompilation() {
    heading("Trace compilation: Np.function");
    NDArray[] batch = model.createBatch(512);
    out.println("Eager performance");
    out.println(GuidePlots.perCall(() -> model.computeGradients(batch[0], batch[1]), 0.5) * 1e3 + " ms");
    out.println();
    out.println("Np.function compiled performance");
    dev.numbat.trace.CompiledFunction compiled = function((x, y) -> model.computeGradients(x, y));
    compiled.call(batch[0], batch[1]); // warm-up: traces and compiles
    out.println(GuidePlots.perCall(() -> compiled.call(batch[0], batch[1]), 0.5) * 1e3 + " ms");
  }

  /**
   * "Vectorization: tf.vectorized_map": per-example gradients at batch 128 with
   * {@code Np.vectorizedMap} inside {@code Np.function} (as the seed puts {@code vectorized_map}
   * inside {@code tf.function}), their shapes, and its time against {@code Np.mapFn}, the loop over
   * the examples (also inside {@code Np.function}, as the seed's {@code map_fn}), in ms per call.
   */
  @SuppressWarnings("unchecked")
  void vectorization() {
    heading("Vectorization: Np.vectorizedMap");
    int batchSize = 128;
    NDArray[] batch = model.createBatch(batchSize);
    dev.numbat.trace.CompiledFunction vectorized = function((x, y) -> model.vectorizedPerExampleGradients(x, y));
    List<NDArray> perExample = (List<NDArray>) vectorized.call(batch[0], batch[1]);
    for (int i = 0; i < perExample.size(); i++) {
      out.printf("Weight shape: %s, batch size: %s, per example gradient shape: %s %n", shape(model.weights().get(i)),
          batchSize, shape(perExample.get(i)));
    }
    dev.numbat.trace.CompiledFunction unvectorized = function((x, y) -> model.unvectorizedPerExampleGradients(x, y));
    unvectorized.call(batch[0], batch[1]); // warm-up: traces and compiles
    out.println("Running vectorized computation");
    out.println(GuidePlots.perCall(() -> vectorized.call(batch[0], batch[1]), 0.5) * 1e3 + " ms");
    out.println();
    out.println("Running unvectorized computation");
    out.println(GuidePlots.perCall(() -> unvectorized.call(batch[0], batch[1]), 0.5) * 1e3 + " ms");
  }

  private static String shapes(List<NDArray> xs) {
    return xs.stream().map(Guide::shape).toList().toString();
  }

  /** "Benchmark": sigmoid, NumPy vs Numbat, as a log-log picture. */
  /**
   * "Device placement": list the devices, run the model's prediction on a GPU when there is one
   * (else on the last logical CPU device: CPU:1 when {@link #main} configured two, CPU:0 in a JVM
   * that made arrays before), print where it is, and copy it back to CPU:0 as the seed does.
   */
  void devicePlacement() {
    heading("Device placement");
    out.println("All logical devices: " + config.listLogicalDevices());
    out.println("All physical devices: " + config.listPhysicalDevices());
    List<dev.numbat.device.LogicalDevice> gpus = config.listLogicalDevices("GPU");
    List<dev.numbat.device.LogicalDevice> cpus = config.listLogicalDevices("CPU");
    dev.numbat.device.LogicalDevice device = !gpus.isEmpty() ? gpus.get(0) : cpus.get(cpus.size() - 1);
    out.println();
    out.println("Using device: " + device);
    NDArray prediction;
    try (var scope = device(device)) {
      prediction = model.predict(model.createBatch(5)[0]);
    }
    out.println("prediction is placed on " + prediction.device());
    out.println();
    NDArray predictionCpu;
    try (var scope = device("/device:CPU:0")) {
      predictionCpu = copy(prediction);
    }
    out.println(prediction.device());
    out.println(predictionCpu.device());
  }

  void benchmarkPicture() {
    if (pictures == null) {
      return;
    }
    heading("Sigmoid benchmark");
    try {
      out.println("NumPy vs Numbat sigmoid times written to " + GuidePlots.sigmoidBenchmarkPlot(pictures));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

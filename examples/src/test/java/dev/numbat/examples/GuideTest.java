package dev.numbat.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.numbat.NDArray;
import org.junit.jupiter.api.Test;

/** The guide prints the seed's outputs (shared/seeds/tnp-guide-ja-with-outputs.txt). */
class GuideTest {
  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Guide(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSeedsLines() {
    String out = run();
    String[] seed = {
      "Created ND array with shape = (5, 3), rank = 2, dtype = float32 on device = /job:localhost/replica:0/task:0/device:CPU:0",
      "ndarray.T has shape (3, 5)",
      "narray.reshape(-1) has shape (15,)",
      "Type promotion for operations\n"
          + "int32 + int64 => int64\n"
          + "int32 + float32 => float64\n"
          + "int32 + float64 => float64\n"
          + "int64 + float32 => float64\n"
          + "int64 + float64 => float64\n"
          + "float32 + float64 => float64\n",
      "Type inference during array creation\n"
          + "tnp.asarray(1).dtype == tnp.int64\n"
          + "tnp.asarray(1.).dtype == tnp.float64\n",
      "When prefer_float32 is True:\n"
          + "tnp.asarray(1.).dtype == tnp.float32\n"
          + "tnp.add(1., 2.).dtype == tnp.float32\n"
          + "When prefer_float32 is False:\n"
          + "tnp.asarray(1.).dtype == tnp.float64\n"
          + "tnp.add(1., 2.).dtype == tnp.float64\n",
      "Broadcasting shapes (2, 3), (3,) and (1, 2, 1) gives shape (1, 2, 3)",
      "Basic indexing\n"
          + "[[[16 17 18 19]\n"
          + "  [20 21 22 23]]]\n",
      "Boolean indexing\n"
          + "[[[ 0  1  2  3]\n"
          + "  [ 8  9 10 11]]\n"
          + "\n"
          + " [[12 13 14 15]\n"
          + "  [20 21 22 23]]]\n",
      "Advanced indexing\n"
          + "[12 13 17]\n",
      "arange(6).at(1).set(-1) returns a new array: [ 0 -1  2  3  4  5] (the original is still [0 1 2 3 4 5])",
      "sum = 6.0. Class: NDArray",
      "x = [2. 2.]\nclass = NDArray",
      "Parameter shapes: [(32, 64), (64,), (64, 2)]",
      "Gradient shapes: [(32, 64), (64,), (64, 2)]",
      "Output shape: (16, 2), input shape: (16, 32)",
      "Batch jacobian shape: (16, 2, 32)",
      "Eager performance\n",
      "Np.function compiled performance\n",
      "Weight shape: (32, 64), batch size: 128, per example gradient shape: (128, 32, 64) \n"
          + "Weight shape: (64,), batch size: 128, per example gradient shape: (128, 64) \n"
          + "Weight shape: (64, 2), batch size: 128, per example gradient shape: (128, 64, 2) \n",
      "Running vectorized computation\n",
      "Running unvectorized computation\n",
      // this JVM made arrays before the guide, so it has the one CPU device (./numbat guide has two)
      "All logical devices: [LogicalDevice(name='/device:CPU:0', device_type='CPU')]\n"
          + "All physical devices: [PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU')]\n\n"
          + "Using device: LogicalDevice(name='/device:CPU:0', device_type='CPU')\n"
          + "prediction is placed on /job:localhost/replica:0/task:0/device:CPU:0\n\n"
          + "/job:localhost/replica:0/task:0/device:CPU:0\n"
          + "/job:localhost/replica:0/task:0/device:CPU:0\n",
    };
    for (String s : seed) {
      assertTrue(out.replace("\r\n", "\n").contains(s), "missing from the guide's output:\n" + s + "\n--- got:\n" + out);
    }
  }

  @Test
  void vectorizedPerExampleGradientsEqualTheLoopOnes() {
    GradientModel model = new GradientModel();
    NDArray[] batch = model.createBatch(128);
    model.predict(batch[0]);
    java.util.List<NDArray> loop = model.unvectorizedPerExampleGradients(batch[0], batch[1]);
    dev.numbat.trace.CompiledFunction f = dev.numbat.Np.function((x, y) -> model.vectorizedPerExampleGradients(x, y));
    @SuppressWarnings("unchecked")
    java.util.List<NDArray> vectorized = (java.util.List<NDArray>) f.call(batch[0], batch[1]);
    for (int i = 0; i < loop.size(); i++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(loop.get(i).shape(), vectorized.get(i).shape());
      float[] e = loop.get(i).toFloatArray();
      float[] c = vectorized.get(i).toFloatArray();
      for (int k = 0; k < e.length; k++) {
        org.junit.jupiter.api.Assertions.assertEquals(e[k], c[k], 1e-4f * (1 + Math.abs(e[k])), "weight " + i + " at " + k);
      }
    }
  }

  @Test
  void compiledGuideGradientsEqualEagerOnes() {
    GradientModel model = new GradientModel();
    NDArray[] batch = model.createBatch(512);
    model.predict(batch[0]);
    java.util.List<NDArray> eager = model.computeGradients(batch[0], batch[1]);
    dev.numbat.trace.CompiledFunction f = dev.numbat.Np.function((x, y) -> model.computeGradients(x, y));
    @SuppressWarnings("unchecked")
    java.util.List<NDArray> compiled = (java.util.List<NDArray>) f.call(batch[0], batch[1]);
    for (int i = 0; i < eager.size(); i++) {
      float[] e = eager.get(i).toFloatArray();
      float[] c = compiled.get(i).toFloatArray();
      for (int k = 0; k < e.length; k++) {
        org.junit.jupiter.api.Assertions.assertEquals(e[k], c[k], 1e-4f * (1 + Math.abs(e[k])), "weight " + i + " at " + k);
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(f.fusedRegions(batch[0], batch[1]) > 0, f.graphText(batch[0], batch[1]));
  }
}

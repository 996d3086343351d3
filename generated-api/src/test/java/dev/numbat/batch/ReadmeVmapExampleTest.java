package dev.numbat.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.trace.CompiledFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's "Per-example gradients" example, as written there, with its results checked. */
class ReadmeVmapExampleTest {
  @Test
  void readmeExampleRuns() throws Exception {
    NDArray xs = Np.random.defaultRng(0).standardNormal(new int[] {128, 32});
    NDArray ys = Np.random.defaultRng(1).standardNormal(new int[] {128, 8});
    NDArray w = Np.random.defaultRng(2).standardNormal(new int[] {32, 8});
    // the gradient of one example's loss, written for one example ...
    Np.Fn2 perExample = (x, y) -> {
      GradientTape tape = new GradientTape();
      try (tape) {
        tape.watch(w);
        return tape.gradient(Np.sum(Np.square(Np.subtract(Np.tanh(Np.matmul(x, w)), y))), w);
      }
    };
    // ... run once over the whole batch: xs (128, 32), ys (128, 8), w (32, 8) -> grads (128, 32, 8)
    NDArray grads = Np.vectorizedMap(perExample, xs, ys);
    NDArray same = Np.mapFn(perExample, xs, ys);                   // the loop over the examples, for reference
    CompiledFunction fast = Np.function((a, b) -> Np.vectorizedMap(perExample, a, b));   // traced and fused

    assertArrayEquals(new int[] {128, 32, 8}, grads.shape());
    assertTrue(Np.allclose(same, grads, 1e-12, 1e-12));
    assertTrue(Np.allclose(same, (NDArray) fast.call(xs, ys), 1e-12, 1e-12));
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    for (String line : List.of(
        "Np.Fn2 perExample = (x, y) -> {",
        "return tape.gradient(Np.sum(Np.square(Np.subtract(Np.tanh(Np.matmul(x, w)), y))), w);",
        "NDArray grads = Np.vectorizedMap(perExample, xs, ys);",
        "NDArray same = Np.mapFn(perExample, xs, ys);",
        "CompiledFunction fast = Np.function((a, b) -> Np.vectorizedMap(perExample, a, b));")) {
      assertEquals(true, readme.contains(line), "README no longer shows: " + line);
    }
  }
}

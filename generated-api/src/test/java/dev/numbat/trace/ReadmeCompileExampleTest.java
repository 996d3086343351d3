package dev.numbat.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's "Compiling a function" example, as written there, with its results checked. */
class ReadmeCompileExampleTest {
  @Test
  void readmeExampleRuns() throws Exception {
    // sigmoid, traced once per signature and run as one fused loop
    CompiledFunction sigmoid = Np.function((NDArray x) -> Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(x)))));
    NDArray y = sigmoid.apply(Np.asarray(new float[] {-1, 0, 1}));

    // a branch on a traced value: Np.cond, not a Java `if` (which would need the value)
    CompiledFunction signedSquare = Np.function((NDArray x) ->
        Np.cond(Np.greater(Np.sum(x), 0), v -> Np.square(v), v -> Np.negative(Np.square(v)), x));

    // a loop carrying state: Np.scan returns {final carry, stacked ys}, and is differentiable
    CompiledFunction running = Np.function((NDArray xs) -> List.of(Np.scan(
        (carry, x) -> { NDArray c = Np.add(Np.multiply((NDArray) carry, 0.5), (NDArray) x); return new Object[] {c, Np.square(c)}; },
        Np.zeros(3), xs)));

    assertArrayEquals(new float[] {0.26894143f, 0.5f, 0.7310586f}, y.toFloatArray(), 1e-7f);
    assertArrayEquals(new double[] {-4, -1}, signedSquare.apply(Np.asarray(new double[] {-2, 1})).toDoubleArray(), 0);
    List<?> r = (List<?>) running.call(Np.ones(new int[] {2, 3}));
    assertArrayEquals(new double[] {1.5, 1.5, 1.5}, ((NDArray) r.get(0)).toDoubleArray(), 0);
    assertArrayEquals(new int[] {2, 3}, ((NDArray) r.get(1)).shape());
    // the snippet above is the README's, line for line
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    for (String line : List.of(
        "CompiledFunction sigmoid = Np.function((NDArray x) -> Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(x)))));",
        "Np.cond(Np.greater(Np.sum(x), 0), v -> Np.square(v), v -> Np.negative(Np.square(v)), x));",
        "(carry, x) -> { NDArray c = Np.add(Np.multiply((NDArray) carry, 0.5), (NDArray) x); return new Object[] {c, Np.square(c)}; },")) {
      assertEquals(true, readme.contains(line), "README no longer shows: " + line);
    }
  }
}

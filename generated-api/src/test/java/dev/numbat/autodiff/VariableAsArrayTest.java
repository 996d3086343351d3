package dev.numbat.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.trace.CompiledFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variables passed straight to ops, as TF's are: read at the call, watched by tapes, bound per call in traces. */
class VariableAsArrayTest {
  @Test
  void everyKindOfOpTakesAVariable() {
    Variable w = new Variable(Np.asarray(new double[][] {{1, 2}, {3, 4}}), "w");
    NDArray x = Np.asarray(new double[][] {{1, 0}, {0, 1}});
    assertArrayEquals(new double[] {1, 2, 3, 4}, Np.matmul(x, w).toDoubleArray());    // primitive
    assertArrayEquals(new double[] {2, 3, 4, 5}, Np.add(w, 1).toDoubleArray());        // ufunc
    assertEquals(10.0, Np.sum(w).doubleValue());                                         // reduction
    assertArrayEquals(new double[] {1, 3, 2, 4}, Np.transpose(w).toDoubleArray());       // view
    assertArrayEquals(new double[] {1, 2, 3, 4}, Np.asarray(w).toDoubleArray());         // conversion
    assertEquals(2.5, Np.mean(w).doubleValue());                                         // composite
    w.assign(Np.zeros(2, 2));
    assertEquals(0.0, Np.sum(w).doubleValue(), "an op reads the variable's current value");
  }

  @Test
  void aTapeWatchesAVariableAnOpReads() {
    Variable w = new Variable(Np.asarray(new double[] {1, 2}), "w");
    Variable frozen = new Variable(Np.asarray(new double[] {3, 4}), "frozen", false);
    GradientTape tape = new GradientTape(true);
    NDArray y = Np.sum(Np.multiply(Np.multiply(w, w), frozen));
    tape.close();
    assertArrayEquals(new double[] {6, 16}, tape.gradient(y, w).toDoubleArray());
    assertNull(tape.gradient(y, frozen));
  }

  @Test
  void aCompiledFunctionReadsTheVariableAtEveryCall() {
    Variable w = new Variable(Np.asarray(new double[] {1, 2}), "w");
    CompiledFunction f = Np.function((NDArray x) -> Np.sum(Np.multiply(x, w)));
    NDArray x = Np.asarray(new double[] {10, 100});
    assertEquals(210.0, f.apply(x).doubleValue());
    w.assign(Np.asarray(new double[] {-1, 0}));
    assertEquals(-10.0, f.apply(x).doubleValue());
    assertEquals(1, f.tracingCount());
    CompiledFunction grad = Np.function((NDArray xs) -> {
      try (GradientTape tape = new GradientTape()) {
        NDArray loss = Np.sum(Np.square(Np.subtract(Np.multiply(xs, w), 1.0)));
        return List.of(tape.gradient(loss, w));
      }
    });
    @SuppressWarnings("unchecked")
    List<NDArray> g = (List<NDArray>) grad.call(x);
    // d/dw sum((x w - 1)^2) = 2 (x w - 1) x with w = [-1, 0]
    assertArrayEquals(new double[] {2 * (-10 - 1) * 10, 2 * (0 - 1) * 100}, g.get(0).toDoubleArray());
  }
}

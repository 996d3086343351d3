package dev.numbat.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.core.ConcretizationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Np.function on the op path: tracing through Dispatch, one graph per signature, tapes inside and outside. */
class FunctionTest {
  private static NDArray sigmoid(NDArray x) {
    return Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(x))));
  }

  @Test
  void tracesOncePerSignatureAndMatchesEager() {
    CompiledFunction f = Np.function((NDArray x) -> sigmoid(x));
    NDArray a = Np.asarray(new float[] {-2f, 0f, 3f});
    NDArray b = Np.asarray(new float[] {1f, 2f, 4f});
    assertArrayEquals(sigmoid(a).toFloatArray(), f.apply(a).toFloatArray(), 0f);
    assertArrayEquals(sigmoid(b).toFloatArray(), f.apply(b).toFloatArray(), 0f);
    assertEquals(1, f.tracingCount());
    assertEquals(Np.float32, f.apply(a).dtype());
    f.apply(Np.asarray(new double[] {1, 2}));
    assertEquals(2, f.tracingCount(), "a new dtype and shape traces again");
    String g = f.graphText(a);
    assertTrue(g.contains("= negative(%0)") && g.contains("= exp(") && g.contains("= divide("), g);
    assertTrue(!g.contains("true_divide"), "a composite is traced as the ops it calls:\n" + g);
  }

  @Test
  void capturedArraysAreConstantsAndJavaCodeRunsAtTraceTime() {
    NDArray w = Np.asarray(new double[] {10, 20});
    int[] javaRuns = {0};
    CompiledFunction f = Np.function((NDArray x) -> {
      javaRuns[0]++;
      return Np.multiply(x, w);
    });
    NDArray x = Np.asarray(new double[] {1, 2});
    f.apply(x);
    NDArray r = f.apply(x);
    assertArrayEquals(new double[] {10, 40}, r.toDoubleArray(), 0);
    assertEquals(1, javaRuns[0]);
    assertTrue(f.graphText(x).contains("const:float64[2]"), f.graphText(x));
  }

  @Test
  void readingATracerNamesTheOpAndTheWayOut() {
    CompiledFunction f = Np.function((NDArray x) -> (double) Np.sum(x).item() > 0 ? x : Np.negative(x));
    ConcretizationError e = assertThrows(ConcretizationError.class, () -> f.apply(Np.asarray(new double[] {1})));
    assertTrue(e.getMessage().contains("sum") && e.getMessage().contains("Np.cond"), e.getMessage());
    CompiledFunction g = Np.function((NDArray x) -> Np.nonzero(x)[0]);
    ConcretizationError o = assertThrows(ConcretizationError.class, () -> g.apply(Np.asarray(new double[] {1, 0})));
    assertTrue(o.getMessage().contains("nonzero") && o.getMessage().contains("opaque"), o.getMessage());
  }

  @Test
  void aRandomDrawInsideIsRejectedNotFrozen() {
    CompiledFunction f = Np.function((NDArray x) -> Np.add(x, Np.random.randn(2)));
    ConcretizationError e = assertThrows(ConcretizationError.class, () -> f.apply(Np.zeros(2)));
    assertTrue(e.getMessage().contains("random.randn") && e.getMessage().contains("same numbers"), e.getMessage());
  }

  @Test
  void aTapeInsideTheFunctionIsTracedWithIt() {
    CompiledFunction grad = Np.function((NDArray x) -> {
      try (GradientTape tape = new GradientTape()) {
        tape.watch(x);
        NDArray y = Np.sum(Np.sin(x));
        return tape.gradient(y, x);
      }
    });
    NDArray x = Np.asarray(new double[] {0.0, 0.5, 1.0});
    assertArrayEquals(Np.cos(x).toDoubleArray(), grad.apply(x).toDoubleArray(), 1e-15);
    assertTrue(grad.graphText(x).contains("cos("), grad.graphText(x));
  }

  @Test
  void aTapeOutsideRecordsTheCompiledCall() {
    CompiledFunction f = Np.function((NDArray x, NDArray y) -> Np.sum(Np.multiply(x, y)));
    NDArray x = Np.asarray(new double[] {1, 2, 3});
    NDArray y = Np.asarray(new double[] {4, 5, 6});
    try (GradientTape tape = new GradientTape()) {
      tape.watch(x);
      NDArray z = f.apply(x, y);
      assertEquals(32.0, (double) z.item(), 0);
      assertArrayEquals(y.toDoubleArray(), tape.gradient(z, x).toDoubleArray(), 0);
    }
  }

  @Test
  void listResultsAndWeakScalars() {
    CompiledFunction f = Np.function((NDArray x) -> List.of(Np.add(x, 1), Np.multiply(x, 2)));
    @SuppressWarnings("unchecked")
    List<NDArray> r = (List<NDArray>) f.call(Np.asarray(new byte[] {1, 2}));
    assertEquals(Np.int8, r.get(0).dtype(), "a Java number stays weak inside the trace");
    assertArrayEquals(new long[] {2, 4}, r.get(1).toLongArray());
  }
}

package dev.numbat.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.autodiff.LookupError;
import dev.numbat.errors.TypeError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Np.cond, Np.whileLoop and Np.scan: eager, traced, and differentiated both ways. */
class ControlFlowTest {
  private static NDArray a(double... v) {
    return Np.asarray(v);
  }

  private static NDArray signedSquare(NDArray x) {
    return Np.cond(Np.greater(Np.sum(x), 0), v -> Np.square(v), v -> Np.negative(Np.square(v)), x);
  }

  @Test
  void condEagerAndTracedAgree() {
    CompiledFunction f = Np.function((NDArray x) -> signedSquare(x));
    for (NDArray x : List.of(a(1, 2), a(-3, 1), a(0, 0))) {
      assertArrayEquals(signedSquare(x).toDoubleArray(), f.apply(x).toDoubleArray(), 0);
    }
    assertEquals(1, f.tracingCount(), "one trace serves both branches");
    assertTrue(f.graphText(a(1, 2)).contains("cond("), f.graphText(a(1, 2)));
  }

  @Test
  void condBranchesMustAgreeAndPredMustBeAScalar() {
    CompiledFunction f = Np.function((NDArray x) ->
        Np.cond(Np.greater(Np.sum(x), 0), v -> v, v -> Np.sum(v), x));
    TypeError e = assertThrows(TypeError.class, () -> f.apply(a(1, 2)));
    assertTrue(e.getMessage().contains("identical types"), e.getMessage());
    assertThrows(TypeError.class, () -> Np.cond(a(1, 0), v -> v, v -> v, a(1)));
  }

  @Test
  void condCapturesTracedArraysFromTheClosure() {
    CompiledFunction f = Np.function((NDArray x, NDArray w) ->
        Np.cond(Np.greater(Np.sum(x), 0), v -> Np.multiply(v, w), v -> Np.add(v, w), x));
    assertArrayEquals(new double[] {2, 6}, f.apply(a(1, 2), a(2, 3)).toDoubleArray(), 0);
    assertArrayEquals(new double[] {1, -1}, f.apply(a(-1, -4), a(2, 3)).toDoubleArray(), 0);
  }

  @Test
  void condGradientsEagerAndCompiled() {
    CompiledFunction g = Np.function((NDArray x) -> {
      try (GradientTape tape = new GradientTape()) {
        tape.watch(x);
        NDArray y = Np.sum(signedSquare(x));
        return tape.gradient(y, x);
      }
    });
    for (NDArray x : List.of(a(1, 2), a(-3, 1))) {
      NDArray eager;
      try (GradientTape tape = new GradientTape()) {
        tape.watch(x);
        eager = tape.gradient(Np.sum(signedSquare(x)), x);
      }
      double s = Np.sum(x).toDoubleArray()[0] > 0 ? 2 : -2;
      assertArrayEquals(Np.multiply(x, s).toDoubleArray(), eager.toDoubleArray(), 0);
      assertArrayEquals(eager.toDoubleArray(), g.apply(x).toDoubleArray(), 0);
    }
  }

  @Test
  void whileLoopEagerAndTraced() {
    ControlFlow.Predicate below = c -> Np.less(Np.sum((NDArray) ((List<?>) c).get(0)), 100);
    ControlFlow.Body grow = c -> {
      List<?> l = (List<?>) c;
      return List.of(Np.multiply((NDArray) l.get(0), 2), Np.add((NDArray) l.get(1), 1));
    };
    List<?> eager = (List<?>) Np.whileLoop(below, grow, List.of(a(1, 2), Np.asarray(0L)));
    CompiledFunction f = Np.function((NDArray x, NDArray n) -> Np.whileLoop(below, grow, List.of(x, n)));
    List<?> traced = (List<?>) f.call(a(1, 2), Np.asarray(0L));
    assertArrayEquals(((NDArray) eager.get(0)).toDoubleArray(), ((NDArray) traced.get(0)).toDoubleArray(), 0);
    assertEquals(6L, ((NDArray) traced.get(1)).item());
    List<?> again = (List<?>) f.call(a(30, 40), Np.asarray(0L));
    assertEquals(1L, ((NDArray) again.get(1)).item(), "the trip count is decided at every call");
    assertEquals(1, f.tracingCount());
    CompiledFunction bad = Np.function((NDArray x) -> Np.whileLoop(c -> Np.less(Np.sum((NDArray) c), 9),
        c -> Np.sum((NDArray) c), x));
    assertThrows(TypeError.class, () -> bad.call(a(1, 2)));
    CompiledFunction d = Np.function((NDArray x) -> {
      try (GradientTape tape = new GradientTape()) {
        tape.watch(x);
        NDArray y = (NDArray) Np.whileLoop(c -> Np.less(Np.sum((NDArray) c), 9), c -> Np.multiply((NDArray) c, 2), x);
        return tape.gradient(Np.sum(y), x);
      }
    });
    assertThrows(LookupError.class, () -> d.call(a(1, 2)), "a traced while loop has no gradient (as in JAX)");
  }

  /** cumulative sum and running product through scan: carry = total, y = total after each step. */
  private static Object[] runningSum(NDArray init, NDArray xs) {
    return Np.scan((c, x) -> {
      NDArray next = Np.add(Np.multiply((NDArray) c, 0.5), Np.sin((NDArray) x));
      return new Object[] {next, Np.square(next)};
    }, init, xs);
  }

  @Test
  void scanEagerAndTracedAgree() {
    NDArray xs = Np.reshape(Np.linspace(0, 3, 12), 4, 3);
    NDArray init = a(1, 1, 1);
    Object[] e = runningSum(init, xs);
    CompiledFunction f = Np.function((NDArray i, NDArray x) -> List.of(runningSum(i, x)));
    List<?> t = (List<?>) f.call(init, xs);
    assertArrayEquals(((NDArray) e[0]).toDoubleArray(), ((NDArray) t.get(0)).toDoubleArray(), 1e-15);
    assertArrayEquals(((NDArray) e[1]).toDoubleArray(), ((NDArray) t.get(1)).toDoubleArray(), 1e-15);
    assertArrayEquals(new int[] {4, 3}, ((NDArray) t.get(1)).shape());
    assertTrue(f.graphText(init, xs).contains("scan("), f.graphText(init, xs));
  }

  @Test
  void scanGradientsEagerCompiledAndFiniteDifferences() {
    NDArray xs = Np.reshape(Np.linspace(0, 3, 12), 4, 3);
    NDArray init = a(1, -1, 0.5);
    java.util.function.BiFunction<NDArray, NDArray, NDArray> loss = (i, x) -> {
      Object[] r = runningSum(i, x);
      return Np.add(Np.sum((NDArray) r[0]), Np.sum((NDArray) r[1]));
    };
    List<NDArray> eager;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(init, xs);
      eager = tape.gradient(loss.apply(init, xs), List.of(init, xs));
    }
    CompiledFunction g = Np.function((NDArray i, NDArray x) -> {
      try (GradientTape tape = new GradientTape()) {
        tape.watch(i, x);
        return tape.gradient(loss.apply(i, x), List.of(i, x));
      }
    });
    List<?> compiled = (List<?>) g.call(init, xs);
    assertArrayEquals(eager.get(0).toDoubleArray(), ((NDArray) compiled.get(0)).toDoubleArray(), 1e-12);
    assertArrayEquals(eager.get(1).toDoubleArray(), ((NDArray) compiled.get(1)).toDoubleArray(), 1e-12);
    // central differences on the initial carry
    double h = 1e-6;
    double[] iv = init.toDoubleArray();
    for (int k = 0; k < iv.length; k++) {
      double[] p = iv.clone();
      double[] m = iv.clone();
      p[k] += h;
      m[k] -= h;
      double fd = ((double) loss.apply(a(p), xs).item() - (double) loss.apply(a(m), xs).item()) / (2 * h);
      assertEquals(fd, eager.get(0).toDoubleArray()[k], 1e-6);
    }
  }
}

package dev.numbat.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gradient conventions that finite differences cannot check: NaN results of quantile and
 * nanquantile, and which occurrence of a repeated index {@code at(...).set} credits.
 * (The finite-difference records of these rules are conformance's GradSuite.)
 */
class UpdateGradsTest {
  private static NDArray ints(long... v) { return new NDArray(DType.INT64, new int[] {v.length}, v); }

  private static List<NDArray> grads(java.util.function.Function<NDArray[], NDArray> f, NDArray seed, NDArray... xs) {
    GradientTape tape = new GradientTape();
    tape.watch((Object[]) xs);
    NDArray y = f.apply(xs);
    tape.close();
    return tape.gradient(y, List.of(xs), seed, UnconnectedGradients.ZERO);
  }

  @Test
  void quantileOfASliceWithNanHasANanGradientThere() {
    NDArray a = Np.asarray(new double[][] {{4, Double.NaN, 1, 3}, {2, 8, 5, 7}});
    NDArray g = grads(x -> Np.quantile(x[0], 0.5, new int[] {1}), Np.asarray(new double[] {0, 1}), a).get(0);
    double[] r = g.toDoubleArray();
    for (int i = 0; i < 4; i++) {
      // Row 0's median is NaN: NaN gradient even where its upstream gradient is 0.
      assertTrue(Double.isNaN(r[i]), "row 0 element " + i + ": " + r[i]);
    }
    // Row 1 (2, 8, 5, 7): the median averages its sorted places 1 and 2 (5 and 7).
    assertArrayEquals(new double[] {0, 0, 0.5, 0.5}, java.util.Arrays.copyOfRange(r, 4, 8), 1e-15);
  }

  @Test
  void nanquantileDropsNansAndAnAllNanSliceGetsNan() {
    double nan = Double.NaN;
    NDArray a = Np.asarray(new double[][] {{4, nan, 1, 3}, {nan, nan, nan, nan}, {2, 8, nan, 6}});
    double q = 0.25;
    NDArray g = grads(x -> Np.nanquantile(x[0], q, new int[] {1}), Np.asarray(new double[] {2, 1, 3}), a).get(0);
    double[] r = g.toDoubleArray();
    // Row 0 over (4, 1, 3): virtual index 0.25 * 2 = 0.5 between sorted 1 and 3.
    assertArrayEquals(new double[] {0, 0, 2 * 0.5, 2 * 0.5}, java.util.Arrays.copyOfRange(r, 0, 4), 1e-15);
    for (int i = 4; i < 8; i++) {
      assertTrue(Double.isNaN(r[i]), "all-NaN row element " + i + ": " + r[i]);
    }
    // Row 2 over (2, 8, 6): virtual index 0.5 between sorted 2 and 6.
    assertArrayEquals(new double[] {3 * 0.5, 0, 0, 3 * 0.5}, java.util.Arrays.copyOfRange(r, 8, 12), 1e-15);
  }

  @Test
  void nanmedianIgnoresNan() {
    NDArray a = Np.asarray(new double[] {3, Double.NaN, 1, 2, Double.NaN});
    NDArray g = grads(x -> Np.nanmedian(x[0]), Np.asarray(1.0), a).get(0);
    assertArrayEquals(new double[] {0, 0, 0, 1, 0}, g.toDoubleArray(), 0);
  }

  @Test
  void setWithARepeatedIndexCreditsTheLastWrite() {
    NDArray x = Np.asarray(new double[] {1, 2, 3, 4});
    NDArray v = Np.asarray(new double[] {10, 20, 30});
    NDArray seed = Np.asarray(new double[] {1, 2, 3, 4});
    NDArray y = x.at(ints(2, 0, 2)).set(v);
    // NumPy keeps the last write to a repeated target.
    assertArrayEquals(new double[] {20, 2, 30, 4}, y.toDoubleArray(), 0);
    List<NDArray> g = grads(a -> a[0].at(ints(2, 0, 2)).set(a[1]), seed, x, v);
    assertArrayEquals(new double[] {0, 2, 0, 4}, g.get(0).toDoubleArray(), 0);
    assertArrayEquals(new double[] {0, 1, 3}, g.get(1).toDoubleArray(), 0);
  }

  @Test
  void multiplyAtARepeatedIndexMultipliesTwice() {
    NDArray x = Np.asarray(new double[] {1.5, 2, 3});
    NDArray v = Np.asarray(new double[] {2, 5, -3});
    List<NDArray> g = grads(a -> a[0].at(ints(0, 2, 0)).multiply(a[1]), Np.onesLike(x), x, v);
    double[] xs = x.toDoubleArray();
    double[] vs = v.toDoubleArray();
    assertArrayEquals(new double[] {vs[0] * vs[2], 1, vs[1]}, g.get(0).toDoubleArray(), 1e-15);
    assertArrayEquals(new double[] {xs[0] * vs[2], xs[2], xs[0] * vs[0]}, g.get(1).toDoubleArray(), 1e-15);
  }

  @Test
  void multiplyAtHasSecondDerivatives() {
    // y = x0 * v0 * v1 (index 0 twice); d/dv0 (d y / d v1) = x0.
    NDArray x = Np.asarray(new double[] {1.5, 2});
    NDArray v = Np.asarray(new double[] {2, 5});
    GradientTape outer = new GradientTape();
    outer.watch(v);
    GradientTape inner = new GradientTape();
    inner.watch(v);
    NDArray y = Np.sum(x.at(ints(0, 0)).multiply(v));
    inner.close();
    NDArray dv1 = inner.gradient(y, v).get(1);
    outer.close();
    NDArray d2 = outer.gradient(dv1, v);
    assertArrayEquals(new double[] {1.5, 0}, d2.toDoubleArray(), 1e-15);
  }

  @Test
  void maxAtATieSplitsTheGradient() {
    NDArray x = Np.asarray(new double[] {1, 4});
    NDArray v = Np.asarray(new double[] {4});
    List<NDArray> g = grads(a -> a[0].at(ints(1)).max(a[1]), Np.onesLike(x), x, v);
    assertArrayEquals(new double[] {1, 0.5}, g.get(0).toDoubleArray(), 0);
    assertArrayEquals(new double[] {0.5}, g.get(1).toDoubleArray(), 0);
  }

  @Test
  void einsumDiagonalGradient() {
    NDArray a = Np.reshape(Np.arange(9.0), 3, 3);
    NDArray seed = Np.asarray(new double[] {1, 2, 3});
    NDArray g = grads(x -> Np.einsum("ii->i", x[0]), seed, a).get(0);
    assertArrayEquals(new double[] {1, 0, 0, 0, 2, 0, 0, 0, 3}, g.toDoubleArray(), 0);
    assertEquals(DType.FLOAT64, g.dtype());
  }
}

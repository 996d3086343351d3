package dev.numbat.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Second derivatives through the linalg rules: an outer tape differentiates the inner tape's
 * gradient, which only works when the rules are written with recorded ops and the decompositions
 * they call (svd, eigh) are recorded themselves. Checked against central differences of the
 * inner gradient (a Hessian-vector product) computed without an outer tape.
 */
class LinalgSecondOrderTest {
  private static final NDArray X = Np.reshape(Np.asarray(new double[] {
      1.3, -0.4, 0.7, 0.2, 2.1, -0.9, -0.5, 0.8, 1.7}), 3, 3);
  private static final NDArray V = Np.reshape(Np.asarray(new double[] {
      0.6, -1.2, 0.3, 0.9, 0.1, -0.7, 0.4, 0.5, -0.2}), 3, 3);

  /** The tape's gradient of {@code f} at {@code x}. */
  private static NDArray grad(Function<NDArray, NDArray> f, NDArray x) {
    GradientTape t = new GradientTape();
    t.watch(x);
    NDArray y = f.apply(x);
    t.close();
    return t.gradient(y, x);
  }

  /** d/dx (v . grad f(x)) by nested tapes. */
  private static NDArray hvpByTapes(Function<NDArray, NDArray> f, NDArray x, NDArray v) {
    GradientTape outer = new GradientTape();
    outer.watch(x);
    NDArray gv = Np.sum(Np.multiply(grad(f, x), v));
    outer.close();
    return outer.gradient(gv, List.of(x)).get(0);
  }

  /** The same Hessian-vector product as central differences of the first gradient along v. */
  private static double[] hvpByDifferences(Function<NDArray, NDArray> f, NDArray x, NDArray v) {
    double h = 1e-5;
    NDArray gp = grad(f, Np.add(x, Np.multiply(v, h)));
    NDArray gm = grad(f, Np.subtract(x, Np.multiply(v, h)));
    return Np.divide(Np.subtract(gp, gm), 2 * h).toDoubleArray();
  }

  private static void check(Function<NDArray, NDArray> f) {
    NDArray byTapes = hvpByTapes(f, X, V);
    assertNotNull(byTapes, "second derivative is unconnected");
    assertArrayEquals(hvpByDifferences(f, X, V), byTapes.toDoubleArray(), 1e-6);
  }

  @Test
  void svdvals() {
    check(x -> Np.sum(Np.power(Np.linalg.svdvals(x), 3)));
  }

  @Test
  void svdFactors() {
    // |U|^2 weighted: the signs of U's columns do not change it
    check(x -> Np.sum(Np.multiply(Np.square(((NDArray[]) Np.linalg.svd(x))[0]), V)));
  }

  @Test
  void condByTheSingularValues() {
    check(x -> Np.linalg.cond(x));
  }

  @Test
  void pinvAndSolve() {
    check(x -> Np.sum(Np.multiply(Np.linalg.pinv(x), V)));
    check(x -> Np.sum(Np.square(Np.linalg.solve(x, Np.asarray(new double[] {1, 2, 3})))));
  }

  @Test
  void eighEigenvectorsAndNuclearNorm() {
    check(x -> Np.sum(Np.multiply(Np.square(Np.linalg.eigh(Np.matmul(x, x.T()))[1]), V)));
    check(x -> Np.linalg.norm(x, "nuc"));
  }
}

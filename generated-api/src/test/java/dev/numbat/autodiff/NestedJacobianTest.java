package dev.numbat.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Jacobians an outer tape differentiates through: Hessians as jacobians of gradients, gradients
 * of functions of jacobians and batch jacobians, checked against closed forms and central finite
 * differences of the same function evaluated without an outer tape.
 */
class NestedJacobianTest {
  private static final double TOL = 1e-9;

  private static NDArray arr(double... v) {
    return Np.asarray(v);
  }

  private static NDArray mat(int rows, int cols, double... v) {
    return Np.reshape(Np.asarray(v), rows, cols);
  }

  private static void near(double[] want, NDArray got, double tol) {
    assertNotNull(got, "gradient is null");
    assertArrayEquals(want, got.toDoubleArray(), tol);
  }

  /** Central differences of a scalar function of one array, element by element. */
  private static double[] fd(Function<NDArray, Double> f, NDArray at) {
    double[] x = at.toDoubleArray();
    int[] shape = at.shape();
    double[] out = new double[x.length];
    double h = 1e-5;
    for (int k = 0; k < x.length; k++) {
      double[] p = x.clone();
      double[] m = x.clone();
      p[k] += h;
      m[k] -= h;
      double fp = f.apply(Np.reshape(Np.asarray(p), shape));
      double fm = f.apply(Np.reshape(Np.asarray(m), shape));
      out[k] = (fp - fm) / (2 * h);
    }
    return out;
  }

  // ------------------------------------------------------------------ (1) Hessians

  /** The Hessian of sum(sin(x) x^2) as the jacobian of a gradient (a tape open outside records it). */
  private static NDArray sinSquareHessian(NDArray x) {
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      NDArray g;
      try (GradientTape inner = new GradientTape()) {
        inner.watch(x);
        NDArray f = Np.sum(Np.multiply(Np.sin(x), Np.square(x)));
        inner.close();
        g = inner.gradient(f, x);
      }
      outer.close();
      return outer.jacobian(g, x);
    }
  }

  @Test
  void hessianIsTheJacobianOfAGradient() {
    NDArray x = arr(0.3, -1.1, 2.0);
    NDArray h = sinSquareHessian(x);
    assertArrayEquals(new int[] {3, 3}, h.shape());
    double[] xs = x.toDoubleArray();
    double[] want = new double[9];
    for (int i = 0; i < 3; i++) {
      double v = xs[i];
      // d2/dx2 of sin(x) x^2
      want[i * 3 + i] = (2 - v * v) * Math.sin(v) + 4 * v * Math.cos(v);
    }
    near(want, h, TOL);
  }

  @Test
  void aThirdTapeDifferentiatesThroughAHessian() {
    NDArray x = arr(0.3, -1.1, 2.0);
    NDArray d3;
    try (GradientTape third = new GradientTape()) {
      third.watch(x);
      NDArray h = sinSquareHessian(x);
      NDArray s = Np.sum(h);
      third.close();
      d3 = third.gradient(s, x);
    }
    double[] xs = x.toDoubleArray();
    double[] want = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = xs[i];
      // d3/dx3 of sin(x) x^2: the Hessian is diagonal, so d sum(H) / dx_i is the third derivative
      want[i] = (6 - v * v) * Math.cos(v) - 6 * v * Math.sin(v);
    }
    near(want, d3, TOL);
  }

  @Test
  void hessianOfACoupledFunctionMatchesFiniteDifferencesOfItsGradient() {
    NDArray w = mat(3, 2, 0.5, -0.4, 1.2, 0.3, -0.7, 0.9);
    NDArray x = arr(0.2, -0.6);
    NDArray h;
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      NDArray g;
      try (GradientTape inner = new GradientTape()) {
        inner.watch(x);
        NDArray f = Np.sum(Np.square(Np.tanh(Np.dot(w, x))));
        inner.close();
        g = inner.gradient(f, x);
      }
      outer.close();
      h = outer.jacobian(g, x);
    }
    assertArrayEquals(new int[] {2, 2}, h.shape());
    double[] hv = h.toDoubleArray();
    for (int c = 0; c < 2; c++) {
      final int col = c;
      // column c of the Hessian: d g / d x_c by finite differences of the gradient itself
      double[] want = new double[2];
      for (int r = 0; r < 2; r++) {
        final int row = r;
        want[r] = fd(z -> {
          GradientTape t = new GradientTape();
          t.watch(z);
          NDArray f = Np.sum(Np.square(Np.tanh(Np.dot(w, z))));
          t.close();
          return t.gradient(f, z).toDoubleArray()[row];
        }, x)[col];
      }
      assertEquals(want[0], hv[0 * 2 + col], 1e-7);
      assertEquals(want[1], hv[1 * 2 + col], 1e-7);
    }
    assertEquals(hv[1], hv[2], 1e-12, "Hessian is symmetric");
  }

  // ------------------------------------------------------------------ (2) functions of jacobians

  /** sum(J^2) for J = d tanh(W x) / dx, computed with one tape (no outer tape recording). */
  private static double jacobianLoss(NDArray w, NDArray x) {
    GradientTape t = new GradientTape();
    t.watch(x);
    NDArray y = Np.tanh(Np.dot(w, x));
    t.close();
    return Np.sum(Np.square(t.jacobian(y, x))).toDoubleArray()[0];
  }

  @Test
  void gradientOfAFunctionOfAJacobian() {
    double[] wv = {0.5, -0.4, 1.2, 0.3, -0.7, 0.9};
    NDArray x = arr(0.2, -0.6);
    Variable wVar = new Variable(mat(3, 2, wv), "W");
    NDArray j;
    List<NDArray> grads;
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      try (GradientTape inner = new GradientTape()) {
        inner.watch(x);
        NDArray y = Np.tanh(Np.dot(wVar.value(), x));
        inner.close();
        j = inner.jacobian(y, x);
      }
      NDArray loss = Np.sum(Np.square(j));
      outer.close();
      grads = outer.gradient(loss, List.of(x, wVar));
    }
    assertArrayEquals(new int[] {3, 2}, j.shape());
    double[] xs = x.toDoubleArray();
    double[] y = new double[3];
    double[] r = new double[3];
    for (int i = 0; i < 3; i++) {
      y[i] = Math.tanh(wv[i * 2] * xs[0] + wv[i * 2 + 1] * xs[1]);
      r[i] = wv[i * 2] * wv[i * 2] + wv[i * 2 + 1] * wv[i * 2 + 1];
    }
    // J[i][k] = (1 - y_i^2) W[i][k]
    double[] wantJ = new double[6];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 2; k++) {
        wantJ[i * 2 + k] = (1 - y[i] * y[i]) * wv[i * 2 + k];
      }
    }
    near(wantJ, j, TOL);
    // L = sum_i (1 - y_i^2)^2 r_i: dL/dx_k = sum_i -4 y_i (1 - y_i^2)^2 r_i W[i][k]
    double[] wantX = new double[2];
    double[] wantW = new double[6];
    for (int i = 0; i < 3; i++) {
      double s = 1 - y[i] * y[i];
      double a = -4 * y[i] * s * s * r[i];
      for (int k = 0; k < 2; k++) {
        wantX[k] += a * wv[i * 2 + k];
        wantW[i * 2 + k] = a * xs[k] + s * s * 2 * wv[i * 2 + k];
      }
    }
    near(wantX, grads.get(0), TOL);
    near(wantW, grads.get(1), TOL);
    // and the same against finite differences of the loss through the untaped jacobian
    NDArray w = mat(3, 2, wv);
    near(fd(z -> jacobianLoss(w, z), x), grads.get(0), 1e-7);
    near(fd(z -> jacobianLoss(z, x), w), grads.get(1), 1e-7);
  }

  @Test
  void jacobianUnderAnOuterTapeEqualsTheUntapedOne() {
    NDArray w = mat(3, 2, 0.5, -0.4, 1.2, 0.3, -0.7, 0.9);
    NDArray x = arr(0.2, -0.6);
    GradientTape plain = new GradientTape();
    plain.watch(x);
    NDArray y0 = Np.tanh(Np.dot(w, x));
    plain.close();
    NDArray untaped = plain.jacobian(y0, x);
    NDArray taped;
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      GradientTape inner = new GradientTape();
      inner.watch(x);
      NDArray y = Np.tanh(Np.dot(w, x));
      inner.close();
      taped = inner.jacobian(y, x);
    }
    assertEquals(untaped.dtype(), taped.dtype());
    assertArrayEquals(untaped.shape(), taped.shape());
    assertArrayEquals(untaped.toDoubleArray(), taped.toDoubleArray(), 0.0);
  }

  @Test
  void jacobianShapesUnderAnOuterTape() {
    NDArray x = Np.reshape(arr(0.1, 0.2, 0.3, 0.4, 0.5, 0.6), 2, 3);
    NDArray j;
    NDArray s;
    NDArray scalarJ;
    NDArray d;
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      GradientTape inner = new GradientTape(true);
      inner.watch(x);
      NDArray y = Np.square(Np.transpose(x));
      NDArray total = Np.sum(Np.sin(x));
      inner.close();
      j = inner.jacobian(y, x);
      scalarJ = inner.jacobian(total, x);
      s = Np.sum(j);
      outer.close();
      d = outer.gradient(s, x);
    }
    // TF's shapes: target.shape + source.shape; a scalar target gives source.shape
    assertArrayEquals(new int[] {3, 2, 2, 3}, j.shape());
    assertArrayEquals(new int[] {2, 3}, scalarJ.shape());
    double[] xs = x.toDoubleArray();
    double[] jv = j.toDoubleArray();
    double[] sj = scalarJ.toDoubleArray();
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 2; b++) {
        for (int p = 0; p < 2; p++) {
          for (int q = 0; q < 3; q++) {
            double want = (p == b && q == a) ? 2 * xs[b * 3 + a] : 0;
            assertEquals(want, jv[((a * 2 + b) * 2 + p) * 3 + q], TOL);
          }
        }
      }
    }
    double[] wantD = new double[6];
    for (int k = 0; k < 6; k++) {
      assertEquals(Math.cos(xs[k]), sj[k], TOL);
      wantD[k] = 2; // sum(J) = sum(2x)
    }
    near(wantD, d, TOL);
  }

  @Test
  void unconnectedJacobiansKeepTheirSemanticsUnderAnOuterTape() {
    NDArray x = arr(1, 2);
    NDArray z = arr(3, 4, 5);
    NDArray none;
    NDArray zeros;
    NDArray linear;
    NDArray dLinear;
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x, z);
      GradientTape inner = new GradientTape(true);
      inner.watch(x, z);
      NDArray y = Np.multiply(x, 3.0);
      inner.close();
      none = inner.jacobian(y, z);
      zeros = inner.jacobian(y, z, UnconnectedGradients.ZERO);
      linear = inner.jacobian(y, x);
      NDArray s = Np.sum(linear);
      outer.close();
      // y is linear in x: its jacobian is a constant, unconnected to x for the outer tape
      dLinear = outer.gradient(s, x);
    }
    assertNull(none);
    assertArrayEquals(new int[] {2, 3}, zeros.shape());
    near(new double[6], zeros, 0.0);
    near(new double[] {3, 0, 0, 3}, linear, TOL);
    assertNull(dLinear);
  }

  // ------------------------------------------------------------------ (3) batch jacobians

  /** sum(B^3) for B = batch_jacobian(tanh(x W), x), computed with one tape (no outer tape recording). */
  private static double batchLoss(NDArray x, NDArray w) {
    GradientTape t = new GradientTape();
    t.watch(x);
    NDArray y = Np.tanh(Np.matmul(x, w));
    t.close();
    return Np.sum(Np.power(t.batchJacobian(y, x), 3.0)).toDoubleArray()[0];
  }

  @Test
  void batchJacobianOfASmallModelUnderAnOuterTape() {
    NDArray x = mat(3, 2, 0.1, -0.2, 0.7, 0.4, -1.0, 0.5);
    double[] wv = {0.3, -0.8, 0.6, 1.1, 0.2, -0.5, 0.9, 0.4};
    Variable wVar = new Variable(mat(2, 4, wv), "dense");
    NDArray bj;
    List<NDArray> grads;
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      try (GradientTape inner = new GradientTape()) {
        inner.watch(x);
        NDArray y = Np.tanh(Np.matmul(x, wVar.value()));
        inner.close();
        bj = inner.batchJacobian(y, x);
      }
      NDArray loss = Np.sum(Np.power(bj, 3.0));
      outer.close();
      grads = outer.gradient(loss, List.of(x, wVar));
    }
    assertArrayEquals(new int[] {3, 4, 2}, bj.shape());
    double[] xs = x.toDoubleArray();
    double[] want = new double[24];
    for (int b = 0; b < 3; b++) {
      for (int i = 0; i < 4; i++) {
        double y = Math.tanh(xs[b * 2] * wv[i] + xs[b * 2 + 1] * wv[4 + i]);
        for (int k = 0; k < 2; k++) {
          want[(b * 4 + i) * 2 + k] = (1 - y * y) * wv[k * 4 + i];
        }
      }
    }
    near(want, bj, TOL);
    NDArray w = mat(2, 4, wv);
    near(fd(z -> batchLoss(z, w), x), grads.get(0), 1e-7);
    near(fd(z -> batchLoss(x, z), w), grads.get(1), 1e-7);
  }

  @Test
  void batchJacobianUnconnectedAndFloat32UnderAnOuterTape() {
    NDArray x = Np.astype(mat(2, 3, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6), DType.FLOAT32);
    NDArray other = Np.astype(mat(2, 1, 1, 2), DType.FLOAT32);
    NDArray bj;
    NDArray none;
    NDArray zeros;
    NDArray d;
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      GradientTape inner = new GradientTape(true);
      inner.watch(x, other);
      NDArray y = Np.square(x);
      inner.close();
      bj = inner.batchJacobian(y, x);
      none = inner.batchJacobian(y, other);
      zeros = inner.batchJacobian(y, other, UnconnectedGradients.ZERO);
      NDArray s = Np.sum(bj);
      outer.close();
      d = outer.gradient(s, x);
    }
    assertEquals(DType.FLOAT32, bj.dtype());
    assertArrayEquals(new int[] {2, 3, 3}, bj.shape());
    assertNull(none);
    assertArrayEquals(new int[] {2, 3, 1}, zeros.shape());
    near(new double[6], zeros, 0.0);
    assertEquals(DType.FLOAT32, d.dtype());
    near(new double[] {2, 2, 2, 2, 2, 2}, d, 0.0);
  }

  // ------------------------------------------------------------------ (4) persistence and close

  @Test
  void aNonPersistentInnerTapeStillGivesOneJacobian() {
    NDArray x = arr(0.5, 1.5);
    try (GradientTape outer = new GradientTape()) {
      outer.watch(x);
      GradientTape inner = new GradientTape();
      inner.watch(x);
      NDArray y = Np.sin(x);
      inner.close();
      NDArray j = inner.jacobian(y, x);
      assertNotNull(j);
      assertThrows(RuntimeError.class, () -> inner.jacobian(y, x));
      assertThrows(RuntimeError.class, () -> inner.batchJacobian(y, x));
      assertThrows(RuntimeError.class, () -> inner.gradient(y, x));
    }
  }

  @Test
  void aNonPersistentOuterTapeGivesOneGradientOfAJacobian() {
    NDArray x = arr(0.5, 1.5);
    GradientTape outer = new GradientTape();
    outer.watch(x);
    GradientTape inner = new GradientTape(true);
    inner.watch(x);
    NDArray y = Np.sin(x);
    inner.close();
    NDArray s1 = Np.sum(inner.jacobian(y, x));
    NDArray s2 = Np.sum(inner.jacobian(y, x));
    outer.close();
    near(new double[] {-Math.sin(0.5), -Math.sin(1.5)}, outer.gradient(s1, x), TOL);
    assertThrows(RuntimeError.class, () -> outer.gradient(s2, x));
  }

  @Test
  void aPersistentOuterTapeDifferentiatesSeveralJacobians() {
    NDArray x = arr(0.5, 1.5);
    GradientTape outer = new GradientTape(true);
    outer.watch(x);
    GradientTape inner = new GradientTape(true);
    inner.watch(x);
    NDArray y = Np.multiply(Np.sin(x), Np.cos(x));
    inner.close();
    NDArray jac = inner.jacobian(y, x);
    NDArray bjac = inner.batchJacobian(y, x);
    NDArray s = Np.sum(jac);
    NDArray sb = Np.sum(bjac);
    outer.close();
    // d/dx sin x cos x = cos 2x; its derivative -2 sin 2x
    double[] want = {-2 * Math.sin(1.0), -2 * Math.sin(3.0)};
    near(want, outer.gradient(s, x), TOL);
    near(want, outer.gradient(sb, x), TOL);
    near(want, outer.jacobian(s, x), TOL);
  }

  @Test
  void aPausedOuterTapeDoesNotRecordTheJacobian() {
    NDArray x = arr(0.5, 1.5);
    GradientTape paused = new GradientTape(true);
    paused.watch(x);
    GradientTape inner = new GradientTape(true);
    inner.watch(x);
    NDArray y = Np.sin(x);
    inner.close();
    NDArray j;
    try (GradientTape.Scope s = paused.stopRecording()) {
      j = inner.jacobian(y, x);
    }
    // recording again: the sum would be recorded if the paused tape had tracked the jacobian
    NDArray s = Np.sum(j);
    NDArray recorded = Np.sum(inner.jacobian(y, x));
    paused.close();
    assertNull(paused.gradient(s, x));
    near(new double[] {-Math.sin(0.5), -Math.sin(1.5)}, paused.gradient(recorded, x), TOL);
    near(new double[] {Math.cos(0.5), 0, 0, Math.cos(1.5)}, j, TOL);
  }

  // ------------------------------------------------------------------ gradient() under an outer tape

  @Test
  void outputGradientsThatDependOnTheSourceAreDifferentiated() {
    NDArray x = arr(0.4, -0.9, 1.3);
    NDArray d;
    NDArray dBroadcast;
    try (GradientTape outer = new GradientTape(true)) {
      outer.watch(x);
      GradientTape inner = new GradientTape(true);
      inner.watch(x);
      NDArray y = Np.square(x);
      inner.close();
      // g = 2x sin(x): the outer gradient sees the seed's own dependence on x
      NDArray g = inner.gradient(y, List.of(x), Np.sin(x), UnconnectedGradients.NONE).get(0);
      // a scalar seed c = sum(x), broadcast to y's shape: g2 = 2x c, sum(g2) = 2 (sum x)^2
      NDArray g2 = inner.gradient(y, List.of(x), Np.sum(x), UnconnectedGradients.NONE).get(0);
      NDArray s = Np.sum(g);
      NDArray s2 = Np.sum(g2);
      outer.close();
      d = outer.gradient(s, x);
      dBroadcast = outer.gradient(s2, x);
    }
    double[] xs = x.toDoubleArray();
    double[] want = new double[3];
    double total = 0;
    for (int k = 0; k < 3; k++) {
      want[k] = 2 * Math.sin(xs[k]) + 2 * xs[k] * Math.cos(xs[k]);
      total += xs[k];
    }
    near(want, d, TOL);
    near(new double[] {4 * total, 4 * total, 4 * total}, dBroadcast, TOL);
  }

  @Test
  void variableSourcesUnderAnOuterTape() {
    Variable w = new Variable(arr(0.5, -2.0), "w");
    NDArray d2;
    NDArray h;
    try (GradientTape outer = new GradientTape(true)) {
      NDArray g;
      try (GradientTape inner = new GradientTape()) {
        NDArray loss = Np.sum(Np.power(w.value(), 3.0));
        inner.close();
        g = inner.gradient(loss, w);
      }
      NDArray s = Np.sum(g);
      outer.close();
      assertEquals(List.of(w), outer.watchedVariables());
      d2 = outer.gradient(s, w);
      h = outer.jacobian(g, w);
    }
    near(new double[] {3.0, -12.0}, d2, TOL);
    near(new double[] {3.0, 0, 0, -12.0}, h, TOL);
  }
}

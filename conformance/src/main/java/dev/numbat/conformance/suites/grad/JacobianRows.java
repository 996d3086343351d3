package dev.numbat.conformance.suites.grad;

import static dev.numbat.conformance.suites.grad.GradRows.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.autodiff.UnconnectedGradients;
import dev.numbat.conformance.Case;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Records of jacobians, Hessians and seeded gradients differentiated by an outer tape. */
final class JacobianRows {
  private JacobianRows() {}

  /**
   * Outer tapes through an inner tape's results: jacobians, batch jacobians, Hessians (jacobians
   * of gradients, so the record is a third derivative) and gradients seeded with output_gradients
   * that depend on the source. NumPy's side is each function's closed form, differentiated by the
   * worker's finite differences.
   */
  static List<Case> jacobians(Random rnd) {
    Function<NDArray[], NDArray> jacTanh = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.tanh(Np.dot(a[1], a[0]));
      t.close();
      return t.jacobian(y, a[0]);
    };
    Function<NDArray[], NDArray> jacSinT = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.transpose(Np.sin(a[0]));
      t.close();
      return t.jacobian(y, a[0]);
    };
    Function<NDArray[], NDArray> batchTanh = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.tanh(Np.matmul(a[0], a[1]));
      t.close();
      return t.batchJacobian(y, a[0]);
    };
    Function<NDArray[], NDArray> hessSin = a -> {
      GradientTape mid = new GradientTape();
      mid.watch(a[0]);
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray f = Np.sum(Np.multiply(Np.sin(a[0]), Np.square(a[0])));
      t.close();
      NDArray g = t.gradient(f, a[0]);
      mid.close();
      return mid.jacobian(g, a[0]);
    };
    Function<NDArray[], NDArray> hessTanh = a -> {
      GradientTape mid = new GradientTape();
      mid.watch(a[0]);
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray f = Np.sum(Np.square(Np.tanh(Np.dot(a[1], a[0]))));
      t.close();
      NDArray g = t.gradient(f, a[0]);
      mid.close();
      return mid.jacobian(g, a[0]);
    };
    Function<NDArray[], NDArray> seededBy = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.power(a[0], 3.0);
      t.close();
      return t.gradient(y, List.of(a[0]), Np.sin(a[0]), UnconnectedGradients.NONE).get(0);
    };
    Function<NDArray[], NDArray> seededBroadcast = a -> {
      GradientTape t = new GradientTape();
      t.watch(a[0]);
      NDArray y = Np.power(a[0], 3.0);
      t.close();
      return t.gradient(y, List.of(a[0]), Np.sum(a[0]), UnconnectedGradients.NONE).get(0);
    };
    String pyJacTanh = "lambda x, w: (1 - np.tanh(w @ x) ** 2)[:, None] * w";
    String pyBatch = "lambda x, w: (1 - np.tanh(x @ w) ** 2)[:, :, None] * w.T[None, :, :]";
    return List.of(
        GradSuite.vjp(op("jacobian", pyJacTanh, jacTanh, 2, -1, 1), new int[][] {{2}, {3, 2}}, DType.FLOAT64, rnd),
        GradSuite.vjp(op("jacobian", pyJacTanh, jacTanh, 2, -1, 1), new int[][] {{2}, {3, 2}}, DType.FLOAT32, rnd),
        GradSuite.vjp(op("jacobian", "lambda x: np.einsum('ba,pb,qa->abpq', np.cos(x), np.eye(2), np.eye(3))", jacSinT, 1, -2, 2),
            new int[][] {{2, 3}}, DType.FLOAT64, rnd),
        GradSuite.vjp(op("batch_jacobian", pyBatch, batchTanh, 2, -1, 1), new int[][] {{3, 2}, {2, 4}}, DType.FLOAT64, rnd),
        GradSuite.vjp(op("batch_jacobian", pyBatch, batchTanh, 2, -1, 1), new int[][] {{3, 2}, {2, 4}}, DType.FLOAT32, rnd),
        GradSuite.vjp(op("hessian", "lambda x: np.diag((2 - x ** 2) * np.sin(x) + 4 * x * np.cos(x))", hessSin, 1, -2, 2),
            new int[][] {{3}}, DType.FLOAT64, rnd),
        GradSuite.vjp(op("hessian", "lambda x, w: (lambda t: w.T @ np.diag((2 - 6 * t ** 2) * (1 - t ** 2)) @ w)(np.tanh(w @ x))",
            hessTanh, 2, -1, 1), new int[][] {{2}, {3, 2}}, DType.FLOAT64, rnd),
        GradSuite.vjp(op("output_gradients", "lambda x: 3 * x ** 2 * np.sin(x)", seededBy, 1, -2, 2), new int[][] {{3, 4}},
            DType.FLOAT64, rnd),
        GradSuite.vjp(op("output_gradients", "lambda x: 3 * x ** 2 * np.sum(x)", seededBroadcast, 1, -2, 2), new int[][] {{4}},
            DType.FLOAT64, rnd));
  }
}

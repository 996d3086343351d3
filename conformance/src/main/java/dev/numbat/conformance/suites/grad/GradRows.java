package dev.numbat.conformance.suites.grad;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.function.Function;

/**
 * The building blocks of the gradient records: an op (NumPy's callable and Numbat's), a row (an
 * op with its input shapes and dtype) and small input helpers, shared by the record tables.
 */
final class GradRows {
  private GradRows() {}

  /** One differentiable function of {@code nin} arrays: NumPy's callable and Numbat's. */
  record Op(String group, String py, Function<NDArray[], NDArray> java, int nin, double lo, double hi) {}

  /** One record of a table: op, input shapes and dtype. */
  record Row(Op op, int[][] shapes, DType dt) {}

  static Op u(String name, Function<NDArray, NDArray> f, double lo, double hi) {
    return new Op(name, "np." + name, a -> f.apply(a[0]), 1, lo, hi);
  }

  static Op b(String name, java.util.function.BiFunction<NDArray, NDArray, NDArray> f, double lo, double hi) {
    return new Op(name, "np." + name, a -> f.apply(a[0], a[1]), 2, lo, hi);
  }

  static Op op(String group, String py, Function<NDArray[], NDArray> f, int nin, double lo, double hi) {
    return new Op(group, py, f, nin, lo, hi);
  }

  static Row row(String group, String py, Function<NDArray[], NDArray> f, int[]... shapes) {
    return new Row(op(group, py, f, shapes.length, -2, 2), shapes, DType.FLOAT64);
  }

  static Row row(DType dt, String group, String py, Function<NDArray[], NDArray> f, int[]... shapes) {
    return new Row(op(group, py, f, shapes.length, -1, 1), shapes, dt);
  }

  static int[] s(int... d) { return d; }

  /** The pieces of a split joined back, piece i times i + 1 (so a misrouted gradient shows). */
  static NDArray joinScaled(NDArray[] pieces, int axis) {
    Object[] scaled = new Object[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      scaled[i] = Np.multiply(pieces[i], i + 1);
    }
    return Np.concatenate(scaled, axis);
  }

  static NDArray ints(long... v) { return new NDArray(DType.INT64, new int[] {v.length}, v); }

  static NDArray bools(int... v) { return Np.astype(Np.asarray(v), DType.BOOL); }
}

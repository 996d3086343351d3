package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.Arrays;

/**
 * concatenate and stack with NumPy's {@code dtype=} and {@code casting=}: every array must cast to
 * the result dtype (the given one, else the arrays' result type) under the casting rule, checked
 * in order, before the arrays are cast and joined.
 */
public final class JoinCasting {
  private JoinCasting() {}

  private static final java.util.Set<String> RULES = java.util.Set.of("no", "equiv", "safe", "same_kind", "unsafe");

  /** A primitive's implementation: casts below dispatch, then Joining.concatenate. */
  public static NDArray concatenate(Object[] arrays, Integer axis, DType dtype, String casting) {
    if (dtype == null && "same_kind".equals(casting)) {
      return Joining.concatenate(arrays, axis);
    }
    NDArray[] xs = asArrays(arrays);
    if (axis != null && xs.length > 0) {
      // NumPy checks the shapes before the casts, with concatenate's messages
      Joining.concatShape(xs, axis);
    }
    return Joining.concatenate(cast(xs, dtype, casting), axis);
  }

  /** A composite: NumPy's stack (same shapes, then concatenate of the expanded arrays with dtype and casting). */
  public static NDArray stack(Object[] arrays, int axis, DType dtype, String casting) {
    if (dtype == null && "same_kind".equals(casting) || arrays.length == 0) {
      return Joining.stack(arrays, axis);
    }
    NDArray[] xs = asArrays(arrays);
    for (NDArray x : xs) {
      if (!Arrays.equals(x.shapeRef(), xs[0].shapeRef())) {
        throw new ValueError("all input arrays must have the same shape");
      }
    }
    return Joining.stack(cast(xs, dtype, casting), axis);
  }

  private static NDArray[] asArrays(Object[] arrays) {
    NDArray[] xs = new NDArray[arrays.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = Np.asarray(arrays[i]);
    }
    return xs;
  }

  private static Object[] cast(NDArray[] xs, DType dtype, String casting) {
    if (!RULES.contains(casting)) {
      throw new ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '" + casting + "')");
    }
    if (xs.length == 0) {
      throw new ValueError("need at least one array to concatenate");
    }
    DType to = dtype != null ? dtype : Np.resultType((Object[]) xs);
    Object[] out = new Object[xs.length];
    for (int i = 0; i < xs.length; i++) {
      DType from = xs[i].dtype();
      if (!Np.canCast(from, to, casting)) {
        throw new TypeError("Cannot cast array data from dtype('" + from.name() + "') to dtype('" + to.name()
            + "') according to the rule '" + casting + "'");
      }
      out[i] = from == to ? xs[i] : Np.astype(xs[i], to);
    }
    return out;
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;

/**
 * The scans NumPy builds on cumsum and cumprod: the array API's cumulative_sum and
 * cumulative_prod (include_initial), and nancumsum/nancumprod (NaNs replaced by the identity).
 */
public final class Scans {
  private Scans() {}

  public static NDArray cumulativeSum(Object x, Integer axis, DType dtype, boolean includeInitial) {
    return cumulative(x, axis, dtype, includeInitial, false);
  }

  public static NDArray cumulativeProd(Object x, Integer axis, DType dtype, boolean includeInitial) {
    return cumulative(x, axis, dtype, includeInitial, true);
  }

  /** NumPy's _cumulative_func: atleast_1d, axis required above one dimension, the identity prepended on request. */
  private static NDArray cumulative(Object x, Integer axis, DType dtype, boolean includeInitial, boolean product) {
    NDArray a = Np.atleast1d(Np.asarray(x));
    if (axis == null) {
      if (a.ndim() >= 2) {
        throw new ValueError("For arrays which have more than one dimension ``axis`` argument is required.");
      }
      axis = 0;
    }
    NDArray res = product ? Np.cumprod(a, axis, dtype) : Np.cumsum(a, axis, dtype);
    if (!includeInitial) {
      return res;
    }
    int[] initialShape = a.shape();
    int ax = axis < 0 ? axis + a.ndim() : axis;
    initialShape[ax] = 1;
    NDArray initial = Np.fullLike(res, product ? 1L : 0L, res.dtype(), initialShape);
    return Np.concatenate(new Object[] {initial, res}, ax);
  }

  public static NDArray nancumsum(Object a, Integer axis, DType dtype) {
    return Np.cumsum(replaceNan(a, 0L), axis, dtype);
  }

  public static NDArray nancumprod(Object a, Integer axis, DType dtype) {
    return Np.cumprod(replaceNan(a, 1L), axis, dtype);
  }

  /** NumPy's _replace_nan: inexact arrays get {@code value} where they are NaN; others are returned as they are. */
  private static NDArray replaceNan(Object a, long value) {
    NDArray x = Np.asarray(a);
    if (!x.dtype().isInexact()) {
      return x;
    }
    return Np.where(Np.isnan(x), value, x);
  }
}

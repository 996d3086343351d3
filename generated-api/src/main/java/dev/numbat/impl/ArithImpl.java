package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.ops.DivideOp;
import dev.numbat.ops.FloorDivideOp;
import dev.numbat.ops.MaximumOp;
import dev.numbat.ops.MinimumOp;
import dev.numbat.ops.RemainderOp;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Scalars;

/** The java-kind arithmetic ops, built on the arithmetic ufuncs. */
public final class ArithImpl {
  private ArithImpl() {}

  /**
   * {@code np.true_divide}: NumPy's name for the divide ufunc itself (errors name 'divide'), so
   * it is an alias here rather than a second ufunc.
   */
  public static NDArray trueDivide(Object x1, Object x2) {
    return DivideOp.call(x1, x2);
  }

  /** {@code np.mod}: the remainder ufunc under another name, as in NumPy. */
  public static NDArray mod(Object x1, Object x2) {
    return RemainderOp.call(x1, x2);
  }

  /** {@code np.divmod}: {floor_divide(x1, x2), remainder(x1, x2)}. */
  public static NDArray[] divmod(Object x1, Object x2) {
    // Convert once so that a nested list or Java array is not converted twice.
    NDArray a = Scalars.operand(x1);
    NDArray b = Scalars.operand(x2);
    try {
      return new NDArray[] {FloorDivideOp.call(a, b), RemainderOp.call(a, b)};
    } catch (TypeError e) {
      // NumPy's divmod is one ufunc: its no-loop error names divmod.
      String m = e.getMessage();
      if (m != null && m.startsWith("ufunc 'floor_divide'")) {
        throw new TypeError("ufunc 'divmod'" + m.substring("ufunc 'floor_divide'".length()));
      }
      throw e;
    }
  }

  /**
   * {@code np.clip}: NumPy's clip ufunc is minimum(maximum(a, a_min), a_max) with NaN
   * propagating from any operand, which is what maximum and minimum give; its result dtype is
   * result_type(a, a_min, a_max), which the two steps reach as well. A null bound is skipped.
   */
  public static NDArray clip(Object a, Object a_min, Object a_max) {
    if (a_min == null && a_max == null) {
      throw new ValueError("One of max or min must be given");
    }
    // np.clip converts a with asanyarray: a Java number is a strong (not weak) scalar here.
    NDArray x = Np.asarray(a);
    if (a_min != null) {
      x = MaximumOp.call(x, a_min);
    }
    if (a_max != null) {
      x = MinimumOp.call(x, a_max);
    }
    return x;
  }
}

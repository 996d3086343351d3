package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.types.Promotion;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.ops.DivideOp;
import dev.numbat.ops.FloorDivideOp;
import dev.numbat.ops.MaximumOp;
import dev.numbat.ops.PositiveOp;
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
   * {@code np.clip} as NumPy 2's {@code _clip}: for integer {@code a}, a Java integer bound beyond
   * a's range on its harmless side (a minimum at or below a's least value, a maximum at or above
   * its greatest) is dropped; no bound left is {@code positive(a)}; one bound is maximum or
   * minimum; two are the clip ufunc, minimum(maximum(a, lo), hi) computed in
   * result_type(a, lo, hi) (Java numbers weak), so a float16 {@code a} with a float32 bound is
   * clipped in float32, not rounded to float16 first. NaN propagates from any operand.
   */
  public static NDArray clip(Object a, Object a_min, Object a_max) {
    // np.clip converts a with asanyarray: a Java number is a strong (not weak) scalar here.
    NDArray x = Np.asarray(a);
    if (x.dtype().isInteger()) {
      if (outsideOnSide(a_min, x.dtype(), true)) {
        a_min = null;
      }
      if (outsideOnSide(a_max, x.dtype(), false)) {
        a_max = null;
      }
    }
    if (a_min == null && a_max == null) {
      return PositiveOp.call(x);
    }
    if (a_min == null) {
      return MinimumOp.call(x, a_max);
    }
    if (a_max == null) {
      return MaximumOp.call(x, a_min);
    }
    NDArray lo = Scalars.operand(a_min);
    NDArray hi = Scalars.operand(a_max);
    DType common = Promotion.resultType(new NDArray[] {x, lo, hi});
    NDArray xc = x.dtype() == common ? x : x.astype(common);
    NDArray loc = lo.isWeak() || lo.dtype() == common ? lo : lo.astype(common);
    return MinimumOp.call(MaximumOp.call(xc, loc), hi);
  }

  /** A Java integer at or beyond {@code d}'s least ({@code low}) or greatest value. */
  private static boolean outsideOnSide(Object bound, DType d, boolean low) {
    java.math.BigInteger v;
    if (bound instanceof Long || bound instanceof Integer || bound instanceof Short || bound instanceof Byte) {
      v = java.math.BigInteger.valueOf(((Number) bound).longValue());
    } else if (bound instanceof java.math.BigInteger b) {
      v = b;
    } else {
      return false;
    }
    IntRange r = IntRange.of(d);
    return low ? v.compareTo(r.min()) <= 0 : v.compareTo(r.max()) >= 0;
  }

  /** An integer dtype's least and greatest values. */
  private record IntRange(java.math.BigInteger min, java.math.BigInteger max) {
    static IntRange of(DType d) {
      int bits = d.itemsize() * 8;
      java.math.BigInteger one = java.math.BigInteger.ONE;
      if (d.isUnsigned()) {
        return new IntRange(java.math.BigInteger.ZERO, one.shiftLeft(bits).subtract(one));
      }
      return new IntRange(one.shiftLeft(bits - 1).negate(), one.shiftLeft(bits - 1).subtract(one));
    }
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NumpyError;
import dev.numbat.errors.TypeError;
import dev.numbat.kernels.cpu.Compare;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.HostScalars;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.Ufunc;
import java.util.Arrays;

/**
 * The java-kind ops of {@code op-specs/ops/logic.yaml}: logical and/or/xor (NumPy's promoter
 * for them converts mismatched operands to bool rather than to a common type), isposinf and
 * friends (NumPy implements them in Python, with their own errors), and the equality and
 * closeness tests, three of which answer a Java {@code boolean} where NumPy returns a Python bool.
 */
public final class LogicImpl {
  private LogicImpl() {}

  // ---------------------------------------------------------------- logical and/or/xor

  public static NDArray logicalAnd(Object x1, Object x2) {
    return Np.bitwiseAnd(truth(x1), truth(x2));
  }

  public static NDArray logicalOr(Object x1, Object x2) {
    return Np.bitwiseOr(truth(x1), truth(x2));
  }

  public static NDArray logicalXor(Object x1, Object x2) {
    return Np.bitwiseXor(truth(x1), truth(x2));
  }

  /**
   * An operand's truth (nonzero) as a bool array: for equal dtypes that is what NumPy's
   * T,T->bool loop computes; for mixed ones (a Java number included) it is NumPy's promoter,
   * which casts both to bool: so no weak-scalar OverflowError, and a tiny weak float stays true
   * next to a float16 array. Bool arrays pass through.
   */
  private static NDArray truth(Object x) {
    NDArray a = Scalars.operand(x);
    if (a.dtype() == DType.BOOL) {
      return a.strong();
    }
    // complex: nonzero real or imaginary part (the complex-to-bool astype here looks at the real part only)
    return a.dtype().isComplex() ? Np.notEqual(a, 0L) : Np.astype(a, DType.BOOL, false);
  }

  // ---------------------------------------------------------------- classification

  public static NDArray isposinf(Object x) {
    return signedInf(x, true);
  }

  public static NDArray isneginf(Object x) {
    return signedInf(x, false);
  }

  /** NumPy's isposinf/isneginf: isinf(x) & (signbit(x) == !positive); false for non-float input. */
  private static NDArray signedInf(Object x, boolean positive) {
    NDArray a = Np.asarray(x);
    DType d = a.dtype();
    if (d.isComplex()) {
      // NumPy's message: its signbit has no complex loop.
      throw new TypeError("This operation is not supported for " + d.name() + " values because it would be ambiguous.");
    }
    if (!d.isFloat()) {
      return Np.zeros(a.shape(), DType.BOOL);
    }
    NDArray sign = Np.signbit(a);
    return Np.logicalAnd(Np.isinf(a), positive ? Np.logicalNot(sign) : sign);
  }

  /** NumPy's iscomplex: imag(x) != 0, all false for a real dtype. */
  public static NDArray iscomplex(Object x) {
    NDArray a = Np.asarray(x);
    if (a.dtype().isComplex()) {
      return Np.notEqual(Np.imag(a), 0L);
    }
    return Np.zeros(a.shape(), DType.BOOL);
  }

  /** NumPy's isreal: imag(x) == 0, all true for a real dtype. */
  public static NDArray isreal(Object x) {
    NDArray a = Np.asarray(x);
    if (a.dtype().isComplex()) {
      return Np.equal(Np.imag(a), 0L);
    }
    return Np.ones(a.shape(), DType.BOOL);
  }

  public static boolean iscomplexobj(Object x) {
    DType d = x instanceof NDArray a ? a.dtype() : Convert.asarray(x, null).dtype();
    return d.isComplex();
  }

  public static boolean isrealobj(Object x) {
    return !iscomplexobj(x);
  }

  // ---------------------------------------------------------------- equality

  public static boolean arrayEqual(Object a1, Object a2, boolean equal_nan) {
    NDArray x = asarrayOrNull(a1);
    NDArray y = asarrayOrNull(a2);
    if (x == null || y == null || !Arrays.equals(x.shapeRef(), y.shapeRef())) {
      return false;
    }
    NDArray eq = Np.equal(x, y);
    if (!equal_nan) {
      return allTrue(eq);
    }
    // NumPy: NaNs (a complex value with a NaN in either part) must sit at the same places;
    // elsewhere the values must be equal.
    NDArray nx = Np.isnan(x);
    NDArray ny = Np.isnan(y);
    return allTrue(Np.equal(nx, ny)) && allTrue(Np.logicalOr(nx, eq));
  }

  public static boolean arrayEquiv(Object a1, Object a2) {
    NDArray x = asarrayOrNull(a1);
    NDArray y = asarrayOrNull(a2);
    if (x == null || y == null) {
      return false;
    }
    try {
      Shapes.broadcast(x.shapeRef(), y.shapeRef());
    } catch (dev.numbat.errors.ValueError e) {
      return false;
    }
    return allTrue(Np.equal(x, y));
  }

  /** NumPy's {@code asarray} inside {@code try: ... except Exception: return False}. */
  private static NDArray asarrayOrNull(Object o) {
    try {
      return Np.asarray(o);
    } catch (RuntimeException e) {
      if (e instanceof NumpyError) {
        return null;
      }
      throw e;
    }
  }

  /** NumPy's {@code bool(b.all())}. */
  private static boolean allTrue(NDArray b) {
    return (Boolean) Np.all(b).item();
  }

  // ---------------------------------------------------------------- closeness

  /**
   * NumPy 2's isclose: {@code (|x - y| <= atol + rtol*|y| & isfinite(y)) | (x == y)}, plus
   * {@code isnan(x) & isnan(y)} with equal_nan, where y is first made inexact
   * ({@code result_type(y, 1.0)}; a Java integer becomes a Java double) and Java numbers stay
   * weak. One kernel pass replays each NumPy step in its dtype: see {@link Compare.Tol}.
   */
  public static NDArray isclose(Object a, Object b, double rtol, double atol, boolean equal_nan) {
    NDArray x = Scalars.operand(a);
    NDArray y = Scalars.operand(b);
    if (y.isWeak()) {
      if (!y.dtype().isInexact()) {
        y = Scalars.weak(HostScalars.doubles(y, false)[0]);
      }
    } else if (!y.dtype().isInexact()) {
      y = Cast.to(y, Promotion.resultType(y, Scalars.weak(1.0)));
    }
    DType c = Promotion.resultType(x, y);
    int diffMode = mode(c.realType());
    Compare.Tol t;
    if (y.isWeak()) {
      double re = HostScalars.doubles(y, false)[0];
      double im = HostScalars.doubles(y, true)[0];
      double absY = y.dtype().isComplex() ? Math.hypot(re, im) : Math.abs(re);
      // Python-float arithmetic, then the cast less_equal makes to the difference's dtype.
      double tol = Compare.round(atol + rtol * absY, diffMode);
      t = new Compare.Tol(0, 0, Compare.F64, diffMode, true, tol, Double.isFinite(re) && Double.isFinite(im), equal_nan);
    } else {
      int m = mode(y.dtype().realType());
      t = new Compare.Tol(Compare.round(rtol, m), Compare.round(atol, m), m, diffMode, false, 0, false, equal_nan);
    }
    // Cast to the common type first, so that a weak operand rounds to it (float16 included)
    // before float16/bfloat16 widen, exactly, to the float32 kernel.
    x = Cast.to(x, c);
    y = Cast.to(y, c);
    Compare.Tol tt = t;
    return switch (c.ordinal()) {
      case 12 -> Ufunc.binary(x, y, DType.FLOAT64, DType.BOOL, (n, p, po, ps, q, qo, qs, o, oo, os) ->
          Compare.isclose_f64(n, (double[]) p, po, ps, (double[]) q, qo, qs, (byte[]) o, oo, os, tt));
      case 13 -> Ufunc.binary(x, y, DType.COMPLEX64, DType.BOOL, (n, p, po, ps, q, qo, qs, o, oo, os) ->
          Compare.isclose_c64(n, (float[]) p, po, ps, (float[]) q, qo, qs, (byte[]) o, oo, os, tt));
      case 14 -> Ufunc.binary(x, y, DType.COMPLEX128, DType.BOOL, (n, p, po, ps, q, qo, qs, o, oo, os) ->
          Compare.isclose_c128(n, (double[]) p, po, ps, (double[]) q, qo, qs, (byte[]) o, oo, os, tt));
      default -> Ufunc.binary(x, y, DType.FLOAT32, DType.BOOL, (n, p, po, ps, q, qo, qs, o, oo, os) ->
          Compare.isclose_f32(n, (float[]) p, po, ps, (float[]) q, qo, qs, (byte[]) o, oo, os, tt));
    };
  }

  public static boolean allclose(Object a, Object b, double rtol, double atol, boolean equal_nan) {
    return allTrue(Np.isclose(a, b, rtol, atol, equal_nan));
  }

  private static int mode(DType real) {
    return switch (real.ordinal()) {
      case 9 -> Compare.F16;
      case 10 -> Compare.BF16;
      case 11 -> Compare.F32;
      default -> Compare.F64;
    };
  }
}

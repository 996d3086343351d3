package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.FloatPartKernels;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.errors.TypeError;
import dev.numbat.types.Promotion;

/**
 * The float-decomposition ufuncs: spacing and modf as compositions (nextafter, trunc, copysign),
 * ldexp and frexp as primitives over exact float64 kernels. Each resolves its float loop as
 * NumPy's (e, f, d loops): bool and 8-bit integers give float16, 16-bit float32, wider float64;
 * complex has no loop.
 */
public final class FloatParts {
  private FloatParts() {}

  /** NumPy's first float loop that {@code d} casts to safely, or its "no loop" TypeError. */
  static DType floatLoop(DType d, String ufunc) {
    if (d.isComplex()) {
      throw new TypeError("ufunc '" + ufunc + "' not supported for the input types, and the inputs could not be "
          + "safely coerced to any supported types according to the casting rule ''safe''");
    }
    if (d.isFloat()) {
      return d;
    }
    return switch (d.itemsize()) {
      case 1 -> DType.FLOAT16;
      case 2 -> DType.FLOAT32;
      default -> DType.FLOAT64;
    };
  }

  private static NDArray inFloat(Object x, String ufunc) {
    NDArray a = Np.asarray(x);
    DType f = floatLoop(a.dtype(), ufunc);
    return a.dtype() == f ? a : Np.astype(a, f);
  }

  /**
   * {@code np.spacing(x)}: the distance to the next float away from zero (+0 and -0 both step up);
   * float16 follows NumPy's half loop (always the step towards +inf, nan for infinities).
   */
  public static NDArray spacing(Object x) {
    NDArray a = inFloat(x, "spacing");
    NDArray up = Np.subtract(Np.nextafter(a, Double.POSITIVE_INFINITY), a);
    if (a.dtype() == DType.FLOAT16) {
      // NumPy's npy_half_spacing steps towards +inf for every sign (so a negative x gets the positive
      // gap towards zero) and gives nan for both infinities.
      return Np.where(Np.isinf(a), Double.NaN, up);
    }
    NDArray down = Np.subtract(Np.nextafter(a, Double.NEGATIVE_INFINITY), a);
    return Np.where(Np.less(a, 0L), down, up);
  }

  /** {@code np.modf(x)}: {fractional part, integral part}, both with x's sign (inf: {±0, ±inf}). */
  public static NDArray[] modf(Object x) {
    NDArray a = inFloat(x, "modf");
    NDArray integral = Np.trunc(a);
    NDArray frac = Np.where(Np.isinf(a), Np.copysign(0.0, a), Np.copysign(Np.subtract(a, integral), a));
    return new NDArray[] {frac, integral};
  }

  /**
   * {@code np.ldexp(x1, x2)}: x1 * 2**x2 rounded once. The loop's float comes from x1 (a Java
   * integer x1 beside an array gives float16, a Java float float64; two Java numbers promote
   * together); x2 must be bool or an integer that casts safely to int64.
   */
  public static NDArray ldexp(Object x1, Object x2) {
    NDArray a = Scalars.operand(x1);
    NDArray n = Scalars.operand(x2);
    // A Java integer x1 beside an array x2 casts to every loop, so NumPy takes the first (float16).
    DType d1 = !a.isWeak() ? a.dtype()
        : n.isWeak() ? Promotion.resultType(a, n)
        : a.dtype().isInteger() || a.dtype().isBool() ? DType.FLOAT16 : a.dtype();
    DType out = floatLoop(d1, "ldexp");
    DType nd = n.dtype();
    if (!(nd.isBool() || nd.isInteger()) || nd == DType.UINT64 && !n.isWeak()) {
      floatLoop(DType.COMPLEX128, "ldexp");
    }
    NDArray[] b = Np.broadcastArrays(a.strong(), n.strong());
    return Np.astype(FloatPartKernels.ldexp(b[0], b[1]), out);
  }

  /** {@code np.frexp(x)}: {mantissa in x's float loop, int32 exponent} with x = mantissa * 2**exponent. */
  public static NDArray[] frexp(Object x) {
    NDArray a = Np.asarray(x);
    DType out = floatLoop(a.dtype(), "frexp");
    NDArray[] r = FloatPartKernels.frexp(a);
    return new NDArray[] {Np.astype(r[0], out), r[1]};
  }
}

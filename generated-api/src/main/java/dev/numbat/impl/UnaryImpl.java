package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.kernels.cpu.UnaryMath;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.ComplexPartViews;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Ufunc;

/**
 * The unary math ops that are not plain loop tables: negative/positive/sign (ufuncs whose bool
 * input NumPy rejects, which the generated loop lookup cannot express since bool casts safely to
 * every loop), round/around, angle, real and imag.
 */
public final class UnaryImpl {
  private UnaryImpl() {}


  // ---------------------------------------------------------------- round

  public static NDArray around(Object a, int decimals) {
    NDArray x = Convert.asarray(a, null);
    DType d = x.dtype();
    if (d.isInteger()) {
      if (decimals >= 0) {
        return x;
      }
      // NumPy divides into a float64 buffer, rounds, multiplies and casts back (C cast).
      NDArray f = Ufunc.unary(x, DType.FLOAT64, DType.FLOAT64, (n, xi, xo, xs, o, oo, os) ->
          UnaryMath.round_f64(n, (double[]) xi, xo, xs, (double[]) o, oo, os, decimals));
      return Cast.to(f, d);
    }
    if (d.isBool()) {
      if (decimals != 0) {
        // NumPy multiplies (divides) into a bool output buffer, which the float64 result cannot use.
        throw new TypeError("Cannot cast ufunc '" + (decimals > 0 ? "multiply" : "divide")
            + "' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'");
      }
      d = DType.FLOAT16;  // rint(bool) resolves to rint's first loop, float16
    }
    boolean bf = d == DType.BFLOAT16;
    return switch (d.kind()) {
      case 'c' -> d == DType.COMPLEX64
          ? Ufunc.unary(x, d, d, (n, xi, xo, xs, o, oo, os) ->
              UnaryMath.round_c64(n, (float[]) xi, xo, xs, (float[]) o, oo, os, decimals))
          : Ufunc.unary(x, d, d, (n, xi, xo, xs, o, oo, os) ->
              UnaryMath.round_c128(n, (double[]) xi, xo, xs, (double[]) o, oo, os, decimals));
      default -> d.isHalf()
          ? Ufunc.unary(x, d, d, (n, xi, xo, xs, o, oo, os) ->
              UnaryMath.round_f16(bf, n, (short[]) xi, xo, xs, (short[]) o, oo, os, decimals))
          : d == DType.FLOAT32
              ? Ufunc.unary(x, d, d, (n, xi, xo, xs, o, oo, os) ->
                  UnaryMath.round_f32(n, (float[]) xi, xo, xs, (float[]) o, oo, os, decimals))
              : Ufunc.unary(x, d, d, (n, xi, xo, xs, o, oo, os) ->
                  UnaryMath.round_f64(n, (double[]) xi, xo, xs, (double[]) o, oo, os, decimals));
    };
  }

  public static NDArray round(Object a, int decimals) {
    return Np.around(a, decimals);
  }

  // ---------------------------------------------------------------- angle

  public static NDArray angle(Object z, boolean deg) {
    NDArray x = Convert.asarray(z, null);
    DType d = x.dtype();
    if (d == DType.COMPLEX64) {
      return Ufunc.unary(x, d, DType.FLOAT32, (n, xi, xo, xs, o, oo, os) ->
          UnaryMath.angle_c64(n, (float[]) xi, xo, xs, (float[]) o, oo, os, deg));
    }
    if (d == DType.COMPLEX128) {
      return Ufunc.unary(x, d, DType.FLOAT64, (n, xi, xo, xs, o, oo, os) ->
          UnaryMath.angle_c128(n, (double[]) xi, xo, xs, (double[]) o, oo, os, deg));
    }
    // Real input: NumPy computes arctan2(0, x); the Python 0 is a weak int, so bool promotes
    // to int64 and integers pick arctan2's first float loop they cast to safely.
    DType loop = d;
    if (d.isBool()) {
      loop = DType.FLOAT64;
    } else if (d.isInteger()) {
      loop = Promotion.canCastSafely(d, DType.FLOAT16) ? DType.FLOAT16
          : Promotion.canCastSafely(d, DType.FLOAT32) ? DType.FLOAT32 : DType.FLOAT64;
    }
    if (loop.isHalf()) {
      boolean bf = loop == DType.BFLOAT16;
      return Ufunc.unary(x, loop, loop, (n, xi, xo, xs, o, oo, os) ->
          UnaryMath.angle_f16(bf, n, (short[]) xi, xo, xs, (short[]) o, oo, os, deg));
    }
    if (loop == DType.FLOAT32) {
      return Ufunc.unary(x, loop, loop, (n, xi, xo, xs, o, oo, os) ->
          UnaryMath.angle_f32(n, (float[]) xi, xo, xs, (float[]) o, oo, os, deg));
    }
    return Ufunc.unary(x, DType.FLOAT64, DType.FLOAT64, (n, xi, xo, xs, o, oo, os) ->
        UnaryMath.angle_f64(n, (double[]) xi, xo, xs, (double[]) o, oo, os, deg));
  }

  // ---------------------------------------------------------------- real / imag

  /** The real part: a view (stride 2) into complex storage; real input itself. */
  public static NDArray real(Object val) {
    NDArray x = Convert.asarray(val, null);
    if (!x.dtype().isComplex()) {
      return x;
    }
    return part(x, 0);
  }

  /** The imaginary part: a view into complex storage; zeros of the input dtype for real input. */
  public static NDArray imag(Object val) {
    NDArray x = Convert.asarray(val, null);
    if (!x.dtype().isComplex()) {
      return NDArray.allocate(x.dtype(), x.shape());
    }
    return part(x, 1);
  }

  private static NDArray part(NDArray x, int which) {
    return ComplexPartViews.part(x, which);
  }
}

package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;

/**
 * ldexp and frexp over float64 values: Math.scalb and Math.getExponent are exact, so an input of
 * any float dtype widened to float64 and the result cast back to it rounds once, as C's ldexp and
 * frexp in that dtype. Inputs are broadcast already; results are C-contiguous.
 */
public final class FloatPartKernels {
  private FloatPartKernels() {}

  /** x * 2^n element-wise, in float64 (n clamped where the result is 0 or inf anyway). */
  public static NDArray ldexp(NDArray x, NDArray n) {
    double[] xs = Export.toDoubleArray(x);
    long[] ns = Export.toLongArray(n);
    double[] r = new double[xs.length];
    for (int i = 0; i < r.length; i++) {
      long e = Math.max(-4000, Math.min(4000, ns[i]));
      r[i] = Math.scalb(xs[i], (int) e);
    }
    return new NDArray(DType.FLOAT64, x.shape(), r);
  }

  /** {mantissa (float64) in [0.5, 1) by magnitude, exponent (int32)}; 0, inf and nan give (x, 0). */
  public static NDArray[] frexp(NDArray x) {
    double[] xs = Export.toDoubleArray(x);
    double[] m = new double[xs.length];
    int[] e = new int[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double v = xs[i];
      if (v == 0 || !Double.isFinite(v)) {
        m[i] = v;
        continue;
      }
      int k = Math.getExponent(v);
      if (k == Double.MIN_EXPONENT - 1) { // subnormal: normalise first
        k = Math.getExponent(v * 0x1p54) - 54;
      }
      e[i] = k + 1;
      m[i] = Math.scalb(v, -(k + 1));
    }
    return new NDArray[] {new NDArray(DType.FLOAT64, x.shape(), m), new NDArray(DType.INT32, x.shape(), e)};
  }
}

package dev.numbat.impl.fft;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.FftAxis;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;

/**
 * The six 1-d transforms of numpy.fft (numpy/fft/_pocketfft.py, NumPy 2.4), primitives: argument
 * checks in NumPy's order (a missing n reads {@code a.shape[axis]} first, so a bad axis is then
 * Python's IndexError; n < 1; norm; the axis), NumPy 2's dtypes (float32, float16 and complex64
 * stay single precision, everything else is double), then one {@link FftAxis} pass. The n-d
 * transforms ({@link FftNd}) are compositions of these.
 */
public final class FftImpl {
  private FftImpl() {}

  public static NDArray fft(Object a, Integer n, int axis, String norm) {
    NDArray x = Convert.asarray(a, null);
    int len = n != null ? n : lengthAlong(x, axis, false);
    return raw(x, len, axis, false, true, norm, false);
  }

  public static NDArray ifft(Object a, Integer n, int axis, String norm) {
    NDArray x = Convert.asarray(a, null);
    int len = n != null ? n : lengthAlong(x, axis, false);
    return raw(x, len, axis, false, false, norm, false);
  }

  public static NDArray rfft(Object a, Integer n, int axis, String norm) {
    NDArray x = Convert.asarray(a, null);
    int len = n != null ? n : lengthAlong(x, axis, false);
    return raw(x, len, axis, true, true, norm, false);
  }

  public static NDArray irfft(Object a, Integer n, int axis, String norm) {
    NDArray x = Convert.asarray(a, null);
    int len = n != null ? n : lengthAlong(x, axis, true);
    return raw(x, len, axis, true, false, norm, false);
  }

  /** {@code irfft(conjugate(a), n, axis, norm=swap(norm))}, as NumPy defines it. */
  public static NDArray hfft(Object a, Integer n, int axis, String norm) {
    NDArray x = Convert.asarray(a, null);
    int len = n != null ? n : lengthAlong(x, axis, true);
    return raw(x, len, axis, true, false, swap(norm), true);
  }

  /** {@code conjugate(rfft(a, n, axis, norm=swap(norm)))}, as NumPy defines it. */
  public static NDArray ihfft(Object a, Integer n, int axis, String norm) {
    NDArray x = Convert.asarray(a, null);
    int len = n != null ? n : lengthAlong(x, axis, false);
    return raw(x, len, axis, true, true, swap(norm), true);
  }

  /** {@code a.shape[axis]} (or {@code (a.shape[axis] - 1) * 2}) with Python's tuple indexing. */
  static int lengthAlong(NDArray x, int axis, boolean halfSpectrum) {
    int nd = x.ndim();
    if (axis < -nd || axis >= nd) {
      throw new IndexError("tuple index out of range");
    }
    int m = x.shapeRef()[axis < 0 ? axis + nd : axis];
    return halfSpectrum ? (m - 1) * 2 : m;
  }

  /**
   * NumPy's {@code _raw_fft}. {@code conjugate}: hfft's conjugated input (C2R) or ihfft's
   * conjugated output (R2C).
   */
  private static NDArray raw(NDArray x, int n, int axis, boolean real, boolean forward, String norm, boolean conjugate) {
    if (n < 1) {
      throw new ValueError("Invalid number of FFT data points (" + n + ") specified.");
    }
    String direction = forward ? norm : swap(norm);
    // Bluestein lengths run in double precision, then round: JTransforms' single-precision chirps
    // miss the float32 tolerance (see FftAxis.mixedRadix)
    boolean single = isSingle(x.dtype()) && FftAxis.mixedRadix(n);
    boolean rounds = isSingle(x.dtype()) && !single;
    double scale;
    if (direction == null || direction.equals("backward")) {
      scale = 1;
    } else if (direction.equals("ortho") || direction.equals("forward")) {
      scale = factor(direction.equals("ortho"), n, x.dtype());
    } else {
      throw new ValueError("Invalid norm value " + direction + "; should be \"backward\",\"ortho\" or \"forward\".");
    }
    int nd = x.ndim();
    if (axis < -nd || axis >= nd) {
      throw new AxisError(axis, nd);
    }
    int ax = axis < 0 ? axis + nd : axis;
    if (real && forward) {
      if (x.dtype().isComplex()) {
        throw new TypeError("ufunc '" + (n % 2 == 0 ? "rfft_n_even" : "rfft_n_odd") + "' not supported for the input "
            + "types, and the inputs could not be safely coerced to any supported types according to the casting rule "
            + "''safe''");
      }
      NDArray in = Cast.to(x, single ? DType.FLOAT32 : DType.FLOAT64);
      NDArray r = FftAxis.transform(in, ax, n, FftAxis.Kind.R2C, conjugate, scale);
      return rounds ? Cast.to(r, DType.COMPLEX64) : r;
    }
    NDArray in = Cast.to(x, single ? DType.COMPLEX64 : DType.COMPLEX128);
    if (real) {
      NDArray r = FftAxis.transform(in, ax, n, FftAxis.Kind.C2R, conjugate, scale);
      // irfft's result dtype is result_type(a.real.dtype, 1.0): float16 stays float16
      return x.dtype() == DType.FLOAT16 || x.dtype() == DType.BFLOAT16 ? Cast.to(r, x.dtype())
          : rounds ? Cast.to(r, DType.FLOAT32) : r;
    }
    NDArray r = FftAxis.transform(in, ax, n, FftAxis.Kind.C2C, !forward, scale);
    return rounds ? Cast.to(r, DType.COMPLEX64) : r;
  }

  /**
   * NumPy's {@code reciprocal(sqrt(n, dtype=real_dtype))} (ortho) or {@code reciprocal(n,
   * dtype=real_dtype)} (forward), each step rounded to the real dtype of the input
   * ({@code result_type(a.real.dtype, 1.0)}): float64, float32, or float16 (bfloat16 alike).
   */
  private static double factor(boolean ortho, int n, DType d) {
    if (d == DType.FLOAT16 || d == DType.BFLOAT16) {
      float nn = half((float) n);
      return half(1f / (ortho ? half((float) Math.sqrt(nn)) : nn));
    }
    if (isSingle(d)) {
      float nn = (float) n;
      return 1f / (ortho ? (float) Math.sqrt(nn) : nn);
    }
    return 1 / (ortho ? Math.sqrt(n) : n);
  }

  private static float half(float v) {
    return Float.float16ToFloat(Float.floatToFloat16(v));
  }

  /** NumPy 2 keeps float32 and complex64 (and float16, which pocketfft reads as float32) single. */
  static boolean isSingle(DType d) {
    return d == DType.FLOAT32 || d == DType.COMPLEX64 || d == DType.FLOAT16 || d == DType.BFLOAT16;
  }

  /** NumPy's {@code _swap_direction}: backward and forward trade places (None is backward). */
  public static String swap(String norm) {
    if (norm == null || norm.equals("backward")) {
      return "forward";
    }
    if (norm.equals("ortho")) {
      return "ortho";
    }
    if (norm.equals("forward")) {
      return "backward";
    }
    throw new ValueError("Invalid norm value " + norm + "; should be \"backward\", \"ortho\" or \"forward\".");
  }
}

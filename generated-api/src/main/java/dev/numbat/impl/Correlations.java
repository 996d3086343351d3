package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;

/**
 * np.convolve and np.correlate of 1-d sequences, as NumPy's multiarray.correlate: the longer
 * sequence zero-padded by the mode, its sliding windows gathered into a matrix and multiplied by
 * the shorter one (matmul's exact integer and bool kernels give NumPy's dtype and wrapping).
 */
public final class Correlations {
  private Correlations() {}

  /** {@code np.convolve(a, v, mode)}: correlate of a with v reversed (no conjugate), mode 'full' by default. */
  public static NDArray convolve(Object a, Object v, String mode) {
    NDArray x = Np.array(a, null, 1);
    NDArray y = Np.array(v, null, 1);
    if (y.shape(0) > x.shape(0)) {
      NDArray t = x;
      x = y;
      y = t;
    }
    if (x.shape(0) == 0) {
      throw new ValueError("a cannot be empty");
    }
    if (y.shape(0) == 0) {
      throw new ValueError("v cannot be empty");
    }
    return correlate(x, Np.flip(y, 0), mode, false);
  }

  /** {@code np.correlate(a, v, mode)}: c[k] = sum_n a[n + k] * conj(v[n]), mode 'valid' by default. */
  public static NDArray correlate(Object a, Object v, String mode) {
    return correlate(Np.asarray(a), Np.asarray(v), mode, true);
  }

  /** NumPy's _pyarray_correlate: the shorter operand slides along the longer; swapped operands reverse the result. */
  private static NDArray correlate(NDArray a, NDArray v, String mode, boolean conjugate) {
    int m = modeCode(mode);
    for (NDArray o : new NDArray[] {a, v}) {
      if (o.ndim() == 0) {
        throw new ValueError("object of too small depth for desired array");
      }
      if (o.ndim() > 1) {
        throw new ValueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
      }
    }
    if (a.shape(0) == 0 || v.shape(0) == 0) {
      throw new ValueError(a.shape(0) == 0 ? "first array argument cannot be empty" : "second array argument cannot be empty");
    }
    DType dt = Np.resultType(a, v);
    NDArray x = a.dtype() == dt ? a : Np.astype(a, dt);
    NDArray y = v.dtype() == dt ? v : Np.astype(v, dt);
    if (conjugate && dt.isComplex()) {
      y = Np.conj(y);
    }
    boolean inverted = x.shape(0) < y.shape(0);
    if (inverted) {
      NDArray t = x;
      x = y;
      y = t;
    }
    int n1 = x.shape(0);
    int n = y.shape(0);
    int left = m == 0 ? 0 : m == 1 ? n / 2 : n - 1;
    int right = m == 0 ? 0 : m == 1 ? n - left - 1 : n - 1;
    NDArray padded = x;
    if (left + right > 0) {
      padded = Np.concatenate(new Object[] {Np.zeros(new int[] {left}, dt), x, Np.zeros(new int[] {right}, dt)}, 0);
    }
    int length = n1 + left + right - n + 1;
    NDArray windows = Np.add(Np.expandDims(Np.arange(0L, (long) length), 1), Np.arange(0L, (long) n));
    NDArray out = Np.matmul(Np.take(padded, windows), y);
    return inverted ? Np.flip(out, 0) : out;
  }

  private static int modeCode(String mode) {
    return switch (mode) {
      case "valid" -> 0;
      case "same" -> 1;
      case "full" -> 2;
      default -> throw new ValueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
    };
  }
}

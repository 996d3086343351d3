package dev.numbat.impl.fft;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.ValueError;
import dev.numbat.errors.ZeroDivisionError;

/**
 * numpy.fft's helpers (numpy/fft/_helper.py) as compositions: the sample frequencies (integers
 * times {@code 1 / (n d)}, float64) and the zero-frequency shifts (a roll by half of each axis).
 */
public final class FftHelpers {
  private FftHelpers() {}

  /** {@code [0, 1, ..., (n-1)//2, -(n//2), ..., -1] / (n d)}. */
  public static NDArray fftfreq(int n, double d) {
    double val = val(n, d);
    if (n < 0) {
      throw new ValueError("negative dimensions are not allowed");
    }
    int half = (n - 1) / 2 + 1;
    NDArray k = Np.concatenate(new Object[] {Np.arange(0L, (long) half), Np.arange((long) -(n / 2), 0L)});
    return Np.multiply(k, val);
  }

  /** {@code [0, 1, ..., n//2] / (n d)}; a negative n gives an empty array, as NumPy's arange does. */
  public static NDArray rfftfreq(int n, double d) {
    double val = val(n, d);
    return Np.multiply(Np.arange(0L, (long) (Math.floorDiv(n, 2) + 1)), val);
  }

  private static double val(int n, double d) {
    double den = n * d;
    if (den == 0) {
      throw new ZeroDivisionError("float division by zero");
    }
    return 1.0 / den;
  }

  public static NDArray fftshift(Object x, int[] axes) {
    return shift(x, axes, 1);
  }

  public static NDArray ifftshift(Object x, int[] axes) {
    return shift(x, axes, -1);
  }

  /** {@code roll(x, sign * (shape[ax] // 2), axes)} over the given axes (all when null). */
  private static NDArray shift(Object x, int[] axes, int sign) {
    NDArray a = Np.asarray(x);
    int nd = a.ndim();
    int[] ax = axes;
    if (ax == null) {
      ax = new int[nd];
      for (int i = 0; i < nd; i++) {
        ax[i] = i;
      }
    }
    if (ax.length == 0) {
      // NumPy's roll unpacks an empty list of (axis, shift) pairs
      throw new ValueError("not enough values to unpack (expected 2, got 0)");
    }
    int[] shift = new int[ax.length];
    for (int i = 0; i < ax.length; i++) {
      if (ax[i] < -nd || ax[i] >= nd) {
        throw new IndexError("tuple index out of range");
      }
      shift[i] = sign * (a.shape(ax[i]) / 2);
    }
    return Np.roll(a, shift, ax);
  }
}

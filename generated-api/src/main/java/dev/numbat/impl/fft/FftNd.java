package dev.numbat.impl.fft;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.ValueError;

/**
 * The n-d transforms of numpy.fft as compositions of the 1-d ones, exactly as NumPy 2.4 writes
 * them ({@code _raw_fftnd}, {@code rfftn}, {@code irfftn}): one 1-d transform per listed axis, the
 * last axis first, so transformations (the tape, the tracer) see 1-d transforms only.
 * {@code fft2}'s family passes {@code axes = (-2, -1)} by default; Numbat reads a null
 * {@code axes} there as that default too (NumPy's explicit {@code axes=None} means every axis).
 */
public final class FftNd {
  private FftNd() {}

  /** Which 1-d transform an n-d one repeats. */
  private interface OneD {
    NDArray apply(NDArray a, int n, int axis, String norm);
  }

  private static final int[] LAST_TWO = {-2, -1};

  public static NDArray fftn(Object a, int[] s, int[] axes, String norm) {
    return rawNd(a, s, axes, norm, (x, n, ax, nm) -> Np.fft.fft(x, n, ax, nm));
  }

  public static NDArray ifftn(Object a, int[] s, int[] axes, String norm) {
    return rawNd(a, s, axes, norm, (x, n, ax, nm) -> Np.fft.ifft(x, n, ax, nm));
  }

  public static NDArray fft2(Object a, int[] s, int[] axes, String norm) {
    return fftn(a, s, axes == null ? LAST_TWO : axes, norm);
  }

  public static NDArray ifft2(Object a, int[] s, int[] axes, String norm) {
    return ifftn(a, s, axes == null ? LAST_TWO : axes, norm);
  }

  public static NDArray rfftn(Object a, int[] s, int[] axes, String norm) {
    NDArray x = Np.asarray(a);
    Cooked c = cook(x, s, axes, false);
    if (c.axes.length == 0) {
      throw new IndexError("list index out of range");
    }
    int last = c.axes.length - 1;
    NDArray r = Np.fft.rfft(x, c.s[last], c.axes[last], norm);
    for (int i = last - 1; i >= 0; i--) {
      r = Np.fft.fft(r, c.s[i], c.axes[i], norm);
    }
    return r;
  }

  public static NDArray irfftn(Object a, int[] s, int[] axes, String norm) {
    NDArray x = Np.asarray(a);
    Cooked c = cook(x, s, axes, true);
    NDArray r = x;
    int last = c.axes.length - 1;
    for (int i = 0; i < last; i++) {
      r = Np.fft.ifft(r, c.s[i], c.axes[i], norm);
    }
    return Np.fft.irfft(r, c.s[last], c.axes[last], norm);
  }

  public static NDArray rfft2(Object a, int[] s, int[] axes, String norm) {
    return rfftn(a, s, axes == null ? LAST_TWO : axes, norm);
  }

  public static NDArray irfft2(Object a, int[] s, int[] axes, String norm) {
    return irfftn(a, s, axes == null ? LAST_TWO : axes, norm);
  }

  private static NDArray rawNd(Object a, int[] s, int[] axes, String norm, OneD f) {
    NDArray x = Np.asarray(a);
    Cooked c = cook(x, s, axes, false);
    NDArray r = x;
    for (int i = c.axes.length - 1; i >= 0; i--) {
      r = f.apply(r, c.s[i], c.axes[i], norm);
    }
    return r;
  }

  private record Cooked(int[] s, int[] axes) {}

  /** NumPy's {@code _cook_nd_args}: the length and axis of every 1-d transform, with its errors. */
  private static Cooked cook(NDArray x, int[] s, int[] axes, boolean invreal) {
    int[] shape = x.shapeRef();
    int nd = shape.length;
    boolean shapeless = s == null;
    int[] ss;
    if (s == null) {
      if (axes == null) {
        ss = shape.clone();
      } else {
        ss = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
          // np.take(a.shape, axes): an index out of the shape tuple's range
          if (axes[i] < -nd || axes[i] >= nd) {
            throw new IndexError("index " + axes[i] + " is out of bounds for axis 0 with size " + nd);
          }
          ss[i] = shape[axes[i] < 0 ? axes[i] + nd : axes[i]];
        }
      }
    } else {
      ss = s.clone();
    }
    int[] ax = axes;
    if (ax == null) {
      ax = new int[ss.length];
      for (int i = 0; i < ss.length; i++) {
        ax[i] = i - ss.length;
      }
    }
    if (ss.length != ax.length) {
      throw new ValueError("Shape and axes have different lengths.");
    }
    if (invreal && shapeless) {
      if (ax.length == 0) {
        throw new IndexError((axes == null ? "list" : "tuple") + " index out of range");
      }
      ss[ss.length - 1] = (FftImpl.lengthAlong(x, ax[ax.length - 1], false) - 1) * 2;
    }
    for (int i = 0; i < ss.length; i++) {
      if (ss[i] == -1) {
        ss[i] = FftImpl.lengthAlong(x, ax[i], false);
      }
    }
    return new Cooked(ss, ax);
  }
}

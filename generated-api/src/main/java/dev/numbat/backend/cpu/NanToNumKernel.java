package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;

/** nan_to_num's element loop: a fresh copy with NaN and infinities replaced, part by part. */
public final class NanToNumKernel {
  private NanToNumKernel() {}

  /**
   * A fresh C-contiguous copy of the float or complex array {@code a} with NaN replaced by
   * {@code nan}, +inf by {@code pos} and -inf by {@code neg} (each stored in the dtype as a cast
   * does); complex parts are replaced separately.
   */
  public static NDArray replace(NDArray a, double nan, double pos, double neg) {
    DType d = a.dtype();
    NDArray out = Copy.copy(a);
    Object data = out.data();
    int n = out.size();
    if (d.isComplex()) {
      for (int i = 0; i < n; i++) {
        double re = Storage.getDouble(data, d, i);
        double im = Storage.getImag(data, d, i);
        Storage.setComplex(data, d, i, fix(re, nan, pos, neg), fix(im, nan, pos, neg));
      }
    } else {
      for (int i = 0; i < n; i++) {
        double v = Storage.getDouble(data, d, i);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          Storage.setDouble(data, d, i, fix(v, nan, pos, neg));
        }
      }
    }
    return out;
  }

  private static double fix(double v, double nan, double pos, double neg) {
    if (Double.isNaN(v)) {
      return nan;
    }
    if (v == Double.POSITIVE_INFINITY) {
      return pos;
    }
    return v == Double.NEGATIVE_INFINITY ? neg : v;
  }
}

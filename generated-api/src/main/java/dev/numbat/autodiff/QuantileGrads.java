package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.runtime.Shapes;

/**
 * Gradients of median and quantile: each result interpolates between two order statistics of its
 * slice with weights fixed by q and the slice length (not by the data), so g flows to the two
 * selected elements with those weights and is then un-sorted to the elements' own places.
 */
public final class QuantileGrads {
  private QuantileGrads() {}

  /** median: the 0.5 quantile, linear method. */
  public static NDArray medianGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    return quantileGrad(g, a, Np.asarray(0.5), axis, "linear", keepdims, false);
  }

  /**
   * quantile / percentile ({@code percent}) for the methods that pick or interpolate two order
   * statistics: linear, lower, higher, nearest, midpoint. Slices with NaN are not supported.
   */
  public static NDArray quantileGrad(NDArray g, NDArray a, NDArray q, int[] axis, String method, boolean keepdims,
      boolean percent) {
    if (Np.any(Np.isnan(a)).item().equals(Boolean.TRUE)) {
      throw new NotImplementedError("gradient of a quantile over a slice holding NaN is not implemented");
    }
    String m = method == null ? "linear" : method;
    int nd = a.ndim();
    int[] axes;
    if (axis == null) {
      axes = new int[nd];
      for (int i = 0; i < nd; i++) {
        axes[i] = i;
      }
    } else {
      axes = new int[axis.length];
      for (int i = 0; i < axis.length; i++) {
        axes[i] = Shapes.normalizeAxis(axis[i], nd);
      }
    }
    int k = axes.length;
    int[] dest = new int[k];
    int n = 1;
    for (int i = 0; i < k; i++) {
      dest[i] = nd - k + i;
      n *= a.shape(axes[i]);
    }
    NDArray moved = Np.moveaxis(a, axes, dest);
    int[] ms = moved.shape();
    int[] flatShape = java.util.Arrays.copyOf(ms, nd - k + 1);
    flatShape[nd - k] = n;
    NDArray xs = Np.reshape(moved, flatShape);
    NDArray order = Np.argsort(xs, -1, "stable");
    // g without q's axes and keepdims' length-1 axes: shape q.shape + rest.
    NDArray gq = g;
    if (keepdims) {
      int[] kept = new int[k];
      for (int i = 0; i < k; i++) {
        kept[i] = q.ndim() + axes[i];
      }
      gq = Np.squeeze(gq, kept);
    }
    double[] qs = Np.ravel(Np.astype(q, DType.FLOAT64)).toDoubleArray();
    NDArray gs = null;
    for (int j = 0; j < qs.length; j++) {
      double p = percent ? qs[j] / 100 : qs[j];
      double vi = p * (n - 1);
      int lo = (int) Math.floor(vi);
      int hi = Math.min(lo + 1, n - 1);
      double frac = vi - lo;
      switch (m) {
        case "linear" -> { }
        case "lower" -> frac = 0;
        case "higher" -> frac = vi > lo ? 1 : 0;
        case "nearest" -> frac = Math.rint(vi) > lo ? 1 : 0;
        case "midpoint" -> frac = vi > lo ? 0.5 : 0;
        default -> throw new NotImplementedError("gradient of quantile with method='" + m + "' is not implemented");
      }
      double[] w = new double[n];
      w[lo] += 1 - frac;
      w[hi] += frac;
      NDArray gj = q.ndim() == 0 ? gq : gq.get(j);
      NDArray term = Np.multiply(Np.expandDims(gj, -1), new NDArray(DType.FLOAT64, new int[] {n}, w));
      gs = gs == null ? term : Np.add(gs, term);
    }
    NDArray unsorted = Np.takeAlongAxis(gs, Np.argsort(order, -1, "stable"), -1);
    return Np.moveaxis(Np.reshape(unsorted, ms), dest, axes);
  }
}

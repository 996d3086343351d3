package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.backend.cpu.Shapes;

/**
 * Gradients of median and quantile: each result interpolates between two order statistics of its
 * slice with weights fixed by q and the slice length (not by the data), so g flows to the two
 * selected elements with those weights and is then un-sorted to the elements' own places.
 *
 * <p>NaN: quantile and median of a slice holding NaN are NaN, which does not depend
 * differentiably on the slice, so every element of that slice gets a NaN gradient (whatever g
 * is, as PyTorch's quantile), and the other slices their usual one. nanquantile, nanpercentile and
 * nanmedian drop the NaNs: the order statistics are those of the slice's non-NaN elements (the
 * virtual index uses their count), the NaN elements get 0, and a slice with no non-NaN element
 * (whose result is NaN) gets NaN.
 */
public final class QuantileGrads {
  private QuantileGrads() {}

  /** median: the 0.5 quantile, linear method. */
  public static NDArray medianGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    return grad(g, a, Np.asarray(0.5), axis, "linear", keepdims, false, false);
  }

  /** nanmedian: the 0.5 quantile of the non-NaN elements. */
  public static NDArray nanMedianGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    return grad(g, a, Np.asarray(0.5), axis, "linear", keepdims, false, true);
  }

  /**
   * quantile / percentile ({@code percent}) for the methods that pick or interpolate two order
   * statistics: linear, lower, higher, nearest, midpoint.
   */
  public static NDArray quantileGrad(NDArray g, NDArray a, NDArray q, int[] axis, String method, boolean keepdims,
      boolean percent) {
    return grad(g, a, q, axis, method, keepdims, percent, false);
  }

  /** nanquantile / nanpercentile: {@link #quantileGrad} over each slice's non-NaN elements. */
  public static NDArray nanQuantileGrad(NDArray g, NDArray a, NDArray q, int[] axis, String method, boolean keepdims,
      boolean percent) {
    return grad(g, a, q, axis, method, keepdims, percent, true);
  }

  private static NDArray grad(NDArray g, NDArray a, NDArray q, int[] axis, String method, boolean keepdims,
      boolean percent, boolean skipNan) {
    String m = method == null ? "linear" : method;
    switch (m) {
      case "linear", "lower", "higher", "nearest", "midpoint" -> { }
      default -> throw new NotImplementedError("gradient of quantile with method='" + m + "' is not implemented");
    }
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
    // Stable, NaN last (NumPy's order): a slice's non-NaN elements are its first sorted places.
    NDArray order = Np.argsort(xs, -1, "stable");
    // The weights of each lane's sorted places depend on the lane only through its NaN count;
    // they are computed with array ops, so the rule also runs on tracers (Np.function).
    NDArray nans = Np.astype(Np.sum(Np.isnan(xs), new int[] {-1}, true), DType.FLOAT64);
    NDArray valid = skipNan ? Np.subtract((double) n, nans) : Np.full(nans.shape(), (double) n, DType.FLOAT64);
    NDArray bad = skipNan ? Np.equal(valid, 0L) : Np.greater(nans, 0L);
    NDArray places = Np.arange(0, n, 1, DType.FLOAT64);
    // g without q's axes and keepdims' length-1 axes: shape q.shape + rest.
    NDArray gq = g;
    if (keepdims) {
      int[] kept = new int[k];
      for (int i = 0; i < k; i++) {
        kept[i] = q.ndim() + axes[i];
      }
      gq = Np.squeeze(gq, kept);
    }
    NDArray ps = Np.ravel(Np.astype(q, DType.FLOAT64));
    if (percent) {
      ps = Np.divide(ps, 100.0);
    }
    int nq = ps.size();
    if (q.ndim() > 1) {
      int[] byQ = new int[nd - k + 1];
      byQ[0] = nq;
      System.arraycopy(flatShape, 0, byQ, 1, nd - k);
      gq = Np.reshape(gq, byQ);
    }
    NDArray gs = null;
    for (int j = 0; j < nq; j++) {
      NDArray vi = Np.multiply(ps.get(j), Np.subtract(valid, 1.0));
      NDArray lo = Np.floor(vi);
      NDArray hi = Np.minimum(Np.add(lo, 1.0), Np.subtract(valid, 1.0));
      NDArray frac = switch (m) {
        case "lower" -> Np.zerosLike(vi);
        case "higher" -> Np.where(Np.greater(vi, lo), 1.0, 0.0);
        case "nearest" -> Np.where(Np.greater(Np.rint(vi), lo), 1.0, 0.0);
        case "midpoint" -> Np.where(Np.greater(vi, lo), 0.5, 0.0);
        default -> Np.subtract(vi, lo);
      };
      NDArray w = Np.add(Np.where(Np.equal(places, lo), Np.subtract(1.0, frac), 0.0),
          Np.where(Np.equal(places, hi), frac, 0.0));
      w = Np.where(bad, Double.NaN, w);
      NDArray gj = q.ndim() == 0 ? gq : gq.get(j);
      NDArray term = Np.multiply(Np.expandDims(gj, -1), w);
      gs = gs == null ? term : Np.add(gs, term);
    }
    NDArray unsorted = Np.takeAlongAxis(gs, Np.argsort(order, -1, "stable"), -1);
    return Np.moveaxis(Np.reshape(unsorted, ms), dest, axes);
  }
}

package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;

/**
 * Gradient rules of the counting, clean-up and creation ops (nan_to_num, trim_zeros, bincount,
 * histogram, histogram_bin_edges, diag, linspace, logspace, geomspace), written with ops so that an
 * outer tape records them. Index computations (bins, bounding boxes) are constants of the rule.
 */
public final class CoverageGrads {
  private CoverageGrads() {}

  /** The float dtype a coefficient array takes to multiply {@code g} without widening it. */
  private static DType coefType(NDArray g) {
    DType d = g.dtype();
    if (!d.isInexact()) {
      return DType.FLOAT64;
    }
    return d.isComplex() ? d.realType() : d;
  }

  /**
   * nan_to_num: the identity where x is finite; a replaced NaN or infinity is a constant (zero
   * gradient). Complex parts are replaced separately, so each part keeps its own gradient.
   */
  public static NDArray nanToNumGrad(NDArray g, NDArray x) {
    if (!x.dtype().isComplex()) {
      return Np.where(Np.isfinite(x), g, 0.0);
    }
    NDArray re = Np.where(Np.isfinite(Np.real(x)), Np.real(g), 0.0);
    NDArray im = Np.where(Np.isfinite(Np.imag(x)), Np.imag(g), 0.0);
    return Np.add(re, GradHelpers.timesI(im, x));
  }

  /**
   * trim_zeros returns the slice of {@code filt} spanning its nonzero elements (the bounding box,
   * per the trim sides): the gradient is g placed back at that box in zeros of filt's shape.
   */
  public static NDArray trimZerosGrad(NDArray g, NDArray filt, String trim) {
    int nd = filt.ndim();
    if (nd == 0) {
      return g;
    }
    if (g.size() == 0) {
      return Np.zeros(filt.shape(), g.dtype());
    }
    boolean front = trim != null && trim.toLowerCase().contains("f");
    NDArray[] nz = Np.nonzero(filt);
    int[][] widths = new int[nd][2];
    for (int j = 0; j < nd; j++) {
      int start = 0;
      if (front) {
        start = Integer.MAX_VALUE;
        for (long p : nz[j].toLongArray()) {
          start = (int) Math.min(start, p);
        }
      }
      widths[j][0] = start;
      widths[j][1] = filt.shape(j) - start - g.shape(j);
    }
    return Np.pad(g, widths);
  }

  /** bincount with weights: {@code out[x[i]] += w[i]}, so weight i gets {@code g[x[i]]}. */
  public static NDArray bincountGrad(NDArray g, NDArray x) {
    return Np.take(g, Np.astype(x, DType.INT64));
  }

  // ------------------------------------------------------------------ linspace family

  /**
   * The fraction {@code t_k = k / div} of the way from start to stop of sample k (div is num - 1
   * with the endpoint, else num; 0 when div is 0), shaped to broadcast along {@code axis} of g.
   */
  private static NDArray fractions(NDArray g, int num, boolean endpoint, int axis) {
    int div = endpoint ? num - 1 : num;
    double[] t = new double[num];
    for (int k = 0; k < num; k++) {
      t[k] = div > 0 ? (double) k / div : 0.0;
    }
    int[] shape = new int[g.ndim()];
    java.util.Arrays.fill(shape, 1);
    shape[Shapes.normalizeAxis(axis, g.ndim())] = num;
    return Np.astype(HostArrays.float64(shape, t), coefType(g));
  }

  /** {@code 1 - t} for start ({@code which == 0}), {@code t} for stop. */
  private static NDArray weight(NDArray t, int which) {
    return which == 0 ? Np.subtract(1.0, t) : t;
  }

  /** Sums the samples' axis out: the gradient of the broadcast bounds (the tape sums on to each bound's shape). */
  private static NDArray sumSamples(NDArray y, int axis) {
    return Np.sum(y, new int[] {Shapes.normalizeAxis(axis, y.ndim())}, false);
  }

  /** linspace: sample k is {@code start + t_k (stop - start)}, linear in both bounds. */
  public static NDArray linspaceGrad(NDArray g, int num, boolean endpoint, int axis, int which) {
    return sumSamples(Np.multiply(g, weight(fractions(g, num, endpoint, axis), which)), axis);
  }

  /** logspace: {@code y = base ** (start + t (stop - start))}, so dy/dstart = y ln(base) (1 - t). */
  public static NDArray logspaceGrad(NDArray g, NDArray result, int num, boolean endpoint, double base, int axis,
      int which) {
    NDArray w = Np.multiply(weight(fractions(g, num, endpoint, axis), which), Math.log(base));
    return sumSamples(Np.multiply(Np.multiply(g, result), w), axis);
  }

  /**
   * geomspace: {@code y = start (stop / start) ** t}, so dy/dstart = (1 - t) y / start and
   * dy/dstop = t y / stop (both ends are exactly the bounds, as NumPy sets them).
   */
  public static NDArray geomspaceGrad(NDArray g, NDArray result, NDArray start, NDArray stop, int num,
      boolean endpoint, int axis, int which) {
    int ax = Shapes.normalizeAxis(axis, g.ndim());
    int[] bounds = new int[g.ndim() - 1];
    for (int i = 0, j = 0; i < g.ndim(); i++) {
      if (i != ax) {
        bounds[j++] = g.shape(i);
      }
    }
    NDArray bound = Np.expandDims(Np.broadcastTo(which == 0 ? start : stop, bounds), ax);
    NDArray w = weight(fractions(g, num, endpoint, axis), which);
    return sumSamples(Np.divide(Np.multiply(Np.multiply(g, result), w), bound), axis);
  }

  // ------------------------------------------------------------------ histogram

  /** Whether the edges follow the data: bins a count or an estimator name, and no range. */
  private static boolean edgesFollowData(NDArray a, Object bins, Object range) {
    return range == null && a.size() > 0 && (bins == null || bins instanceof Number || bins instanceof String);
  }

  /**
   * The gradient of a through the edges' ends: with edges from the data, edge k is
   * {@code lo + (k / n)(hi - lo)} for lo = min(a), hi = max(a) (each moved by 0.5 when they are
   * equal), so lo gets {@code dlo} and hi {@code dhi}, shared equally among tied elements (amin's
   * and amax's rule).
   */
  private static NDArray throughEnds(NDArray a, NDArray dlo, NDArray dhi) {
    NDArray atLo = Np.astype(Np.equal(a, Np.amin(a)), coefType(dlo));
    NDArray atHi = Np.astype(Np.equal(a, Np.amax(a)), coefType(dhi));
    NDArray lo = Np.multiply(atLo, Np.divide(dlo, Np.sum(atLo)));
    NDArray hi = Np.multiply(atHi, Np.divide(dhi, Np.sum(atHi)));
    return Np.add(lo, hi);
  }

  /** histogram_bin_edges (and histogram's edges) w.r.t. a: zero unless the edges follow the data. */
  public static NDArray binEdgesGrad(NDArray g, NDArray a, Object bins, Object range) {
    if (!edgesFollowData(a, bins, range) || g.size() < 2) {
      return Np.zerosLike(a, coefType(g));
    }
    NDArray t = fractions(g, g.size(), true, 0);
    return throughEnds(a, Np.sum(Np.multiply(g, Np.subtract(1.0, t))), Np.sum(Np.multiply(g, t)));
  }

  /**
   * histogram's output {@code index} (0 the counts, 1 the edges) w.r.t. a ({@code which == 0}) or
   * the weights. The counts are sums of the weights of the elements in each bin (NumPy's bins:
   * {@code edges[k] <= a < edges[k + 1]}, the last bin closed), so weight i gets g of its bin (zero
   * outside the edges); with density, {@code h = c / (W width)} for W the total weight in range,
   * so weight i also gets {@code -sum(g h) / W}. Moving an element of a does not change the counts
   * (zero almost everywhere) but moves the data-driven edges' ends, which changes the density's
   * widths: {@code dh/dhi = -h / (hi - lo)}.
   */
  public static NDArray histogramGrad(NDArray g, NDArray a, Object bins, Object range, boolean density,
      NDArray weights, int index, int which) {
    if (index == 1) {
      return which == 0 ? binEdgesGrad(g, a, bins, range) : null;
    }
    NDArray[] hr = weights == null ? Np.histogram(a, bins, range, density) : Np.histogram(a, bins, range, density, weights);
    NDArray h = hr[0];
    NDArray edges = hr[1];
    if (which == 0) {
      if (!density || !edgesFollowData(a, bins, range)) {
        return Np.zerosLike(a, coefType(g));
      }
      int n = edges.size() - 1;
      NDArray span = Np.subtract(edges.get(n), edges.get(0));
      NDArray s = Np.divide(Np.sum(Np.multiply(g, h)), span);
      return throughEnds(a, s, Np.negative(s));
    }
    int n = edges.size() - 1;
    NDArray flat = Np.ravel(a);
    NDArray last = edges.get(n);
    NDArray valid = Np.logicalAnd(Np.greaterEqual(flat, edges.get(0)), Np.lessEqual(flat, last));
    NDArray idx = Np.subtract(Np.digitize(flat, edges), 1);
    idx = Np.clip(Np.where(Np.equal(flat, last), n - 1, idx), 0, Math.max(n - 1, 0));
    if (!density) {
      return Np.reshape(Np.where(valid, Np.take(g, idx), 0.0), a.shape());
    }
    NDArray w = Np.reshape(weights, flat.shape());
    NDArray total = Np.sum(Np.where(valid, w, 0.0));
    NDArray perBin = Np.divide(Np.take(Np.divide(g, Np.diff(edges)), idx), total);
    NDArray shared = Np.divide(Np.sum(Np.multiply(g, h)), total);
    return Np.reshape(Np.where(valid, Np.subtract(perBin, shared), 0.0), a.shape());
  }
}

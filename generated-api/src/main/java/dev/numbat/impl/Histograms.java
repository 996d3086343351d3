package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.HistogramKernels;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.HostScalars;
import java.util.Arrays;

/**
 * histogram and histogram_bin_edges ({@code op-specs/ops/counting.yaml}), NumPy 2's
 * _histograms_impl: equal-width edges are a linspace in the edges' dtype (the input's float dtype,
 * float64 for integers) and each value's bin is computed in that dtype, then corrected against
 * the edges, so values on an edge land where NumPy puts them.
 */
public final class Histograms {
  private Histograms() {}

  /**
   * The bin edges; for equal-width bins also the outer edges, their count (0 for explicit edges)
   * and whether the outer edges are Python floats (a given range: weak, so the span and the
   * linspace are float64) or scalars of the data's dtype (its min and max).
   */
  private record Edges(NDArray edges, double first, double last, int nEqual, boolean weak) {}

  public static NDArray[] histogram(Object a, Object bins, Object range, boolean density, Object weights) {
    NDArray x = ravel(a);
    NDArray w = checkWeights(x, a, weights);
    Edges e = binEdges(x, bins, range, w);
    NDArray counts = e.nEqual > 0 ? uniformCounts(x, w, e) : HistogramKernels.sortedCounts(x, w, e.edges);
    if (density) {
      counts = HistogramKernels.densityOf(counts, e.edges);
    }
    return new NDArray[] {counts, e.edges};
  }

  public static NDArray histogramBinEdges(Object a, Object bins, Object range, Object weights) {
    NDArray x = ravel(a);
    NDArray w = checkWeights(x, a, weights);
    return binEdges(x, bins, range, w).edges;
  }

  private static NDArray ravel(Object a) {
    NDArray x = Convert.asarray(a, null);
    if (x.dtype().isBool()) {
      x = Cast.to(x, DType.UINT8);
    }
    if (x.dtype().isComplex()) {
      throw new NotImplementedError("histogram of complex data is not supported");
    }
    return Sorting.flat(x);
  }

  private static NDArray checkWeights(NDArray x, Object a, Object weights) {
    if (weights == null) {
      return null;
    }
    NDArray w = Convert.asarray(weights, null);
    if (!Arrays.equals(w.shapeRef(), Convert.asarray(a, null).shapeRef())) {
      throw new ValueError("weights should have the same shape as a.");
    }
    return Sorting.flat(w);
  }

  /** v rounded to the float dtype d (bfloat16 is computed as float32, its NumPy stand-in). */
  private static double rnd(DType d, double v) {
    return HistogramKernels.rnd(d, v);
  }

  // ---------------------------------------------------------------- edges

  private static Edges binEdges(NDArray x, Object bins, Object range, NDArray w) {
    if (bins instanceof String s) {
      return estimatedEdges(x, s, range, w);
    }
    NDArray b = bins instanceof NDArray nd ? nd : Convert.asarray(bins, null);
    if (b.ndim() == 0) {
      if (!b.dtype().isInteger() && !b.dtype().isBool()) {
        throw new TypeError("`bins` must be an integer, a string, or an array");
      }
      long n = HostArrays.longs(b)[0];
      if (n < 1) {
        throw new ValueError("`bins` must be positive, when an integer");
      }
      return equalEdges(x, range, (int) n, range != null);
    }
    if (b.ndim() != 1) {
      throw new ValueError("`bins` must be 1d, when an array");
    }
    double[] bv = HostScalars.doubles(b, false);
    for (int i = 0; i + 1 < bv.length; i++) {
      if (bv[i] > bv[i + 1]) {
        throw new ValueError("`bins` must increase monotonically, when an array");
      }
    }
    return new Edges(b, 0, 0, 0, false);
  }

  /**
   * NumPy's _get_outer_edges: a weak (Python float) range as given, else in the input's float
   * dtype (float64 for integer input).
   */
  private static double[] outerEdges(NDArray x, Object range, DType bt, boolean weak) {
    double first;
    double last;
    if (range != null) {
      NDArray r = Convert.asarray(range, null);
      if (r.size() != 2) {
        throw new ValueError("too many values to unpack (expected 2)");
      }
      double[] rv = HostScalars.doubles(r, false);
      first = rv[0];
      last = rv[1];
      if (first > last) {
        throw new ValueError("max must be larger than min in range parameter.");
      }
      if (!Double.isFinite(first) || !Double.isFinite(last)) {
        throw new ValueError("supplied range of [" + first + ", " + last + "] is not finite");
      }
      if (!weak) {
        first = rnd(bt, first);
        last = rnd(bt, last);
      }
    } else if (x.size() == 0) {
      first = 0;
      last = 1;
    } else {
      double[] mm = HistogramKernels.minMax(x);
      first = mm[0];
      last = mm[1];
      boolean nan = mm[2] != 0;
      if (nan || !Double.isFinite(first) || !Double.isFinite(last)) {
        throw new ValueError("autodetected range of [" + (nan ? "nan" : first) + ", " + (nan ? "nan" : last)
            + "] is not finite");
      }
    }
    if (first == last) {
      first = weak ? first - 0.5 : rnd(bt, first - 0.5);
      last = weak ? last + 0.5 : rnd(bt, last + 0.5);
    }
    return new double[] {first, last};
  }

  private static DType binType(NDArray x) {
    return x.dtype().isFloat() ? x.dtype() : DType.FLOAT64;
  }

  private static Edges equalEdges(NDArray x, Object range, int n, boolean weak) {
    DType bt = binType(x);
    double[] fl = outerEdges(x, range, bt, weak);
    return new Edges(linspace(bt, fl, n, weak), fl[0], fl[1], n, weak);
  }

  /** np.linspace(first, last, n + 1, dtype=bt): float64 for Python-float bounds, else in bt. */
  private static NDArray linspace(DType bt, double[] fl, int n, boolean weak) {
    return weak ? Cast.to(Creation.linspace(scalar(DType.FLOAT64, fl[0]), scalar(DType.FLOAT64, fl[1]), n + 1, true, null, 0), bt)
        : Creation.linspace(scalar(bt, fl[0]), scalar(bt, fl[1]), n + 1, true, bt, 0);
  }

  private static NDArray scalar(DType d, double v) {
    return HistogramKernels.scalar(d, v);
  }

  private static NDArray uniformCounts(NDArray x, NDArray w, Edges e) {
    return HistogramKernels.uniformCounts(x, w, e.edges, e.nEqual, e.first, e.last, e.weak);
  }

  private static Edges estimatedEdges(NDArray x, String name, Object range, NDArray w) {
    if (!Arrays.asList("auto", "fd", "doane", "rice", "scott", "sqrt", "sturges", "stone").contains(name)) {
      throw new ValueError("'" + name + "' is not a valid estimator for `bins`");
    }
    if (w != null) {
      throw new TypeError("Automated estimation of the number of bins is not supported for weighted data");
    }
    DType bt = binType(x);
    boolean weak = range != null;
    double[] fl = outerEdges(x, range, bt, weak);
    // A Python-float bound compares in a float input's dtype.
    double lo = x.dtype().isFloat() ? rnd(bt, fl[0]) : fl[0];
    double hi = x.dtype().isFloat() ? rnd(bt, fl[1]) : fl[1];
    double[] v = HistogramKernels.within(x, range == null, lo, hi);
    int m = v.length;
    int n = 1;
    if (m > 0) {
      DType d = x.dtype();
      double width = name.equals("stone") ? stone(kept(x, v), v, fl, weak) : estimate(name, v, d);
      if (width != 0 && !Double.isNaN(width)) {
        if (d.isInteger() && width < 1) {
          width = 1;
        }
        // The span is float64 for a given range (Python floats) but the data's dtype for its own
        // min and max; a float32 width then divides in float32.
        double q = (fl[1] - fl[0]) / width;
        n = (int) Math.ceil(range == null && d.isFloat() ? rnd(d, q) : q);
      }
    }
    return new Edges(linspace(bt, fl, n, weak), fl[0], fl[1], n, weak);
  }

  /**
   * NumPy's _hist_bin_* width estimators, in float64 except where NumPy's result keeps a float
   * input's dtype (a Python float factor times the data's ptp or std).
   */
  private static double estimate(String name, double[] v, DType d) {
    int n = v.length;
    double[] s = v.clone();
    Arrays.sort(s);
    double ptp = s[n - 1] - s[0];
    return switch (name) {
      case "sqrt" -> ptp / Math.sqrt(n);
      case "sturges" -> ptp / (Math.log(n) / Math.log(2) + 1.0);
      case "rice" -> d.isFloat() ? rnd(d, ptp / rnd(d, 2.0 * Math.pow(n, 1.0 / 3))) : ptp / (2.0 * Math.pow(n, 1.0 / 3));
      case "scott" -> d.isFloat() ? rnd(d, rnd(d, Math.pow(24.0 * Math.sqrt(Math.PI) / n, 1.0 / 3)) * rnd(d, std(v)))
          : Math.pow(24.0 * Math.sqrt(Math.PI) / n, 1.0 / 3) * std(v);
      case "fd" -> fd(s);
      case "doane" -> doane(v, ptp);
      default -> {
        // NumPy 2's 'auto': the Freedman-Diaconis width, kept at least half the sqrt width (so
        // a small IQR cannot make thousands of bins), and at most Sturges' width
        double fd = Math.max(fd(s), ptp / Math.sqrt(n) / 2);
        double st = ptp / (Math.log(n) / Math.log(2) + 1.0);
        yield Math.min(fd, st);
      }
    };
  }

  /** The kept values as an array of x's dtype (they are x's own values, so the round trip is exact). */
  private static NDArray kept(NDArray x, double[] v) {
    return HistogramKernels.fromDoubles(x.dtype(), v);
  }

  /**
   * NumPy's _hist_bin_stone: the bin count in 1..max(100, sqrt(n)) minimising the estimated L2
   * risk of the histogram over the outer edges (the first minimum on ties).
   */
  private static double stone(NDArray x, double[] v, double[] range, boolean weak) {
    int n = v.length;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double e : v) {
      lo = Math.min(lo, e);
      hi = Math.max(hi, e);
    }
    double ptp = hi - lo;
    if (n <= 1 || ptp == 0) {
      return 0;
    }
    int upper = Math.max(100, (int) Math.sqrt(n));
    int best = 1;
    double bestRisk = Double.POSITIVE_INFINITY;
    for (int nbins = 1; nbins <= upper; nbins++) {
      long[] counts = HostArrays.longs(uniformCounts(x, null, equalEdges(x, range, nbins, weak)));
      double dot = 0;
      for (int i = 0; i < nbins; i++) {
        double p = counts[i] / (double) n;
        dot += p * p;
      }
      double risk = (2 - (n + 1) * dot) / rnd(binType(x), ptp / nbins);
      if (risk < bestRisk) {
        bestRisk = risk;
        best = nbins;
      }
    }
    return rnd(binType(x), ptp / best);
  }

  private static double fd(double[] sorted) {
    double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
    return 2.0 * iqr * Math.pow(sorted.length, -1.0 / 3);
  }

  /** NumPy's linear quantile with its _lerp. */
  private static double quantile(double[] s, double q) {
    double vi = q * (s.length - 1);
    int lo = (int) Math.floor(vi);
    int hi = Math.min(lo + 1, s.length - 1);
    double t = vi - lo;
    double a = s[lo];
    double b = s[hi];
    double d = b - a;
    return t >= 0.5 ? b - d * (1 - t) : a + d * t;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e;
    }
    return s / v.length;
  }

  private static double std(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double e : v) {
      s += (e - m) * (e - m);
    }
    return Math.sqrt(s / v.length);
  }

  private static double doane(double[] v, double ptp) {
    int n = v.length;
    if (n <= 2) {
      return 0.0;
    }
    double sg1 = Math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)));
    double sigma = std(v);
    if (!(sigma > 0)) {
      return 0.0;
    }
    double m = mean(v);
    double g1 = 0;
    for (double e : v) {
      double z = (e - m) / sigma;
      g1 += z * z * z;
    }
    g1 /= n;
    return ptp / (1.0 + Math.log(n) / Math.log(2) + Math.log(1.0 + Math.abs(g1) / sg1) / Math.log(2));
  }


}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.kernels.cpu.Half;
import dev.numbat.runtime.Cast;
import dev.numbat.runtime.Convert;
import dev.numbat.runtime.Storage;
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
    NDArray counts = e.nEqual > 0 ? uniformCounts(x, w, e) : sortedCounts(x, w, e.edges);
    if (density) {
      counts = densityOf(counts, e.edges);
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

  private static double at(NDArray x, int i) {
    return Storage.getDouble(x.data(), x.dtype(), x.offset() + i * x.stridesRef()[0]);
  }

  /** v rounded to the float dtype d (bfloat16 is computed as float32, its NumPy stand-in). */
  private static double rnd(DType d, double v) {
    return switch (d.ordinal()) {
      case 9 -> Half.f16ToFloat(Half.doubleToF16(v));
      case 10, 11 -> (float) v;
      default -> v;
    };
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
      long n = Storage.getLong(b.data(), b.dtype(), b.offset());
      if (n < 1) {
        throw new ValueError("`bins` must be positive, when an integer");
      }
      return equalEdges(x, range, (int) n, range != null);
    }
    if (b.ndim() != 1) {
      throw new ValueError("`bins` must be 1d, when an array");
    }
    for (int i = 0; i + 1 < b.size(); i++) {
      if (at(b, i) > at(b, i + 1)) {
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
      first = Storage.getDouble(r.data(), r.dtype(), r.offset());
      last = Storage.getDouble(r.data(), r.dtype(), r.offset() + r.stridesRef()[0]);
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
      first = Double.POSITIVE_INFINITY;
      last = Double.NEGATIVE_INFINITY;
      boolean nan = false;
      for (int i = 0; i < x.size(); i++) {
        double v = at(x, i);
        nan |= Double.isNaN(v);
        first = Math.min(first, v);
        last = Math.max(last, v);
      }
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
    NDArray s = NDArray.allocate(d, new int[0]);
    Storage.setDouble(s.data(), d, 0, v);
    return s;
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
    double[] v = new double[x.size()];
    int m = 0;
    for (int i = 0; i < x.size(); i++) {
      double e = at(x, i);
      if (range == null || (e >= lo && e <= hi)) {
        v[m++] = e;
      }
    }
    v = Arrays.copyOf(v, m);
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
        double fd = fd(s);
        double st = ptp / (Math.log(n) / Math.log(2) + 1.0);
        yield fd != 0 ? Math.min(fd, st) : st;
      }
    };
  }

  /** The kept values as an array of x's dtype (they are x's own values, so the round trip is exact). */
  private static NDArray kept(NDArray x, double[] v) {
    NDArray k = NDArray.allocate(x.dtype(), new int[] {v.length});
    for (int i = 0; i < v.length; i++) {
      Storage.setDouble(k.data(), x.dtype(), i, v[i]);
    }
    return k;
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
      NDArray counts = uniformCounts(x, null, equalEdges(x, range, nbins, weak));
      double dot = 0;
      for (int i = 0; i < nbins; i++) {
        double p = ((long[]) counts.data())[i] / (double) n;
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

  // ---------------------------------------------------------------- counts

  /** The counts' dtype: int64, or the weights' dtype. */
  private static DType countType(NDArray w) {
    return w == null ? DType.INT64 : w.dtype();
  }

  /** NumPy's equal-width path: index from ((x - first) / width) * n in the edges' dtype, corrected. */
  private static NDArray uniformCounts(NDArray x, NDArray w, Edges e) {
    int n = e.nEqual;
    DType bt = e.edges.dtype();
    double[] edge = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      edge[i] = at(e.edges, i);
    }
    // Python-float bounds: the span is float64 (np.subtract of two Python floats) and so is the
    // division; the data minus the bound stays in the data's dtype.
    double first = e.weak ? rnd(bt, e.first) : e.first;
    double last = e.weak ? rnd(bt, e.last) : e.last;
    double denom = e.weak ? e.last - e.first : rnd(bt, last - first);
    double[] re = new double[n];
    double[] im = new double[n];
    DType ct = countType(w);
    NDArray out = NDArray.allocate(ct, new int[] {n});
    final int block = 65536;
    for (int b0 = 0; b0 < x.size(); b0 += block) {
      Arrays.fill(re, 0);
      Arrays.fill(im, 0);
      int b1 = Math.min(x.size(), b0 + block);
      for (int i = b0; i < b1; i++) {
        double raw = at(x, i);
        if (!(raw >= first && raw <= last)) {
          continue;
        }
        double v = rnd(bt, raw);
        double f = e.weak ? rnd(bt, v - first) / denom * n : rnd(bt, rnd(bt, rnd(bt, v - first) / denom) * n);
        int idx = (int) f;
        if (idx == n) {
          idx--;
        }
        if (v < edge[idx]) {
          idx--;
        }
        if (v >= edge[idx + 1] && idx != n - 1) {
          idx++;
        }
        if (w == null) {
          re[idx] += 1;
        } else {
          int j = w.offset() + i * w.stridesRef()[0];
          re[idx] += Storage.getDouble(w.data(), w.dtype(), j);
          im[idx] += Storage.getImag(w.data(), w.dtype(), j);
        }
      }
      addBlock(out, ct, re, im);
    }
    return out;
  }

  /** n += block sums cast to the counts' dtype (NumPy's bincount(...).astype(ntype)). */
  private static void addBlock(NDArray out, DType ct, double[] re, double[] im) {
    Object d = out.data();
    for (int i = 0; i < re.length; i++) {
      if (ct.isBool()) {
        if (re[i] != 0) {
          Storage.setDouble(d, ct, i, 1);
        }
      } else if (ct.isInteger()) {
        long add = ct == DType.UINT64 ? Cast.doubleToUnsignedLong(re[i]) : Cast.doubleToLong(re[i]);
        Storage.setLong(d, ct, i, Storage.getLong(d, ct, i) + add, false);
      } else if (ct.isComplex()) {
        Storage.setComplex(d, ct, i, Storage.getDouble(d, ct, i) + rnd(ct.realType(), re[i]),
            Storage.getImag(d, ct, i) + rnd(ct.realType(), im[i]));
      } else {
        Storage.setDouble(d, ct, i, Storage.getDouble(d, ct, i) + rnd(ct, re[i]));
      }
    }
  }

  /**
   * NumPy's path for explicit edges, block by block (65536 values): the edges are searched in the
   * sorted block, and with weights the block's cumulative sums (rounded each step in the weights'
   * dtype) at those positions are added into cumulative counts, whose differences are the result.
   */
  private static NDArray sortedCounts(NDArray x, NDArray w, NDArray edges) {
    int m = x.size();
    int ne = edges.size();
    double[] e = new double[ne];
    for (int i = 0; i < ne; i++) {
      e[i] = at(edges, i);
    }
    DType ct = countType(w);
    if (ct.isBool() && m > 0) {
      throw new TypeError("Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with casting rule 'same_kind'");
    }
    DType rt = ct.realType();
    long[] cumL = new long[ne];
    double[] cumR = new double[ne];
    double[] cumI = new double[ne];
    int ws = w == null ? 0 : w.stridesRef()[0];
    final int block = 65536;
    for (int b0 = 0; b0 < m; b0 += block) {
      int len = Math.min(m, b0 + block) - b0;
      double[] v = new double[len];
      Integer[] order = new Integer[len];
      for (int i = 0; i < len; i++) {
        v[i] = at(x, b0 + i);
        order[i] = i;
      }
      // Stable, NaN last, -0.0 equal to 0.0, as NumPy's sort.
      Arrays.sort(order, (p, q) -> Double.compare(v[p] == 0 ? 0.0 : v[p], v[q] == 0 ? 0.0 : v[q]));
      double[] sa = new double[len];
      for (int i = 0; i < len; i++) {
        sa[i] = v[order[i]];
      }
      int[] bi = new int[ne];
      for (int i = 0; i < ne; i++) {
        bi[i] = search(sa, e[i], i == ne - 1);
      }
      if (w == null) {
        for (int i = 0; i < ne; i++) {
          cumL[i] += bi[i];
        }
        continue;
      }
      // cw = concatenate((0, cumsum(sorted weights))): int64/uint64 for integers (wrapping), the
      // weights' dtype for floats.
      if (ct.isInteger()) {
        long[] cw = new long[len + 1];
        for (int i = 0; i < len; i++) {
          cw[i + 1] = cw[i] + Storage.getLong(w.data(), ct, w.offset() + (b0 + order[i]) * ws);
        }
        for (int i = 0; i < ne; i++) {
          cumL[i] += cw[bi[i]];
        }
        continue;
      }
      double[] cr = new double[len + 1];
      double[] ci = new double[len + 1];
      for (int i = 0; i < len; i++) {
        int j = w.offset() + (b0 + order[i]) * ws;
        cr[i + 1] = rnd(rt, cr[i] + Storage.getDouble(w.data(), ct, j));
        ci[i + 1] = rnd(rt, ci[i] + Storage.getImag(w.data(), ct, j));
      }
      for (int i = 0; i < ne; i++) {
        cumR[i] = rnd(rt, cumR[i] + cr[bi[i]]);
        cumI[i] = rnd(rt, cumI[i] + ci[bi[i]]);
      }
    }
    int nb = Math.max(ne - 1, 0);
    NDArray out = NDArray.allocate(ct, new int[] {nb});
    Object d = out.data();
    for (int i = 0; i < nb; i++) {
      if (w == null || ct.isInteger() || ct.isBool()) {
        Storage.setLong(d, ct, i, cumL[i + 1] - cumL[i], false);
      } else {
        Storage.setComplex(d, ct, i, rnd(rt, cumR[i + 1] - cumR[i]), rnd(rt, cumI[i + 1] - cumI[i]));
      }
    }
    return out;
  }

  /** searchsorted of key in sorted (NaN last): left side, or right side for the last edge. */
  private static int search(double[] sorted, double key, boolean right) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      double s = sorted[mid];
      boolean goRight = right ? !less(key, s) : less(s, key);
      if (goRight) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean less(double a, double b) {
    return a < b || (!Double.isNaN(a) && Double.isNaN(b));
  }

  /** n / diff(edges) / n.sum(), in float64 (complex128 for complex counts). */
  private static NDArray densityOf(NDArray counts, NDArray edges) {
    int n = counts.size();
    DType ct = counts.dtype();
    boolean cx = ct.isComplex();
    double sr = 0;
    double si = 0;
    for (int i = 0; i < n; i++) {
      sr += Storage.getDouble(counts.data(), ct, i);
      si += Storage.getImag(counts.data(), ct, i);
    }
    sr = ct.isBool() ? sr : ct.isInexact() ? rnd(ct.realType(), sr) : sr;
    DType rt = cx ? DType.COMPLEX128 : DType.FLOAT64;
    NDArray out = NDArray.allocate(rt, new int[] {n});
    for (int i = 0; i < n; i++) {
      double db = at(edges, i + 1) - at(edges, i);
      double re = Storage.getDouble(counts.data(), ct, i) / db;
      if (!cx) {
        Storage.setDouble(out.data(), rt, i, re / sr);
      } else {
        double im = Storage.getImag(counts.data(), ct, i) / db;
        double den = sr * sr + si * si;
        Storage.setComplex(out.data(), rt, i, (re * sr + im * si) / den, (im * sr - re * si) / den);
      }
    }
    return out;
  }
}

package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.kernels.cpu.Half;
import java.util.Arrays;

/**
 * histogram's element loops (NumPy 2's _histograms_impl): the counts of the equal-width and the
 * explicit-edges paths, density, and the reads of the 1-d data the bin estimators need. Arrays in
 * are 1-d (any stride); counts are int64 or in the weights' dtype, rounded as NumPy's steps are.
 */
public final class HistogramKernels {
  private HistogramKernels() {}

  private static double at(NDArray x, int i) {
    return Storage.getDouble(x.data(), x.dtype(), x.offset() + i * x.stridesRef()[0]);
  }

  /** v rounded to the float dtype d (bfloat16 is computed as float32, its NumPy stand-in). */
  public static double rnd(DType d, double v) {
    return switch (d.ordinal()) {
      case 9 -> Half.f16ToFloat(Half.doubleToF16(v));
      case 10, 11 -> (float) v;
      default -> v;
    };
  }

  /**
   * The smallest and largest element of the non-empty 1-d {@code x} as doubles, and 1 as the
   * third element when some element is NaN (else 0).
   */
  public static double[] minMax(NDArray x) {
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    boolean nan = false;
    for (int i = 0; i < x.size(); i++) {
      double v = at(x, i);
      nan |= Double.isNaN(v);
      first = Math.min(first, v);
      last = Math.max(last, v);
    }
    return new double[] {first, last, nan ? 1 : 0};
  }

  /** The elements of the 1-d {@code x} as doubles, in order; unless {@code all}, only those in [lo, hi]. */
  public static double[] within(NDArray x, boolean all, double lo, double hi) {
    double[] v = new double[x.size()];
    int m = 0;
    for (int i = 0; i < x.size(); i++) {
      double e = at(x, i);
      if (all || (e >= lo && e <= hi)) {
        v[m++] = e;
      }
    }
    return Arrays.copyOf(v, m);
  }

  /** A 1-d array of dtype d holding {@code v} (values of that dtype, so the round trip is exact). */
  public static NDArray fromDoubles(DType d, double[] v) {
    NDArray k = NDArray.allocate(d, new int[] {v.length});
    for (int i = 0; i < v.length; i++) {
      Storage.setDouble(k.data(), d, i, v[i]);
    }
    return k;
  }

  /** A 0-d array of dtype d holding v (stored as a cast does). */
  public static NDArray scalar(DType d, double v) {
    NDArray s = NDArray.allocate(d, new int[0]);
    Storage.setDouble(s.data(), d, 0, v);
    return s;
  }

  /** The counts' dtype: int64, or the weights' dtype. */
  private static DType countType(NDArray w) {
    return w == null ? DType.INT64 : w.dtype();
  }

  /**
   * NumPy's equal-width path for the n + 1 equal-width {@code edges} between the outer edges
   * {@code first} and {@code last} ({@code weak}: Python floats): index from
   * ((x - first) / width) * n in the edges' dtype, corrected against the edges; the counts are
   * int64, or sums of the weights {@code w} (null for none) in their dtype.
   */
  public static NDArray uniformCounts(NDArray x, NDArray w, NDArray edges, int n, double eFirst, double eLast,
      boolean weak) {
    DType bt = edges.dtype();
    double[] edge = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      edge[i] = at(edges, i);
    }
    // Python-float bounds: the span is float64 (np.subtract of two Python floats) and so is the
    // division; the data minus the bound stays in the data's dtype.
    double first = weak ? rnd(bt, eFirst) : eFirst;
    double last = weak ? rnd(bt, eLast) : eLast;
    double denom = weak ? eLast - eFirst : rnd(bt, last - first);
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
        double f = weak ? rnd(bt, v - first) / denom * n : rnd(bt, rnd(bt, rnd(bt, v - first) / denom) * n);
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
  public static NDArray sortedCounts(NDArray x, NDArray w, NDArray edges) {
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
  public static NDArray densityOf(NDArray counts, NDArray edges) {
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

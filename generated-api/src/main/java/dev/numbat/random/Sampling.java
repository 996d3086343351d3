package dev.numbat.random;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.Export;
import dev.numbat.backend.cpu.RandomFill;

/**
 * The pieces of {@code choice}, {@code permutation} and {@code shuffle} that RandomState and
 * Generator share: probability checks, the cdf search, sampling with p and without replacement,
 * Fisher-Yates with {@code random_interval}, and gathering along an axis.
 */
final class Sampling {
  private Sampling() {}

  /** A source of uniform doubles for n values (RandomState's {@code rand}, Generator's {@code random}). */
  interface Uniforms {
    double[] next(int n);
  }

  /** NumPy's checks on {@code p} (legacy wording when {@code legacy}), returning p as doubles. */
  static double[] probabilities(Object p, long popSize, boolean legacy) {
    double atol = Math.sqrt(Math.ulp(1.0));
    if (p instanceof NDArray x && x.dtype().isFloat()) {
      atol = Math.max(atol, Math.sqrt(eps(x.dtype())));
    }
    NDArray a = Copy.contiguous(Convert.asarray(p, DType.FLOAT64));
    if (a.ndim() != 1) {
      throw new ValueError(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional");
    }
    if (a.size() != popSize) {
      throw new ValueError(legacy ? "'a' and 'p' must have same size" : "a and p must have same size");
    }
    double[] d = Export.toDoubleArray(a);
    double sum = kahanSum(d);
    if (Double.isNaN(sum)) {
      throw new ValueError(legacy ? "probabilities contain NaN" : "Probabilities contain NaN");
    }
    for (double v : d) {
      if (v < 0) {
        throw new ValueError(legacy ? "probabilities are not non-negative" : "Probabilities are not non-negative");
      }
    }
    if (Math.abs(sum - 1.) > atol) {
      throw new ValueError(legacy ? "probabilities do not sum to 1"
          : "Probabilities do not sum to 1. See Notes section of docstring for more information.");
    }
    return d;
  }

  private static double eps(DType d) {
    return switch (d.name()) {
      case "float16" -> 0.0009765625;
      case "bfloat16" -> 0.0078125;
      case "float32" -> Math.ulp(1.0f);
      default -> Math.ulp(1.0);
    };
  }

  private static double kahanSum(double[] d) {
    if (d.length == 0) {
      return 0.0;
    }
    double sum = d[0];
    double c = 0.0;
    for (int i = 1; i < d.length; i++) {
      double y = d[i] - c;
      double t = sum + y;
      c = (t - sum) - y;
      sum = t;
    }
    return sum;
  }

  /** {@code cumsum(p) / cumsum(p)[-1]}, summed left to right as NumPy's cumsum. */
  static double[] cdf(double[] p) {
    double[] c = new double[p.length];
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      s += p[i];
      c[i] = s;
    }
    double last = c[c.length - 1];
    for (int i = 0; i < c.length; i++) {
      c[i] /= last;
    }
    return c;
  }

  /** {@code searchsorted(cdf, u, side='right')}: the number of entries <= u. */
  static long searchRight(double[] cdf, double u) {
    int lo = 0;
    int hi = cdf.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] <= u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Sampling with p and without replacement: redraw for the missing values, zeroing found ones. */
  static long[] withoutReplacement(double[] p0, int size, Uniforms rand) {
    double[] p = p0.clone();
    int nonzero = 0;
    for (double v : p) {
      if (v > 0) {
        nonzero++;
      }
    }
    if (nonzero < size) {
      throw new ValueError("Fewer non-zero entries in p than size");
    }
    long[] found = new long[size];
    int nUniq = 0;
    while (nUniq < size) {
      double[] x = rand.next(size - nUniq);
      for (int i = 0; i < nUniq; i++) {
        p[(int) found[i]] = 0;
      }
      double[] cdf = cdf(p);
      // unique values in order of first occurrence
      java.util.LinkedHashSet<Long> fresh = new java.util.LinkedHashSet<>();
      for (double u : x) {
        fresh.add(searchRight(cdf, u));
      }
      for (long v : fresh) {
        found[nUniq++] = v;
      }
    }
    return found;
  }

  /** Fisher-Yates over {@code n} items from the end, NumPy's {@code _shuffle_raw}: the swaps to apply in order. */
  static long[] shuffleIndex(BitGenerator g, int n) {
    long[] idx = new long[Math.max(n, 0)];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    for (int i = n - 1; i >= 1; i--) {
      int j = (int) Distributions.interval(g, i);
      long t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    return idx;
  }

  /** The int64 array 0..n-1. */
  static NDArray arange(long n) {
    long[] d = new long[(int) Math.max(n, 0)];
    for (int i = 0; i < d.length; i++) {
      d[i] = i;
    }
    return RandomFill.int64(new int[] {d.length}, d);
  }

  /** {@code a.take(idx, axis)} with idx of shape {@code idxShape}: the result has idxShape in place of the axis. */
  static NDArray take(NDArray a, long[] idx, int[] idxShape, int axis) {
    return RandomFill.take(a, RandomFill.int64(idxShape, idx), axis);
  }

  /** {@code a.take(idx, axis)} for an int64 array of indices: the result has its shape in place of the axis. */
  static NDArray take(NDArray a, NDArray idx, int axis) {
    return RandomFill.take(a, idx, axis);
  }
}

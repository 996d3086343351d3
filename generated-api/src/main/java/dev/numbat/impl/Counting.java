package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.kernels.cpu.Half;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.HostScalars;
import dev.numbat.backend.cpu.NanToNumKernel;
import dev.numbat.backend.cpu.StridedViews;

/**
 * bincount, digitize, trim_zeros and nan_to_num ({@code op-specs/ops/counting.yaml}): NumPy 2's
 * _function_base_impl / multiarray versions, with NumPy's input checks and messages.
 */
public final class Counting {
  private Counting() {}

  // ---------------------------------------------------------------- bincount

  public static NDArray bincount(Object x, Object weights, int minlength) {
    NDArray arr = Convert.asarray(x, null);
    // NumPy converts a Python sequence straight to intp, so an empty list is an empty int array;
    // an array keeps its dtype and must cast safely to int64.
    boolean emptySequence = !(x instanceof NDArray) && arr.size() == 0;
    checkOneD(arr);
    if (!emptySequence && (arr.dtype().isInexact())) {
      throw new TypeError("Cannot cast array data from dtype('" + arr.dtype().name()
          + "') to dtype('int64') according to the rule 'safe'");
    }
    if (minlength < 0) {
      throw new ValueError("'minlength' must not be negative");
    }
    int n = arr.size();
    long[] v = emptySequence ? new long[n] : HostArrays.longs(arr);
    long max = -1;
    for (int i = 0; i < n; i++) {
      long e = v[i];
      if (e < 0) {
        throw new ValueError("'list' argument must have no negative elements");
      }
      max = Math.max(max, e);
    }
    if (max >= Integer.MAX_VALUE - 8) {
      throw new ValueError("Maximum allowed size exceeded");
    }
    int len = (int) Math.max(max + 1, minlength);
    if (weights == null) {
      long[] out = new long[len];
      for (long e : v) {
        out[(int) e]++;
      }
      return HostArrays.int64(out);
    }
    NDArray w = Convert.asarray(weights, null);
    if (w.dtype().isComplex()) {
      throw new TypeError("Cannot cast array data from dtype('" + w.dtype().name()
          + "') to dtype('float64') according to the rule 'safe'");
    }
    checkOneD(w);
    if (w.size() != n) {
      throw new ValueError("The weights and list don't have the same length.");
    }
    double[] out = new double[len];
    double[] wv = HostScalars.doubles(w, false);
    for (int i = 0; i < n; i++) {
      out[(int) v[i]] += wv[i];
    }
    return HostArrays.float64(new int[] {len}, out);
  }

  private static void checkOneD(NDArray a) {
    if (a.ndim() == 0) {
      throw new ValueError("object of too small depth for desired array");
    }
    if (a.ndim() > 1) {
      throw new ValueError("object too deep for desired array");
    }
  }

  // ---------------------------------------------------------------- digitize

  public static NDArray digitize(Object x, Object bins, boolean right) {
    NDArray xa = Convert.asarray(x, null);
    NDArray b = Convert.asarray(bins, null);
    if (xa.dtype().isComplex()) {
      throw new TypeError("x may not be complex");
    }
    int mono = monotonicity(b);
    if (mono == 0) {
      throw new ValueError("bins must be monotonically increasing or decreasing");
    }
    String side = right ? "left" : "right";
    if (mono == 1) {
      return Sorting.searchsorted(b, xa, side, null);
    }
    int n = b.size();
    int s = b.stridesRef()[0];
    NDArray reversed = StridedViews.view(b, new int[] {n}, new int[] {-s}, b.offset() + (n - 1) * s);
    return Np.subtract((long) n, Sorting.searchsorted(reversed, xa, side, null));
  }

  /** NumPy's check_array_monotonic on bins as float64: 1 increasing, -1 decreasing, 0 neither. */
  private static int monotonicity(NDArray b) {
    if (b.dtype().isComplex()) {
      throw new TypeError("Cannot cast array data from dtype('" + b.dtype().name()
          + "') to dtype('float64') according to the rule 'safe'");
    }
    checkOneD(b);
    int n = b.size();
    double[] v = HostScalars.doubles(b, false);
    int i = 1;
    while (i < n && v[i] == v[i - 1]) {
      i++;
    }
    if (i >= n) {
      return 1;
    }
    double last = v[i - 1];
    double next = v[i];
    if (last < next) {
      for (i++; i < n; i++) {
        last = next;
        next = v[i];
        if (last > next) {
          return 0;
        }
      }
      return 1;
    }
    {
      // NumPy's check: anything but "last < next" (a NaN included) is taken as decreasing.
      for (i++; i < n; i++) {
        last = next;
        next = v[i];
        if (last < next) {
          return 0;
        }
      }
      return -1;
    }
  }

  // ---------------------------------------------------------------- trim_zeros

  /** NumPy 2: trims every axis to the bounding box of the nonzero elements (a view). */
  public static NDArray trimZeros(Object filt, String trim) {
    NDArray a = Convert.asarray(filt, null);
    String t = trim == null ? "" : trim.toLowerCase();
    if (!t.equals("fb") && !t.equals("bf") && !t.equals("f") && !t.equals("b")) {
      throw new ValueError("unexpected character(s) in `trim`: '" + trim + "'");
    }
    int nd = a.ndim();
    int[] shape = a.shapeRef();
    int[] strides = a.stridesRef();
    int[] lo = new int[nd];
    int[] hi = new int[nd];
    java.util.Arrays.fill(lo, Integer.MAX_VALUE);
    java.util.Arrays.fill(hi, -1);
    boolean any = false;
    int size = a.size();
    int[] idx = new int[nd];
    boolean[] nonzero = HostArrays.truth(a);
    for (int k = 0; k < size; k++) {
      if (nonzero[k]) {
        any = true;
        for (int j = 0; j < nd; j++) {
          lo[j] = Math.min(lo[j], idx[j]);
          hi[j] = Math.max(hi[j], idx[j]);
        }
      }
      for (int j = nd - 1; j >= 0; j--) {
        if (++idx[j] < shape[j]) {
          break;
        }
        idx[j] = 0;
      }
    }
    int[] newShape = new int[nd];
    int off = a.offset();
    for (int j = 0; j < nd; j++) {
      int start;
      int stop;
      if (!any) {
        start = 0;
        stop = 0;
      } else {
        start = t.contains("f") ? lo[j] : 0;
        stop = t.contains("b") ? hi[j] + 1 : shape[j];
      }
      newShape[j] = stop - start;
      off += start * strides[j];
    }
    return StridedViews.view(a, newShape, strides.clone(), off);
  }

  // ---------------------------------------------------------------- nan_to_num

  /**
   * A copy with NaN replaced by {@code nan} and infinities by {@code posinf}/{@code neginf}
   * (default: the dtype's largest finite magnitude), each cast to the dtype as NumPy's copyto
   * does; complex parts are treated separately. NDArrays are immutable, so {@code copy=False}
   * also returns a new array.
   */
  public static NDArray nanToNum(Object x, boolean copy, double nan, Double posinf, Double neginf) {
    NDArray a = Convert.asarray(x, null);
    DType d = a.dtype();
    if (!d.isInexact()) {
      return Copy.copy(a);
    }
    DType real = d.realType();
    double max = switch (real.ordinal()) {
      case 9 -> 65504.0;
      case 10 -> Half.bf16ToFloat((short) 0x7F7F);
      case 11 -> Float.MAX_VALUE;
      default -> Double.MAX_VALUE;
    };
    double pos = posinf == null ? max : posinf;
    double neg = neginf == null ? -max : neginf;
    return NanToNumKernel.replace(a, nan, pos, neg);
  }
}

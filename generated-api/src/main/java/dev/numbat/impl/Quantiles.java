package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.OverflowError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.HostScalars;
import dev.numbat.backend.cpu.QuantileKernels;
import dev.numbat.backend.cpu.StridedViews;
import java.util.List;

/**
 * median, quantile, percentile and their nan-versions ({@code op-specs/ops/order_statistics.yaml}),
 * following NumPy 2's {@code _quantile}: each lane is stably sorted (NaN last), the virtual index of
 * the method picks the neighbours, and {@code _lerp} combines them with NumPy's dtypes and rounding
 * steps (a Python float q is weak, so a float16 array gives float16 computed in float16).
 */
public final class Quantiles {
  private Quantiles() {}

  private static final List<String> METHODS = List.of("inverted_cdf", "averaged_inverted_cdf", "closest_observation",
      "interpolated_inverted_cdf", "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower",
      "higher", "midpoint", "nearest");

  /**
   * The reduced axes moved last as a fresh contiguous (rows, n) table and its stable argsort along
   * the lanes (int64, NaN last); {@code shape}: the result shape of one q.
   */
  private record Lanes(NDArray t, NDArray perm, int rows, int n, int[] shape) {}

  private static Lanes lanes(NDArray x, int[] axis, boolean keepdims) {
    int nd = x.ndim();
    if (nd == 0 && axis != null && axis.length > 0) {
      // NumPy's _ureduce normalizes the axis itself: a 0-d array has none
      throw new dev.numbat.errors.AxisError(axis[0], 0);
    }
    boolean[] red = Shapes.axisMask(axis, nd);
    int[] perm = new int[nd];
    int k = 0;
    int nKeep = 0;
    for (int i = 0; i < nd; i++) {
      if (!red[i]) {
        perm[k++] = i;
        nKeep++;
      }
    }
    for (int i = 0; i < nd; i++) {
      if (red[i]) {
        perm[k++] = i;
      }
    }
    int[] shp = new int[nd];
    int[] st = new int[nd];
    for (int i = 0; i < nd; i++) {
      shp[i] = x.shapeRef()[perm[i]];
      st[i] = x.stridesRef()[perm[i]];
    }
    NDArray t = Copy.copy(StridedViews.view(x, shp, st, x.offset()));
    int rows = 1;
    for (int i = 0; i < nKeep; i++) {
      rows *= shp[i];
    }
    int n = 1;
    for (int i = nKeep; i < nd; i++) {
      n *= shp[i];
    }
    int[] out;
    if (keepdims) {
      out = new int[nd];
      for (int i = 0; i < nd; i++) {
        out[i] = red[i] ? 1 : x.shapeRef()[i];
      }
    } else {
      out = java.util.Arrays.copyOf(shp, nKeep);
    }
    NDArray table = StridedViews.view(t, new int[] {rows, n}, new int[] {n, 1}, t.offset());
    return new Lanes(table, dev.numbat.backend.cpu.SortKernels.argsortAlong(table, 1), rows, n, out);
  }

  // ---------------------------------------------------------------- median

  public static NDArray median(Object a, int[] axis, boolean keepdims) {
    return median(Convert.asarray(a, null), axis, keepdims, false, false);
  }

  public static NDArray nanmedian(Object a, int[] axis, boolean keepdims) {
    NDArray x = Convert.asarray(a, null);
    return median(x, axis, keepdims, x.dtype().isInexact(), axis == null || x.ndim() == 1);
  }

  /** NumPy's median: the mean of the middle one or two (a float16 mean sums in float32); NaN lanes give their NaN. */
  private static NDArray median(NDArray x, int[] axis, boolean keepdims, boolean dropNan, boolean whole) {
    Lanes l = lanes(x, axis, keepdims);
    return QuantileKernels.median(l.t(), l.perm(), l.rows(), l.n(), l.shape(), dropNan, whole);
  }

  // ---------------------------------------------------------------- quantile, percentile

  public static NDArray quantile(Object a, Object q, int[] axis, String method, boolean keepdims) {
    return quantile(a, q, axis, method, keepdims, false);
  }

  /** NumPy's percentile: quantile(a, true_divide(q, 100)), with its own range error. */
  public static NDArray percentile(Object a, Object q, int[] axis, String method, boolean keepdims) {
    return Np.quantile(a, percentQ(a, q, axis), axis, method, keepdims);
  }

  public static NDArray nanquantile(Object a, Object q, int[] axis, String method, boolean keepdims) {
    return quantile(a, q, axis, method, keepdims, true);
  }

  /** NumPy's nanpercentile: nanquantile(a, true_divide(q, 100)), with its own range error. */
  public static NDArray nanpercentile(Object a, Object q, int[] axis, String method, boolean keepdims) {
    return Np.nanquantile(a, percentQ(a, q, axis), axis, method, keepdims);
  }

  /**
   * q / 100 for percentile and nanpercentile, after the checks quantile makes before its range
   * check (in its order), then the range check with percentile's message. A Java number q stays a
   * weak Java Double (divided in float64); an array q is np.true_divide(q, 100): an integer or
   * bool q becomes float64, a float one keeps its dtype.
   */
  private static Object percentQ(Object a, Object q, int[] axis) {
    NDArray x = Np.asarray(a);
    if (x.dtype().isComplex()) {
      throw new TypeError("a must be an array of real numbers");
    }
    boolean weak = q instanceof Double || q instanceof Float || q instanceof Long || q instanceof Integer;
    NDArray qa = Np.asarray(q);
    if (qa.dtype().isComplex()) {
      throw new TypeError("ufunc 'floor' not supported for the input types, and the inputs could not be safely "
          + "coerced to any supported types according to the casting rule ''safe''");
    }
    if (x.ndim() == 0 && axis != null && axis.length > 0) {
      throw new dev.numbat.errors.AxisError(axis[0], 0);
    }
    Shapes.axisMask(axis, x.ndim());
    if (weak) {
      double v = ((Number) q).doubleValue() / 100;
      if (!(v >= 0 && v <= 1)) {
        throw new ValueError("Percentiles must be in the range [0, 100]");
      }
      return v;
    }
    NDArray qq = Np.trueDivide(qa, 100L);
    if (!(Boolean) Np.all(Np.logicalAnd(Np.greaterEqual(qq, 0L), Np.lessEqual(qq, 1L))).item()) {
      throw new ValueError("Percentiles must be in the range [0, 100]");
    }
    return qq;
  }

  /** The length of the lanes that axis reduces: the size of the reduced axes (all of them for null). */
  private static int laneLength(NDArray x, int[] axis) {
    boolean[] red = Shapes.axisMask(axis, x.ndim());
    int n = 1;
    for (int i = 0; i < x.ndim(); i++) {
      if (red[i]) {
        n *= x.shapeRef()[i];
      }
    }
    return n;
  }

  private static NDArray quantile(Object a, Object q, int[] axis, String method, boolean keepdims, boolean nan) {
    NDArray x = Convert.asarray(a, null);
    if (x.dtype().isComplex()) {
      throw new TypeError("a must be an array of real numbers");
    }
    // NumPy 2: a Python int or float q is weak (the result keeps a float input's dtype)
    boolean weak = q instanceof Double || q instanceof Float || q instanceof Long || q instanceof Integer;
    NDArray qa = Convert.asarray(q, null);
    if (qa.dtype().isComplex()) {
      throw new TypeError("ufunc 'floor' not supported for the input types, and the inputs could not be safely "
          + "coerced to any supported types according to the casting rule ''safe''");
    }
    if (x.ndim() == 0 && axis != null && axis.length > 0) {
      throw new dev.numbat.errors.AxisError(axis[0], 0);
    }
    Shapes.axisMask(axis, x.ndim());
    // a Python int q is an int64 0-d array in NumPy (integer indices for 'linear'), a float one float64
    DType g = weak ? (q instanceof Long || q instanceof Integer ? DType.INT64 : DType.FLOAT64) : qa.dtype();
    boolean intQ = g.isInteger() || g.isBool();
    double[] qs = HostScalars.doubles(qa, false);
    for (double v : qs) {
      if (!(v >= 0 && v <= 1)) {
        throw new ValueError("Quantiles must be in the range [0, 1]");
      }
    }
    if (qa.ndim() > 2) {
      throw new ValueError("q must be a scalar or 1d");
    }
    if (!METHODS.contains(method)) {
      throw new ValueError("'" + method + "' is not a valid method. Use one of: dict_keys(['"
          + String.join("', '", METHODS) + "'])");
    }
    DType d = x.dtype();
    boolean discrete = method.equals("lower") || method.equals("higher") || method.equals("nearest")
        || method.equals("inverted_cdf") || method.equals("closest_observation")
        || (method.equals("linear") && intQ);
    if (nan && x.size() == 0) {
      // NumPy's nanquantile of an empty array is np.nanmean(a, axis, keepdims): NaN, no q axes
      Lanes l = lanes(x, axis, keepdims);
      return QuantileKernels.nanFilled(d.isInexact() ? d : DType.FLOAT64, l.shape());
    }
    int n = laneLength(x, axis);
    if (!weak && n == 0 && g.isUnsigned() && (method.equals("linear") || method.equals("lower")
        || method.equals("higher") || method.equals("midpoint") || method.equals("nearest"))) {
      // these methods' virtual index is (n - 1) * q: the Python int -1 meets an unsigned q array
      throw new OverflowError("Python integer -1 out of bounds for " + g.name());
    }
    if (!weak && method.equals("linear") && g == DType.UINT64 && d.isInexact() && n > 0) {
      // NumPy partitions at concatenate((uint64 indices, [-1])), which is float64
      throw new TypeError("Partition index must be integer");
    }
    // averaged_inverted_cdf, interpolated_inverted_cdf and weibull keep an integer q's virtual index
    // integer (n * q - 1, (n + 1) * q - 1): an unsigned one wraps below 0 or reaches n - 1, and
    // _get_indexes then stores -1 into it
    boolean intIndex = !weak && intQ && (method.equals("averaged_inverted_cdf")
        || method.equals("interpolated_inverted_cdf") || method.equals("weibull"));
    if (intIndex && g.isUnsigned() && qa.size() > 0) {
      throw new OverflowError("Python integer -1 out of bounds for " + g.name());
    }
    if (!weak && g.isUnsigned() && g != DType.UINT64 && n > 0
        && (method.equals("inverted_cdf") || method.equals("closest_observation"))) {
      // their index n * q - 1 of an unsigned q of 0 wraps to the dtype's largest value, which
      // partition refuses (uint64's becomes -1 as intp, which NumPy clips to 0; an empty axis
      // partitions without checking)
      for (double v : qs) {
        if (v == 0) {
          throw new ValueError("kth(=" + ((1L << (8 * g.itemsize())) - 1) + ") out of bounds (" + n + ")");
        }
      }
    }
    if (n == 0) {
      // NumPy reads the last element of every lane (NaN check) for inexact a, then takes or indexes
      if (d.isInexact()) {
        throw new IndexError("index -1 is out of bounds for axis 0 with size 0");
      }
      if (qa.size() > 0) {
        throw new IndexError(discrete ? "cannot do a non-empty take from an empty axes."
            : "index -1 is out of bounds for axis 0 with size 0");
      }
    }
    if (!discrete && d.isBool()) {
      throw new TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
          + "the `^` operator, or the logical_xor function instead.");
    }
    DType rd = discrete ? d : weak ? (d.isFloat() ? d : DType.FLOAT64) : Promotion.promoteTypes(d, g.isFloat() ? g : DType.FLOAT64);
    if (!discrete && !rd.isFloat()) {
      rd = DType.FLOAT64;
    }
    Lanes l = lanes(x, axis, keepdims);
    int[] shape = new int[qa.ndim() + l.shape().length];
    System.arraycopy(qa.shapeRef(), 0, shape, 0, qa.ndim());
    System.arraycopy(l.shape(), 0, shape, qa.ndim(), l.shape().length);
    if (intIndex) {
      // q is 0 or 1: the first or last of each lane (prev == next), and _lerp's integer gamma keeps
      // the dtype that a and the index (bool q: int64) promote to
      DType to = Promotion.promoteTypes(d, g.isBool() ? DType.INT64 : g);
      return n == 0 ? Np.zeros(shape, to)
          : dev.numbat.backend.cpu.Cast.to(quantile(x, qa, axis, "lower", keepdims, nan), to);
    }
    if (n == 0) {
      // an empty q of empty lanes (the checks above): NumPy's take or _lerp of nothing
      return Np.zeros(shape, rd);
    }
    return QuantileKernels.quantile(l.t(), l.perm(), l.rows(), n, shape, qs, method, discrete, g, rd, weak, nan);
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.kernels.cpu.Half;
import dev.numbat.runtime.Convert;
import dev.numbat.runtime.Copy;
import dev.numbat.runtime.Promotion;
import dev.numbat.runtime.Shapes;
import dev.numbat.runtime.Storage;
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

  /** The reduced axes moved last as a contiguous (rows, n) table; {@code shape}: the result shape of one q. */
  private record Lanes(NDArray t, int rows, int n, int[] shape) {}

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
    NDArray t = Copy.copy(new NDArray(x.dtype(), shp, st, x.offset(), x.data(), false));
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
    return new Lanes(t, rows, n, out);
  }

  /** Sorted positions of lane r and its count of non-NaN elements (NaNs sort last). */
  private static int sortLane(Lanes l, int r, int[] perm, SortKeys.Scratch s) {
    DType d = l.t().dtype();
    SortKeys.argsortLane(l.t().data(), d, r * l.n(), 1, l.n(), perm, s);
    if (!d.isInexact()) {
      return l.n();
    }
    int m = l.n();
    while (m > 0 && isNan(l.t(), r * l.n() + perm[m - 1])) {
      m--;
    }
    return m;
  }

  private static boolean isNan(NDArray t, int i) {
    double re = Storage.getDouble(t.data(), t.dtype(), i);
    double im = Storage.getImag(t.data(), t.dtype(), i);
    return re != re || im != im;
  }

  /** v rounded to dtype d (float dtypes; others unchanged), as NumPy's step in that dtype. */
  private static double rnd(double v, DType d) {
    return switch (d.ordinal()) {
      case 9 -> Half.f16ToFloat(Half.doubleToF16(v));
      case 10 -> Half.bf16ToFloat(Half.floatToBf16((float) v));
      case 11 -> (float) v;
      default -> v;
    };
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
    DType d = x.dtype();
    DType rd = d.isInexact() ? d : DType.FLOAT64;
    NDArray out = NDArray.allocate(rd, l.shape());
    int n = l.n();
    int[] perm = new int[n];
    SortKeys.Scratch s = new SortKeys.Scratch(d.isComplex());
    Object td = l.t().data();
    for (int r = 0; r < l.rows(); r++) {
      int m = sortLane(l, r, perm, s);
      int base = r * n;
      double re;
      double im = 0;
      if (n == 0 || (dropNan && m == 0)) {
        re = Double.NaN;
        im = d.isComplex() ? Double.NaN : 0;
        if (n > 0) {
          // nanmedian: NumPy's 1-d path returns the all-NaN lane's last element, its axis path np.nan
          im = whole ? Storage.getImag(td, d, base + n - 1) : 0;
          re = whole ? Storage.getDouble(td, d, base + n - 1) : Double.NaN;
        }
      } else if (!dropNan && m < n) {
        // NumPy's _median_nancheck writes np.nan (for complex nan+0j)
        re = Double.NaN;
      } else {
        int h = m / 2;
        if (m % 2 == 1) {
          re = Storage.getDouble(td, d, base + perm[h]);
          im = Storage.getImag(td, d, base + perm[h]);
        } else {
          int i0 = base + perm[h - 1];
          int i1 = base + perm[h];
          DType acc = d.isHalf() ? DType.FLOAT32 : d.isComplex() ? d.realType() : rd;
          re = rnd(rnd(Storage.getDouble(td, d, i0) + Storage.getDouble(td, d, i1), acc) / 2, acc);
          im = rnd(rnd(Storage.getImag(td, d, i0) + Storage.getImag(td, d, i1), acc) / 2, acc);
        }
      }
      Storage.setComplex(out.data(), rd, r, re, im);
    }
    return out;
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
    NDArray qc = Copy.contiguous(qa);
    double[] qs = new double[qc.size()];
    for (int i = 0; i < qs.length; i++) {
      qs[i] = Storage.getDouble(qc.data(), qc.dtype(), qc.offset() + i);
    }
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
    if (!discrete && d.isBool()) {
      throw new TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
          + "the `^` operator, or the logical_xor function instead.");
    }
    DType rd = discrete ? d : weak ? (d.isFloat() ? d : DType.FLOAT64) : Promotion.promoteTypes(d, g.isFloat() ? g : DType.FLOAT64);
    if (!discrete && !rd.isFloat()) {
      rd = DType.FLOAT64;
    }
    if (nan && x.size() == 0) {
      // NumPy's nanquantile of an empty array is np.nanmean(a, axis, keepdims): NaN, no q axes
      Lanes l = lanes(x, axis, keepdims);
      NDArray out = NDArray.allocate(d.isInexact() ? d : DType.FLOAT64, l.shape());
      for (int i = 0; i < out.size(); i++) {
        Storage.setDouble(out.data(), out.dtype(), i, Double.NaN);
      }
      return out;
    }
    Lanes l = lanes(x, axis, keepdims);
    int n = l.n();
    if (n == 0) {
      throw new IndexError("index -1 is out of bounds for axis 0 with size 0");
    }
    int[] shape = new int[qa.ndim() + l.shape().length];
    System.arraycopy(qa.shapeRef(), 0, shape, 0, qa.ndim());
    System.arraycopy(l.shape(), 0, shape, qa.ndim(), l.shape().length);
    NDArray out = NDArray.allocate(rd, shape);
    int[] perm = new int[n];
    SortKeys.Scratch s = new SortKeys.Scratch(false);
    Object td = l.t().data();
    Object od = out.data();
    int w = d.isComplex() ? 2 : 1;
    for (int r = 0; r < l.rows(); r++) {
      int m = sortLane(l, r, perm, s);
      boolean lanNan = m < n;
      int base = r * n;
      int cnt = nan ? m : n;
      for (int qi = 0; qi < qs.length; qi++) {
        int o = qi * l.rows() + r;
        if ((lanNan && !nan) || cnt == 0) {
          Storage.setDouble(od, rd, o, Double.NaN);
          continue;
        }
        double qv = qs[qi];
        if (discrete) {
          int idx = discreteIndex(method, cnt, qv);
          System.arraycopy(td, (base + perm[idx]) * w, od, o * w, w);
          continue;
        }
        // continuous methods: virtual index and gamma in q's precision (float64 for a weak q)
        double vi = virtualIndex(method, cnt, qv, g);
        double fl = Math.floor(vi);
        int prev = (int) fl;
        int next = prev + 1;
        if (vi >= cnt - 1) {
          prev = cnt - 1;
          next = cnt - 1;
        }
        if (vi < 0) {
          prev = 0;
          next = 0;
        }
        double gamma = rnd(vi - fl, g);
        if (method.equals("midpoint")) {
          gamma = vi % 1 == 0 ? 0 : 0.5;
        } else if (method.equals("averaged_inverted_cdf")) {
          gamma = gamma == 0 ? 0.5 : 1;
        }
        int ia = base + perm[prev];
        int ib = base + perm[next];
        Storage.setDouble(od, rd, o, lerp(td, d, ia, ib, gamma, g, rd, weak));
      }
    }
    return out;
  }

  /** Index into the sorted valid elements for the methods that pick one element. */
  private static int discreteIndex(String method, int n, double q) {
    double idx = switch (method) {
      case "lower" -> Math.floor((n - 1) * q);
      case "higher" -> Math.ceil((n - 1) * q);
      case "nearest" -> Math.rint((n - 1) * q);
      case "linear" -> (n - 1) * q;
      case "inverted_cdf" -> {
        double v = n * q - 1;
        double p = Math.floor(v);
        yield v - p == 0 ? p : p + 1;
      }
      default -> {
        double v = n * q - 1 - 0.5;
        double p = Math.floor(v);
        yield (v - p == 0) && (Math.floorMod((long) p, 2) == 1) ? p : p + 1;
      }
    };
    return (int) Math.min(Math.max(idx, 0), n - 1);
  }

  private static double virtualIndex(String method, int n, double q, DType g) {
    return switch (method) {
      case "linear" -> rnd((n - 1) * q, g);
      case "midpoint" -> {
        double v = rnd((n - 1) * q, g);
        yield rnd(0.5 * (Math.floor(v) + Math.ceil(v)), g);
      }
      case "averaged_inverted_cdf" -> rnd(rnd(n * q, g) - 1, g);
      case "hazen" -> virtual(n, q, 0.5, 0.5, g);
      case "weibull" -> virtual(n, q, 0, 0, g);
      case "median_unbiased" -> virtual(n, q, 1 / 3.0, 1 / 3.0, g);
      case "normal_unbiased" -> virtual(n, q, 3 / 8.0, 3 / 8.0, g);
      default -> virtual(n, q, 0, 1, g);
    };
  }

  /** NumPy's _compute_virtual_index: n*q + (alpha + q*(1-alpha-beta)) - 1, each step in q's dtype. */
  private static double virtual(int n, double q, double alpha, double beta, DType g) {
    return rnd(rnd(rnd(n * q, g) + rnd(alpha + rnd(q * (1 - alpha - beta), g), g), g) - 1, g);
  }

  /**
   * NumPy's _lerp: diff = b - a in a's dtype (integers wrap), then a + diff*t, or b - diff*(1-t)
   * where t >= 0.5, each step rounded to the result dtype.
   */
  private static double lerp(Object td, DType d, int ia, int ib, double t, DType g, DType rd, boolean weak) {
    double av = Storage.getDouble(td, d, ia);
    double bv = Storage.getDouble(td, d, ib);
    double diff;
    if (d.isInteger()) {
      long dl = Storage.getLong(td, d, ib) - Storage.getLong(td, d, ia);
      diff = switch (d.ordinal()) {
        case 1 -> (byte) dl;
        case 5 -> dl & 0xFF;
        case 2 -> (short) dl;
        case 6 -> dl & 0xFFFF;
        case 3 -> (int) dl;
        case 7 -> dl & 0xFFFF_FFFFL;
        case 8 -> Storage.unsignedToDouble(dl);
        default -> dl;
      };
    } else {
      diff = rnd(bv - av, d);
    }
    if (t >= 0.5) {
      double omt = weak ? 1 - t : rnd(1 - t, g);
      return rnd(bv - rnd(diff * omt, rd), rd);
    }
    return rnd(av + rnd(diff * t, rd), rd);
  }
}

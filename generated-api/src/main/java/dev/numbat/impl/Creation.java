package dev.numbat.impl;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.errors.ZeroDivisionError;
import dev.numbat.kernels.cpu.Half;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.CreationKernels;
import dev.numbat.backend.cpu.HostScalars;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.StorageSharing;
import dev.numbat.backend.cpu.StridedViews;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/** Array creation: the implementations behind the creation op specs. */
public final class Creation {
  private Creation() {}

  private static DType or(DType d, DType def) {
    return d == null ? def : d;
  }

  // ------------------------------------------------------------------ filled arrays

  public static NDArray zeros(int[] shape, DType dtype) {
    return NDArray.allocate(or(dtype, DType.FLOAT64), Convert.shapeArg(shape));
  }

  /** Java arrays start zeroed, so {@code empty} is {@code zeros}: same cost, deterministic. */
  public static NDArray empty(int[] shape, DType dtype) {
    return Np.zeros(shape, dtype);
  }

  public static NDArray ones(int[] shape, DType dtype) {
    return Np.full(shape, 1L, or(dtype, DType.FLOAT64));
  }

  /**
   * {@code np.full}: the fill value's dtype unless {@code dtype} is given (a Java int gives
   * int64, a double float64, a boolean bool). A Java integer that does not fit {@code dtype} is
   * NumPy 2's OverflowError; an array fill value broadcasts to {@code shape}.
   */
  public static NDArray full(int[] shape, Object fillValue, DType dtype) {
    int[] s = Convert.shapeArg(shape);
    NDArray v = fillValue(fillValue, dtype);
    if (v.ndim() == 0) {
      return CreationKernels.filled(s, v);
    }
    int[] b;
    try {
      b = Shapes.broadcast(v.shapeRef(), s);
    } catch (ValueError e) {
      b = null;
    }
    if (b == null || !Arrays.equals(b, s)) {
      throw new ValueError("could not broadcast input array from shape " + Shapes.str(v.shapeRef())
          + " into shape " + Shapes.str(s));
    }
    return Copy.copy(StridedViews.broadcast(v, s));
  }

  /** The fill value converted to the target dtype: Java numbers as NEP 50 weak scalars. */
  private static NDArray fillValue(Object f, DType dtype) {
    NDArray w = Scalars.weakOrNull(f);
    if (w != null) {
      return dtype == null ? w.strong() : Cast.to(w, dtype).strong();
    }
    NDArray a = Convert.asarray(f, null);
    return dtype == null ? a : Cast.to(a, dtype);
  }

  public static NDArray emptyLike(Object prototype, DType dtype, int[] shape) {
    return Np.zerosLike(prototype, dtype, shape);
  }

  public static NDArray zerosLike(Object a, DType dtype, int[] shape) {
    NDArray x = Np.asarray(a);
    return Np.zeros(shape == null ? x.shape() : shape, or(dtype, x.dtype()));
  }

  public static NDArray onesLike(Object a, DType dtype, int[] shape) {
    NDArray x = Np.asarray(a);
    return Np.ones(shape == null ? x.shape() : shape, or(dtype, x.dtype()));
  }

  public static NDArray fullLike(Object a, Object fillValue, DType dtype, int[] shape) {
    NDArray x = Np.asarray(a);
    return Np.full(shape == null ? x.shape() : shape, fillValue, or(dtype, x.dtype()));
  }

  // ------------------------------------------------------------------ eye / identity / tri

  public static NDArray eye(int n, Integer m, int k, DType dtype) {
    int cols = m == null ? n : m;
    DType d = or(dtype, DType.FLOAT64);
    return CreationKernels.eye(d, Convert.shapeArg(new int[] {n, cols}), n, cols, k);
  }

  public static NDArray identity(int n, DType dtype) {
    return Np.eye(n, null, 0, dtype);
  }

  /** {@code np.tri}: ones at and below diagonal {@code k}; negative sizes give empty arrays. */
  public static NDArray tri(int n, Integer m, int k, DType dtype) {
    // NumPy: greater_equal.outer(arange(N), arange(-k, M - k)).astype(dtype)
    long rows = Math.max(n, 0);
    long cols = Math.max(m == null ? n : m, 0);
    NDArray i = Np.reshape(Np.arange(0L, rows, 1L, DType.INT64), (int) rows, 1);
    NDArray j = Np.arange(-(long) k, cols - k, 1L, DType.INT64);
    return Np.astype(Np.greaterEqual(i, j), or(dtype, DType.FLOAT64), false);
  }

  public static NDArray tril(Object m, int k) {
    return triangle(m, k, true);
  }

  public static NDArray triu(Object m, int k) {
    return triangle(m, k, false);
  }

  /**
   * NumPy's tril/triu over the last two axes: where(tri(rows, cols, k), m, 0) and
   * where(tri(rows, cols, k - 1), 0, m); a 1-d input broadcasts against the square mask.
   */
  private static NDArray triangle(Object m, int k, boolean lower) {
    NDArray x = Np.asarray(m);
    if (x.ndim() == 0) {
      throw new TypeError("tri() missing 1 required positional argument: 'N'");
    }
    int[] s = x.shapeRef();
    int rows = s.length == 1 ? s[0] : s[s.length - 2];
    int cols = s[s.length - 1];
    NDArray zero = Np.zeros(new int[] {1}, x.dtype());
    if (lower) {
      return Np.where(Np.tri(rows, cols, k, DType.BOOL), x, zero);
    }
    // k - 1 without wrapping: below Integer.MIN_VALUE + 1 the mask is empty either way
    return Np.where(Np.tri(rows, cols, k == Integer.MIN_VALUE ? k : k - 1, DType.BOOL), zero, x);
  }

  // ------------------------------------------------------------------ conversion

  /** {@code np.array}: always a new array (never shares storage with an input NDArray). */
  public static NDArray array(Object object, DType dtype, int ndmin) {
    NDArray r = Convert.asarray(object, dtype);
    if (object instanceof NDArray a && StorageSharing.sameStorage(r, a)) {
      r = Copy.copy(r);
    }
    int nd = r.ndim();
    if (ndmin > nd) {
      int[] s = new int[ndmin];
      int[] st = new int[ndmin];
      Arrays.fill(s, 1);
      System.arraycopy(r.shapeRef(), 0, s, ndmin - nd, nd);
      System.arraycopy(r.stridesRef(), 0, st, ndmin - nd, nd);
      r = StridedViews.view(r, s, st, r.offset());
    }
    return r;
  }

  public static NDArray asarray(Object a, DType dtype) {
    return Convert.asarray(a, dtype);
  }

  /** Numbat has no ndarray subclasses, so this is {@link #asarray}. */
  public static NDArray asanyarray(Object a, DType dtype) {
    return Np.asarray(a, dtype);
  }

  /** {@code np.ascontiguousarray}: C-contiguous, at least 1-d; no copy when already so. */
  public static NDArray ascontiguousarray(Object a, DType dtype) {
    NDArray r = Convert.asarray(a, dtype);
    if (r.ndim() == 0) {
      r = StridedViews.view(r, new int[] {1}, new int[] {1}, r.offset());
    }
    return Copy.contiguous(r);
  }

  public static NDArray copy(Object a) {
    return Copy.copy(Convert.asarray(a, null));
  }

  // ------------------------------------------------------------------ arange

  /** A Python number: the value with its kind (0 bool, 1 int, 2 float, 3 complex). */
  private record Num(int kind, BigInteger i, double re, double im, DType dtype) {
    static Num of(Object o) {
      Object v = o;
      DType d = null;
      if (o instanceof NDArray a) {
        if (a.ndim() != 0) {
          throw new TypeError("only 0-d arrays can be arange bounds or steps");
        }
        v = a.item();
        d = a.isWeak() ? null : a.dtype();
      }
      if (v instanceof Boolean b) {
        return new Num(0, BigInteger.valueOf(b ? 1 : 0), b ? 1 : 0, 0, d == null ? DType.BOOL : d);
      }
      if (v instanceof Double || v instanceof Float) {
        double x = ((Number) v).doubleValue();
        return new Num(2, null, x, 0, d == null ? DType.FLOAT64 : d);
      }
      if (v instanceof Complex c) {
        return new Num(3, null, c.re(), c.im(), d == null ? DType.COMPLEX128 : d);
      }
      if (v instanceof BigInteger b) {
        return new Num(1, b, b.doubleValue(), 0, d == null ? Convert.scalarDType(b) : d);
      }
      if (v instanceof Long && d == DType.UINT64) {
        BigInteger b = new BigInteger(Long.toUnsignedString((Long) v));
        return new Num(1, b, b.doubleValue(), 0, d);
      }
      if (v instanceof Number n) {
        long x = n.longValue();
        return new Num(1, BigInteger.valueOf(x), x, 0, d == null ? DType.INT64 : d);
      }
      throw new TypeError("unsupported type for arange: " + (o == null ? "None" : o.getClass().getName()));
    }

    boolean isInt() { return kind <= 1; }

    Num plus(Num o) {
      if (isInt() && o.isInt()) {
        BigInteger s = i.add(o.i);
        return new Num(1, s, s.doubleValue(), 0, null);
      }
      if (kind == 3 || o.kind == 3) {
        return new Num(3, null, re + o.re, im + o.im, null);
      }
      return new Num(2, null, re + o.re, 0, null);
    }

    /** This value as a Java scalar, for conversion with Python's rules. */
    Object boxed() {
      return switch (kind) {
        case 0, 1 -> i.bitLength() <= 63 ? (Object) i.longValue() : i;
        case 2 -> re;
        default -> new Complex(re, im);
      };
    }
  }

  private static int lengthFromDouble(double v) {
    if (Double.isNaN(v)) {
      throw new ValueError("arange: cannot compute length");
    }
    double c = Math.ceil(v);
    if (c > Integer.MAX_VALUE) {
      throw new ValueError("Maximum allowed size exceeded");
    }
    return c <= 0 ? 0 : (int) c;
  }

  /**
   * {@code np.arange(start, stop, step, dtype)}: length {@code ceil((stop - start) / step)};
   * values {@code start + i * delta} computed in the result dtype, where delta is
   * {@code dtype(start + step) - dtype(start)}, exactly as NumPy's fill does. Without dtype the
   * result is at least int64 (ints) and float64 for float arguments.
   */
  public static NDArray arange(Object start, Object stop, Object step, DType dtype) {
    if (stop == null) {
      stop = start;
      start = 0L;
    }
    Num a = Num.of(start);
    Num b = Num.of(stop);
    Num st = step == null ? Num.of(1L) : Num.of(step);
    DType d = dtype;
    if (d == null) {
      d = DType.INT64;
      for (Num n : new Num[] {a, b, st}) {
        d = Promotion.promoteTypes(d, n.dtype());
      }
    }
    int len;
    if (a.kind() == 3 || b.kind() == 3 || st.kind() == 3) {
      double dr = b.re() - a.re();
      double di = b.im() - a.im();
      Complex q = pyComplexDiv(dr, di, st.re(), st.im());
      len = Math.min(lengthFromDouble(q.re()), lengthFromDouble(q.im()));
    } else if (a.isInt() && b.isInt() && st.isInt()) {
      if (st.i().signum() == 0) {
        throw new ZeroDivisionError("division by zero");
      }
      BigDecimal q = new BigDecimal(b.i().subtract(a.i())).divide(new BigDecimal(st.i()), MathContext.DECIMAL128);
      len = lengthFromDouble(q.doubleValue());
    } else {
      if (st.re() == 0) {
        throw new ZeroDivisionError("float division by zero");
      }
      len = lengthFromDouble((b.re() - a.re()) / st.re());
    }
    if (d.isBool() && len > 2) {
      throw new TypeError("arange() is only supported for booleans when the result has at most length 2.");
    }
    return CreationKernels.arange(d, len, a.boxed(), len > 1 ? a.plus(st).boxed() : null);
  }

  /** Python's complex division (Smith's method, as CPython's _Py_c_quot). */
  private static Complex pyComplexDiv(double ar, double ai, double br, double bi) {
    double absBr = Math.abs(br);
    double absBi = Math.abs(bi);
    if (absBr == 0 && absBi == 0) {
      throw new ZeroDivisionError("complex division by zero");
    }
    if (absBr >= absBi) {
      double ratio = bi / br;
      double denom = br + bi * ratio;
      return new Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
    }
    double ratio = br / bi;
    double denom = br * ratio + bi;
    return new Complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }

  // ------------------------------------------------------------------ linspace family

  /** {@code v} rounded to dtype {@code d} (float16/bfloat16/float32/complex64 precision). */
  static double rnd(DType d, double v) {
    return switch (d.ordinal()) {
      case 11, 13 -> (float) v;
      case 9 -> Half.f16ToFloat(Half.doubleToF16(v));
      case 10 -> Half.bf16ToFloat(Half.floatToBf16((float) v));
      default -> v;
    };
  }

  /** Bounds of a linspace-like op broadcast against each other, as values in dtype {@code dt}. */
  private static final class Bounds {
    final int[] shape;
    final int m;
    final double[] sRe;
    final double[] sIm;
    final double[] eRe;
    final double[] eIm;

    Bounds(NDArray s, NDArray e, DType dt) {
      shape = Shapes.broadcast(s.shapeRef(), e.shapeRef());
      m = Shapes.size(shape);
      sRe = new double[m];
      sIm = new double[m];
      eRe = new double[m];
      eIm = new double[m];
      read(Cast.to(s, dt), sRe, sIm);
      read(Cast.to(e, dt), eRe, eIm);
    }

    private void read(NDArray x, double[] re, double[] im) {
      NDArray b = StridedViews.broadcast(x, shape);
      System.arraycopy(HostScalars.doubles(b, false), 0, re, 0, m);
      System.arraycopy(HostScalars.doubles(b, true), 0, im, 0, m);
    }
  }

  /** The dtype of a Python float (weak): float64, or float32 under preferFloat32. */
  private static DType weakFloat() {
    return Scalars.weak(1.0).dtype();
  }

  /**
   * NumPy's linspace arithmetic on (num, m) values in {@code dt}, every operation rounded to
   * {@code dt} as NumPy's ufuncs round: {@code arange(num) * step + start} (or
   * {@code arange(num) / div * delta + start} when a step underflows to 0), last row = stop.
   * Returns re (and im, for complex dt) row-major.
   */
  private static double[][] linspaceCore(Bounds bd, int num, boolean endpoint, DType dt) {
    int m = bd.m;
    int div = endpoint ? num - 1 : num;
    boolean cx = dt.isComplex();
    double[] re = new double[num * m];
    double[] im = cx ? new double[num * m] : null;
    double divD = rnd(dt, div);
    double[] dRe = new double[m];
    double[] dIm = new double[m];
    double[] sRe = new double[m];
    double[] sIm = new double[m];
    boolean anyZero = false;
    for (int j = 0; j < m; j++) {
      dRe[j] = rnd(dt, bd.eRe[j] - bd.sRe[j]);
      dIm[j] = cx ? rnd(dt, bd.eIm[j] - bd.sIm[j]) : 0;
      if (div > 0) {
        if (cx) {
          // NumPy divides complex by (div + 0j) through Smith's method: multiply by 1/div.
          double scl = rnd(dt, 1.0 / divD);
          sRe[j] = rnd(dt, rnd(dt, dRe[j] + rnd(dt, dIm[j] * 0.0)) * scl);
          sIm[j] = rnd(dt, rnd(dt, dIm[j] - rnd(dt, dRe[j] * 0.0)) * scl);
          anyZero |= sRe[j] == 0 && sIm[j] == 0;
        } else {
          sRe[j] = rnd(dt, dRe[j] / divD);
          anyZero |= sRe[j] == 0;
        }
      }
    }
    double scl = cx ? rnd(dt, 1.0 / divD) : 0;
    for (int i = 0; i < num; i++) {
      double y = rnd(dt, i);
      for (int j = 0; j < m; j++) {
        int k = i * m + j;
        if (!cx) {
          double v;
          if (div > 0) {
            v = anyZero ? rnd(dt, rnd(dt, y / divD) * dRe[j]) : rnd(dt, y * sRe[j]);
          } else {
            v = rnd(dt, y * dRe[j]);
          }
          re[k] = rnd(dt, v + bd.sRe[j]);
        } else {
          double yr = y;
          double yi = 0;
          double fr;
          double fi;
          if (div > 0 && anyZero) {
            double qr = rnd(dt, rnd(dt, yr + rnd(dt, yi * 0.0)) * scl);
            double qi = rnd(dt, rnd(dt, yi - rnd(dt, yr * 0.0)) * scl);
            yr = qr;
            yi = qi;
            fr = dRe[j];
            fi = dIm[j];
          } else if (div > 0) {
            fr = sRe[j];
            fi = sIm[j];
          } else {
            fr = dRe[j];
            fi = dIm[j];
          }
          double pr = rnd(dt, rnd(dt, yr * fr) - rnd(dt, yi * fi));
          double pi = rnd(dt, rnd(dt, yr * fi) + rnd(dt, yi * fr));
          re[k] = rnd(dt, pr + bd.sRe[j]);
          im[k] = rnd(dt, pi + bd.sIm[j]);
        }
      }
    }
    if (endpoint && num > 1) {
      for (int j = 0; j < m; j++) {
        re[(num - 1) * m + j] = bd.eRe[j];
        if (cx) {
          im[(num - 1) * m + j] = bd.eIm[j];
        }
      }
    }
    return new double[][] {re, im};
  }

  /** An array of dtype {@code dt} and shape (num,) + inner from values already exact in dt. */
  private static NDArray build(DType dt, int num, int[] inner, double[] re, double[] im) {
    int[] shape = new int[inner.length + 1];
    shape[0] = num;
    System.arraycopy(inner, 0, shape, 1, inner.length);
    return CreationKernels.fromValues(dt, Convert.shapeArg(shape), re, im);
  }

  private static void checkNum(int num) {
    if (num < 0) {
      throw new ValueError("Number of samples, " + num + ", must be non-negative.");
    }
  }

  /** Moves axis 0 to {@code axis} and makes the result C-contiguous. */
  private static NDArray placeAxis(NDArray y, int axis) {
    return axis == 0 ? y : Copy.contiguous(ShapeOps.moveaxis(y, 0, axis));
  }

  /**
   * {@code np.linspace}: {@code num} samples from start to stop (array bounds broadcast; the
   * samples run along {@code axis}). Computed in the bounds' float dtype (float64 for integer
   * bounds) with NumPy's operation order, so values match NumPy's bit for bit; an integer
   * {@code dtype} floors.
   */
  public static NDArray linspace(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
    checkNum(num);
    // NumPy: result_type(start, stop) made inexact (as with a weak 0.0); Java numbers are weak
    NDArray s = Scalars.operand(start);
    NDArray e = Scalars.operand(stop);
    DType dt = Promotion.resultType(new NDArray[] {s, e, Scalars.weak(0.0)});
    Bounds bd = new Bounds(s, e, dt);
    double[][] v = linspaceCore(bd, num, endpoint, dt);
    NDArray y = placeAxis(build(dt, num, bd.shape, v[0], v[1]), axis);
    if (dtype == null || dtype == dt) {
      return y;
    }
    if (dtype.isInteger() && !dt.isComplex()) {
      y = CreationKernels.floor(y);
    }
    return Cast.to(y, dtype);
  }

  /** {@code np.logspace}: {@code base ** linspace(start, stop)} in the linspace's dtype. */
  public static NDArray logspace(Object start, Object stop, int num, boolean endpoint, double base, DType dtype,
      int axis) {
    checkNum(num);
    DType wf = weakFloat();
    NDArray s = Convert.asarray(start, null);
    NDArray e = Convert.asarray(stop, null);
    DType dt = Promotion.combineWeak(Promotion.promoteTypes(Promotion.combineWeak(s.dtype(), wf),
        Promotion.combineWeak(e.dtype(), wf)), wf);
    if (dt.isComplex()) {
      throw new NotImplementedError("logspace with complex start or stop is not supported");
    }
    Bounds bd = new Bounds(s, e, dt);
    double[] y = linspaceCore(bd, num, endpoint, dt)[0];
    double b = rnd(dt, base);
    for (int k = 0; k < y.length; k++) {
      y[k] = rnd(dt, Math.pow(b, y[k]));
    }
    NDArray r = placeAxis(build(dt, num, bd.shape, y, null), axis);
    return dtype == null ? r : Cast.to(r, dtype);
  }

  /**
   * {@code np.geomspace}: a geometric progression from start to stop (both ends exact), computed
   * as NumPy does through log10 and logspace; bounds that are both negative give a negated
   * progression. Complex bounds are not supported.
   */
  public static NDArray geomspace(Object start, Object stop, int num, boolean endpoint, DType dtype, int axis) {
    checkNum(num);
    NDArray s0 = Convert.asarray(start, null);
    NDArray e0 = Convert.asarray(stop, null);
    if (CreationKernels.anyZero(s0) || CreationKernels.anyZero(e0)) {
      throw new ValueError("Geometric sequence cannot include zero");
    }
    DType strong = Promotion.promoteTypes(Promotion.promoteTypes(s0.dtype(), e0.dtype()), or(dtype, DType.FLOAT64));
    DType dt = Promotion.combineWeak(strong, weakFloat());
    if (dt.isComplex()) {
      throw new NotImplementedError("geomspace with complex start or stop is not supported");
    }
    DType out = or(dtype, dt);
    Bounds bd = new Bounds(s0, e0, dt);
    int m = bd.m;
    double[] sign = new double[m];
    for (int j = 0; j < m; j++) {
      sign[j] = 1;
      if (bd.sRe[j] < 0 && bd.eRe[j] < 0) {
        bd.sRe[j] = -bd.sRe[j];
        bd.eRe[j] = -bd.eRe[j];
        sign[j] = -1;
      }
    }
    double[] ls = new double[m];
    double[] le = new double[m];
    for (int j = 0; j < m; j++) {
      ls[j] = rnd(dt, Math.log10(bd.sRe[j]));
      le[j] = rnd(dt, Math.log10(bd.eRe[j]));
    }
    double[] starts = bd.sRe.clone();
    double[] stops = bd.eRe.clone();
    System.arraycopy(ls, 0, bd.sRe, 0, m);
    System.arraycopy(le, 0, bd.eRe, 0, m);
    double[] y = linspaceCore(bd, num, endpoint, dt)[0];
    for (int k = 0; k < y.length; k++) {
      y[k] = rnd(dt, Math.pow(10.0, y[k]));
    }
    // logspace(..., dtype=dtype) casts before the endpoints are put back, as NumPy does.
    DType p = Promotion.promoteTypes(dt, out);
    NDArray signed = CreationKernels.geomspaceSigned(Cast.to(build(dt, num, bd.shape, y, null), out), starts, stops,
        num, endpoint, sign, p);
    return Cast.to(placeAxis(signed, axis), out);
  }

  // ------------------------------------------------------------------ meshgrid / diag / vander

  /**
   * {@code np.meshgrid(*xi, indexing, sparse, copy)}: coordinate arrays, 'xy' (Cartesian; the
   * first two axes swapped) or 'ij' (matrix) indexing. Without {@code copy} the outputs are
   * broadcast views (arrays are immutable, so only memory use differs).
   */
  public static NDArray[] meshgrid(Object[] xi, String indexing, boolean sparse, boolean copy) {
    String ix = indexing == null ? "xy" : indexing;
    if (!ix.equals("xy") && !ix.equals("ij")) {
      throw new ValueError("Valid values for `indexing` are 'xy' and 'ij'.");
    }
    int n = xi == null ? 0 : xi.length;
    NDArray[] out = new NDArray[n];
    for (int i = 0; i < n; i++) {
      NDArray x = Np.ravel(xi[i]);
      int[] s = new int[n];
      Arrays.fill(s, 1);
      int pos = i;
      if (ix.equals("xy") && n > 1 && i < 2) {
        pos = 1 - i;
      }
      s[pos] = x.size();
      out[i] = Np.reshape(x, s);
    }
    if (!sparse && n > 0) {
      int[][] shapes = new int[n][];
      for (int i = 0; i < n; i++) {
        shapes[i] = out[i].shapeRef();
      }
      int[] b = Shapes.broadcast(shapes);
      for (int i = 0; i < n; i++) {
        out[i] = Np.broadcastTo(out[i], b);
      }
    }
    if (copy) {
      for (int i = 0; i < n; i++) {
        out[i] = Np.copy(out[i]);
      }
    }
    return out;
  }

  /**
   * {@code np.diag}: a 1-d input gives a 2-d array with it on diagonal {@code k}; a 2-d input
   * gives its diagonal {@code k} as a 1-d view.
   */
  public static NDArray diag(Object v, int k) {
    NDArray x = Convert.asarray(v, null);
    if (x.ndim() == 1) {
      int size = x.shapeRef()[0] + Math.abs(k);
      return CreationKernels.diagonalMatrix(x, k, Convert.shapeArg(new int[] {size, size}));
    }
    if (x.ndim() == 2) {
      int rows = x.shapeRef()[0];
      int cols = x.shapeRef()[1];
      int s0 = x.stridesRef()[0];
      int s1 = x.stridesRef()[1];
      long len = k >= 0 ? Math.min(rows, (long) cols - k) : Math.min((long) rows + k, cols);
      if (len <= 0) {
        return StridedViews.view(x, new int[] {0}, new int[] {1}, 0);
      }
      int off = x.offset() + (k >= 0 ? k * s1 : -k * s0);
      return StridedViews.view(x, new int[] {(int) len}, new int[] {s0 + s1}, off);
    }
    throw new ValueError("Input must be 1- or 2-d.");
  }

  /** {@code np.diagflat}: the flattened input on diagonal {@code k} of a new 2-d array. */
  public static NDArray diagflat(Object v, int k) {
    return Np.diag(Np.ravel(v), k);
  }

  /**
   * {@code np.vander}: columns are powers of x, decreasing unless {@code increasing}; computed by
   * repeated multiplication in {@code promote_types(x.dtype, int64)}, as NumPy does.
   */
  public static NDArray vander(Object x, Integer n, boolean increasing) {
    NDArray a = Convert.asarray(x, null);
    if (a.ndim() != 1) {
      throw new ValueError("x must be a one-dimensional array or sequence.");
    }
    int rows = a.shapeRef()[0];
    int cols = n == null ? rows : n;
    DType d = Promotion.promoteTypes(a.dtype(), DType.INT64);
    return CreationKernels.vander(Cast.to(a, d), d, Convert.shapeArg(new int[] {rows, cols}), increasing);
  }
}

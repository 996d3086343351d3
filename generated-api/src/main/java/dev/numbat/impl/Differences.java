package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.List;

/**
 * Finite differences NumPy writes in Python over slicing and diff: gradient (second-order
 * central differences inside, first- or second-order one-sided at the edges), ediff1d and
 * unwrap. Compositions of public ops, with NumPy's steps in NumPy's order so rounding matches.
 */
public final class Differences {
  private Differences() {}

  /** Index selecting {@code s} along {@code axis} of an n-d array. */
  private static Object[] along(int ndim, int axis, Object s) {
    Object[] idx = new Object[ndim];
    for (int i = 0; i < ndim; i++) {
      idx[i] = i == axis ? s : Np.slice();
    }
    return idx;
  }

  private static NDArray sl(NDArray a, int axis, Integer start, Integer stop) {
    return a.get(along(a.ndim(), axis, Np.slice(start, stop)));
  }

  /** Shape (1, .., n, .., 1) with n on {@code axis}: coefficients broadcast along that axis. */
  private static NDArray onAxis(NDArray v, int ndim, int axis) {
    int[] shape = new int[ndim];
    java.util.Arrays.fill(shape, 1);
    shape[axis] = -1;
    return Np.reshape(v, shape);
  }

  /**
   * {@code np.gradient(f, spacing, axis=axis, edge_order=edge_order)} with one spacing argument:
   * null (unit spacing), a number (every axis), an array (or list) of coordinates (one axis), or
   * an Object[] of numbers or coordinate arrays, one per axis. Returns an NDArray for one axis,
   * else an NDArray[] (NumPy's tuple).
   */
  public static Object gradient(Object f, Object spacing, int[] axis, int edgeOrder) {
    NDArray fa = Np.asarray(f);
    int n = fa.ndim();
    int[] axes;
    if (axis == null) {
      axes = new int[n];
      for (int i = 0; i < n; i++) {
        axes[i] = i;
      }
    } else {
      axes = new int[axis.length];
      for (int i = 0; i < axis.length; i++) {
        if (axis[i] < -n || axis[i] >= n) {
          throw new dev.numbat.errors.AxisError(axis[i], n);
        }
        axes[i] = axis[i] < 0 ? axis[i] + n : axis[i];
        for (int k = 0; k < i; k++) {
          if (axes[k] == axes[i]) {
            throw new ValueError("duplicate value in 'axis'");
          }
        }
      }
    }
    int lenAxes = axes.length;
    Object[] dxs = new Object[lenAxes];
    if (spacing == null) {
      java.util.Arrays.fill(dxs, 1.0);
    } else if (spacing instanceof Object[] o) {
      List<?> l = java.util.Arrays.asList(o);
      if (l.size() != lenAxes) {
        throw new TypeError("invalid number of arguments");
      }
      for (int i = 0; i < lenAxes; i++) {
        dxs[i] = l.get(i);
      }
    } else if (isScalar(spacing)) {
      java.util.Arrays.fill(dxs, spacing);
    } else if (lenAxes == 1) {
      dxs[0] = spacing;
    } else {
      throw new TypeError("invalid number of arguments");
    }
    for (int i = 0; i < lenAxes; i++) {
      if (isScalar(dxs[i])) {
        continue;
      }
      NDArray d = Np.asarray(dxs[i]);
      if (d.ndim() == 0) {
        continue;
      }
      if (d.ndim() != 1) {
        throw new ValueError("distances must be either scalars or 1d");
      }
      if (d.shape(0) != fa.shape(axes[i])) {
        throw new ValueError("when 1d, distances must match the length of the corresponding dimension");
      }
      if (d.dtype().isInteger() || d.dtype().isBool()) {
        d = Np.astype(d, DType.FLOAT64);
      }
      dxs[i] = Np.diff(d);
    }
    if (edgeOrder > 2) {
      throw new ValueError("'edge_order' greater than 2 not supported");
    }
    DType otype = fa.dtype();
    if (otype.isInteger() || otype.isBool()) {
      fa = Np.astype(fa, DType.FLOAT64);
      otype = DType.FLOAT64;
    }
    NDArray[] outs = new NDArray[lenAxes];
    for (int i = 0; i < lenAxes; i++) {
      int ax = axes[i];
      if (fa.shape(ax) < edgeOrder + 1) {
        throw new ValueError("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.");
      }
      outs[i] = along(fa, ax, dxs[i], edgeOrder, otype);
    }
    return lenAxes == 1 ? outs[0] : outs;
  }

  private static boolean isScalar(Object o) {
    return o instanceof Number || o instanceof Boolean || o instanceof dev.numbat.Complex;
  }

  /** The gradient of f along one axis; dx a Java number (uniform) or the 1-d differences of the coordinates. */
  private static NDArray along(NDArray f, int ax, Object dx, int edgeOrder, DType otype) {
    int n = f.ndim();
    NDArray mid;
    NDArray first;
    NDArray last;
    if (dx instanceof NDArray d && d.ndim() == 1) {
      // NumPy uses the uniform formulas when every difference equals the first; a where keeps that choice traceable.
      NDArray uniform = Np.all(Np.equal(d, d.get(0)));
      NDArray h = d.get(0);
      NDArray[] u = uniform(f, ax, h, edgeOrder);
      NDArray[] v = nonuniform(f, ax, d, edgeOrder);
      mid = Np.where(uniform, u[0], v[0]);
      first = Np.where(uniform, u[1], v[1]);
      last = Np.where(uniform, u[2], v[2]);
    } else {
      Object h = dx instanceof NDArray d0 ? d0 : dx;
      NDArray[] u = uniform(f, ax, h, edgeOrder);
      mid = u[0];
      first = u[1];
      last = u[2];
    }
    NDArray out = Np.concatenate(new Object[] {first, mid, last}, ax);
    return out.dtype() == otype ? out : Np.astype(out, otype);
  }

  /** {interior, first, last} for a uniform spacing h (a Java number, weak, or a 0-d array). */
  private static NDArray[] uniform(NDArray f, int ax, Object h, int edgeOrder) {
    NDArray mid = Np.divide(Np.subtract(sl(f, ax, 2, null), sl(f, ax, null, -2)), Np.multiply(2.0, h));
    NDArray first;
    NDArray last;
    if (edgeOrder == 1) {
      first = Np.divide(Np.subtract(sl(f, ax, 1, 2), sl(f, ax, 0, 1)), h);
      last = Np.divide(Np.subtract(sl(f, ax, -1, null), sl(f, ax, -2, -1)), h);
    } else {
      NDArray a = Np.divide(-1.5, h);
      NDArray b = Np.divide(2.0, h);
      NDArray c = Np.divide(-0.5, h);
      first = Np.add(Np.add(Np.multiply(a, sl(f, ax, 0, 1)), Np.multiply(b, sl(f, ax, 1, 2))), Np.multiply(c, sl(f, ax, 2, 3)));
      NDArray a2 = Np.divide(0.5, h);
      NDArray b2 = Np.divide(-2.0, h);
      NDArray c2 = Np.divide(1.5, h);
      last = Np.add(Np.add(Np.multiply(a2, sl(f, ax, -3, -2)), Np.multiply(b2, sl(f, ax, -2, -1))), Np.multiply(c2, sl(f, ax, -1, null)));
    }
    return new NDArray[] {mid, first, last};
  }

  /** {interior, first, last} for coordinate differences dx (1-d, length n - 1). */
  private static NDArray[] nonuniform(NDArray f, int ax, NDArray dx, int edgeOrder) {
    int n = f.ndim();
    NDArray dx1 = dx.get(Np.slice(0, -1));
    NDArray dx2 = dx.get(Np.slice(1, null));
    NDArray a = Np.divide(Np.negative(dx2), Np.multiply(dx1, Np.add(dx1, dx2)));
    NDArray b = Np.divide(Np.subtract(dx2, dx1), Np.multiply(dx1, dx2));
    NDArray c = Np.divide(dx1, Np.multiply(dx2, Np.add(dx1, dx2)));
    NDArray mid = Np.add(Np.add(Np.multiply(onAxis(a, n, ax), sl(f, ax, null, -2)), Np.multiply(onAxis(b, n, ax), sl(f, ax, 1, -1))),
        Np.multiply(onAxis(c, n, ax), sl(f, ax, 2, null)));
    NDArray first;
    NDArray last;
    if (edgeOrder == 1) {
      first = Np.divide(Np.subtract(sl(f, ax, 1, 2), sl(f, ax, 0, 1)), dx.get(0));
      last = Np.divide(Np.subtract(sl(f, ax, -1, null), sl(f, ax, -2, -1)), dx.get(-1));
    } else {
      NDArray d1 = dx.get(0);
      NDArray d2 = dx.get(1);
      NDArray fa = Np.divide(Np.negative(Np.add(Np.multiply(2.0, d1), d2)), Np.multiply(d1, Np.add(d1, d2)));
      NDArray fb = Np.divide(Np.add(d1, d2), Np.multiply(d1, d2));
      NDArray fc = Np.divide(Np.negative(d1), Np.multiply(d2, Np.add(d1, d2)));
      first = Np.add(Np.add(Np.multiply(fa, sl(f, ax, 0, 1)), Np.multiply(fb, sl(f, ax, 1, 2))), Np.multiply(fc, sl(f, ax, 2, 3)));
      NDArray e1 = dx.get(-2);
      NDArray e2 = dx.get(-1);
      NDArray la = Np.divide(e2, Np.multiply(e1, Np.add(e1, e2)));
      NDArray lb = Np.divide(Np.negative(Np.add(e2, e1)), Np.multiply(e1, e2));
      NDArray lc = Np.divide(Np.add(Np.multiply(2.0, e2), e1), Np.multiply(e2, Np.add(e1, e2)));
      last = Np.add(Np.add(Np.multiply(la, sl(f, ax, -3, -2)), Np.multiply(lb, sl(f, ax, -2, -1))), Np.multiply(lc, sl(f, ax, -1, null)));
    }
    return new NDArray[] {mid, first, last};
  }

  /** {@code np.ediff1d(ary, to_end, to_begin)}: differences of the flattened array, with values put before and after. */
  public static NDArray ediff1d(Object ary, Object toEnd, Object toBegin) {
    NDArray a = Np.ravel(Np.asarray(ary));
    DType dt = a.dtype();
    NDArray d = Np.subtract(a.get(Np.slice(1, null)), a.get(Np.slice(null, -1)));
    if (toBegin == null && toEnd == null) {
      return d;
    }
    NDArray begin = null;
    NDArray end = null;
    if (toBegin != null) {
      begin = Np.asarray(toBegin);
      if (!Np.canCast(begin, dt, "same_kind")) {
        throw new TypeError("dtype of `to_begin` must be compatible with input `ary` under the `same_kind` rule.");
      }
      begin = Np.ravel(begin);
      begin = begin.dtype() == dt ? begin : Np.astype(begin, dt);
    }
    if (toEnd != null) {
      end = Np.asarray(toEnd);
      if (!Np.canCast(end, dt, "same_kind")) {
        throw new TypeError("dtype of `to_end` must be compatible with input `ary` under the `same_kind` rule.");
      }
      end = Np.ravel(end);
      end = end.dtype() == dt ? end : Np.astype(end, dt);
    }
    d = d.dtype() == dt ? d : Np.astype(d, dt);
    List<Object> parts = new java.util.ArrayList<>();
    if (begin != null) {
      parts.add(begin);
    }
    parts.add(d);
    if (end != null) {
      parts.add(end);
    }
    return Np.concatenate(parts.toArray(), 0);
  }

  /**
   * {@code np.unwrap(p, discont, axis, period=period)}: jumps larger than max(discont, period/2)
   * along axis replaced by their complement modulo period. period null is 2*pi; a Java integer
   * period with integer p follows NumPy's integer path (divmod of the period).
   */
  public static NDArray unwrap(Object p, Double discont, int axis, Object period) {
    NDArray pa = Np.asarray(p);
    int nd = pa.ndim();
    NDArray dd = Np.diff(pa, 1, axis);
    int ax = axis < 0 ? axis + nd : axis;
    Number per = period == null ? (Number) (2 * Math.PI) : period instanceof Number pn ? pn : null;
    if (per == null) {
      throw new TypeError("period must be a number");
    }
    DType dtype = Np.resultType(dd, per);
    Number high;
    boolean ambiguous;
    if (dtype.isInteger() && (per instanceof Long || per instanceof Integer)) {
      long pl = per.longValue();
      high = Math.floorDiv(pl, 2L);
      ambiguous = Math.floorMod(pl, 2L) == 0;
    } else {
      high = per.doubleValue() / 2;
      ambiguous = true;
    }
    Number low = high instanceof Long hl ? (Number) (-hl) : (Number) (-high.doubleValue());
    Object disc = discont == null ? (Object) (per.doubleValue() / 2) : discont;
    NDArray ddmod = Np.add(Np.mod(Np.subtract(dd, low), per), low);
    if (ambiguous) {
      ddmod = Np.where(Np.logicalAnd(Np.equal(ddmod, low), Np.greater(dd, 0L)), high, ddmod);
    }
    NDArray phCorrect = Np.subtract(ddmod, dd);
    phCorrect = Np.where(Np.less(Np.absolute(dd), disc), 0L, phCorrect);
    NDArray up = pa.dtype() == dtype ? pa : Np.astype(pa, dtype);
    NDArray tail = Np.add(sl(pa, ax, 1, null), Np.cumsum(phCorrect, ax));
    NDArray head = sl(up, ax, 0, 1);
    return Np.concatenate(new Object[] {head, tail.dtype() == dtype ? tail : Np.astype(tail, dtype)}, ax);
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;
import java.util.List;

/** numpy.linalg.norm: vector norms over one axis, matrix norms over two, NumPy's ord table. */
public final class LinalgNorms {
  private LinalgNorms() {}

  public static NDArray norm(Object x, Object ordArg, Object axis, boolean keepdims) {
    Object ord = order(ordArg);
    NDArray a = Np.asarray(x);
    if (!a.dtype().isInexact()) {
      a = Np.astype(a, DType.FLOAT64);
    }
    int nd = a.ndim();
    int[] ax = axes(axis);
    if (ax == null) {
      if (ord == null) {
        // Frobenius / 2-norm of everything
        NDArray r = Np.sqrt(Np.sum(abs2(a)));
        return keepdims ? Np.reshape(r, ones(nd)) : r;
      }
      if (nd != 1 && nd != 2) {
        throw new ValueError("Improper number of dimensions to norm.");
      }
      ax = nd == 1 ? new int[] {0} : new int[] {0, 1};
    }
    for (int i = 0; i < ax.length; i++) {
      if (ax[i] < -nd || ax[i] >= nd) {
        throw new dev.numbat.errors.AxisError(ax[i], nd);
      }
      ax[i] = ax[i] < 0 ? ax[i] + nd : ax[i];
    }
    if (ax.length == 1) {
      NDArray r = vector(a, ord, ax[0]);
      return keepdims ? Np.expandDims(r, ax[0]) : r;
    }
    if (ax.length == 2) {
      if (ax[0] == ax[1]) {
        throw new ValueError("Duplicate axes given.");
      }
      NDArray r = matrix(a, ord, ax[0], ax[1]);
      if (keepdims) {
        int lo = Math.min(ax[0], ax[1]);
        int hi = Math.max(ax[0], ax[1]);
        r = Np.expandDims(Np.expandDims(r, lo), hi);
      }
      return r;
    }
    throw new ValueError("Improper number of dimensions to norm.");
  }

  private static int[] ones(int nd) {
    int[] s = new int[nd];
    java.util.Arrays.fill(s, 1);
    return s;
  }

  private static int[] axes(Object axis) {
    if (axis == null) {
      return null;
    }
    if (axis instanceof Number n) {
      return new int[] {n.intValue()};
    }
    if (axis instanceof int[] a) {
      return a.clone();
    }
    if (axis instanceof List<?> l) {
      return l.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }
    if (axis instanceof Object[] l) {
      return java.util.Arrays.stream(l).mapToInt(o -> ((Number) o).intValue()).toArray();
    }
    throw new dev.numbat.errors.TypeError("'" + axis.getClass().getSimpleName() + "' object cannot be interpreted as an integer");
  }

  /** |a|^2 in a's real dtype. */
  private static NDArray abs2(NDArray a) {
    NDArray m = Np.abs(a);
    return Np.multiply(m, m);
  }

  /** ord as NumPy compares it: None, a string, or a number (a 0-d array counts as its value). */
  public static Object order(Object ord) {
    if (ord instanceof NDArray o) {
      if (o.ndim() != 0) {
        throw new ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
      }
      return o.item();
    }
    if (ord == null || ord instanceof String || ord instanceof Number) {
      return ord;
    }
    throw new ValueError("Invalid norm order '" + ord + "'");
  }

  private static NDArray vector(NDArray a, Object ord, int axis) {
    if (ord instanceof String) {
      throw new ValueError("Invalid norm order '" + ord + "' for vectors");
    }
    if (ord == null || ((Number) ord).doubleValue() == 2) {
      return Np.sqrt(Np.sum(abs2(a), axis));
    }
    double p = ((Number) ord).doubleValue();
    NDArray m = Np.abs(a);
    if (p == Double.POSITIVE_INFINITY) {
      return maxFromZero(m, axis);
    }
    if (p == Double.NEGATIVE_INFINITY) {
      return Np.amin(m, axis);
    }
    if (p == 0) {
      return Np.sum(Np.astype(Np.notEqual(a, 0L), m.dtype()), axis);
    }
    if (p == 1) {
      return Np.sum(m, axis);
    }
    NDArray r = Np.sum(Np.power(m, p), axis);
    return Np.power(r, 1.0 / p);
  }

  private static NDArray matrix(NDArray a, Object ord, int row, int col) {
    if (ord == null || "fro".equals(ord)) {
      return Np.sqrt(Np.sum(abs2(a), new int[] {row, col}));
    }
    if ("nuc".equals(ord)) {
      return Np.sum(svals(a, row, col), -1);
    }
    if (ord instanceof String) {
      throw new ValueError("Invalid norm order for matrices.");
    }
    double p = ((Number) ord).doubleValue();
    if (p == 2) {
      return maxFromZero(svals(a, row, col), -1);
    }
    if (p == -2) {
      return Np.amin(svals(a, row, col), -1);
    }
    NDArray m = Np.abs(a);
    if (p == 1 || p == -1) {
      // column sums (over rows), then max/min over columns
      int c = col > row ? col - 1 : col;
      NDArray s = Np.sum(m, row);
      return p == 1 ? maxFromZero(s, c) : Np.amin(s, c);
    }
    if (p == Double.POSITIVE_INFINITY || p == Double.NEGATIVE_INFINITY) {
      int r = row > col ? row - 1 : row;
      NDArray s = Np.sum(m, col);
      return p > 0 ? maxFromZero(s, r) : Np.amin(s, r);
    }
    throw new ValueError("Invalid norm order for matrices.");
  }

  /**
   * NumPy's {@code max(m, axis, initial=0)}, which its norms use where the values are magnitudes:
   * an empty axis gives 0 (the empty sum has the same shape and dtype), not the max's error.
   */
  private static NDArray maxFromZero(NDArray m, int axis) {
    int ax = axis < 0 ? axis + m.ndim() : axis;
    return m.shapeRef()[ax] == 0 ? Np.sum(m, axis) : Np.amax(m, axis);
  }

  /** Singular values of the (row, col) matrices, as a stack over the other axes. */
  private static NDArray svals(NDArray a, int row, int col) {
    int nd = a.ndim();
    int[] perm = new int[nd];
    for (int i = 0, p = 0; i < nd; i++) {
      if (i != row && i != col) {
        perm[p++] = i;
      }
    }
    perm[nd - 2] = row;
    perm[nd - 1] = col;
    return Np.linalg.svdvals(Np.transpose(a, perm));
  }
}

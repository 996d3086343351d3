package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.GatherScatter;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.StridedViews;
import java.util.Arrays;

/**
 * Selecting elements: take, take_along_axis, where, select, compress, extract, choose, nonzero,
 * argwhere, flatnonzero and diagonal (a view). Index arrays follow NumPy's rules: negative
 * indices count from the end, out-of-range ones raise NumPy's IndexError unless a mode says
 * otherwise.
 */
public final class Selection {
  private Selection() {}

  private static NDArray arr(Object a) {
    return ArrayMoves.arr(a);
  }

  /** 0 raise, 1 wrap, 2 clip; NumPy's message for anything else. */
  static int clipmode(String mode) {
    String m = mode == null ? "raise" : mode;
    return switch (m) {
      case "raise" -> 0;
      case "wrap" -> 1;
      case "clip" -> 2;
      default -> throw new ValueError("clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + m + "')");
    };
  }

  /** An index into an axis of length n under a clip mode; raise mode throws NumPy's IndexError. */
  static int fixIndex(long i, int n, int mode, int axis) {
    switch (mode) {
      case 1 -> {
        return (int) Math.floorMod(i, (long) n);
      }
      case 2 -> {
        return (int) Math.max(0, Math.min(i, n - 1));
      }
      default -> {
        if (i < -n || i >= n) {
          throw new IndexError("index " + i + " is out of bounds for axis " + axis + " with size " + n);
        }
        return (int) (i < 0 ? i + n : i);
      }
    }
  }

  // ------------------------------------------------------------------ take

  /**
   * {@code np.take(a, indices, axis, mode)}: elements (or slices along axis) at the given
   * indices; the result's shape is a.shape[:axis] + indices.shape + a.shape[axis+1:]. The
   * flattened array is used when axis is null.
   */
  public static NDArray take(Object a, Object indices, Integer axis, String mode) {
    NDArray x = arr(a);
    int md = clipmode(mode);
    if (axis == null || x.ndim() == 0) {
      // NumPy takes from a 0-d array as from its 1-element flattening
      x = ShapeOps.ravel(x, "C");
    }
    int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, x.ndim());
    NDArray idx = arr(indices);
    if (!(indices instanceof NDArray) && idx.dtype().isFloat()) {
      // a Java list converts to intp with NumPy's forced cast (floats truncate); arrays must be integer
      idx = dev.numbat.backend.cpu.Cast.to(idx, DType.INT64);
    }
    long[] v = ArrayMoves.indexValues(idx, "same_kind");
    int n = x.shapeRef()[ax];
    int outer = 1;
    for (int i = 0; i < ax; i++) {
      outer *= x.shapeRef()[i];
    }
    if (outer == 0) {
      // NumPy checks the indices inside its loop over the axes before axis: none run here
      return NDArray.allocate(x.dtype(), takeShape(x.shapeRef(), idx.shapeRef(), ax));
    }
    if (n == 0 && v.length > 0) {
      throw new IndexError("cannot do a non-empty take from an empty axes.");
    }
    int[] map = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      map[i] = fixIndex(v[i], n, md, ax);
    }
    int[][] maps = new int[x.ndim()][];
    maps[ax] = map;
    NDArray flat = ArrayMoves.outerGather(x, maps);
    int[] shape = takeShape(x.shapeRef(), idx.shapeRef(), ax);
    return StridedViews.view(flat, shape, Shapes.cStrides(shape), flat.offset());
  }

  /** take's result shape: x's shape with axis {@code ax} replaced by the indices' shape. */
  private static int[] takeShape(int[] xs, int[] is, int ax) {
    int[] shape = new int[xs.length - 1 + is.length];
    System.arraycopy(xs, 0, shape, 0, ax);
    System.arraycopy(is, 0, shape, ax, is.length);
    System.arraycopy(xs, ax + 1, shape, ax + is.length, xs.length - ax - 1);
    return shape;
  }

  /**
   * {@code np.take_along_axis(arr, indices, axis)}: arr[..., indices[...], ...] matched index by
   * index along axis (the other axes broadcast); the flattened array when axis is null.
   */
  public static NDArray takeAlongAxis(Object arr, Object indices, Integer axis) {
    NDArray x = arr(arr);
    NDArray idx = arr(indices);
    if (!(idx.dtype().isInteger())) {
      throw new IndexError("`indices` must be an integer array");
    }
    if (axis == null) {
      if (idx.ndim() != 1) {
        throw new ValueError("when axis=None, `indices` must have a single dimension.");
      }
      x = ShapeOps.ravel(x, "C");
    }
    int nd = x.ndim();
    int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, nd);
    if (idx.ndim() != nd) {
      throw new ValueError("`indices` and `arr` must have the same number of dimensions");
    }
    int[] xs = x.shapeRef();
    int[] is = idx.shapeRef();
    int[] shape = new int[nd];
    for (int d = 0; d < nd; d++) {
      int xd = d == ax ? 1 : xs[d];
      if (xd == is[d] || xd == 1) {
        shape[d] = is[d];
      } else if (is[d] == 1) {
        shape[d] = xd;
      } else {
        int[] other = xs.clone();
        other[ax] = 1;
        throw new IndexError("shape mismatch: indexing arrays could not be broadcast together with shapes "
            + Shapes.strNoSpace(is) + " " + Shapes.strNoSpace(other) + " ");
      }
    }
    NDArray ib = ShapeOps.broadcastTo(idx, shape);
    long[] v = ArrayMoves.indexValues(ib, "same_kind");
    int size = Shapes.size(shape);
    int[] offs = new int[size];
    int[] pos = new int[nd];
    int n = xs[ax];
    int[] st = x.stridesRef();
    for (int k = 0; k < size; k++) {
      int off = x.offset();
      for (int d = 0; d < nd; d++) {
        int i = d == ax ? fixIndex(v[k], n, 0, ax) : xs[d] == 1 ? 0 : pos[d];
        off += i * st[d];
      }
      offs[k] = off;
      for (int d = nd - 1; d >= 0; d--) {
        if (++pos[d] < shape[d]) {
          break;
        }
        pos[d] = 0;
      }
    }
    return ArrayMoves.gather(x, offs, shape);
  }

  // ------------------------------------------------------------------ where / select / choose

  /**
   * {@code np.where(condition, x, y)}: x where condition is true, else y; the three broadcast and
   * the dtype is x's and y's result type (Java numbers are weak scalars). For the one-argument
   * form use {@code nonzero}.
   */
  public static NDArray where(Object condition, Object x, Object y) {
    NDArray c = arr(condition);
    NDArray a = ArrayMoves.operand(x);
    NDArray b = ArrayMoves.operand(y);
    DType dt = Promotion.resultType(a, b);
    int[] shape = ShapeOps.broadcastAll(new int[][] {c.shapeRef(), a.shapeRef(), b.shapeRef()});
    NDArray ac = ArrayMoves.copyAs(ShapeOps.broadcastTo(cast(a, dt), shape), dt);
    NDArray bc = ShapeOps.broadcastTo(cast(b, dt), shape);
    boolean[] t = ArrayMoves.truth(ShapeOps.broadcastTo(c, shape));
    return blend(ac, bc, t);
  }

  /** {@code x} (a weak scalar or array) converted to dtype {@code d}, checking weak ints fit. */
  private static NDArray cast(NDArray x, DType d) {
    return x.dtype() == d ? x.strong() : dev.numbat.backend.cpu.Cast.to(x, d).strong();
  }

  /** Writes b's elements into the fresh C-contiguous {@code out} where {@code keep} is false. */
  private static NDArray blend(NDArray out, NDArray b, boolean[] keep) {
    int[] offs = ArrayMoves.offsets(b);
    int[] dst = new int[keep.length];
    int[] src = new int[keep.length];
    int n = 0;
    for (int i = 0; i < keep.length; i++) {
      if (!keep[i]) {
        dst[n] = i;
        src[n++] = offs[i];
      }
    }
    if (n > 0) {
      GatherScatter.scatterInto(out, Arrays.copyOf(dst, n), b, Arrays.copyOf(src, n));
    }
    return out;
  }

  /**
   * {@code np.select(condlist, choicelist, default)}: for each element the choice of the first
   * true condition, else default. Conditions must be boolean arrays; the dtype is the choices'
   * and default's result type.
   */
  public static NDArray select(Object[] condlist, Object[] choicelist, Object default_) {
    if (condlist.length != choicelist.length) {
      throw new ValueError("list of cases must be same length as list of conditions");
    }
    if (condlist.length == 0) {
      throw new ValueError("select with an empty condition list is not possible");
    }
    int n = condlist.length;
    NDArray[] ch = new NDArray[n + 1];
    for (int i = 0; i < n; i++) {
      ch[i] = ArrayMoves.operand(choicelist[i]);
    }
    ch[n] = ArrayMoves.operand(default_ == null ? (Object) 0L : default_);
    DType dt = Promotion.resultType(ch);
    NDArray[] cs = new NDArray[n];
    int[][] shapes = new int[2 * n + 1][];
    for (int i = 0; i < n; i++) {
      cs[i] = arr(condlist[i]);
      shapes[i] = cs[i].shapeRef();
    }
    for (int i = 0; i <= n; i++) {
      shapes[n + i] = ch[i].shapeRef();
    }
    ShapeOps.broadcastAll(java.util.Arrays.copyOfRange(shapes, 0, n));
    ShapeOps.broadcastAll(java.util.Arrays.copyOfRange(shapes, n, 2 * n + 1));
    for (int i = 0; i < n; i++) {
      if (!cs[i].dtype().isBool()) {
        throw new TypeError("invalid entry " + i + " in condlist: should be boolean ndarray");
      }
    }
    int[] shape = ShapeOps.broadcastAll(shapes);
    NDArray out = ArrayMoves.copyAs(ShapeOps.broadcastTo(cast(ch[n], dt), shape), dt);
    int size = out.size();
    boolean[] done = new boolean[size];
    for (int i = 0; i < n; i++) {
      boolean[] t = ArrayMoves.truth(ShapeOps.broadcastTo(cs[i], shape));
      boolean[] keep = new boolean[size];
      for (int k = 0; k < size; k++) {
        keep[k] = done[k] || !t[k];
        done[k] |= t[k];
      }
      blend(out, ShapeOps.broadcastTo(cast(ch[i], dt), shape), keep);
    }
    return out;
  }

  /**
   * {@code np.choose(a, choices, mode)}: element-wise choices[a[i]][i]; a and all choices
   * broadcast; a must hold integers (raise: NumPy's "invalid entry in choice array").
   */
  public static NDArray choose(Object a, Object[] choices, String mode) {
    NDArray idx = arr(a);
    int md = clipmode(mode);
    if (choices.length == 0) {
      throw new ValueError("0-length sequence.");
    }
    NDArray[] ch = new NDArray[choices.length];
    for (int i = 0; i < ch.length; i++) {
      ch[i] = ArrayMoves.operand(choices[i]);
    }
    DType dt = Promotion.resultType(ch);
    if (!(idx.dtype().isInteger() || idx.dtype().isBool())) {
      throw new TypeError("Cannot cast array data from dtype('" + idx.dtype().name() + "') to dtype('int64') "
          + "according to the rule 'safe'");
    }
    int[][] shapes = new int[ch.length + 1][];
    shapes[0] = idx.shapeRef();
    for (int i = 0; i < ch.length; i++) {
      shapes[i + 1] = ch[i].shapeRef();
    }
    int[] shape = ShapeOps.broadcastAll(shapes);
    long[] v = ArrayMoves.indexValues(ShapeOps.broadcastTo(idx, shape), "safe");
    int n = ch.length;
    int[][] offs = new int[n][];
    NDArray[] bs = new NDArray[n];
    for (int i = 0; i < n; i++) {
      bs[i] = ShapeOps.broadcastTo(cast(ch[i], dt), shape);
      offs[i] = ArrayMoves.offsets(bs[i]);
    }
    int[] which = new int[v.length];
    int[] counts = new int[n];
    for (int k = 0; k < v.length; k++) {
      long i = v[k];
      int c = switch (md) {
        case 1 -> (int) Math.floorMod(i, (long) n);
        case 2 -> (int) Math.max(0, Math.min(i, n - 1));
        default -> {
          if (i < 0 || i >= n) {
            throw new ValueError("invalid entry in choice array");
          }
          yield (int) i;
        }
      };
      which[k] = c;
      counts[c]++;
    }
    // the writes go to distinct positions, so one scatter per choice gives the same array
    NDArray out = NDArray.allocate(dt, shape);
    for (int c = 0; c < n; c++) {
      if (counts[c] == 0) {
        continue;
      }
      int[] dst = new int[counts[c]];
      int[] src = new int[counts[c]];
      int q = 0;
      for (int k = 0; k < v.length; k++) {
        if (which[k] == c) {
          dst[q] = k;
          src[q++] = offs[c][k];
        }
      }
      GatherScatter.scatterInto(out, dst, bs[c], src);
    }
    return out;
  }

  // ------------------------------------------------------------------ compress / extract

  /**
   * {@code np.compress(condition, a, axis)}: the slices along axis (of the flattened array when
   * axis is null) where the 1-d condition is true; a shorter condition counts as false beyond
   * its end, a longer one with a true entry past the axis raises IndexError.
   */
  public static NDArray compress(Object condition, Object a, Integer axis) {
    // NumPy's PyArray_Compress: take(a, nonzero(condition)[0], axis) in raise mode
    NDArray c = Np.asarray(condition);
    NDArray x = Np.asarray(a);
    if (c.ndim() != 1) {
      throw new ValueError("condition must be a 1-d array");
    }
    if (axis == null) {
      x = Np.ravel(x);
    }
    int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, x.ndim());
    NDArray idx = Np.nonzero(c)[0];
    if (idx.size() > 0 && x.shape(ax) == 0) {
      // take's own message here is "cannot do a non-empty take from an empty axes."
      throw new IndexError("index " + idx.item(0) + " is out of bounds for axis " + ax + " with size 0");
    }
    return Np.take(x, idx, ax);
  }

  /** {@code np.extract(condition, arr)}: the elements of the flattened arr where condition is true. */
  public static NDArray extract(Object condition, Object arr) {
    return Np.compress(Np.ravel(condition), Np.ravel(arr), 0);
  }

  // ------------------------------------------------------------------ nonzero family

  /**
   * {@code np.nonzero(a)}: one int64 index array per dimension, listing the nonzero elements
   * in C order. A 0-d input is NumPy 2's ValueError.
   */
  public static NDArray[] nonzero(Object a) {
    NDArray x = arr(a);
    int nd = x.ndim();
    if (nd == 0) {
      throw new ValueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() "
          + "instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.");
    }
    long[][] coords = coords(x);
    NDArray[] r = new NDArray[nd];
    for (int d = 0; d < nd; d++) {
      r[d] = ArrayMoves.int64(coords[d]);
    }
    return r;
  }

  /** Per dimension, the coordinates of the nonzero elements in C order. */
  private static long[][] coords(NDArray x) {
    int nd = x.ndim();
    boolean[] t = ArrayMoves.truth(x);
    int m = 0;
    for (boolean b : t) {
      m += b ? 1 : 0;
    }
    long[][] r = new long[nd][m];
    int[] idx = new int[nd];
    int[] shape = x.shapeRef();
    for (int i = 0, j = 0; i < t.length; i++) {
      if (t[i]) {
        ArrayMoves.unravel(i, shape, idx);
        for (int d = 0; d < nd; d++) {
          r[d][j] = idx[d];
        }
        j++;
      }
    }
    return r;
  }

  /** {@code np.argwhere(a)}: the indices of nonzero elements as an (N, a.ndim) int64 array. */
  public static NDArray argwhere(Object a) {
    NDArray x = Np.asarray(a);
    if (x.ndim() == 0) {
      // NumPy: argwhere(atleast_1d(a))[:, :0]
      return Np.argwhere(Np.atleast1d(x)).get(Np.slice(), Np.slice(0, 0));
    }
    // NumPy: transpose(nonzero(a)), here stacked as columns
    return Np.stack(Np.nonzero(x), 1);
  }

  /** {@code np.flatnonzero(a)}: the indices of nonzero elements of the flattened array. */
  public static NDArray flatnonzero(Object a) {
    return Np.nonzero(Np.ravel(a))[0];
  }

  // ------------------------------------------------------------------ diagonal

  /**
   * {@code np.diagonal(a, offset, axis1, axis2)}: a view; axis1 and axis2 are removed and the
   * diagonal becomes the last axis (offset > 0 above the main diagonal, along axis2).
   */
  public static NDArray diagonal(Object a, int offset, int axis1, int axis2) {
    NDArray x = arr(a);
    int nd = x.ndim();
    if (nd < 2) {
      throw new ValueError("diag requires an array of at least two dimensions");
    }
    int a1 = ShapeOps.axisTuple(new int[] {axis1}, nd, "axis1")[0];
    int a2 = ShapeOps.axisTuple(new int[] {axis2}, nd, "axis2")[0];
    if (a1 == a2) {
      throw new ValueError("axis1 and axis2 cannot be the same");
    }
    int[] xs = x.shapeRef();
    int[] st = x.stridesRef();
    long n1 = xs[a1];
    long n2 = xs[a2];
    long len;
    long off = x.offset();
    if (offset >= 0) {
      len = Math.max(0, Math.min(n1, n2 - offset));
      if (len > 0) {
        off += (long) offset * st[a2];
      }
    } else {
      len = Math.max(0, Math.min(n1 + offset, n2));
      if (len > 0) {
        off -= (long) offset * st[a1];
      }
    }
    int[] s = new int[nd - 1];
    int[] ss = new int[nd - 1];
    for (int d = 0, j = 0; d < nd; d++) {
      if (d != a1 && d != a2) {
        s[j] = xs[d];
        ss[j++] = st[d];
      }
    }
    s[nd - 2] = (int) len;
    ss[nd - 2] = st[a1] + st[a2];
    return ArrayMoves.view(x, s, ss, (int) off);
  }
}

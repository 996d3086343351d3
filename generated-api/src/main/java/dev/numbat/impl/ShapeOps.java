package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.StorageSharing;
import dev.numbat.backend.cpu.StridedViews;
import java.util.Arrays;

/**
 * Shape basics: reshape, ravel, flatten, transpose, astype, shape/ndim/size. Views are returned
 * wherever NumPy returns one (arrays are immutable, so a view is only a cheaper copy).
 */
public final class ShapeOps {
  private ShapeOps() {}

  private static NDArray arr(Object a) {
    return Convert.asarray(a, null);
  }

  /** {@code np.shape(a)}: a new int[] (empty for a scalar). */
  public static int[] shape(Object a) {
    return arr(a).shape();
  }

  /** {@code np.ndim(a)}. */
  public static int ndim(Object a) {
    return arr(a).ndim();
  }

  /** {@code np.size(a, axis)}: all elements, or the length of one axis. */
  public static int size(Object a, Integer axis) {
    NDArray x = arr(a);
    if (axis == null) {
      return x.size();
    }
    int n = x.ndim();
    int k = axis;
    if (k < -n || k >= n) {
      throw new IndexError("tuple index out of range");
    }
    return x.shapeRef()[k < 0 ? k + n : k];
  }

  // ------------------------------------------------------------------ layout helpers

  /** Fortran-contiguous: the first axis varies fastest, no gaps (size-1 axes ignored). */
  public static boolean isFContiguous(int[] shape, int[] strides) {
    int acc = 1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == 0) {
        return true;
      }
      if (shape[i] != 1 && strides[i] != acc) {
        return false;
      }
      acc *= shape[i];
    }
    return true;
  }

  public static int[] fStrides(int[] shape) {
    int[] s = new int[shape.length];
    int acc = 1;
    for (int i = 0; i < shape.length; i++) {
      s[i] = acc;
      acc *= Math.max(shape[i], 1);
    }
    return s;
  }

  private static char order(String order, boolean allowK) {
    String o = order == null ? "C" : order;
    if (o.length() == 1) {
      char c = Character.toUpperCase(o.charAt(0));
      if (c == 'C' || c == 'F' || c == 'A' || c == 'K') {
        if (c == 'K' && !allowK) {
          throw new ValueError("order 'K' is not permitted for reshaping");
        }
        return c;
      }
    }
    throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + o + "')");
  }

  /** 'A': Fortran order when the array is Fortran- but not C-contiguous, else C. */
  private static char resolveA(NDArray x) {
    return !x.isContiguous() && isFContiguous(x.shapeRef(), x.stridesRef()) ? 'F' : 'C';
  }

  private static NDArray view(NDArray x, int[] shape, int[] strides, int offset) {
    return StridedViews.view(x, shape, strides, offset);
  }

  // ------------------------------------------------------------------ reshape

  /** NumPy's shape text in reshape errors: no spaces, leading unknowns dropped, later ones "newaxis". */
  static String reshapeShapeString(int[] s) {
    int i = 0;
    while (i < s.length && s[i] < 0) {
      i++;
    }
    if (i == s.length) {
      return "()";
    }
    StringBuilder b = new StringBuilder().append(s[i++]);
    for (; i < s.length; i++) {
      b.append(s[i] < 0 ? ",newaxis" : "," + s[i]);
    }
    return s.length == 1 ? "(" + b + ",)" : "(" + b + ")";
  }

  /** The new shape with its one unknown (negative) dimension filled in, or NumPy's errors. */
  public static int[] resolveShape(int[] newshape, int size) {
    int[] ns = newshape.clone();
    int unknown = -1;
    long known = 1;
    for (int i = 0; i < ns.length; i++) {
      if (ns[i] < 0) {
        if (unknown >= 0) {
          throw new ValueError("can only specify one unknown dimension");
        }
        unknown = i;
      } else {
        known *= ns[i];
        if (known > Integer.MAX_VALUE) {
          known = Long.MAX_VALUE / 2;
        }
      }
    }
    boolean ok;
    if (unknown >= 0) {
      ok = known != 0 && size % known == 0;
      if (ok) {
        ns[unknown] = (int) (size / known);
      }
    } else {
      ok = known == size;
    }
    if (!ok) {
      throw new ValueError("cannot reshape array of size " + size + " into shape " + reshapeShapeString(newshape));
    }
    return ns;
  }

  /**
   * NumPy's {@code _attempt_nocopy_reshape}: strides that present {@code x}'s elements in the new
   * shape (in C or F order) without copying, or null when the layout does not allow it.
   */
  static int[] nocopyStrides(NDArray x, int[] newdims, boolean fOrder) {
    if (x.size() == 0) {
      // NumPy counts an empty array as contiguous in both orders and never gets here; the
      // dimension matching below would run past a 0 that the old shape has elsewhere
      return fOrder ? fStrides(newdims) : Shapes.cStrides(newdims);
    }
    int[] shape = x.shapeRef();
    int[] strides = x.stridesRef();
    int[] od = new int[shape.length];
    int[] os = new int[shape.length];
    int oldnd = 0;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] != 1) {
        od[oldnd] = shape[i];
        os[oldnd] = strides[i];
        oldnd++;
      }
    }
    int newnd = newdims.length;
    int[] ns = new int[newnd];
    int oi = 0;
    int oj = 1;
    int ni = 0;
    int nj = 1;
    while (ni < newnd && oi < oldnd) {
      long np = newdims[ni];
      long op = od[oi];
      while (np != op) {
        if (np < op) {
          np *= newdims[nj++];
        } else {
          op *= od[oj++];
        }
      }
      for (int ok = oi; ok < oj - 1; ok++) {
        if (fOrder ? os[ok + 1] != od[ok] * os[ok] : os[ok] != od[ok + 1] * os[ok + 1]) {
          return null;
        }
      }
      if (fOrder) {
        ns[ni] = os[oi];
        for (int nk = ni + 1; nk < nj; nk++) {
          ns[nk] = ns[nk - 1] * newdims[nk - 1];
        }
      } else {
        ns[nj - 1] = os[oj - 1];
        for (int nk = nj - 1; nk > ni; nk--) {
          ns[nk - 1] = ns[nk] * newdims[nk];
        }
      }
      ni = nj++;
      oi = oj++;
    }
    // Trailing 1s of the new shape: any stride works; NumPy's choice keeps flags right.
    int last = ni >= 1 ? ns[ni - 1] : 1;
    if (fOrder && ni >= 1) {
      last *= newdims[ni - 1];
    }
    for (int nk = ni; nk < newnd; nk++) {
      ns[nk] = last;
    }
    return ns;
  }

  /**
   * {@code np.reshape(a, shape, order)}: a view when the elements can be addressed in the new
   * shape without moving them (always for contiguous input: O(1)), else a copy.
   */
  public static NDArray reshape(Object a, int[] newshape, String order) {
    if (newshape == null) {
      throw new dev.numbat.errors.TypeError("reshape() missing 1 required positional argument: 'shape'");
    }
    NDArray x = arr(a);
    char o = order(order, false);
    int[] ns = resolveShape(newshape, x.size());
    if (o == 'A') {
      o = resolveA(x);
    }
    if (o == 'C') {
      if (x.isContiguous()) {
        return view(x, ns, Shapes.cStrides(ns), x.offset());
      }
      int[] st = nocopyStrides(x, ns, false);
      if (st != null) {
        return view(x, ns, st, x.offset());
      }
      NDArray c = Copy.copy(x);
      return view(c, ns, Shapes.cStrides(ns), 0);
    }
    if (isFContiguous(x.shapeRef(), x.stridesRef())) {
      return view(x, ns, fStrides(ns), x.offset());
    }
    int[] st = nocopyStrides(x, ns, true);
    if (st != null) {
      return view(x, ns, st, x.offset());
    }
    NDArray c = Copy.copy(x.T());
    return view(c, ns, fStrides(ns), 0);
  }

  // ------------------------------------------------------------------ ravel / flatten

  /** The view that walks {@code x} in memory order ('K'): negative strides flipped, axes by |stride|. */
  private static NDArray keepOrderView(NDArray x) {
    int n = x.ndim();
    int[] shape = x.shapeRef().clone();
    int[] st = x.stridesRef().clone();
    int off = x.offset();
    for (int i = 0; i < n; i++) {
      if (st[i] < 0 && shape[i] > 0) {
        off += (shape[i] - 1) * st[i];
        st[i] = -st[i];
      }
    }
    Integer[] perm = new Integer[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    final int[] fs = st;
    Arrays.sort(perm, (p, q) -> fs[p] != fs[q] ? Integer.compare(fs[q], fs[p]) : Integer.compare(p, q));
    int[] s2 = new int[n];
    int[] st2 = new int[n];
    for (int i = 0; i < n; i++) {
      s2[i] = shape[perm[i]];
      st2[i] = st[perm[i]];
    }
    return view(x, s2, st2, off);
  }

  /**
   * {@code np.ravel(a, order)}: a 1-d view when the elements are contiguous in the requested order
   * ('K': memory order), else a copy.
   */
  public static NDArray ravel(Object a, String order) {
    NDArray x = arr(a);
    char o = order(order, true);
    int[] flat = {x.size()};
    if (o == 'A') {
      o = resolveA(x);
    }
    if (o == 'K' && x.isContiguous()) {
      o = 'C';
    }
    switch (o) {
      case 'C' -> {
        return x.isContiguous() ? view(x, flat, new int[] {1}, x.offset()) : view(Copy.copy(x), flat, new int[] {1}, 0);
      }
      case 'F' -> {
        return isFContiguous(x.shapeRef(), x.stridesRef()) ? view(x, flat, new int[] {1}, x.offset())
            : view(Copy.copy(x.T()), flat, new int[] {1}, 0);
      }
      default -> {
        // A view when the stride-sorted axes are contiguous with positive strides (NumPy's test).
        int n = x.ndim();
        Integer[] perm = new Integer[n];
        for (int i = 0; i < n; i++) {
          perm[i] = i;
        }
        int[] st = x.stridesRef();
        int[] sh = x.shapeRef();
        Arrays.sort(perm, (p, q) -> Math.abs(st[p]) != Math.abs(st[q])
            ? Integer.compare(Math.abs(st[q]), Math.abs(st[p])) : Integer.compare(p, q));
        int stride = 1;
        int i = n - 1;
        for (; i >= 0; i--) {
          if (sh[perm[i]] == 1) {
            continue;
          }
          if (st[perm[i]] != stride) {
            break;
          }
          stride *= sh[perm[i]];
        }
        if (i < 0) {
          return view(x, flat, new int[] {1}, x.offset());
        }
        return view(Copy.copy(keepOrderView(x)), flat, new int[] {1}, 0);
      }
    }
  }

  /** {@code ndarray.flatten(order)}: always a new 1-d array. */
  public static NDArray flatten(Object a, String order) {
    NDArray x = arr(a);
    NDArray r = ravel(x, order);
    return StorageSharing.sameStorage(r, x) ? Copy.copy(r) : r;
  }

  // ------------------------------------------------------------------ transpose / moveaxis

  /** {@code np.transpose(a, axes)}: a view with permuted axes (reversed when axes is null). */
  public static NDArray transpose(Object a, int[] axes) {
    NDArray x = arr(a);
    int n = x.ndim();
    if (axes == null) {
      // x.T: the axes reversed, nothing to check
      int[] s = new int[n];
      int[] st = new int[n];
      for (int i = 0; i < n; i++) {
        s[i] = x.shapeRef()[n - 1 - i];
        st[i] = x.stridesRef()[n - 1 - i];
      }
      return view(x, s, st, x.offset());
    }
    if (axes.length != n) {
      throw new ValueError("axes don't match array");
    }
    boolean[] seen = new boolean[n];
    int[] s = new int[n];
    int[] st = new int[n];
    for (int i = 0; i < n; i++) {
      int k = Shapes.normalizeAxis(axes[i], n);
      if (seen[k]) {
        throw new ValueError("repeated axis in transpose");
      }
      seen[k] = true;
      s[i] = x.shapeRef()[k];
      st[i] = x.stridesRef()[k];
    }
    return view(x, s, st, x.offset());
  }

  /** {@code np.moveaxis(x, source, destination)} for single axes; a view. */
  static NDArray moveaxis(NDArray x, int source, int destination) {
    return moveaxis(x, new int[] {source}, new int[] {destination});
  }

  /** NumPy's normalize_axis_tuple: each axis in range, no repeats ("repeated axis" + argname). */
  static int[] axisTuple(int[] axes, int ndim, String argname) {
    int[] r = new int[axes.length];
    boolean[] seen = new boolean[Math.max(ndim, 1)];
    for (int i = 0; i < axes.length; i++) {
      int a = axes[i];
      if (a < -ndim || a >= ndim) {
        throw new AxisError((argname == null ? "" : argname + ": ") + "axis " + a
            + " is out of bounds for array of dimension " + ndim);
      }
      r[i] = a < 0 ? a + ndim : a;
      if (seen[r[i]]) {
        throw new ValueError(argname == null ? "repeated axis" : "repeated axis in `" + argname + "` argument");
      }
      seen[r[i]] = true;
    }
    return r;
  }

  /**
   * {@code np.moveaxis(a, source, destination)}: a view with the source axes moved to the
   * destination positions, the others kept in order.
   */
  public static NDArray moveaxis(Object a, int[] source, int[] destination) {
    NDArray x = Np.asarray(a);
    int n = x.ndim();
    int[] src = axisTuple(source, n, "source");
    int[] dst = axisTuple(destination, n, "destination");
    if (src.length != dst.length) {
      throw new ValueError("`source` and `destination` arguments must have the same number of elements");
    }
    boolean[] moved = new boolean[n];
    for (int s : src) {
      moved[s] = true;
    }
    int[] perm = new int[n];
    Arrays.fill(perm, -1);
    for (int i = 0; i < dst.length; i++) {
      perm[dst[i]] = src[i];
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (perm[i] < 0) {
        while (moved[k]) {
          k++;
        }
        perm[i] = k++;
      }
    }
    return Np.transpose(x, perm);
  }

  /** {@code np.swapaxes(a, axis1, axis2)}: a view with two axes interchanged. */
  public static NDArray swapaxes(Object a, int axis1, int axis2) {
    NDArray x = Np.asarray(a);
    int n = x.ndim();
    int i = axisTuple(new int[] {axis1}, n, "axis1")[0];
    int j = axisTuple(new int[] {axis2}, n, "axis2")[0];
    int[] perm = new int[n];
    for (int k = 0; k < n; k++) {
      perm[k] = k == i ? j : k == j ? i : k;
    }
    return Np.transpose(x, perm);
  }

  /** {@code np.expand_dims(a, axis)}: a view with length-1 axes inserted at the given positions. */
  public static NDArray expandDims(Object a, int[] axis) {
    NDArray x = arr(a);
    int outNd = x.ndim() + axis.length;
    int[] ax = axisTuple(axis, outNd, null);
    boolean[] isNew = new boolean[outNd];
    for (int k : ax) {
      isNew[k] = true;
    }
    int[] s = new int[outNd];
    int[] st = new int[outNd];
    for (int i = 0, j = 0; i < outNd; i++) {
      if (isNew[i]) {
        s[i] = 1;
        st[i] = 0;
      } else {
        s[i] = x.shapeRef()[j];
        st[i] = x.stridesRef()[j++];
      }
    }
    return view(x, s, st, x.offset());
  }

  /**
   * {@code np.squeeze(a, axis)}: a view without the given length-1 axes (all of them when axis is
   * null). On a 0-d array axis 0 and -1 are accepted, as NumPy accepts the integer forms.
   */
  public static NDArray squeeze(Object a, int[] axis) {
    NDArray x = arr(a);
    int n = x.ndim();
    boolean[] drop = new boolean[n];
    if (axis == null) {
      for (int i = 0; i < n; i++) {
        drop[i] = x.shapeRef()[i] == 1;
      }
    } else if (n == 0) {
      for (int k : axis) {
        if (k != 0 && k != -1) {
          throw new AxisError(k, 0);
        }
      }
    } else {
      for (int k : axis) {
        int i = Shapes.normalizeAxis(k, n);
        if (drop[i]) {
          throw new ValueError("duplicate value in 'axis'");
        }
        drop[i] = true;
      }
      for (int i = 0; i < n; i++) {
        if (drop[i] && x.shapeRef()[i] != 1) {
          throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
        }
      }
    }
    int m = 0;
    for (boolean d : drop) {
      m += d ? 0 : 1;
    }
    int[] s = new int[m];
    int[] st = new int[m];
    for (int i = 0, j = 0; i < n; i++) {
      if (!drop[i]) {
        s[j] = x.shapeRef()[i];
        st[j++] = x.stridesRef()[i];
      }
    }
    return view(x, s, st, x.offset());
  }

  /** {@code np.atleast_1d(a)}: a 0-d array as shape (1,); others unchanged (views). */
  public static NDArray atleast1d(Object a) {
    NDArray x = Np.asarray(a);
    return x.ndim() >= 1 ? x : Np.expandDims(x, 0);
  }

  /** {@code np.atleast_2d(a)}: () to (1, 1), (N,) to (1, N); views. */
  public static NDArray atleast2d(Object a) {
    NDArray x = Np.asarray(a);
    return switch (x.ndim()) {
      case 0 -> Np.expandDims(x, new int[] {0, 1});
      case 1 -> Np.expandDims(x, 0);
      default -> x;
    };
  }

  /** {@code np.atleast_3d(a)}: () to (1, 1, 1), (N,) to (1, N, 1), (M, N) to (M, N, 1); views. */
  public static NDArray atleast3d(Object a) {
    NDArray x = Np.asarray(a);
    return switch (x.ndim()) {
      case 0 -> Np.expandDims(x, new int[] {0, 1, 2});
      case 1 -> Np.expandDims(x, new int[] {0, 2});
      case 2 -> Np.expandDims(x, 2);
      default -> x;
    };
  }

  // ------------------------------------------------------------------ broadcasting

  /**
   * {@code np.broadcast_to(array, shape)}: a read-only view with 0 strides on the broadcast axes,
   * O(1) whatever the target size.
   */
  public static NDArray broadcastTo(Object array, int[] shape) {
    NDArray x = ArrayMoves.operand(array).strong();
    for (int d : shape) {
      if (d < 0) {
        throw new ValueError("all elements of broadcast shape must be non-negative");
      }
    }
    int[] xs = x.shapeRef();
    if (shape.length == 0 && xs.length > 0) {
      throw new ValueError("cannot broadcast a non-scalar to a scalar array");
    }
    boolean ok = xs.length <= shape.length;
    for (int i = 0; ok && i < xs.length; i++) {
      int d = xs[xs.length - 1 - i];
      ok = d == 1 || d == shape[shape.length - 1 - i];
    }
    if (!ok) {
      if (xs.length > shape.length) {
        throw new ValueError("input operand has more dimensions than allowed by the axis remapping");
      }
      int[] remapped = new int[shape.length];
      Arrays.fill(remapped, -1);
      System.arraycopy(xs, 0, remapped, shape.length - xs.length, xs.length);
      throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
          + Shapes.strNoSpace(xs) + "  and requested shape " + Shapes.strNoSpace(shape));
    }
    Shapes.checkedSize(shape);
    return view(x, shape.clone(), Shapes.broadcastStrides(x, shape), x.offset());
  }

  /** NumPy's broadcast_shapes error, naming the first pair that does not broadcast. */
  static int[] broadcastAll(int[][] shapes) {
    int nd = 0;
    for (int[] s : shapes) {
      nd = Math.max(nd, s.length);
    }
    int[] r = new int[nd];
    Arrays.fill(r, 1);
    int[] owner = new int[nd];
    Arrays.fill(owner, -1);
    for (int k = 0; k < shapes.length; k++) {
      int[] s = shapes[k];
      for (int i = 0; i < s.length; i++) {
        int j = nd - s.length + i;
        int d = s[i];
        if (d == 1) {
          continue;
        }
        if (r[j] == 1) {
          r[j] = d;
          owner[j] = k;
        } else if (r[j] != d) {
          throw new ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between"
              + " arg " + owner[j] + " with shape " + Shapes.str(shapes[owner[j]]) + " and arg " + k + " with shape "
              + Shapes.str(s) + ".");
        }
      }
    }
    return r;
  }

  /** {@code np.broadcast_arrays(*args)}: every input as a broadcast view of the common shape. */
  public static NDArray[] broadcastArrays(Object... args) {
    NDArray[] xs = new NDArray[args.length];
    int[][] shapes = new int[args.length][];
    for (int i = 0; i < args.length; i++) {
      xs[i] = Np.asarray(args[i]);
      shapes[i] = xs[i].shapeRef();
    }
    int[] shape = broadcastAll(shapes);
    NDArray[] r = new NDArray[xs.length];
    for (int i = 0; i < xs.length; i++) {
      r[i] = Arrays.equals(xs[i].shapeRef(), shape) ? xs[i] : Np.broadcastTo(xs[i], shape);
    }
    return r;
  }

  /**
   * {@code np.broadcast_shapes(*shapes)}: the broadcast shape. Each argument is a shape (int[],
   * long[], a List of integers or a 1-d integer array) or a single int.
   */
  public static int[] broadcastShapes(Object... shapes) {
    int[][] s = new int[shapes.length][];
    for (int i = 0; i < shapes.length; i++) {
      s[i] = shapeArg(shapes[i]);
      for (int d : s[i]) {
        if (d < 0) {
          throw new ValueError("negative dimensions are not allowed");
        }
      }
    }
    return broadcastAll(s);
  }

  /** A shape given as int[], long[], a List or 1-d array of integers, or one integer. */
  static int[] shapeArg(Object o) {
    if (o instanceof int[] a) {
      return a.clone();
    }
    if (o instanceof long[] a) {
      return Arrays.stream(a).mapToInt(Math::toIntExact).toArray();
    }
    if (o instanceof Number n) {
      return new int[] {Math.toIntExact(n.longValue())};
    }
    NDArray x = arr(o);
    if (x.size() == 0 && x.ndim() == 1) {
      return new int[0];
    }
    if (!x.dtype().isInteger() || x.ndim() > 1) {
      throw new dev.numbat.errors.TypeError("'" + x.dtype().name() + "' object cannot be interpreted as an integer");
    }
    long[] v = ArrayMoves.indexValues(x, "safe");
    return Arrays.stream(v).mapToInt(Math::toIntExact).toArray();
  }

  // ------------------------------------------------------------------ flips and rotations

  /** {@code np.flip(m, axis)}: a view with negative strides on the flipped axes (all when null). */
  public static NDArray flip(Object m, int[] axis) {
    NDArray x = arr(m);
    int n = x.ndim();
    boolean[] f = new boolean[n];
    if (axis == null) {
      Arrays.fill(f, true);
    } else {
      for (int k : axisTuple(axis, n, null)) {
        f[k] = true;
      }
    }
    return flipped(x, f);
  }

  private static NDArray flipped(NDArray x, boolean[] f) {
    int[] st = x.stridesRef().clone();
    int off = x.offset();
    for (int i = 0; i < f.length; i++) {
      if (f[i]) {
        int d = x.shapeRef()[i];
        if (d > 0) {
          off += (d - 1) * st[i];
        }
        st[i] = -st[i];
      }
    }
    return view(x, x.shapeRef(), st, off);
  }

  /** {@code np.flipud(m)}: axis 0 reversed; a view. */
  public static NDArray flipud(Object m) {
    NDArray x = Np.asarray(m);
    if (x.ndim() < 1) {
      throw new ValueError("Input must be >= 1-d.");
    }
    return Np.flip(x, 0);
  }

  /** {@code np.fliplr(m)}: axis 1 reversed; a view. */
  public static NDArray fliplr(Object m) {
    NDArray x = Np.asarray(m);
    if (x.ndim() < 2) {
      throw new ValueError("Input must be >= 2-d.");
    }
    return Np.flip(x, 1);
  }

  /** {@code np.rot90(m, k, axes)}: rotation by 90 degrees k times in the plane of axes; a view. */
  public static NDArray rot90(Object m, int k, int[] axes) {
    NDArray x = Np.asarray(m);
    int n = x.ndim();
    if (axes.length != 2) {
      throw new ValueError("len(axes) must be 2.");
    }
    if (axes[0] == axes[1] || Math.abs(axes[0] - axes[1]) == n) {
      throw new ValueError("Axes must be different.");
    }
    if (axes[0] >= n || axes[0] < -n || axes[1] >= n || axes[1] < -n) {
      throw new ValueError("Axes=(" + axes[0] + ", " + axes[1] + ") out of range for array of ndim=" + n + ".");
    }
    int a0 = axes[0] < 0 ? axes[0] + n : axes[0];
    int a1 = axes[1] < 0 ? axes[1] + n : axes[1];
    k = Math.floorMod(k, 4);
    if (k == 0) {
      return x;
    }
    if (k == 2) {
      return Np.flip(x, new int[] {a0, a1});
    }
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i == a0 ? a1 : i == a1 ? a0 : i;
    }
    if (k == 1) {
      return Np.transpose(Np.flip(x, a1), perm);
    }
    return Np.flip(Np.transpose(x, perm), a1);
  }


  // ------------------------------------------------------------------ astype

  /**
   * {@code x.astype(dtype, copy)}: a converted C-contiguous copy (C cast semantics: floats
   * truncate, integers wrap); with {@code copy=false} the array itself when the dtype matches.
   * A null dtype is float64, as {@code astype(None)}.
   */
  public static NDArray astype(NDArray x, DType dtype, boolean copy) {
    NDArray s = x.strong();
    if (dtype == null) {
      dtype = DType.FLOAT64;
    }
    if (dtype == s.dtype()) {
      return copy ? Copy.copy(s) : s;
    }
    return Cast.to(s, dtype);
  }
}

package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.errors.ZeroDivisionError;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Shapes;
import java.util.Arrays;

/**
 * Joining, splitting and repeating arrays: concatenate and the stack family, append, insert,
 * delete, the split family, tile, repeat, roll. Splits return views (as NumPy's do); everything
 * else builds a new C-contiguous array by strided copies.
 */
public final class Joining {
  private Joining() {}

  private static NDArray arr(Object a) {
    return ArrayMoves.arr(a);
  }

  private static NDArray[] arrays(Object[] arrays) {
    NDArray[] xs = new NDArray[arrays.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = arr(arrays[i]);
    }
    return xs;
  }

  // ------------------------------------------------------------------ concatenate and stacks

  /**
   * {@code np.concatenate(arrays, axis)}: joined along an existing axis (flattened first when
   * axis is null); the dtype is the arrays' result type.
   */
  public static NDArray concatenate(Object[] arrays, Integer axis) {
    return concat(arrays(arrays), axis);
  }

  static NDArray concat(NDArray[] xs, Integer axis) {
    if (xs.length == 0) {
      throw new ValueError("need at least one array to concatenate");
    }
    if (axis == null) {
      NDArray[] flat = new NDArray[xs.length];
      for (int i = 0; i < xs.length; i++) {
        flat[i] = ShapeOps.ravel(xs[i], "C");
      }
      return concat(flat, 0);
    }
    int[] shape = concatShape(xs, axis);
    int ax = Shapes.normalizeAxis(axis, shape.length);
    NDArray out = NDArray.allocate(Promotion.resultType(xs), shape);
    int[] st = out.stridesRef();
    int pos = 0;
    for (NDArray x : xs) {
      ArrayMoves.assign(out, x.shapeRef(), st, pos * st[ax], x);
      pos += x.shapeRef()[ax];
    }
    return out;
  }

  /** The shape of {@code xs} joined along {@code axis}, after NumPy's checks and with its messages. */
  static int[] concatShape(NDArray[] xs, int axis) {
    int nd = xs[0].ndim();
    if (nd == 0) {
      throw new ValueError("zero-dimensional arrays cannot be concatenated");
    }
    int ax = Shapes.normalizeAxis(axis, nd);
    int[] shape = xs[0].shape();
    for (int i = 1; i < xs.length; i++) {
      int[] s = xs[i].shapeRef();
      if (s.length != nd) {
        throw new ValueError("all the input arrays must have same number of dimensions, but the array at index 0 has "
            + nd + " dimension(s) and the array at index " + i + " has " + s.length + " dimension(s)");
      }
      for (int d = 0; d < nd; d++) {
        if (d != ax && s[d] != shape[d]) {
          throw new ValueError("all the input array dimensions except for the concatenation axis must match exactly, "
              + "but along dimension " + d + ", the array at index 0 has size " + shape[d] + " and the array at index "
              + i + " has size " + s[d]);
        }
      }
      shape[ax] += s[ax];
    }
    return shape;
  }

  /** {@code np.stack(arrays, axis)}: same-shaped arrays joined along a new axis. */
  public static NDArray stack(Object[] arrays, int axis) {
    NDArray[] xs = new NDArray[arrays.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = Np.asarray(arrays[i]);
    }
    if (xs.length == 0) {
      throw new ValueError("need at least one array to stack");
    }
    for (NDArray x : xs) {
      if (!Arrays.equals(x.shapeRef(), xs[0].shapeRef())) {
        throw new ValueError("all input arrays must have the same shape");
      }
    }
    int ax = Shapes.normalizeAxis(axis, xs[0].ndim() + 1);
    NDArray[] ex = new NDArray[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ex[i] = Np.expandDims(xs[i], ax);
    }
    return Np.concatenate(ex, ax);
  }

  /** {@code np.hstack(tup)}: along axis 1, or axis 0 for 1-d inputs (0-d become 1-d). */
  public static NDArray hstack(Object[] tup) {
    NDArray[] xs = new NDArray[tup.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = Np.atleast1d(tup[i]);
    }
    return Np.concatenate(xs, xs.length > 0 && xs[0].ndim() == 1 ? 0 : 1);
  }

  /** {@code np.vstack(tup)}: along axis 0 after atleast_2d. */
  public static NDArray vstack(Object[] tup) {
    NDArray[] xs = new NDArray[tup.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = Np.atleast2d(tup[i]);
    }
    return Np.concatenate(xs, 0);
  }

  /** {@code np.dstack(tup)}: along axis 2 after atleast_3d. */
  public static NDArray dstack(Object[] tup) {
    NDArray[] xs = new NDArray[tup.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = Np.atleast3d(tup[i]);
    }
    return Np.concatenate(xs, 2);
  }

  /** {@code np.column_stack(tup)}: 1-d (and 0-d) inputs become columns, then along axis 1. */
  public static NDArray columnStack(Object[] tup) {
    NDArray[] xs = new NDArray[tup.length];
    for (int i = 0; i < xs.length; i++) {
      NDArray x = Np.asarray(tup[i]);
      xs[i] = x.ndim() < 2 ? Np.atleast2d(x).T() : x;
    }
    return Np.concatenate(xs, 1);
  }

  /** {@code np.append(arr, values, axis)}: both flattened when axis is null, else concatenated. */
  public static NDArray append(Object arr, Object values, Integer axis) {
    NDArray a = Np.asarray(arr);
    NDArray v = Np.asarray(values);
    if (axis == null) {
      return Np.concatenate(new NDArray[] {Np.ravel(a), Np.ravel(v)}, 0);
    }
    return Np.concatenate(new NDArray[] {a, v}, axis);
  }

  // ------------------------------------------------------------------ insert / delete

  /** An index argument (int, sequence, array) as an array; a Java integer is 0-d. */
  private static NDArray indexArg(Object obj) {
    if (obj instanceof Integer || obj instanceof Long || obj instanceof Short || obj instanceof Byte) {
      return Convert.asarray(((Number) obj).longValue(), null);
    }
    return arr(obj);
  }

  /** Python's list-index conversion of an empty list: float64 becomes intp. */
  private static NDArray emptyAsIntp(NDArray idx, Object obj) {
    if (idx.size() == 0 && !(obj instanceof NDArray) && !idx.dtype().isInteger()) {
      return NDArray.allocate(dev.numbat.DType.INT64, idx.shapeRef());
    }
    return idx;
  }

  /**
   * {@code np.insert(arr, obj, values, axis)}: values inserted before the given indices (an int,
   * a sequence of ints, or a boolean mask); the array is flattened when axis is null. Values are
   * cast to the array's dtype. Slice objects are not supported (pass the indices they select).
   */
  public static NDArray insert(Object arr, Object obj, Object values, Integer axis) {
    NDArray a = arr(arr);
    int ax;
    if (axis == null) {
      if (a.ndim() != 1) {
        a = ShapeOps.ravel(a, "C");
      }
      ax = 0;
    } else {
      ax = Shapes.normalizeAxis(axis, a.ndim());
    }
    int nd = a.ndim();
    int n = a.shapeRef()[ax];
    NDArray idx = indexArg(obj);
    if (idx.dtype().isBool()) {
      if (idx.ndim() != 1) {
        throw new ValueError("boolean array argument obj to insert must be one dimensional");
      }
      idx = Selection.flatnonzero(idx);
    } else if (idx.ndim() > 1) {
      throw new ValueError("index array argument obj to insert must be one dimensional or scalar");
    }
    NDArray v = Convert.asarray(values instanceof NDArray x ? x.strong() : values, a.dtype());
    if (idx.size() == 1) {
      if (!idx.dtype().isInteger()) {
        throw new TypeError("slice indices must be integers or None or have an __index__ method");
      }
      long index = ArrayMoves.indexValues(idx, "same_kind")[0];
      if (index < -n || index > n) {
        throw new IndexError("index " + index + " is out of bounds for axis " + ax + " with size " + n);
      }
      int at = (int) (index < 0 ? index + n : index);
      if (v.ndim() < nd) {
        int[] s = new int[nd];
        Arrays.fill(s, 1);
        System.arraycopy(v.shapeRef(), 0, s, nd - v.ndim(), v.ndim());
        v = ShapeOps.reshape(v, s, "C");
      }
      if (idx.ndim() == 0) {
        v = ShapeOps.moveaxis(v, 0, ax);
      }
      int numnew = v.shapeRef()[ax];
      int[] shape = a.shape();
      shape[ax] += numnew;
      NDArray out = NDArray.allocate(a.dtype(), shape);
      int[] st = out.stridesRef();
      int[] part = a.shape();
      part[ax] = at;
      ArrayMoves.assign(out, part, st, 0, slice(a, ax, 0, at));
      int[] mid = a.shape();
      mid[ax] = numnew;
      ArrayMoves.assign(out, mid, st, at * st[ax], broadcastInto(v, mid));
      int[] rest = a.shape();
      rest[ax] = n - at;
      ArrayMoves.assign(out, rest, st, (at + numnew) * st[ax], slice(a, ax, at, n));
      return out;
    }
    idx = emptyAsIntp(idx, obj);
    if (!idx.dtype().isInteger()) {
      throw new IndexError("arrays used as indices must be of integer (or boolean) type");
    }
    long[] ind = ArrayMoves.indexValues(idx, "same_kind");
    int numnew = ind.length;
    int total = n + numnew;
    for (int i = 0; i < numnew; i++) {
      if (ind[i] < 0) {
        ind[i] += n;
      }
    }
    // stable order of the indices; each later-sorted one moves right by its rank
    Integer[] order = new Integer[numnew];
    for (int i = 0; i < numnew; i++) {
      order[i] = i;
    }
    final long[] key = ind.clone();
    Arrays.sort(order, (p, q) -> Long.compare(key[p], key[q]));
    for (int r = 0; r < numnew; r++) {
      ind[order[r]] += r;
    }
    boolean[] isNew = new boolean[total];
    int distinct = 0;
    for (long i : ind) {
      if (i < -total || i >= total) {
        throw new IndexError("index " + i + " is out of bounds for axis 0 with size " + total);
      }
      int j = (int) (i < 0 ? i + total : i);
      distinct += isNew[j] ? 0 : 1;
      isNew[j] = true;
    }
    if (distinct != numnew) {
      // negative indices that wrapped onto others: NumPy's mask assignment then has too many slots
      int per = n == 0 ? 0 : a.size() / n;
      throw new ValueError("NumPy boolean array indexing assignment cannot assign " + a.size() + " input values to the "
          + (total - distinct) * per + " output values where the mask is true");
    }
    int[] shape = a.shape();
    shape[ax] = total;
    int[] valShape = a.shape();
    valShape[ax] = numnew;
    NDArray vb = broadcastInto(v, valShape);
    NDArray out = NDArray.allocate(a.dtype(), shape);
    int[] st = out.stridesRef();
    int[] one = a.shape();
    one[ax] = 1;
    int src = 0;
    for (int j = 0; j < total; j++) {
      if (!isNew[j]) {
        ArrayMoves.assign(out, one, st, j * st[ax], slice(a, ax, src, src + 1));
        src++;
      }
    }
    for (int k = 0; k < numnew; k++) {
      int j = (int) (ind[k] < 0 ? ind[k] + total : ind[k]);
      ArrayMoves.assign(out, one, st, j * st[ax], slice(vb, ax, k, k + 1));
    }
    return out;
  }

  /** {@code v} broadcast to {@code shape} with NumPy's assignment error. */
  private static NDArray broadcastInto(NDArray v, int[] shape) {
    try {
      return ShapeOps.broadcastTo(v, shape);
    } catch (ValueError e) {
      throw new ValueError("could not broadcast input array from shape " + Shapes.strNoSpace(v.shapeRef())
          + " into shape " + Shapes.strNoSpace(shape));
    }
  }

  /** The view x[..., from:to, ...] along axis ax (bounds already valid). */
  static NDArray slice(NDArray x, int ax, int from, int to) {
    int[] s = x.shape();
    s[ax] = Math.max(0, to - from);
    int off = s[ax] == 0 ? x.offset() : x.offset() + from * x.stridesRef()[ax];
    return ArrayMoves.view(x, s, x.stridesRef(), off);
  }

  /**
   * {@code np.delete(arr, obj, axis)}: the array without the given indices (an int, a sequence
   * of ints, or a boolean mask of the axis length); flattened when axis is null.
   */
  public static NDArray delete(Object arr, Object obj, Integer axis) {
    NDArray a = arr(arr);
    int ax;
    if (axis == null) {
      if (a.ndim() != 1) {
        a = ShapeOps.ravel(a, "C");
      }
      ax = 0;
    } else {
      ax = Shapes.normalizeAxis(axis, a.ndim());
    }
    int n = a.shapeRef()[ax];
    boolean single = obj instanceof Integer || obj instanceof Long || obj instanceof Short || obj instanceof Byte;
    long one = 0;
    NDArray idx = null;
    if (single) {
      one = ((Number) obj).longValue();
    } else {
      idx = emptyAsIntp(arr(obj), obj);
      if (idx.size() == 1 && idx.dtype().isInteger()) {
        single = true;
        one = ArrayMoves.indexValues(idx, "same_kind")[0];
      }
    }
    boolean[] keep = new boolean[n];
    Arrays.fill(keep, true);
    if (single) {
      if (one < -n || one >= n) {
        throw new IndexError("index " + one + " is out of bounds for axis " + ax + " with size " + n);
      }
      keep[(int) (one < 0 ? one + n : one)] = false;
    } else if (idx.dtype().isBool()) {
      if (idx.ndim() != 1 || idx.shapeRef()[0] != n) {
        throw new ValueError("boolean array argument obj to delete must be one dimensional and match the axis length "
            + "of " + n);
      }
      boolean[] t = ArrayMoves.truth(idx);
      for (int i = 0; i < n; i++) {
        keep[i] = !t[i];
      }
    } else {
      if (!idx.dtype().isInteger()) {
        throw new IndexError("arrays used as indices must be of integer (or boolean) type");
      }
      for (long i : ArrayMoves.indexValues(idx, "same_kind")) {
        if (i < -n || i >= n) {
          throw new IndexError("index " + i + " is out of bounds for axis " + ax + " with size " + n);
        }
        keep[(int) (i < 0 ? i + n : i)] = false;
      }
    }
    int m = 0;
    for (boolean k : keep) {
      m += k ? 1 : 0;
    }
    int[] map = new int[m];
    for (int i = 0, j = 0; i < n; i++) {
      if (keep[i]) {
        map[j++] = i;
      }
    }
    int[][] maps = new int[a.ndim()][];
    maps[ax] = map;
    return ArrayMoves.outerGather(a, maps);
  }

  // ------------------------------------------------------------------ splits

  /** Python's slice bound: negative counts from the end, then clipped to [0, n]. */
  private static int bound(long v, int n) {
    if (v < 0) {
      v += n;
      return (int) Math.max(v, 0);
    }
    return (int) Math.min(v, n);
  }

  /** Sections as a double (a Java number or 0-d array), or null when the argument is a sequence. */
  private static Double sections(Object s) {
    if (s instanceof Number n) {
      return n.doubleValue();
    }
    if (s instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (s instanceof NDArray x && x.ndim() == 0) {
      if (x.dtype().isComplex()) {
        throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
      }
      return (Double) Np.astype(x, dev.numbat.DType.FLOAT64).item();
    }
    return null;
  }

  /**
   * {@code np.array_split(ary, indices_or_sections, axis)}: views; N sections of sizes differing
   * by at most one (the larger first), or pieces between the given indices.
   */
  public static NDArray[] arraySplit(Object ary, Object indicesOrSections, int axis) {
    NDArray x = Np.asarray(ary);
    return split(x, indicesOrSections, axis);
  }

  /** {@code np.split(ary, indices_or_sections, axis)}: as array_split, but sections must divide evenly. */
  public static NDArray[] split(Object ary, Object indicesOrSections, int axis) {
    NDArray x = Np.asarray(ary);
    int nd = x.ndim();
    if (axis < -nd || axis >= nd) {
      throw new IndexError("tuple index out of range");
    }
    Double sec = sections(indicesOrSections);
    if (sec != null) {
      int total = x.shapeRef()[axis < 0 ? axis + nd : axis];
      // Python's N % sections: a Java integer 0 is ZeroDivisionError, an array 0 gives NaN/0 quietly
      if (sec == 0 && !(indicesOrSections instanceof NDArray)) {
        throw new ZeroDivisionError("integer modulo by zero");
      }
      if (sec != 0 && total % sec != 0) {
        throw new ValueError("array split does not result in an equal division");
      }
    }
    return Np.arraySplit(x, indicesOrSections, axis);
  }

  private static NDArray[] split(NDArray x, Object ios, int axis) {
    int nd = x.ndim();
    if (axis < -nd || axis >= nd) {
      throw new IndexError("tuple index out of range");
    }
    int ax = axis < 0 ? axis + nd : axis;
    int total = x.shapeRef()[ax];
    Double sec = sections(ios);
    long[] div;
    if (sec != null) {
      long ns = (long) (double) sec;
      if (ns <= 0) {
        throw new ValueError("number sections must be larger than 0.");
      }
      int each = (int) (total / ns);
      int extras = (int) (total % ns);
      div = new long[(int) ns + 1];
      for (int i = 0; i < ns; i++) {
        div[i + 1] = div[i] + (i < extras ? each + 1 : each);
      }
    } else {
      NDArray idx = Np.asarray(ios);
      if (idx.size() > 0 && (idx.ndim() > 1 || !idx.dtype().isInteger())) {
        throw new TypeError(idx.ndim() > 1 ? "only integer scalar arrays can be converted to a scalar index"
            : "slice indices must be integers or None or have an __index__ method");
      }
      long[] v = idx.size() == 0 ? new long[0] : idx.toLongArray();
      div = new long[v.length + 2];
      System.arraycopy(v, 0, div, 1, v.length);
      div[v.length + 1] = total;
    }
    NDArray[] r = new NDArray[div.length - 1];
    for (int i = 0; i < r.length; i++) {
      int st = bound(div[i], total);
      int end = bound(div[i + 1], total);
      Object[] index = new Object[ax + 1];
      for (int d = 0; d < ax; d++) {
        index[d] = Np.slice();
      }
      index[ax] = Np.slice(st, Math.max(st, end));
      r[i] = x.get(index);
    }
    return r;
  }

  /** {@code np.hsplit}: split along axis 1 (axis 0 for 1-d arrays). */
  public static NDArray[] hsplit(Object ary, Object indicesOrSections) {
    NDArray x = Np.asarray(ary);
    if (x.ndim() == 0) {
      throw new ValueError("hsplit only works on arrays of 1 or more dimensions");
    }
    return Np.split(x, indicesOrSections, x.ndim() > 1 ? 1 : 0);
  }

  /** {@code np.vsplit}: split along axis 0 of an array of 2 or more dimensions. */
  public static NDArray[] vsplit(Object ary, Object indicesOrSections) {
    NDArray x = Np.asarray(ary);
    if (x.ndim() < 2) {
      throw new ValueError("vsplit only works on arrays of 2 or more dimensions");
    }
    return Np.split(x, indicesOrSections, 0);
  }

  /** {@code np.dsplit}: split along axis 2 of an array of 3 or more dimensions. */
  public static NDArray[] dsplit(Object ary, Object indicesOrSections) {
    NDArray x = Np.asarray(ary);
    if (x.ndim() < 3) {
      throw new ValueError("dsplit only works on arrays of 3 or more dimensions");
    }
    return Np.split(x, indicesOrSections, 2);
  }

  // ------------------------------------------------------------------ tile / repeat / roll

  /** {@code np.tile(A, reps)}: A repeated reps times along each axis (A gains leading axes as needed). */
  public static NDArray tile(Object a, int[] reps) {
    NDArray x = arr(a);
    int nd = Math.max(x.ndim(), reps.length);
    for (int i = 0; i < reps.length; i++) {
      int j = nd - reps.length + i;
      int dim = j < nd - x.ndim() ? 1 : x.shapeRef()[j - (nd - x.ndim())];
      // NumPy only repeats non-empty arrays; an empty one is reshaped to the product shape
      if (reps[i] < 0 && (x.size() > 0 || dim > 0)) {
        throw new ValueError("negative dimensions are not allowed");
      }
    }
    if (x.ndim() < nd) {
      int[] s = new int[nd];
      Arrays.fill(s, 1);
      System.arraycopy(x.shapeRef(), 0, s, nd - x.ndim(), x.ndim());
      x = ShapeOps.reshape(x, s, "C");
    }
    int[][] maps = new int[nd][];
    for (int d = 0; d < nd; d++) {
      int r = Math.max(0, d < nd - reps.length ? 1 : reps[d - (nd - reps.length)]);
      int n = x.shapeRef()[d];
      if (r == 1) {
        continue;
      }
      int[] m = new int[Math.multiplyExact(n, r)];
      for (int j = 0; j < m.length; j++) {
        m[j] = j % n;
      }
      maps[d] = m;
    }
    return ArrayMoves.outerGather(x, maps);
  }

  /**
   * {@code np.repeat(a, repeats, axis)}: each element (or each slice along axis) repeated; repeats
   * is an int or one count per element (broadcast from size 1). Flattened when axis is null.
   */
  public static NDArray repeat(Object a, Object repeats, Integer axis) {
    NDArray x = arr(a);
    if (axis == null || x.ndim() == 0) {
      // NumPy repeats a 0-d array as its 1-element flattening
      x = ShapeOps.ravel(x, "C");
    }
    int ax = axis == null ? 0 : Shapes.normalizeAxis(axis, x.ndim());
    NDArray r = arr(repeats);
    if (repeats instanceof NDArray && !(r.dtype().isInteger() || r.dtype().isBool())) {
      // an array of counts must cast safely to intp; Java numbers and lists convert like Python's
      throw new TypeError("Cannot cast array data from dtype('" + r.dtype().name() + "') to dtype('int64') "
          + "according to the rule 'safe'");
    }
    if (r.ndim() > 1) {
      throw new ValueError("object too deep for desired array");
    }
    if (!(r.dtype().isInteger() || r.dtype().isBool() || r.dtype().isFloat()) || r.dtype() == dev.numbat.DType.UINT64) {
      throw new TypeError("Cannot cast array data from dtype('" + r.dtype().name() + "') to dtype('int64') "
          + "according to the rule 'safe'");
    }
    long[] rv = new long[r.size()];
    double[] rd = r.dtype().isFloat() ? r.toDoubleArray() : null;
    long[] ri = rd == null ? ArrayMoves.indexValues(r, "safe") : null;
    for (int i = 0; i < rv.length; i++) {
      rv[i] = rd != null ? (long) rd[i] : ri[i];
    }
    int n = x.shapeRef()[ax];
    if (rv.length != 1 && rv.length != n) {
      throw new ValueError("operands could not be broadcast together with shape (" + n + ",) (" + rv.length + ",)");
    }
    long total = 0;
    for (int i = 0; i < n; i++) {
      long c = rv.length == 1 ? rv[0] : rv[i];
      if (c < 0) {
        throw new ValueError("repeats may not contain negative values.");
      }
      total += c;
    }
    if (total > Integer.MAX_VALUE) {
      throw new ValueError("array is too big; the result would have more than 2^31-1 elements");
    }
    int[] map = new int[(int) total];
    for (int i = 0, j = 0; i < n; i++) {
      long c = rv.length == 1 ? rv[0] : rv[i];
      for (long k = 0; k < c; k++) {
        map[j++] = i;
      }
    }
    int[][] maps = new int[x.ndim()][];
    maps[ax] = map;
    return ArrayMoves.outerGather(x, maps);
  }

  /**
   * {@code np.roll(a, shift, axis)}: elements shifted cyclically; shift and axis broadcast
   * together (shifts on the same axis add up); the flattened array is rolled when axis is null.
   */
  public static NDArray roll(Object a, int[] shift, int[] axis) {
    NDArray x = arr(a);
    if (axis == null) {
      NDArray flat = ShapeOps.ravel(x, "C");
      NDArray r = roll(flat, shift, new int[] {0});
      return ShapeOps.reshape(r, x.shapeRef(), "C");
    }
    int nd = x.ndim();
    int[] ax = new int[axis.length];
    for (int i = 0; i < axis.length; i++) {
      if (axis[i] < -nd || axis[i] >= nd) {
        throw new AxisError(axis[i], nd);
      }
      ax[i] = axis[i] < 0 ? axis[i] + nd : axis[i];
    }
    if (shift.length != ax.length && shift.length != 1 && ax.length != 1) {
      throw new ValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0"
          + " with shape (" + shift.length + ",) and arg 1 with shape (" + ax.length + ",).");
    }
    long[] total = new long[nd];
    int m = Math.max(shift.length, ax.length);
    for (int i = 0; i < m; i++) {
      total[ax[ax.length == 1 ? 0 : i]] += shift[shift.length == 1 ? 0 : i];
    }
    int[][] maps = new int[nd][];
    for (int d = 0; d < nd; d++) {
      int n = x.shapeRef()[d];
      if (n == 0 || Math.floorMod(total[d], n) == 0) {
        continue;
      }
      int s = (int) Math.floorMod(total[d], n);
      int[] map = new int[n];
      for (int j = 0; j < n; j++) {
        map[j] = Math.floorMod(j - s, n);
      }
      maps[d] = map;
    }
    return ArrayMoves.outerGather(x, maps);
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.GatherScatter;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.SortKernels;
import dev.numbat.backend.cpu.StridedViews;
import java.util.ArrayList;
import java.util.List;

/**
 * unique, isin, intersect1d, union1d, setdiff1d, setxor1d ({@code op-specs/ops/sets.yaml}),
 * following NumPy 2's {@code _arraysetops_impl.py} on the sort keys of {@link SortKernels}: equal keys
 * are equal elements, and where NumPy compares with {@code ==} a NaN equals nothing.
 */
public final class SetOps {
  private SetOps() {}

  /** The keys of a 1-d array (one long per element, or class/real/imag for complex). */
  private static final class Keys {
    final long[] k;
    final long[] re;
    final long[] im;
    final int n;
    /** Whether a real key can be NaN's (Long.MAX_VALUE is also int64's max, uint64's 2^64-1). */
    final boolean floating;

    Keys(NDArray x) {
      n = x.size();
      floating = x.dtype().isFloat();
      k = new long[n];
      int st = x.ndim() == 0 ? 1 : x.stridesRef()[0];
      if (x.dtype().isComplex()) {
        re = new long[n];
        im = new long[n];
        SortKernels.fillComplex(x, x.offset(), st, n, k, re, im, 0);
      } else {
        re = null;
        im = null;
        SortKernels.fill(x, x.offset(), st, n, k, 0);
      }
    }

    boolean nan(int i) {
      return re != null ? k[i] != 0 : floating && k[i] == Long.MAX_VALUE;
    }

    int compare(int i, Keys o, int j) {
      return re != null ? SortKernels.compare(null, k, re, im, i, null, o.k, o.re, o.im, j)
          : Long.compare(k[i], o.k[j]);
    }

    /** NumPy's {@code ==}: equal keys and no NaN. */
    boolean eq(int i, Keys o, int j) {
      return !nan(i) && !o.nan(j) && compare(i, o, j) == 0;
    }
  }

  /** A 1-d view or copy of x's elements in C order. */
  private static NDArray ravel(NDArray x) {
    return Sorting.flat(x);
  }

  /** x[idx] for a 1-d x. */
  private static NDArray take(NDArray x, int[] idx, int count) {
    int[] offs = new int[count];
    int st = count == 0 ? 0 : x.stridesRef()[0];
    for (int i = 0; i < count; i++) {
      offs[i] = x.offset() + idx[i] * st;
    }
    return GatherScatter.gather(x, offs, new int[] {count});
  }

  private static NDArray longs(long[] v, int[] shape) {
    return HostArrays.int64(shape, v);
  }

  /** np.concatenate((a, b), axis=None) of 1-d arrays, in their promoted dtype. */
  private static NDArray concat(NDArray a, NDArray b) {
    DType d = Promotion.promoteTypes(a.dtype(), b.dtype());
    return Np.concatenate(new NDArray[] {Cast.to(a, d), Cast.to(b, d)}, 0);
  }

  /** Stable sort permutation of a 1-d array. */
  private static int[] argsort(NDArray x) {
    int n = x.size();
    int[] perm = new int[n];
    SortKernels.argsortLane(x, x.offset(), n == 0 ? 1 : x.stridesRef()[0], n, perm,
        new SortKernels.Scratch(x.dtype().isComplex()));
    return perm;
  }

  // ---------------------------------------------------------------- unique

  public static Object unique(Object ar, boolean returnIndex, boolean returnInverse, boolean returnCounts,
      Integer axis, boolean equalNan) {
    NDArray x = Convert.asarray(ar, null);
    NDArray[] r;
    if (axis == null || x.ndim() == 1) {
      if (axis != null) {
        Shapes.normalizeAxis(axis, x.ndim());
      }
      r = unique1d(ravel(x), returnIndex, returnInverse, returnCounts, equalNan,
          axis == null ? x.shapeRef() : new int[] {x.size()});
    } else {
      if (axis < -x.ndim() || axis >= x.ndim()) {
        throw new AxisError(axis, x.ndim());
      }
      r = uniqueAxis(x, Shapes.normalizeAxis(axis, x.ndim()), returnIndex, returnInverse, returnCounts);
    }
    return r.length == 1 ? r[0] : r;
  }

  /** NumPy's _unique1d on a 1-d array; the inverse gets {@code inverseShape}. */
  private static NDArray[] unique1d(NDArray x, boolean rIndex, boolean rInverse, boolean rCounts, boolean equalNan,
      int[] inverseShape) {
    int n = x.size();
    int[] perm = argsort(x);
    NDArray aux = take(x, perm, n);
    Keys k = new Keys(aux);
    boolean[] mask = new boolean[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      boolean start;
      if (i == 0) {
        start = true;
      } else if (k.nan(i)) {
        // NaNs sort last: with equal_nan the first one stands for all (for complex any NaN part)
        start = !equalNan || !k.nan(i - 1);
      } else {
        start = k.compare(i, k, i - 1) != 0;
      }
      mask[i] = start;
      count += start ? 1 : 0;
    }
    int[] sel = new int[count];
    for (int i = 0, j = 0; i < n; i++) {
      if (mask[i]) {
        sel[j++] = i;
      }
    }
    if (equalNan && count > 0 && k.re != null && k.nan(sel[count - 1]) && !rIndex && !rInverse && !rCounts) {
      // Without return_* NumPy 2.3+ finds the values with a hash set (_unique_hash), where the
      // complex NaN that stands for all of them is the first one in input order, not in sort order.
      int first = sel[count - 1];
      for (int i = first; i < n; i++) {
        if (perm[i] < perm[first]) {
          first = i;
        }
      }
      sel[count - 1] = first;
    }
    List<NDArray> out = new ArrayList<>();
    out.add(take(aux, sel, count));
    if (rIndex) {
      long[] idx = new long[count];
      for (int j = 0; j < count; j++) {
        idx[j] = perm[sel[j]];
      }
      out.add(longs(idx, new int[] {count}));
    }
    if (rInverse) {
      long[] inv = new long[n];
      long g = -1;
      for (int i = 0; i < n; i++) {
        g += mask[i] ? 1 : 0;
        inv[perm[i]] = g;
      }
      out.add(longs(inv, inverseShape.clone()));
    }
    if (rCounts) {
      long[] c = new long[count];
      for (int j = 0; j < count; j++) {
        c[j] = (j + 1 < count ? sel[j + 1] : n) - sel[j];
      }
      out.add(longs(c, new int[] {count}));
    }
    return out.toArray(new NDArray[0]);
  }

  /**
   * unique along an axis: NumPy views each slice as one structured element, sorted field by
   * field, and compares slices with {@code ==}, so a slice holding a NaN equals no other.
   */
  private static NDArray[] uniqueAxis(NDArray x, int axis, boolean rIndex, boolean rInverse, boolean rCounts) {
    int nd = x.ndim();
    int rows = x.shapeRef()[axis];
    // move the axis to the front, as a contiguous (rows, m) table
    int[] perm = new int[nd];
    perm[0] = axis;
    for (int i = 0, j = 1; i < nd; i++) {
      if (i != axis) {
        perm[j++] = i;
      }
    }
    int[] shp = new int[nd];
    int[] st = new int[nd];
    for (int i = 0; i < nd; i++) {
      shp[i] = x.shapeRef()[perm[i]];
      st[i] = x.stridesRef()[perm[i]];
    }
    NDArray t = Copy.copy(StridedViews.view(x, shp, st, x.offset()));
    int m = rows == 0 ? 0 : t.size() / rows;
    DType d = x.dtype();
    boolean cx = d.isComplex();
    // keys per column (column-major so each column is contiguous for the stable passes)
    long[][] kc = new long[m][rows];
    long[][] rc = cx ? new long[m][rows] : null;
    long[][] ic = cx ? new long[m][rows] : null;
    boolean[] rowNan = new boolean[rows];
    for (int c = 0; c < m; c++) {
      if (cx) {
        SortKernels.fillComplex(t, t.offset() + c, m, rows, kc[c], rc[c], ic[c], 0);
      } else {
        SortKernels.fill(t, t.offset() + c, m, rows, kc[c], 0);
      }
      for (int r = 0; r < rows; r++) {
        rowNan[r] |= cx ? kc[c][r] != 0 : d.isFloat() && kc[c][r] == Long.MAX_VALUE;
      }
    }
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = i;
    }
    long[] tmp = new long[rows];
    for (int c = m - 1; c >= 0; c--) {
      if (cx) {
        SortKernels.byKey(ic[c], order, rows, tmp);
        SortKernels.byKey(rc[c], order, rows, tmp);
      }
      SortKernels.byKey(kc[c], order, rows, tmp);
    }
    boolean[] mask = new boolean[rows];
    int count = 0;
    for (int i = 0; i < rows; i++) {
      boolean start = i == 0 || rowNan[order[i]] || rowNan[order[i - 1]];
      for (int c = 0; c < m && !start; c++) {
        int a = order[i];
        int b = order[i - 1];
        start = kc[c][a] != kc[c][b] || cx && (rc[c][a] != rc[c][b] || ic[c][a] != ic[c][b]);
      }
      mask[i] = start;
      count += start ? 1 : 0;
    }
    int[] sel = new int[count];
    for (int i = 0, j = 0; i < rows; i++) {
      if (mask[i]) {
        sel[j++] = i;
      }
    }
    int[] ushape = shp.clone();
    ushape[0] = count;
    int[][] rowMap = new int[nd][];
    rowMap[0] = new int[count];
    for (int j = 0; j < count; j++) {
      rowMap[0][j] = order[sel[j]];
    }
    NDArray u = GatherScatter.outerGather(t, rowMap);
    // move the axis back (a view)
    int[] bshape = new int[nd];
    int[] bstr = new int[nd];
    int[] us = u.stridesRef();
    for (int i = 0; i < nd; i++) {
      bshape[perm[i]] = ushape[i];
      bstr[perm[i]] = us[i];
    }
    List<NDArray> out = new ArrayList<>();
    out.add(StridedViews.view(u, bshape, bstr, u.offset()));
    if (rIndex) {
      long[] idx = new long[count];
      for (int j = 0; j < count; j++) {
        idx[j] = order[sel[j]];
      }
      out.add(longs(idx, new int[] {count}));
    }
    if (rInverse) {
      long[] inv = new long[rows];
      long g = -1;
      for (int i = 0; i < rows; i++) {
        g += mask[i] ? 1 : 0;
        inv[order[i]] = g;
      }
      out.add(longs(inv, new int[] {rows}));
    }
    if (rCounts) {
      long[] c = new long[count];
      for (int j = 0; j < count; j++) {
        c[j] = (j + 1 < count ? sel[j + 1] : rows) - sel[j];
      }
      out.add(longs(c, new int[] {count}));
    }
    return out.toArray(new NDArray[0]);
  }

  private static NDArray uniqueValues(NDArray x) {
    return unique1d(ravel(x), false, false, false, true, new int[0])[0];
  }

  // ---------------------------------------------------------------- membership

  /**
   * Membership of every element of x (C order) in y, compared in their promoted dtype with
   * {@code ==} (NaN is in nothing). With assume_unique NumPy's _in1d may take its sort path, whose
   * answer on input that is not unique is no set membership; that path is followed literally so
   * the answer stays NumPy's. Otherwise (and on its table and loop paths) the answer is exact.
   */
  private static boolean[] member(NDArray x, NDArray y, boolean assumeUnique, boolean invert, String kind) {
    DType d = Promotion.promoteTypes(x.dtype(), y.dtype());
    NDArray xs = ravel(Cast.to(x, d));
    NDArray ys = ravel(Cast.to(y, d));
    boolean table = isIntegral(x.dtype()) && isIntegral(y.dtype()) && !"sort".equals(kind);
    if (assumeUnique && !table && ys.size() >= 10 * Math.pow(xs.size(), 0.145)) {
      return sortPathMember(xs, ys, invert);
    }
    int[] order = argsort(ys);
    Keys ky = new Keys(take(ys, order, ys.size()));
    Keys kx = new Keys(xs);
    boolean[] r = new boolean[kx.n];
    for (int i = 0; i < kx.n; i++) {
      boolean found = false;
      if (!kx.nan(i)) {
        int lo = 0;
        int hi = ky.n;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (ky.compare(mid, kx, i) < 0) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        found = lo < ky.n && ky.eq(lo, kx, i);
      }
      r[i] = found != invert;
    }
    return r;
  }

  private static boolean isIntegral(DType d) {
    return d.isInteger() || d.isBool();
  }

  /** NumPy's _in1d sort path with assume_unique: neighbours in the stable sort of both. */
  private static boolean[] sortPathMember(NDArray xs, NDArray ys, boolean invert) {
    NDArray ar = concat(xs, ys);
    int n = ar.size();
    int[] order = argsort(ar);
    Keys k = new Keys(take(ar, order, n));
    boolean[] ret = new boolean[n];
    for (int i = 0; i < n; i++) {
      ret[order[i]] = i + 1 < n ? k.eq(i + 1, k, i) != invert : invert;
    }
    return java.util.Arrays.copyOf(ret, xs.size());
  }

  private static void checkKind(String kind, NDArray a, NDArray b) {
    if (kind == null || kind.equals("sort")) {
      return;
    }
    if (!kind.equals("table")) {
      throw new ValueError("Invalid kind: '" + kind + "'. Please use None, 'sort' or 'table'.");
    }
    boolean ints = (a.dtype().isInteger() || a.dtype().isBool()) && (b.dtype().isInteger() || b.dtype().isBool());
    if (!ints) {
      throw new ValueError("The 'table' method is only supported for boolean or integer arrays. "
          + "Please select 'sort' or None for kind.");
    }
  }

  private static NDArray bools(boolean[] v, int[] shape) {
    byte[] b = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = (byte) (v[i] ? 1 : 0);
    }
    return HostArrays.bool(shape, b);
  }

  public static NDArray isin(Object element, Object testElements, boolean assumeUnique, boolean invert, String kind) {
    NDArray x = Convert.asarray(element, null);
    NDArray y = Convert.asarray(testElements, null);
    checkKind(kind, x, y);
    return bools(member(x, y, assumeUnique, invert, kind), x.shape());
  }

  // ---------------------------------------------------------------- set algebra

  public static Object intersect1d(Object ar1, Object ar2, boolean assumeUnique, boolean returnIndices) {
    NDArray a = Convert.asarray(ar1, null);
    NDArray b = Convert.asarray(ar2, null);
    NDArray ind1 = null;
    NDArray ind2 = null;
    if (!assumeUnique) {
      if (returnIndices) {
        NDArray[] ua = unique1d(ravel(a), true, false, false, true, new int[0]);
        NDArray[] ub = unique1d(ravel(b), true, false, false, true, new int[0]);
        a = ua[0];
        ind1 = ua[1];
        b = ub[0];
        ind2 = ub[1];
      } else {
        a = uniqueValues(a);
        b = uniqueValues(b);
      }
    } else {
      a = ravel(a);
      b = ravel(b);
    }
    NDArray aux0 = concat(a, b);
    int n = aux0.size();
    int[] order = argsort(aux0);
    NDArray aux = take(aux0, order, n);
    Keys k = new Keys(aux);
    int[] sel = new int[Math.max(n - 1, 0)];
    int count = 0;
    for (int i = 0; i + 1 < n; i++) {
      if (k.eq(i + 1, k, i)) {
        sel[count++] = i;
      }
    }
    NDArray values = take(aux, sel, count);
    if (!returnIndices) {
      return values;
    }
    long[] i1 = new long[count];
    long[] i2 = new long[count];
    int na = a.size();
    long[] ind1v = assumeUnique ? null : HostArrays.longs(ind1);
    long[] ind2v = assumeUnique ? null : HostArrays.longs(ind2);
    for (int j = 0; j < count; j++) {
      i1[j] = order[sel[j]];
      i2[j] = order[sel[j] + 1] - na;
      if (!assumeUnique) {
        i1[j] = ind1v[(int) i1[j]];
        i2[j] = ind2v[(int) i2[j]];
      }
    }
    return new NDArray[] {values, longs(i1, new int[] {count}), longs(i2, new int[] {count})};
  }

  public static NDArray union1d(Object ar1, Object ar2) {
    return uniqueValues(concat(ravel(Convert.asarray(ar1, null)), ravel(Convert.asarray(ar2, null))));
  }

  public static NDArray setdiff1d(Object ar1, Object ar2, boolean assumeUnique) {
    NDArray a = Convert.asarray(ar1, null);
    NDArray b = Convert.asarray(ar2, null);
    if (assumeUnique) {
      a = ravel(a);
    } else {
      a = uniqueValues(a);
      b = uniqueValues(b);
    }
    boolean[] keep = member(a, b, true, true, null);
    int[] sel = new int[keep.length];
    int count = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        sel[count++] = i;
      }
    }
    return take(a, sel, count);
  }

  public static NDArray setxor1d(Object ar1, Object ar2, boolean assumeUnique) {
    NDArray a = Convert.asarray(ar1, null);
    NDArray b = Convert.asarray(ar2, null);
    if (!assumeUnique) {
      a = uniqueValues(a);
      b = uniqueValues(b);
    }
    NDArray aux0 = concat(ravel(a), ravel(b));
    int n = aux0.size();
    if (n == 0) {
      return aux0;
    }
    NDArray aux = take(aux0, argsort(aux0), n);
    Keys k = new Keys(aux);
    // flag[i] = aux[i] != aux[i-1] with both ends true; keep i where flag[i] and flag[i+1]
    boolean[] flag = new boolean[n + 1];
    flag[0] = true;
    flag[n] = true;
    for (int i = 1; i < n; i++) {
      flag[i] = !k.eq(i, k, i - 1);
    }
    int[] sel = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (flag[i] && flag[i + 1]) {
        sel[count++] = i;
      }
    }
    return take(aux, sel, count);
  }
}

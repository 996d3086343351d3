package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.SortKernels;
import dev.numbat.backend.cpu.StridedViews;
import dev.numbat.backend.cpu.Cast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * sort, argsort, lexsort, partition, argpartition and searchsorted ({@code op-specs/ops/sorting.yaml}).
 * Every sort is stable whatever {@code kind} says, in NumPy's order (NaN last, complex
 * lexicographic, -0.0 equal to 0.0). Value sorts of integer and float32/64 lanes use Java's
 * primitive sorts; everything else goes through the stable key argsort of {@link SortKernels}.
 */
public final class Sorting {
  private Sorting() {}

  // ---------------------------------------------------------------- sort, argsort

  public static NDArray sort(Object a, Integer axis, String kind) {
    checkSortKind(kind);
    NDArray x = Convert.asarray(a, null);
    int ax;
    if (axis == null) {
      x = flat(x);
      ax = 0;
    } else {
      ax = Shapes.normalizeAxis(axis, x.ndim());
    }
    return SortKernels.sorted(x, ax);
  }

  public static NDArray argsort(Object a, Integer axis, String kind) {
    checkSortKind(kind);
    NDArray x = Convert.asarray(a, null);
    int ax;
    if (axis == null || x.ndim() == 0) {
      // NumPy argsorts a 0-d array as a 1-element 1-d one (axis 0 or -1 allowed).
      if (axis != null) {
        Shapes.normalizeAxis(axis, 1);
      }
      x = flat(x);
      ax = 0;
    } else {
      ax = Shapes.normalizeAxis(axis, x.ndim());
    }
    return SortKernels.argsortAlong(x, ax);
  }

  /** NumPy accepts any kind starting with q, h, m or s (case-insensitive), or None. */
  static void checkSortKind(String kind) {
    if (kind == null) {
      return;
    }
    char c = kind.isEmpty() ? ' ' : Character.toLowerCase(kind.charAt(0));
    if (c != 'q' && c != 'h' && c != 'm' && c != 's') {
      throw new ValueError("sort kind must be one of 'quick', 'heap', or 'stable' (got '" + kind + "')");
    }
  }

  /** The C-order elements of x as a 1-d array (a view when x is contiguous). */
  static NDArray flat(NDArray x) {
    NDArray c = Copy.contiguous(x);
    return StridedViews.view(c, new int[] {c.size()}, new int[] {1}, c.offset());
  }

  // ---------------------------------------------------------------- lexsort

  public static NDArray lexsort(Object keys, int axis) {
    List<NDArray> ks = new ArrayList<>();
    if (keys instanceof NDArray k) {
      if (k.ndim() == 0) {
        throw new TypeError("need sequence of keys with len > 0 in lexsort");
      }
      for (int i = 0; i < k.shapeRef()[0]; i++) {
        ks.add(row(k, i));
      }
    } else if (keys instanceof List<?> || keys instanceof Object[]) {
      List<?> items = keys instanceof List<?> l ? l : Arrays.asList((Object[]) keys);
      for (Object o : items) {
        ks.add(Convert.asarray(o, null));
      }
    } else if (keys != null && keys.getClass().isArray()) {
      NDArray k = Convert.asarray(keys, null);
      for (int i = 0; i < k.shapeRef()[0]; i++) {
        ks.add(row(k, i));
      }
    } else {
      throw new TypeError("need sequence of keys with len > 0 in lexsort");
    }
    if (ks.isEmpty()) {
      throw new TypeError("need sequence of keys with len > 0 in lexsort");
    }
    int[] shape = ks.get(0).shapeRef();
    for (NDArray k : ks) {
      if (!Arrays.equals(k.shapeRef(), shape)) {
        throw new ValueError("all keys need to be the same shape");
      }
    }
    if (shape.length == 0) {
      if (axis != 0 && axis != -1) {
        throw new AxisError(axis, 0);
      }
      return HostArrays.int64(Shapes.SCALAR, new long[] {0});
    }
    return SortKernels.lexsort(ks, shape, Shapes.normalizeAxis(axis, shape.length));
  }

  /** x[i] as a view. */
  private static NDArray row(NDArray x, int i) {
    int nd = x.ndim();
    return StridedViews.view(x, Arrays.copyOfRange(x.shapeRef(), 1, nd), Arrays.copyOfRange(x.stridesRef(), 1, nd),
        x.offset() + i * x.stridesRef()[0]);
  }

  // ---------------------------------------------------------------- partition, argpartition

  /**
   * NumPy leaves the order inside each partition unspecified; Numbat returns the stably sorted
   * lane, which satisfies every kth at once.
   */
  public static NDArray partition(Object a, int[] kth, Integer axis, String kind) {
    checkSelectKind(kind);
    NDArray x = Convert.asarray(a, null);
    int ax;
    if (axis == null) {
      x = flat(x);
      ax = 0;
    } else {
      ax = Shapes.normalizeAxis(axis, x.ndim());
    }
    checkKth(kth, x, ax);
    return SortKernels.sorted(x, ax);
  }

  public static NDArray argpartition(Object a, int[] kth, Integer axis, String kind) {
    checkSelectKind(kind);
    NDArray x = Convert.asarray(a, null);
    int ax;
    if (axis == null || x.ndim() == 0) {
      if (axis != null) {
        Shapes.normalizeAxis(axis, 1);
      }
      x = flat(x);
      ax = 0;
    } else {
      ax = Shapes.normalizeAxis(axis, x.ndim());
    }
    checkKth(kth, x, ax);
    return SortKernels.argsortAlong(x, ax);
  }

  private static void checkSelectKind(String kind) {
    if (kind != null && !kind.equals("introselect")) {
      throw new ValueError("select kind must be 'introselect' (got '" + kind + "')");
    }
  }

  /** Each kth in [-n, n) once lanes exist (an empty array has nothing to check, as in NumPy). */
  private static void checkKth(int[] kth, NDArray x, int axis) {
    if (x.size() == 0) {
      return;
    }
    int n = x.shapeRef()[axis];
    for (int k : kth) {
      long v = k < 0 ? (long) k + n : k;
      if (v < 0 || v >= n) {
        throw new ValueError("kth(=" + v + ") out of bounds (" + n + ")");
      }
    }
  }

  // ---------------------------------------------------------------- searchsorted

  public static NDArray searchsorted(Object a, Object v, String side, Object sorter) {
    boolean right;
    if ("left".equals(side)) {
      right = false;
    } else if ("right".equals(side)) {
      right = true;
    } else if (side == null || side.isEmpty()) {
      throw new ValueError("search side must be 'left' or 'right' (got '" + side + "')");
    } else {
      throw new ValueError("search side must be one of 'left' or 'right'");
    }
    NDArray arr = Convert.asarray(a, null);
    if (arr.ndim() == 0) {
      throw new ValueError("object of too small depth for desired array");
    }
    if (arr.ndim() > 1) {
      throw new ValueError("object too deep for desired array");
    }
    NDArray keysArr = Convert.asarray(v, null);
    DType common = Promotion.promoteTypes(arr.dtype(), keysArr.dtype());
    arr = Cast.to(arr, common);
    keysArr = Cast.to(keysArr, common);
    int n = arr.size();
    long[] sort = null;
    if (sorter != null) {
      NDArray s = Convert.asarray(sorter, null);
      if (s.ndim() != 1 || s.dtype() == DType.UINT64) {
        throw s.ndim() == 1 ? new ValueError("could not parse sorter argument")
            : new TypeError("could not parse sorter argument");
      }
      if (!s.dtype().isInteger()) {
        throw new TypeError("sorter must only contain integers");
      }
      if (s.size() != n) {
        throw new ValueError("sorter.size must equal a.size");
      }
      sort = HostArrays.longs(s);
    }
    boolean cx = common.isComplex();
    int m = keysArr.size();
    long[] ak = new long[n];
    long[][] ac = cx ? new long[][] {new long[n], new long[n]} : null;
    long[] vk = new long[m];
    long[][] vc = cx ? new long[][] {new long[m], new long[m]} : null;
    if (cx) {
      SortKernels.fillComplex(arr, arr.offset(), arr.stridesRef()[0], n, ak, ac[0], ac[1], 0);
    } else {
      SortKernels.fill(arr, arr.offset(), arr.stridesRef()[0], n, ak, 0);
    }
    NDArray vc0 = Copy.contiguous(keysArr);
    if (cx) {
      SortKernels.fillComplex(vc0, vc0.offset(), 1, m, vk, vc[0], vc[1], 0);
    } else {
      SortKernels.fill(vc0, vc0.offset(), 1, m, vk, 0);
    }
    long[] o = new long[m];
    if (m == 0) {
      return HostArrays.int64(keysArr.shape(), o);
    }
    // NumPy's binsearch / argbinsearch, step for step (so unsorted input gives NumPy's answer too):
    // each search starts from the previous key's bounds.
    int min = 0;
    int max = n;
    int last = 0;
    long[] a1 = cx ? ac[0] : null;
    long[] a2 = cx ? ac[1] : null;
    long[] v1 = cx ? vc[0] : null;
    long[] v2 = cx ? vc[1] : null;
    for (int j = 0; j < m; j++) {
      if (cmp(right, vk, v1, v2, last, vk, v1, v2, j)) {
        max = n;
      } else {
        min = 0;
        max = max < n ? max + 1 : n;
      }
      last = j;
      while (min < max) {
        int mid = min + ((max - min) >> 1);
        int idx = mid;
        if (sort != null) {
          long si = sort[mid];
          if (si < 0 || si >= n) {
            throw new ValueError("Sorter index out of range.");
          }
          idx = (int) si;
        }
        if (cmp(right, ak, a1, a2, idx, vk, v1, v2, j)) {
          min = mid + 1;
        } else {
          max = mid;
        }
      }
      o[j] = min;
    }
    return HostArrays.int64(keysArr.shape(), o);
  }

  /** left: a[i] < b[j]; right: a[i] <= b[j]. */
  private static boolean cmp(boolean right, long[] ka, long[] ra, long[] ia, int i, long[] kb, long[] rb, long[] ib,
      int j) {
    int c = SortKernels.compare(ka, ra == null ? null : ka, ra, ia, i, kb, rb == null ? null : kb, rb, ib, j);
    return right ? c <= 0 : c < 0;
  }
}

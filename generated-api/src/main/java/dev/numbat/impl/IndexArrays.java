package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;
import java.util.List;

/**
 * Index-array builders: diag_indices, tril_indices, triu_indices, indices, ix_, unravel_index and
 * ravel_multi_index. Index results are int64 (NumPy's intp on 64-bit platforms).
 */
public final class IndexArrays {
  private IndexArrays() {}

  /** {@code np.diag_indices(n, ndim)}: ndim copies of arange(n). */
  public static NDArray[] diagIndices(int n, int ndim) {
    NDArray a = Np.arange(0L, (long) Math.max(n, 0), 1L, DType.INT64);
    NDArray[] r = new NDArray[Math.max(ndim, 0)];
    java.util.Arrays.fill(r, a);
    return r;
  }

  /** {@code np.tril_indices(n, k, m)}: row and column indices of the lower triangle (C order). */
  public static NDArray[] trilIndices(int n, int k, Integer m) {
    return triangle(n, k, m, true);
  }

  /** {@code np.triu_indices(n, k, m)}: row and column indices of the upper triangle (C order). */
  public static NDArray[] triuIndices(int n, int k, Integer m) {
    return triangle(n, k, m, false);
  }

  private static NDArray[] triangle(int n, int k, Integer m, boolean lower) {
    int rows = Math.max(n, 0);
    int cols = Math.max(m == null ? n : m, 0);
    int count = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        if (lower ? (long) j - i <= k : (long) j - i >= k) {
          count++;
        }
      }
    }
    long[] r = new long[count];
    long[] c = new long[count];
    int p = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        if (lower ? (long) j - i <= k : (long) j - i >= k) {
          r[p] = i;
          c[p++] = j;
        }
      }
    }
    return new NDArray[] {ArrayMoves.int64(r), ArrayMoves.int64(c)};
  }

  /**
   * {@code np.indices(dimensions, dtype, sparse)}: one index grid per dimension. Returned as
   * NDArray[] in both forms: dense grids have the full shape (NumPy's dense result is their
   * stack, {@code Np.stack(grids)}), sparse ones have length 1 except along their own axis.
   */
  public static NDArray[] indices(int[] dimensions, DType dtype, boolean sparse) {
    DType dt = dtype == null ? DType.INT64 : dtype;
    int nd = dimensions.length;
    Shapes.checkedSize(dimensions);
    NDArray[] r = new NDArray[nd];
    for (int d = 0; d < nd; d++) {
      int n = dimensions[d];
      NDArray line = Np.astype(Np.arange(0L, (long) n, 1L, DType.INT64), dt, false);
      int[] s = new int[nd];
      java.util.Arrays.fill(s, 1);
      s[d] = n;
      NDArray g = Np.reshape(line, s);
      r[d] = sparse ? g : Np.copy(Np.broadcastTo(g, dimensions));
    }
    return r;
  }

  /**
   * {@code np.ix_(*args)}: open-mesh index arrays; the k-th 1-d sequence is reshaped to length 1
   * on every axis but k. Boolean sequences become the indices of their true entries.
   */
  public static NDArray[] ix(Object... args) {
    int nd = args.length;
    NDArray[] r = new NDArray[nd];
    for (int k = 0; k < nd; k++) {
      NDArray x = Np.asarray(args[k]);
      if (x.size() == 0 && !x.dtype().isInteger()) {
        // an empty sequence is an empty index list (NumPy converts empty lists to intp)
        x = Np.zeros(x.shape(), DType.INT64);
      }
      if (x.ndim() != 1) {
        throw new ValueError("Cross index must be 1 dimensional");
      }
      if (x.dtype().isBool()) {
        x = Np.flatnonzero(x);
      }
      int[] s = new int[nd];
      java.util.Arrays.fill(s, 1);
      s[k] = x.size();
      r[k] = Np.reshape(x, s);
    }
    return r;
  }

  private static char order(String order) {
    String o = order == null ? "C" : order;
    if (o.equals("C") || o.equals("c")) {
      return 'C';
    }
    if (o.equals("F") || o.equals("f")) {
      return 'F';
    }
    throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + o + "')");
  }

  private static long[] intIndices(NDArray x) {
    if (!x.dtype().isInteger()) {
      throw new TypeError("only int indices permitted");
    }
    return ArrayMoves.indexValues(x, "same_kind");
  }

  /**
   * {@code np.unravel_index(indices, shape, order)}: the coordinate arrays (each shaped like
   * indices, int64) of flat indices into an array of the given shape.
   */
  public static NDArray[] unravelIndex(Object indices, int[] shape, String order) {
    NDArray x = ArrayMoves.arr(indices);
    char o = order(order);
    long[] v = intIndices(x);
    int size = Shapes.checkedSize(shape);
    int nd = shape.length;
    long[][] out = new long[nd][v.length];
    for (int k = 0; k < v.length; k++) {
      long f = v[k];
      if (f < 0 || f >= size) {
        throw new ValueError("index " + f + " is out of bounds for array with size " + size);
      }
      if (o == 'C') {
        for (int d = nd - 1; d >= 0; d--) {
          out[d][k] = f % shape[d];
          f /= shape[d];
        }
      } else {
        for (int d = 0; d < nd; d++) {
          out[d][k] = f % shape[d];
          f /= shape[d];
        }
      }
    }
    NDArray[] r = new NDArray[nd];
    for (int d = 0; d < nd; d++) {
      r[d] = HostArrays.int64(x.shape(), out[d]);
    }
    return r;
  }

  /**
   * {@code np.ravel_multi_index(multi_index, dims, mode, order)}: flat indices of coordinate
   * arrays (broadcast together). mode is 'raise', 'wrap', 'clip', or one of them per dimension
   * (a String[] or List of Strings).
   */
  public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, Object mode, String order) {
    char o = order(order);
    int nd = dims.length;
    int[] modes = new int[nd];
    if (mode == null || mode instanceof String) {
      java.util.Arrays.fill(modes, Selection.clipmode((String) mode));
    } else {
      List<?> l = mode instanceof Object[] a ? java.util.Arrays.asList(a) : (List<?>) mode;
      if (l.size() != nd) {
        throw new ValueError("list of clipmodes has wrong length (" + l.size() + " instead of " + nd + ")");
      }
      for (int i = 0; i < nd; i++) {
        modes[i] = Selection.clipmode(String.valueOf(l.get(i)));
      }
    }
    if (multiIndex.length != nd) {
      throw new ValueError("parameter multi_index must be a sequence of length " + nd);
    }
    NDArray[] xs = new NDArray[nd];
    int[][] shapes = new int[nd][];
    for (int i = 0; i < nd; i++) {
      xs[i] = ArrayMoves.arr(multiIndex[i]);
      shapes[i] = xs[i].shapeRef();
    }
    int[] shape = nd == 0 ? new int[0] : ShapeOps.broadcastAll(shapes);
    for (int d : dims) {
      if (d <= 0) {
        throw new ValueError("dimensions must be positive");
      }
    }
    long[][] v = new long[nd][];
    for (int i = 0; i < nd; i++) {
      v[i] = intIndices(ShapeOps.broadcastTo(xs[i], shape));
    }
    int size = Shapes.size(shape);
    long[] out = new long[size];
    long[] mult = new long[nd];
    long acc = 1;
    if (o == 'C') {
      for (int d = nd - 1; d >= 0; d--) {
        mult[d] = acc;
        acc *= dims[d];
      }
    } else {
      for (int d = 0; d < nd; d++) {
        mult[d] = acc;
        acc *= dims[d];
      }
    }
    for (int k = 0; k < size; k++) {
      long f = 0;
      for (int d = 0; d < nd; d++) {
        long i = v[d][k];
        int n = dims[d];
        switch (modes[d]) {
          case 1 -> i = Math.floorMod(i, (long) n);
          case 2 -> i = Math.max(0, Math.min(i, n - 1));
          default -> {
            if (i < 0 || i >= n) {
              throw new ValueError("invalid entry in coordinates array");
            }
          }
        }
        f += i * mult[d];
      }
      out[k] = f;
    }
    return HostArrays.int64(shape, out);
  }
}

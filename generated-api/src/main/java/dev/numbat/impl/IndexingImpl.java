package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.GatherScatter;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.StridedViews;

/**
 * NumPy's in-place assignment routines in functional form: {@code put_along_axis}, {@code place}
 * and {@code put} return a modified copy of the array instead of writing into it.
 */
public final class IndexingImpl {
  private IndexingImpl() {}

  /**
   * {@code np.put_along_axis(arr, indices, values, axis)} on a copy: {@code arr} with the values
   * written at {@code indices} along {@code axis} (null: the flattened array).
   */
  public static NDArray putAlongAxis(NDArray arr, Object indices, Object values, Integer axis) {
    NDArray ind = Convert.asarray(indices, null);
    if (axis == null) {
      if (ind.ndim() != 1) {
        throw new ValueError("when axis=None, `indices` must have a single dimension.");
      }
      NDArray flat = Copy.copy(arr);
      NDArray r = StridedViews.view(flat, new int[] {flat.size()}, new int[] {1}, 0).at(ind).set(values);
      return StridedViews.view(r, arr.shapeRef(), Shapes.cStrides(arr.shapeRef()), 0);
    }
    int nd = arr.ndim();
    int ax = Shapes.normalizeAxis(axis, nd);
    if (!ind.dtype().isInteger()) {
      throw new IndexError("`indices` must be an integer array");
    }
    if (ind.ndim() != nd) {
      throw new ValueError("`indices` and `arr` must have the same number of dimensions");
    }
    Object[] index = new Object[nd];
    int[] shape = arr.shapeRef();
    for (int d = 0; d < nd; d++) {
      if (d == ax) {
        index[d] = ind;
      } else {
        int[] s = new int[nd];
        java.util.Arrays.fill(s, 1);
        s[d] = shape[d];
        long[] r = new long[shape[d]];
        for (int i = 0; i < r.length; i++) {
          r[i] = i;
        }
        index[d] = HostArrays.int64(s, r);
      }
    }
    return arr.at(index).set(values);
  }

  /**
   * {@code np.place(arr, mask, vals)} on a copy: the elements where {@code mask} is true take
   * {@code vals} in order, repeated cyclically when there are fewer.
   */
  public static NDArray place(NDArray arr, Object mask, Object vals) {
    NDArray m = Cast.to(Convert.asarray(mask, null), DType.BOOL);
    if (m.size() != arr.size()) {
      throw new ValueError("place: mask and data must be the same size");
    }
    DType d = arr.dtype();
    NDArray v = vals instanceof NDArray a ? Cast.to(a.strong(), d) : Convert.asarray(vals, d);
    v = Copy.contiguous(v);
    NDArray out = Copy.copy(arr);
    int[] hits = HostArrays.truePositions(m);
    int k = hits.length;
    int nv = v.size();
    if (nv == 0) {
      if (k > 0) {
        throw new ValueError("Cannot insert from an empty array!");
      }
      return out;
    }
    int[] src = new int[k];
    for (int j = 0; j < k; j++) {
      src[j] = j % nv;
    }
    GatherScatter.scatterInto(out, hits, v, src);
    return out;
  }

  /**
   * {@code np.put(a, ind, v, mode)} on a copy: the flattened {@code a} takes {@code v} (repeated
   * cyclically) at the flat indices {@code ind}. mode 'raise' (out-of-range indices are an
   * IndexError), 'wrap' (modulo the size) or 'clip' (clamped).
   */
  public static NDArray put(NDArray a, Object ind, Object v, String mode) {
    char m = mode == null || mode.isEmpty() ? ' ' : Character.toLowerCase(mode.charAt(0));
    if (m != 'r' && m != 'w' && m != 'c') {
      throw new ValueError("clipmode must be one of 'clip', 'raise', or 'wrap'");
    }
    NDArray idx = Convert.asarray(ind, null);
    if (idx.dtype().isComplex()) {
      throw new TypeError("Cannot cast array data from dtype('" + idx.dtype() + "') to dtype('int64') according "
          + "to the rule 'safe'");
    }
    // NumPy converts the indices to intp as a forced cast: float indices truncate.
    idx = Cast.to(idx, DType.INT64);
    DType d = a.dtype();
    NDArray vals = Copy.contiguous(v instanceof NDArray x ? Cast.to(x.strong(), d) : Convert.asarray(v, d));
    NDArray out = Copy.copy(a);
    int nv = vals.size();
    int ni = idx.size();
    if (nv == 0 || ni == 0) {
      return out;
    }
    int max = a.size();
    if (max == 0 && m != 'r') {
      throw new IndexError("cannot do a non-empty put from an empty array");
    }
    int[] dst = new int[ni];
    int[] src = new int[ni];
    long[] iv = HostArrays.longs(idx);
    for (int i = 0; i < ni; i++) {
      long t = iv[i];
      if (m == 'r') {
        if (t < -max || t >= max) {
          throw new IndexError("index " + t + " is out of bounds for axis 0 with size " + max);
        }
        t = t < 0 ? t + max : t;
      } else if (m == 'w') {
        t = Math.floorMod(t, (long) max);
      } else {
        t = Math.max(0, Math.min(max - 1, t));
      }
      dst[i] = (int) t;
      src[i] = i % nv;
    }
    GatherScatter.scatterInto(out, dst, vals, src);
    return out;
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.runtime.Cast;
import dev.numbat.runtime.Convert;
import dev.numbat.runtime.NdLoop;
import dev.numbat.runtime.Scalars;
import dev.numbat.runtime.Shapes;
import dev.numbat.runtime.Storage;
import dev.numbat.runtime.StridedWalk;

/**
 * Element movement for the shape, joining and selection ops: dtype-agnostic strided copies into
 * a fresh output, gathers by storage offset, truth values and integer index conversion. Every
 * op that rearranges elements without computing on them is built from these, so they work for
 * all fifteen dtypes (complex as two storage slots per element).
 */
final class ArrayMoves {
  private ArrayMoves() {}

  static NDArray arr(Object a) {
    return Convert.asarray(a, null);
  }

  /** An operand: arrays strong, Java scalars weak (NEP 50), the rest through asarray. */
  static NDArray operand(Object a) {
    return Scalars.operand(a);
  }

  /** A view over {@code x}'s storage. */
  static NDArray view(NDArray x, int[] shape, int[] strides, int offset) {
    return new NDArray(x.dtype(), shape, strides, offset, x.data(), false);
  }

  /** Storage offsets of {@code x}'s elements in C order. */
  static int[] offsets(NDArray x) {
    int n = x.size();
    int[] r = new int[n];
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      r[i] = w.next();
    }
    return r;
  }

  /** A new C-contiguous array of {@code shape} whose element k is {@code x}'s storage element offs[k]. */
  static NDArray gather(NDArray x, int[] offs, int[] shape) {
    NDArray out = NDArray.allocate(x.dtype(), shape);
    gatherInto(x.data(), offs, out.data(), 0, offs.length, x.dtype().isComplex());
    return out;
  }

  /** dst[dOff + k] = src[offs[k]] for k < n (element units; complex moves both parts). */
  static void gatherInto(Object src, int[] offs, Object dst, int dOff, int n, boolean complex) {
    switch (src) {
      case byte[] s -> {
        byte[] d = (byte[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k] = s[offs[k]];
        }
      }
      case short[] s -> {
        short[] d = (short[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k] = s[offs[k]];
        }
      }
      case int[] s -> {
        int[] d = (int[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k] = s[offs[k]];
        }
      }
      case long[] s -> {
        long[] d = (long[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k] = s[offs[k]];
        }
      }
      case float[] s -> {
        float[] d = (float[]) dst;
        if (complex) {
          for (int k = 0; k < n; k++) {
            d[2 * (dOff + k)] = s[2 * offs[k]];
            d[2 * (dOff + k) + 1] = s[2 * offs[k] + 1];
          }
        } else {
          for (int k = 0; k < n; k++) {
            d[dOff + k] = s[offs[k]];
          }
        }
      }
      case double[] s -> {
        double[] d = (double[]) dst;
        if (complex) {
          for (int k = 0; k < n; k++) {
            d[2 * (dOff + k)] = s[2 * offs[k]];
            d[2 * (dOff + k) + 1] = s[2 * offs[k] + 1];
          }
        } else {
          for (int k = 0; k < n; k++) {
            d[dOff + k] = s[offs[k]];
          }
        }
      }
      default -> throw new IllegalStateException(src.getClass().getName());
    }
  }

  /**
   * Writes {@code src} (same dtype, broadcast to the target's shape) into the strided region
   * (shape, strides, offset) of {@code out}'s storage. {@code out} must be an array this op has
   * just allocated and not yet returned: nothing else can observe the writes.
   */
  static void assign(NDArray out, int[] shape, int[] strides, int offset, NDArray src) {
    if (Shapes.size(shape) == 0) {
      return;
    }
    NDArray s = src.dtype() == out.dtype() ? src : Cast.to(src.strong(), out.dtype());
    int[] ss = Shapes.broadcastStrides(s, shape);
    NdLoop it = new NdLoop(shape, new int[][] {ss, strides}, new int[] {s.offset(), offset});
    int inner = it.inner();
    int si = it.innerStride(0);
    int di = it.innerStride(1);
    int[] off = it.offsets();
    boolean complex = out.dtype().isComplex();
    do {
      copyRun(s.data(), off[0], si, out.data(), off[1], di, inner, complex);
    } while (it.next());
  }

  /** Writes {@code src} into the region of {@code out} given by a view {@code region} of out. */
  static void assign(NDArray out, NDArray region, NDArray src) {
    assign(out, region.shapeRef(), region.stridesRef(), region.offset(), src);
  }

  /** n elements from src (offset so, stride ss) to dst (offset dOff, stride ds), element units. */
  static void copyRun(Object src, int so, int ss, Object dst, int dOff, int ds, int n, boolean complex) {
    if (ss == 1 && ds == 1) {
      int w = complex ? 2 : 1;
      System.arraycopy(src, so * w, dst, dOff * w, n * w);
      return;
    }
    switch (src) {
      case byte[] s -> {
        byte[] d = (byte[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k * ds] = s[so + k * ss];
        }
      }
      case short[] s -> {
        short[] d = (short[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k * ds] = s[so + k * ss];
        }
      }
      case int[] s -> {
        int[] d = (int[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k * ds] = s[so + k * ss];
        }
      }
      case long[] s -> {
        long[] d = (long[]) dst;
        for (int k = 0; k < n; k++) {
          d[dOff + k * ds] = s[so + k * ss];
        }
      }
      case float[] s -> {
        float[] d = (float[]) dst;
        if (complex) {
          for (int k = 0; k < n; k++) {
            d[2 * (dOff + k * ds)] = s[2 * (so + k * ss)];
            d[2 * (dOff + k * ds) + 1] = s[2 * (so + k * ss) + 1];
          }
        } else {
          for (int k = 0; k < n; k++) {
            d[dOff + k * ds] = s[so + k * ss];
          }
        }
      }
      case double[] s -> {
        double[] d = (double[]) dst;
        if (complex) {
          for (int k = 0; k < n; k++) {
            d[2 * (dOff + k * ds)] = s[2 * (so + k * ss)];
            d[2 * (dOff + k * ds) + 1] = s[2 * (so + k * ss) + 1];
          }
        } else {
          for (int k = 0; k < n; k++) {
            d[dOff + k * ds] = s[so + k * ss];
          }
        }
      }
      default -> throw new IllegalStateException(src.getClass().getName());
    }
  }

  /** {@code x} as a new C-contiguous array of dtype {@code d} (a copy even when d matches). */
  static NDArray copyAs(NDArray x, DType d) {
    NDArray out = NDArray.allocate(d, x.shapeRef());
    assign(out, out.shapeRef(), out.stridesRef(), 0, x);
    return out;
  }

  /** Truth value of each element in C order: nonzero (either part for complex; NaN is true). */
  static boolean[] truth(NDArray x) {
    int n = x.size();
    boolean[] r = new boolean[n];
    DType d = x.dtype();
    Object data = x.data();
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      int k = w.next();
      if (d.isComplex()) {
        r[i] = Storage.getDouble(data, d, k) != 0 || Storage.getImag(data, d, k) != 0;
      } else if (d.isFloat()) {
        r[i] = Storage.getDouble(data, d, k) != 0;
      } else {
        r[i] = Storage.getLong(data, d, k) != 0;
      }
    }
    return r;
  }

  /**
   * Integer index values in C order, as NumPy converts index arrays to intp with the 'same_kind'
   * rule: bool and integer dtypes are accepted, anything else is NumPy's TypeError.
   */
  static long[] indexValues(NDArray x, String what) {
    DType d = x.dtype();
    if (!(d.isInteger() || d.isBool())) {
      throw new TypeError("Cannot cast array data from dtype('" + d.name() + "') to dtype('int64') according to "
          + "the rule '" + what + "'");
    }
    int n = x.size();
    long[] r = new long[n];
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      r[i] = Storage.getLong(x.data(), d, w.next());
    }
    return r;
  }

  /** A 1-d int64 array holding {@code v}. */
  static NDArray int64(long[] v) {
    return new NDArray(DType.INT64, new int[] {v.length}, v);
  }

  /** C-order multi-index of flat position {@code flat} in {@code shape}, into {@code idx}. */
  static void unravel(int flat, int[] shape, int[] idx) {
    for (int i = shape.length - 1; i >= 0; i--) {
      idx[i] = flat % shape[i];
      flat /= shape[i];
    }
  }

  /**
   * The outer-product gather {@code out[i0, i1, ...] = x[m0[i0], m1[i1], ...]}: maps[d] gives the
   * source index along axis d for each output index (null: the identity). Covers tile, repeat,
   * roll, delete and take along one axis in one pass.
   */
  static NDArray outerGather(NDArray x, int[][] maps) {
    int nd = x.ndim();
    int[] shape = new int[nd];
    int[][] contrib = new int[nd][];
    for (int d = 0; d < nd; d++) {
      int st = x.stridesRef()[d];
      int[] m = maps[d];
      shape[d] = m == null ? x.shapeRef()[d] : m.length;
      contrib[d] = new int[shape[d]];
      for (int j = 0; j < shape[d]; j++) {
        contrib[d][j] = (m == null ? j : m[j]) * st;
      }
    }
    NDArray out = NDArray.allocate(x.dtype(), shape);
    int size = out.size();
    if (size == 0) {
      return out;
    }
    if (nd == 0) {
      gatherInto(x.data(), new int[] {x.offset()}, out.data(), 0, 1, x.dtype().isComplex());
      return out;
    }
    int inner = shape[nd - 1];
    int[] last = contrib[nd - 1];
    int[] offs = new int[inner];
    int[] idx = new int[nd];
    boolean complex = x.dtype().isComplex();
    for (int pos = 0; pos < size; pos += inner) {
      int base = x.offset();
      for (int d = 0; d < nd - 1; d++) {
        base += contrib[d][idx[d]];
      }
      for (int j = 0; j < inner; j++) {
        offs[j] = base + last[j];
      }
      gatherInto(x.data(), offs, out.data(), pos, inner, complex);
      for (int d = nd - 2; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return out;
  }
}

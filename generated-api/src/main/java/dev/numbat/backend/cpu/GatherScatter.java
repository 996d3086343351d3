package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;

/**
 * The CPU backend's element movement by storage offset: the gather of advanced indexing and of
 * the selection and joining ops, the scatter of the functional updates ({@code x.at(i).set(v)},
 * put, place), strided region copies, and the outer-product gather of tile/repeat/roll/take.
 * Dtype-agnostic (complex moves both storage slots of an element). Offsets are storage indices
 * in element units, as {@code IndexPlan.offsets()} and {@code StridedWalk} give them.
 *
 * <p>The functions named {@code ...Into} and {@link #assign} write into {@code dst}/{@code out}:
 * it must be an array the calling op has just allocated and not yet returned, so nothing else
 * can observe the writes.
 */
public final class GatherScatter {
  private GatherScatter() {}

  /** A new C-contiguous array of {@code shape} holding {@code src}'s storage elements at {@code offs}. */
  public static NDArray gather(NDArray src, int[] offs, int[] shape) {
    DType d = src.dtype();
    NDArray out = NDArray.allocate(d, shape);
    gatherLoop(src.data(), offs, out.data(), 0, offs.length, d.isComplex());
    return out;
  }

  /**
   * {@code dst[dOffs[i]] = src[sOffs[i]]} (storage offsets) for every i in order, so a repeated
   * destination keeps the last write; a null {@code sOffs} means 0, 1, 2, ... (src C-contiguous
   * from offset 0). Both arrays hold the same dtype; {@code dst} is freshly allocated by the caller.
   */
  public static void scatterInto(NDArray dst, int[] dOffs, NDArray src, int[] sOffs) {
    int n = sOffs != null ? sOffs.length : dOffs.length;
    move(src.data(), sOffs, dst.data(), dOffs, 0, n, dst.dtype().isComplex());
  }

  /**
   * The one element move: {@code dst[d(i)] = src[s(i)]} for i &lt; n in order, where
   * {@code s(i) = sOffs[i]} (i when null) and {@code d(i) = dOffs[i]} ({@code dOff + i} when null).
   * Raw storage arrays of one dtype. A pure gather (sOffs given, dOffs null) runs a loop without
   * the per-element null tests.
   */
  private static void move(Object src, int[] sOffs, Object dst, int[] dOffs, int dOff, int n, boolean complex) {
    if (dOffs == null && sOffs != null) {
      gatherLoop(src, sOffs, dst, dOff, n, complex);
    } else {
      scatterLoop(src, sOffs, dst, dOffs, dOff, n, complex);
    }
  }

  private static void gatherLoop(Object src, int[] offs, Object dst, int dOff, int n, boolean complex) {
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
      default -> throw new IllegalStateException("unknown storage " + src.getClass());
    }
  }

  private static void scatterLoop(Object src, int[] sOffs, Object dst, int[] dOffs, int dOff, int n,
      boolean complex) {
    switch (src) {
      case byte[] s -> {
        byte[] t = (byte[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? dOff + i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case short[] s -> {
        short[] t = (short[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? dOff + i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case int[] s -> {
        int[] t = (int[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? dOff + i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case long[] s -> {
        long[] t = (long[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? dOff + i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case float[] s -> {
        float[] t = (float[]) dst;
        if (complex) {
          for (int i = 0; i < n; i++) {
            int a = 2 * (sOffs == null ? i : sOffs[i]);
            int b = 2 * (dOffs == null ? dOff + i : dOffs[i]);
            t[b] = s[a];
            t[b + 1] = s[a + 1];
          }
        } else {
          for (int i = 0; i < n; i++) {
            t[dOffs == null ? dOff + i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
          }
        }
      }
      case double[] s -> {
        double[] t = (double[]) dst;
        if (complex) {
          for (int i = 0; i < n; i++) {
            int a = 2 * (sOffs == null ? i : sOffs[i]);
            int b = 2 * (dOffs == null ? dOff + i : dOffs[i]);
            t[b] = s[a];
            t[b + 1] = s[a + 1];
          }
        } else {
          for (int i = 0; i < n; i++) {
            t[dOffs == null ? dOff + i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
          }
        }
      }
      default -> throw new IllegalStateException("unknown storage " + src.getClass());
    }
  }

  /**
   * Writes {@code src} (same dtype, broadcast to the target's shape) into the strided region
   * (shape, strides, offset) of {@code out}'s storage. {@code out} must be an array the calling op
   * has just allocated and not yet returned: nothing else can observe the writes.
   */
  public static void assign(NDArray out, int[] shape, int[] strides, int offset, NDArray src) {
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

  /**
   * The outer-product gather {@code out[i0, i1, ...] = x[m0[i0], m1[i1], ...]}: maps[d] gives the
   * source index along axis d for each output index (null: the identity). Covers tile, repeat,
   * roll, delete and take along one axis in one pass.
   */
  public static NDArray outerGather(NDArray x, int[][] maps) {
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
      gatherLoop(x.data(), new int[] {x.offset()}, out.data(), 0, 1, x.dtype().isComplex());
      return out;
    }
    int inner = shape[nd - 1];
    int[] last = contrib[nd - 1];
    int[] offs = new int[inner];
    int[] idx = new int[nd];
    boolean complex = x.dtype().isComplex();
    Object src = x.data();
    Object dst = out.data();
    for (int pos = 0; pos < size; pos += inner) {
      int base = x.offset();
      for (int d = 0; d < nd - 1; d++) {
        base += contrib[d][idx[d]];
      }
      for (int j = 0; j < inner; j++) {
        offs[j] = base + last[j];
      }
      gatherLoop(src, offs, dst, pos, inner, complex);
      for (int d = nd - 2; d >= 0; d--) {
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return out;
  }

  /** Arrays broadcast to {@code shape}, cast to {@code dt} and stacked along a new last axis. */
  public static NDArray stackLast(NDArray[] parts, int[] shape, DType dt) {
    int nd = shape.length;
    int[] os = java.util.Arrays.copyOf(shape, nd + 1);
    os[nd] = parts.length;
    NDArray out = NDArray.allocate(dt, os);
    int k = parts.length;
    int w = dt.isComplex() ? 2 : 1;
    int n = Shapes.size(shape);
    for (int i = 0; i < k; i++) {
      NDArray src = Cast.to(parts[i], dt);
      NDArray c = Copy.contiguous(StridedViews.broadcast(src, shape));
      int co = c.offset();
      for (int j = 0; j < n; j++) {
        System.arraycopy(c.data(), (co + j) * w, out.data(), (j * k + i) * w, w);
      }
    }
    return out;
  }
}

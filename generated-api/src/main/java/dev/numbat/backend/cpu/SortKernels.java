package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Half;
import dev.numbat.kernels.cpu.Sort;
import java.util.Arrays;
import java.util.List;

/**
 * The CPU backend's sorting kernels: NumPy's sort order as primitive keys (a real element has one {@code long} key ({@link Sort#key}); equal keys are
 * exactly the elements NumPy's sort treats as equal; a complex element has three, compared
 * lexicographically: its NaN class (R+Rj, R+nanj, nan+Rj, nan+nanj), then the real and the
 * imaginary key), and the lane loops of sort, argsort and lexsort (moved from {@code impl.Sorting}).
 * Offsets are storage offsets of the array passed (as {@link #laneOffsets} gives them).
 */
public final class SortKernels {
  private SortKernels() {}

  /** Keys of {@code n} elements of real {@code x} at storage {@code off + i * stride} into {@code out[o..]}. */
  public static void fill(NDArray x, int off, int stride, int n, long[] out, int o) {
    fill(x.data(), x.dtype(), off, stride, n, out, o);
  }

  /** The three keys (NaN class, real key, imaginary key) of complex elements of {@code x}. */
  public static void fillComplex(NDArray x, int off, int stride, int n, long[] cls, long[] re, long[] im, int o) {
    fillComplex(x.data(), x.dtype(), off, stride, n, cls, re, im, o);
  }

  /** The stable argsort of the lane of {@code x} at storage {@code off} with {@code stride}. */
  public static void argsortLane(NDArray x, int off, int stride, int n, int[] perm, Scratch s) {
    argsortLane(x.data(), x.dtype(), off, stride, n, perm, s);
  }

  /** The stably sorted lanes of {@code x} along {@code axis}: a fresh C-contiguous array. */
  public static NDArray sorted(NDArray x, int axis) {
    NDArray out = Copy.copy(x);
    sortInPlace(out, axis);
    return out;
  }

  /**
   * np.lexsort of same-shape keys along {@code ax} (normalized): an int64 array of
   * {@code shape}, least significant key first.
   */
  public static NDArray lexsort(List<NDArray> ks, int[] shape, int ax) {
    NDArray out = NDArray.allocate(DType.INT64, shape);
    int n = shape[ax];
    if (out.size() == 0) {
      return out;
    }
    long[] o = (long[]) out.data();
    int[] ol = laneOffsets(out, ax);
    int os = out.stridesRef()[ax];
    int[][] lanes = new int[ks.size()][];
    for (int k = 0; k < ks.size(); k++) {
      lanes[k] = laneOffsets(ks.get(k), ax);
    }
    int[] perm = new int[n];
    long[] tmp = new long[n];
    long[] k0 = new long[n];
    long[] k1 = new long[n];
    long[] k2 = new long[n];
    for (int l = 0; l < ol.length; l++) {
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      // least significant key first: each stable pass keeps the order of the earlier keys on ties
      for (int k = 0; k < ks.size(); k++) {
        NDArray key = ks.get(k);
        int st = key.stridesRef()[ax];
        if (key.dtype().isComplex()) {
          fillComplex(key.data(), key.dtype(), lanes[k][l], st, n, k0, k1, k2, 0);
          byKey(k2, perm, n, tmp);
          byKey(k1, perm, n, tmp);
          byKey(k0, perm, n, tmp);
        } else {
          fill(key.data(), key.dtype(), lanes[k][l], st, n, k0, 0);
          byKey(k0, perm, n, tmp);
        }
      }
      for (int i = 0; i < n; i++) {
        o[ol[l] + i * os] = perm[i];
      }
    }
    return out;
  }

  /** Storage offsets of the 1-d lanes of x along {@code axis}, in C order of the other axes. */
  public static int[] laneOffsets(NDArray x, int axis) {
    int nd = x.ndim();
    int[] shp = new int[nd - 1];
    int[] st = new int[nd - 1];
    for (int i = 0, j = 0; i < nd; i++) {
      if (i != axis) {
        shp[j] = x.shapeRef()[i];
        st[j++] = x.stridesRef()[i];
      }
    }
    int count = Shapes.size(shp);
    int[] r = new int[count];
    StridedWalk w = new StridedWalk(shp, st, x.offset());
    for (int i = 0; i < count; i++) {
      r[i] = w.next();
    }
    return r;
  }

  /** Stable argsort of every lane along {@code axis}: an int64 array of x's shape. */
  public static NDArray argsortAlong(NDArray x, int axis) {
    NDArray out = NDArray.allocate(DType.INT64, x.shapeRef());
    int n = x.shapeRef()[axis];
    if (x.size() == 0) {
      return out;
    }
    long[] o = (long[]) out.data();
    int xs = x.stridesRef()[axis];
    int os = out.stridesRef()[axis];
    int[] xl = laneOffsets(x, axis);
    int[] ol = laneOffsets(out, axis);
    int[] perm = new int[n];
    Scratch s = new Scratch(x.dtype().isComplex());
    for (int l = 0; l < xl.length; l++) {
      argsortLane(x.data(), x.dtype(), xl[l], xs, n, perm, s);
      int oo = ol[l];
      for (int i = 0; i < n; i++) {
        o[oo + i * os] = perm[i];
      }
    }
    return out;
  }

  /** Sorts every lane of the fresh contiguous array {@code out} along {@code axis}, in place. */
  private static void sortInPlace(NDArray out, int axis) {
    int n = out.shapeRef()[axis];
    if (out.size() == 0 || n < 2) {
      return;
    }
    DType d = out.dtype();
    int st = out.stridesRef()[axis];
    int w = d.isComplex() ? 2 : 1;
    Object data = out.data();
    boolean direct = !d.isHalf() && !d.isComplex();
    Object buf = st == 1 ? null : Storage.allocate(d, n);
    int[] perm = direct ? null : new int[n];
    Scratch s = direct ? null : new Scratch(d.isComplex());
    Object tmp = direct ? null : Storage.allocate(d, n);
    for (int off : laneOffsets(out, axis)) {
      if (direct) {
        if (st == 1) {
          sortPrimitive(data, d, off, n);
        } else {
          for (int i = 0; i < n; i++) {
            System.arraycopy(data, off + i * st, buf, i, 1);
          }
          sortPrimitive(buf, d, 0, n);
          for (int i = 0; i < n; i++) {
            System.arraycopy(buf, i, data, off + i * st, 1);
          }
        }
      } else {
        argsortLane(data, d, off, st, n, perm, s);
        for (int i = 0; i < n; i++) {
          System.arraycopy(data, (off + perm[i] * st) * w, tmp, i * w, w);
        }
        for (int i = 0; i < n; i++) {
          System.arraycopy(tmp, i * w, data, (off + i * st) * w, w);
        }
      }
    }
  }

  private static void sortPrimitive(Object data, DType d, int off, int n) {
    switch (d.ordinal()) {
      case 0 -> Sort.sortBool((byte[]) data, off, n);
      case 1 -> Arrays.sort((byte[]) data, off, off + n);
      case 5 -> Sort.sortU8((byte[]) data, off, n);
      case 2 -> Arrays.sort((short[]) data, off, off + n);
      case 6 -> Sort.sortU16((short[]) data, off, n);
      case 3 -> Arrays.sort((int[]) data, off, off + n);
      case 7 -> Sort.sortU32((int[]) data, off, n);
      case 4 -> Arrays.sort((long[]) data, off, off + n);
      case 8 -> Sort.sortU64((long[]) data, off, n);
      case 11 -> Sort.sortF32((float[]) data, off, n);
      case 12 -> Sort.sortF64((double[]) data, off, n);
      default -> throw new IllegalStateException(d.name());
    }
  }

  /** Keys of {@code n} elements of a real dtype at {@code off + i * stride} into {@code out[o..]}. */
  private static void fill(Object data, DType d, int off, int stride, int n, long[] out, int o) {
    switch (d.ordinal()) {
      case 0, 1 -> {
        byte[] a = (byte[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = a[off + i * stride];
        }
      }
      case 5 -> {
        byte[] a = (byte[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = a[off + i * stride] & 0xFF;
        }
      }
      case 2 -> {
        short[] a = (short[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = a[off + i * stride];
        }
      }
      case 6 -> {
        short[] a = (short[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = a[off + i * stride] & 0xFFFF;
        }
      }
      case 3 -> {
        int[] a = (int[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = a[off + i * stride];
        }
      }
      case 7 -> {
        int[] a = (int[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = a[off + i * stride] & 0xFFFF_FFFFL;
        }
      }
      case 4 -> {
        long[] a = (long[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = a[off + i * stride];
        }
      }
      case 8 -> {
        long[] a = (long[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = Sort.keyUnsigned64(a[off + i * stride]);
        }
      }
      case 9 -> {
        short[] a = (short[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = Sort.key(Half.f16ToFloat(a[off + i * stride]));
        }
      }
      case 10 -> {
        short[] a = (short[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = Sort.key(Half.bf16ToFloat(a[off + i * stride]));
        }
      }
      case 11 -> {
        float[] a = (float[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = Sort.key(a[off + i * stride]);
        }
      }
      case 12 -> {
        double[] a = (double[]) data;
        for (int i = 0; i < n; i++) {
          out[o + i] = Sort.key(a[off + i * stride]);
        }
      }
      default -> throw new IllegalArgumentException("complex keys need fillComplex");
    }
  }

  /** The three keys of complex elements: NaN class, real key, imaginary key. */
  private static void fillComplex(Object data, DType d, int off, int stride, int n, long[] cls, long[] re, long[] im,
      int o) {
    for (int i = 0; i < n; i++) {
      int k = off + i * stride;
      double r;
      double m;
      if (d.ordinal() == 13) {
        float[] a = (float[]) data;
        r = a[2 * k];
        m = a[2 * k + 1];
      } else {
        double[] a = (double[]) data;
        r = a[2 * k];
        m = a[2 * k + 1];
      }
      boolean rn = r != r;
      boolean mn = m != m;
      cls[o + i] = rn ? (mn ? 3 : 2) : (mn ? 1 : 0);
      re[o + i] = Sort.key(r);
      im[o + i] = Sort.key(m);
    }
  }

  /**
   * Whether element {@code i} (keys from fill/fillComplex) of dtype {@code d}
   * holds a NaN: only a float's key Long.MAX_VALUE is NaN (int64's max and uint64's 2^64-1 have it too).
   */
  public static boolean isNan(DType d, long[] k, long[] cls, int i) {
    return cls != null ? cls[i] != 0 : d.isFloat() && k[i] == Long.MAX_VALUE;
  }

  /**
   * The stable argsort of a lane: {@code perm[0..n)} gets the positions 0..n-1 ordered. Complex
   * sorts stably by the imaginary key, then the real key, then the class (least significant
   * first), which is the lexicographic order.
   */
  private static void argsortLane(Object data, DType d, int off, int stride, int n, int[] perm, Scratch s) {
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    if (n < 2) {
      return;
    }
    s.ensure(n);
    if (!d.isComplex()) {
      fill(data, d, off, stride, n, s.k, 0);
      Sort.stableByKey(s.k, perm, n);
      return;
    }
    fillComplex(data, d, off, stride, n, s.c0, s.c1, s.c2, 0);
    byKey(s.c2, perm, n, s.k);
    byKey(s.c1, perm, n, s.k);
    byKey(s.c0, perm, n, s.k);
  }

  /** One stable pass: reorders perm by {@code keyOf[perm[i]]}. */
  public static void byKey(long[] keyOf, int[] perm, int n, long[] tmp) {
    for (int i = 0; i < n; i++) {
      tmp[i] = keyOf[perm[i]];
    }
    Sort.stableByKey(tmp, perm, n);
  }

  /** Reusable key buffers for the lanes of one call. */
  public static final class Scratch {
    long[] k = new long[0];
    long[] c0;
    long[] c1;
    long[] c2;
    private final boolean complex;

    public Scratch(boolean complex) {
      this.complex = complex;
    }

    void ensure(int n) {
      if (k.length < n) {
        k = new long[n];
        if (complex) {
          c0 = new long[n];
          c1 = new long[n];
          c2 = new long[n];
        }
      }
    }
  }

  /** Compares element i of (k or cls/re/im) with element j of another key set; complex lexicographic. */
  public static int compare(long[] ka, long[] ca, long[] ra, long[] ia, int i, long[] kb, long[] cb, long[] rb, long[] ib,
      int j) {
    if (ca == null) {
      return Long.compare(ka[i], kb[j]);
    }
    int c = Long.compare(ca[i], cb[j]);
    if (c != 0) {
      return c;
    }
    c = Long.compare(ra[i], rb[j]);
    return c != 0 ? c : Long.compare(ia[i], ib[j]);
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.kernels.cpu.Half;
import dev.numbat.kernels.cpu.Sort;

/**
 * NumPy's sort order as primitive keys, for the sorting, searching and set ops. A real element has
 * one {@code long} key ({@link Sort#key}); equal keys are exactly the elements NumPy's sort treats as
 * equal. A complex element has three, compared lexicographically: its NaN class (R+Rj, R+nanj,
 * nan+Rj, nan+nanj, in NumPy's order), then the real and the imaginary key.
 */
final class SortKeys {
  private SortKeys() {}

  /** Keys of {@code n} elements of a real dtype at {@code off + i * stride} into {@code out[o..]}. */
  static void fill(Object data, DType d, int off, int stride, int n, long[] out, int o) {
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
  static void fillComplex(Object data, DType d, int off, int stride, int n, long[] cls, long[] re, long[] im,
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
   * Whether element {@code i} (keys from {@link #fill}/{@link #fillComplex}) of dtype {@code d}
   * holds a NaN: only a float's key Long.MAX_VALUE is NaN (int64's max and uint64's 2^64-1 have it too).
   */
  static boolean isNan(DType d, long[] k, long[] cls, int i) {
    return cls != null ? cls[i] != 0 : d.isFloat() && k[i] == Long.MAX_VALUE;
  }

  /**
   * The stable argsort of a lane: {@code perm[0..n)} gets the positions 0..n-1 ordered. Complex
   * sorts stably by the imaginary key, then the real key, then the class (least significant
   * first), which is the lexicographic order.
   */
  static void argsortLane(Object data, DType d, int off, int stride, int n, int[] perm, Scratch s) {
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
  static void byKey(long[] keyOf, int[] perm, int n, long[] tmp) {
    for (int i = 0; i < n; i++) {
      tmp[i] = keyOf[perm[i]];
    }
    Sort.stableByKey(tmp, perm, n);
  }

  /** Reusable key buffers for the lanes of one call. */
  static final class Scratch {
    long[] k = new long[0];
    long[] c0;
    long[] c1;
    long[] c2;
    private final boolean complex;

    Scratch(boolean complex) {
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
  static int compare(long[] ka, long[] ca, long[] ra, long[] ia, int i, long[] kb, long[] cb, long[] rb, long[] ib,
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

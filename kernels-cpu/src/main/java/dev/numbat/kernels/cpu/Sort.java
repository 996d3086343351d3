package dev.numbat.kernels.cpu;

import java.util.Arrays;

/**
 * Sorting kernels on primitive arrays. Every ordering goes through an order-preserving {@code long}
 * key (see {@link #key(double)}): equal keys are exactly the elements NumPy's sort treats as equal
 * (-0.0 and 0.0, every NaN), so a stable sort of keys gives NumPy's stable order for every real
 * dtype, and several stable passes give lexicographic orders (complex, lexsort).
 */
public final class Sort {
  private Sort() {}

  /** Below this length a stable insertion sort beats the packed and merge paths. */
  private static final int SMALL = 24;

  /**
   * The sort key of a float value: NumPy's order -inf < ... < -0.0 == 0.0 < ... < inf < NaN. For a
   * non-NaN double the IEEE bits with the magnitude bits of negatives flipped order like the
   * values; every NaN maps to the largest key.
   */
  public static long key(double d) {
    if (d != d) {
      return Long.MAX_VALUE;
    }
    if (d == 0) {
      return 0;
    }
    long b = Double.doubleToRawLongBits(d);
    return b ^ ((b >> 63) & Long.MAX_VALUE);
  }

  /** The key of a uint64 (stored as its bits): signed order of the flipped sign bit. */
  public static long keyUnsigned64(long bits) {
    return bits ^ Long.MIN_VALUE;
  }

  /**
   * Reorders {@code perm[0..n)} and {@code keys[0..n)} together, stably by key ({@code keys[i]} is
   * the key of {@code perm[i]}). Key spans below 2^32 (every dtype up to 32 bits, most int64 and
   * float data in practice) pack key and position into one long and use the primitive sort, whose
   * unique packed values make it stable; wider spans use a stable merge sort.
   */
  public static void stableByKey(long[] keys, int[] perm, int n) {
    if (n < 2) {
      return;
    }
    if (n <= SMALL) {
      insertion(keys, perm, 0, n);
      return;
    }
    long min = keys[0];
    long max = keys[0];
    boolean sorted = true;
    for (int i = 1; i < n; i++) {
      long k = keys[i];
      sorted &= k >= keys[i - 1];
      if (k < min) {
        min = k;
      } else if (k > max) {
        max = k;
      }
    }
    if (sorted) {
      return;
    }
    if (Long.compareUnsigned(max - min, 0xFFFF_FFFFL) <= 0) {
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = (((keys[i] - min) << 32) | i) ^ Long.MIN_VALUE;
      }
      Arrays.sort(packed);
      int[] p = perm.clone();
      for (int j = 0; j < n; j++) {
        long v = packed[j] ^ Long.MIN_VALUE;
        perm[j] = p[(int) v];
        keys[j] = (v >>> 32) + min;
      }
      return;
    }
    mergeSort(keys, perm, n);
  }

  private static void insertion(long[] k, int[] p, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long kk = k[i];
      int pp = p[i];
      int j = i - 1;
      while (j >= from && k[j] > kk) {
        k[j + 1] = k[j];
        p[j + 1] = p[j];
        j--;
      }
      k[j + 1] = kk;
      p[j + 1] = pp;
    }
  }

  /** Bottom-up stable merge sort of (key, perm) pairs: insertion-sorted runs, then merges. */
  private static void mergeSort(long[] keys, int[] perm, int n) {
    int run = SMALL;
    for (int lo = 0; lo < n; lo += run) {
      insertion(keys, perm, lo, Math.min(lo + run, n));
    }
    long[] k2 = new long[n];
    int[] p2 = new int[n];
    long[] ka = keys;
    int[] pa = perm;
    long[] kb = k2;
    int[] pb = p2;
    for (int w = run; w < n; w *= 2) {
      for (int lo = 0; lo < n; lo += 2 * w) {
        int mid = Math.min(lo + w, n);
        int hi = Math.min(lo + 2 * w, n);
        int i = lo;
        int j = mid;
        int o = lo;
        if (mid >= hi || ka[mid - 1] <= ka[mid]) {
          System.arraycopy(ka, lo, kb, lo, hi - lo);
          System.arraycopy(pa, lo, pb, lo, hi - lo);
          continue;
        }
        while (i < mid && j < hi) {
          if (ka[j] < ka[i]) {
            kb[o] = ka[j];
            pb[o++] = pa[j++];
          } else {
            kb[o] = ka[i];
            pb[o++] = pa[i++];
          }
        }
        while (i < mid) {
          kb[o] = ka[i];
          pb[o++] = pa[i++];
        }
        while (j < hi) {
          kb[o] = ka[j];
          pb[o++] = pa[j++];
        }
      }
      long[] tk = ka;
      ka = kb;
      kb = tk;
      int[] tp = pa;
      pa = pb;
      pb = tp;
    }
    if (ka != keys) {
      System.arraycopy(ka, 0, keys, 0, n);
      System.arraycopy(pa, 0, perm, 0, n);
    }
  }

  // ------------------------------------------------------------------ value sorts in place

  /**
   * Sorts {@code a[off, off+n)} in NumPy's stable order. Java's sort orders -0.0 before 0.0 and
   * NaNs arbitrarily; both runs are rewritten with the signs and NaN bits in their input order, so
   * equal elements keep their order as in a stable sort.
   */
  public static void sortF64(double[] a, int off, int n) {
    int zeros = 0;
    int negZeros = 0;
    int nans = 0;
    for (int i = off; i < off + n; i++) {
      double v = a[i];
      if (v == 0) {
        zeros++;
        if (Double.doubleToRawLongBits(v) != 0) {
          negZeros++;
        }
      } else if (v != v) {
        nans++;
      }
    }
    long[] zeroBits = negZeros > 0 && negZeros < zeros ? new long[zeros] : null;
    long[] nanBits = nans > 1 ? new long[nans] : null;
    if (zeroBits != null || nanBits != null) {
      int z = 0;
      int q = 0;
      for (int i = off; i < off + n; i++) {
        double v = a[i];
        if (v == 0 && zeroBits != null) {
          zeroBits[z++] = Double.doubleToRawLongBits(v);
        } else if (v != v && nanBits != null) {
          nanBits[q++] = Double.doubleToRawLongBits(v);
        }
      }
    }
    Arrays.sort(a, off, off + n);
    if (zeroBits != null) {
      int start = off;
      while (a[start] != 0) {
        start++;
      }
      for (int i = 0; i < zeros; i++) {
        a[start + i] = Double.longBitsToDouble(zeroBits[i]);
      }
    }
    if (nanBits != null) {
      for (int i = 0; i < nans; i++) {
        a[off + n - nans + i] = Double.longBitsToDouble(nanBits[i]);
      }
    }
  }

  /** {@link #sortF64} for float32. */
  public static void sortF32(float[] a, int off, int n) {
    int zeros = 0;
    int negZeros = 0;
    int nans = 0;
    for (int i = off; i < off + n; i++) {
      float v = a[i];
      if (v == 0) {
        zeros++;
        if (Float.floatToRawIntBits(v) != 0) {
          negZeros++;
        }
      } else if (v != v) {
        nans++;
      }
    }
    int[] zeroBits = negZeros > 0 && negZeros < zeros ? new int[zeros] : null;
    int[] nanBits = nans > 1 ? new int[nans] : null;
    if (zeroBits != null || nanBits != null) {
      int z = 0;
      int q = 0;
      for (int i = off; i < off + n; i++) {
        float v = a[i];
        if (v == 0 && zeroBits != null) {
          zeroBits[z++] = Float.floatToRawIntBits(v);
        } else if (v != v && nanBits != null) {
          nanBits[q++] = Float.floatToRawIntBits(v);
        }
      }
    }
    Arrays.sort(a, off, off + n);
    if (zeroBits != null) {
      int start = off;
      while (a[start] != 0) {
        start++;
      }
      for (int i = 0; i < zeros; i++) {
        a[start + i] = Float.intBitsToFloat(zeroBits[i]);
      }
    }
    if (nanBits != null) {
      for (int i = 0; i < nans; i++) {
        a[off + n - nans + i] = Float.intBitsToFloat(nanBits[i]);
      }
    }
  }

  /** Unsigned bytes: sorted as signed after flipping the sign bit. */
  public static void sortU8(byte[] a, int off, int n) {
    for (int i = off; i < off + n; i++) {
      a[i] ^= (byte) 0x80;
    }
    Arrays.sort(a, off, off + n);
    for (int i = off; i < off + n; i++) {
      a[i] ^= (byte) 0x80;
    }
  }

  public static void sortU16(short[] a, int off, int n) {
    for (int i = off; i < off + n; i++) {
      a[i] ^= (short) 0x8000;
    }
    Arrays.sort(a, off, off + n);
    for (int i = off; i < off + n; i++) {
      a[i] ^= (short) 0x8000;
    }
  }

  public static void sortU32(int[] a, int off, int n) {
    for (int i = off; i < off + n; i++) {
      a[i] ^= Integer.MIN_VALUE;
    }
    Arrays.sort(a, off, off + n);
    for (int i = off; i < off + n; i++) {
      a[i] ^= Integer.MIN_VALUE;
    }
  }

  public static void sortU64(long[] a, int off, int n) {
    for (int i = off; i < off + n; i++) {
      a[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(a, off, off + n);
    for (int i = off; i < off + n; i++) {
      a[i] ^= Long.MIN_VALUE;
    }
  }

  /** bool: the zeros, then the ones (all true values are stored as 1). */
  public static void sortBool(byte[] a, int off, int n) {
    int ones = 0;
    for (int i = off; i < off + n; i++) {
      ones += a[i] != 0 ? 1 : 0;
    }
    Arrays.fill(a, off, off + n - ones, (byte) 0);
    Arrays.fill(a, off + n - ones, off + n, (byte) 1);
  }
}

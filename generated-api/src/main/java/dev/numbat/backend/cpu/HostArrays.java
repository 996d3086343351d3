package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Transfers between Java arrays and the CPU backend's arrays, for host-side code (index
 * arithmetic, gradient weights, LAPACK operands, {@code Np.wrap} and {@code toBuffer}): values
 * computed in Java become arrays (the backend takes ownership of the Java array, or shares it
 * without copying: the caller must not write it afterwards, NDArrays are immutable), and index or
 * truth values are read out in C order.
 */
public final class HostArrays {
  private HostArrays() {}

  /** An int64 array of {@code shape} over {@code v} (C order; the array takes ownership of v). */
  public static NDArray int64(int[] shape, long[] v) {
    return new NDArray(DType.INT64, shape, v);
  }

  /** A 1-d int64 array holding {@code v} (taking ownership of it). */
  public static NDArray int64(long[] v) {
    return new NDArray(DType.INT64, new int[] {v.length}, v);
  }

  /** A float64 array of {@code shape} over {@code v} (C order; the array takes ownership of v). */
  public static NDArray float64(int[] shape, double[] v) {
    return new NDArray(DType.FLOAT64, shape, v);
  }

  /** A bool array of {@code shape} over {@code v} (0 or 1 per element; the array takes ownership of v). */
  public static NDArray bool(int[] shape, byte[] v) {
    return new NDArray(DType.BOOL, shape, v);
  }

  /**
   * {@code x}'s elements in C order as longs (integer and bool dtypes; uint64 as its bits, read
   * as signed, as C converts to intp).
   */
  public static long[] longs(NDArray x) {
    int n = x.size();
    long[] r = new long[n];
    DType d = x.dtype();
    Object data = x.data();
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      r[i] = Storage.getLong(data, d, w.next());
    }
    return r;
  }

  /** Truth value of each element in C order: nonzero (either part for complex; NaN is true). */
  public static boolean[] truth(NDArray x) {
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

  /** The C-order positions (flat indices) of the true elements of a bool array. */
  public static int[] truePositions(NDArray mask) {
    int size = mask.size();
    byte[] d = (byte[]) mask.data();
    StridedWalk w = new StridedWalk(mask.shapeRef(), mask.stridesRef(), mask.offset());
    int[] hits = new int[size];
    int k = 0;
    for (int i = 0; i < size; i++) {
      if (d[w.next()] != 0) {
        hits[k++] = i;
      }
    }
    return k == size ? hits : java.util.Arrays.copyOf(hits, k);
  }

  /**
   * A copy of storage slots {@code [from, to)} (counted from {@code x.offset()}; complex
   * elements take two slots, real then imaginary) of a C-contiguous float64 or complex128 array.
   */
  public static double[] doubles(NDArray x, int from, int to) {
    int base = x.offset() * (x.dtype().isComplex() ? 2 : 1);
    return java.util.Arrays.copyOfRange((double[]) x.data(), base + from, base + to);
  }

  /** True when every element of a C-contiguous float64 or complex128 array (both parts) is finite. */
  public static boolean allFinite(NDArray x) {
    double[] data = (double[]) x.data();
    int w = x.dtype().isComplex() ? 2 : 1;
    int from = x.offset() * w;
    int to = from + x.size() * w;
    for (int i = from; i < to; i++) {
      if (!Double.isFinite(data[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A C-contiguous array of {@code d} and {@code shape} over the Java array {@code array} (of
   * {@code d}'s storage type) from element {@code offset}, sharing it.
   */
  public static NDArray share(DType d, int[] shape, Object array, int offset) {
    return new NDArray(d, shape, Shapes.cStrides(shape), offset, array, false);
  }

  /** A C-contiguous array of {@code d} and {@code shape} over the whole Java array {@code array}, which the caller hands over. */
  public static NDArray adopt(DType d, int[] shape, Object array) {
    return new NDArray(d, shape, array);
  }

  /**
   * The elements in C order as a read-only buffer of the storage type (FloatBuffer for float32,
   * complex64 interleaved; ShortBuffer of bits for float16/bfloat16; ByteBuffer of 0/1 for bool;
   * unsigned types in the same-width signed buffer). A C-contiguous array is viewed without
   * copying; any other is copied first.
   */
  public static Buffer toBuffer(NDArray x) {
    NDArray c = x.isContiguous() ? x : Copy.copy(x);
    int u = HostBytes.units(c.dtype());
    int off = c.offset() * u;
    int len = c.size() * u;
    return switch (c.data()) {
      case double[] a -> DoubleBuffer.wrap(a, off, len).slice().asReadOnlyBuffer();
      case float[] a -> FloatBuffer.wrap(a, off, len).slice().asReadOnlyBuffer();
      case long[] a -> LongBuffer.wrap(a, off, len).slice().asReadOnlyBuffer();
      case int[] a -> IntBuffer.wrap(a, off, len).slice().asReadOnlyBuffer();
      case short[] a -> ShortBuffer.wrap(a, off, len).slice().asReadOnlyBuffer();
      default -> ByteBuffer.wrap((byte[]) c.data(), off, len).slice().asReadOnlyBuffer();
    };
  }
}

package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.ValueError;
import java.util.Arrays;

/**
 * The CPU side of {@code dev.numbat.random}: new arrays over the values a draw produced (a Java
 * array the draw filled and hands over, or integers written a chunk at a time into any integer
 * dtype), a draw's parameters read as flat Java arrays in C order, and the gather of sampled
 * indices along an axis ({@code choice}, {@code permutation}, {@code shuffle}). The draws keep their
 * own loops over the bit generator, so nothing here adds a call per drawn value.
 */
public final class RandomFill {
  private RandomFill() {}

  /** Elements per chunk when integers of a dtype narrower than int64 are drawn. */
  private static final int CHUNK = 4096;

  /** A float64 array of {@code shape} over {@code values} (C order), which the caller hands over and no longer writes. */
  public static NDArray float64(int[] shape, double[] values) {
    return new NDArray(DType.FLOAT64, shape, values);
  }

  /** A float32 array of {@code shape} over {@code values} (C order), which the caller hands over. */
  public static NDArray float32(int[] shape, float[] values) {
    return new NDArray(DType.FLOAT32, shape, values);
  }

  /** An int64 array of {@code shape} over {@code values} (C order), which the caller hands over. */
  public static NDArray int64(int[] shape, long[] values) {
    return new NDArray(DType.INT64, shape, values);
  }

  /** Draws of integers: writes elements {@code [from, from + count)} (C order) into {@code out[0, count)}. */
  @FunctionalInterface
  public interface LongChunk {
    void fill(long[] out, int from, int count);
  }

  /**
   * A new array of integer (or bool) dtype {@code d} and {@code shape} with the values {@code draw}
   * produces in C order, each stored as a C cast from int64 (the draws are in range). int64 and
   * uint64 are drawn straight into the result in one call; narrower dtypes a chunk at a time.
   */
  public static NDArray integers(DType d, int[] shape, LongChunk draw) {
    int n = Shapes.checkedSize(shape);
    if (d == DType.INT64 || d == DType.UINT64) {
      long[] data = new long[n];
      draw.fill(data, 0, n);
      return new NDArray(d, shape, data);
    }
    NDArray out = NDArray.allocate(d, shape);
    Object data = out.data();
    long[] buf = new long[Math.min(n, CHUNK)];
    for (int from = 0; from < n; from += buf.length) {
      int count = Math.min(buf.length, n - from);
      draw.fill(buf, from, count);
      narrow(buf, count, data, d, from);
    }
    return out;
  }

  /** Stores {@code buf[0, count)} as elements {@code at...} of {@code d}: Storage.setLong's C casts, the dtype switch out of the loop. */
  private static void narrow(long[] buf, int count, Object data, DType d, int at) {
    switch (d.ordinal()) {
      case 0 -> {
        byte[] b = (byte[]) data;
        for (int j = 0; j < count; j++) {
          b[at + j] = (byte) (buf[j] != 0 ? 1 : 0);
        }
      }
      case 1, 5 -> {
        byte[] b = (byte[]) data;
        for (int j = 0; j < count; j++) {
          b[at + j] = (byte) buf[j];
        }
      }
      case 2, 6 -> {
        short[] s = (short[]) data;
        for (int j = 0; j < count; j++) {
          s[at + j] = (short) buf[j];
        }
      }
      case 3, 7 -> {
        int[] s = (int[]) data;
        for (int j = 0; j < count; j++) {
          s[at + j] = (int) buf[j];
        }
      }
      default -> {
        for (int j = 0; j < count; j++) {
          Storage.setLong(data, d, at + j, buf[j], false);
        }
      }
    }
  }

  /** {@code x} broadcast to {@code shape}, flattened in C order, as doubles. */
  public static double[] broadcastDoubles(NDArray x, int[] shape) {
    NDArray b = broadcast(x, shape);
    double[] out = new double[b.size()];
    int[] idx = new int[shape.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Storage.getDouble(b.data(), b.dtype(), offset(b, idx));
      increment(idx, shape);
    }
    return out;
  }

  /** {@code x} broadcast to {@code shape}, flattened in C order, as longs. */
  public static long[] broadcastLongs(NDArray x, int[] shape) {
    NDArray b = broadcast(x, shape);
    long[] out = new long[b.size()];
    int[] idx = new int[shape.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Storage.getLong(b.data(), b.dtype(), offset(b, idx));
      increment(idx, shape);
    }
    return out;
  }

  private static NDArray broadcast(NDArray x, int[] shape) {
    if (!Arrays.equals(Shapes.broadcast(x.shapeRef(), shape), shape)) {
      throw new ValueError("shape mismatch: objects cannot be broadcast to a single shape");
    }
    return new NDArray(x.dtype(), shape, Shapes.broadcastStrides(x, shape), x.offset(), x.data(), false);
  }

  private static int offset(NDArray b, int[] idx) {
    int o = b.offset();
    int[] st = b.stridesRef();
    for (int k = 0; k < idx.length; k++) {
      o += idx[k] * st[k];
    }
    return o;
  }

  private static void increment(int[] idx, int[] shape) {
    for (int k = idx.length - 1; k >= 0; k--) {
      if (++idx[k] < shape[k]) {
        return;
      }
      idx[k] = 0;
    }
  }

  /**
   * {@code a.take(indices, axis)} for int64 {@code indices} in range: the result has the indices'
   * shape in place of the axis.
   */
  public static NDArray take(NDArray a, NDArray indices, int axis) {
    if (a.ndim() == 0) {
      throw new AxisError("axis " + axis + " is out of bounds for array of dimension 0");
    }
    int ax = Shapes.normalizeAxis(axis, a.ndim());
    NDArray ci = Copy.contiguous(Cast.to(indices.strong(), DType.INT64));
    long[] idx = (long[]) ci.data();
    int nIdx = ci.size();
    int[] idxShape = ci.shapeRef();
    NDArray c = Copy.contiguous(a);
    int[] s = c.shapeRef();
    int outer = 1;
    for (int k = 0; k < ax; k++) {
      outer *= s[k];
    }
    int inner = 1;
    for (int k = ax + 1; k < s.length; k++) {
      inner *= s[k];
    }
    int len = s[ax];
    int slots = c.dtype().isComplex() ? 2 : 1;
    int[] outShape = new int[s.length - 1 + idxShape.length];
    System.arraycopy(s, 0, outShape, 0, ax);
    System.arraycopy(idxShape, 0, outShape, ax, idxShape.length);
    System.arraycopy(s, ax + 1, outShape, ax + idxShape.length, s.length - ax - 1);
    NDArray out = NDArray.allocate(c.dtype(), outShape);
    Object src = c.data();
    Object dst = out.data();
    int block = inner * slots;
    int at = 0;
    for (int o = 0; o < outer; o++) {
      for (int q = 0; q < nIdx; q++) {
        long j = idx[q];
        System.arraycopy(src, (c.offset() + (o * len + (int) j) * inner) * slots, dst, at, block);
        at += block;
      }
    }
    return out;
  }
}

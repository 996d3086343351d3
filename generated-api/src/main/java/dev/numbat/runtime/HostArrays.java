package dev.numbat.runtime;

import dev.numbat.NDArray;
import dev.numbat.DType;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Java primitive arrays as an array's storage, without copying: an array over a Java array that is
 * of the dtype's storage type ({@code double[]} for float64 and complex128 re,im pairs,
 * {@code float[]} for float32 and complex64, {@code long[]}, {@code int[]}, {@code short[]},
 * {@code byte[]}), and an array's elements viewed as a read-only {@code java.nio} buffer of its
 * storage type. The caller of {@link #share} must not write the Java array afterwards: NDArrays are
 * immutable.
 */
public final class HostArrays {
  private HostArrays() {}

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

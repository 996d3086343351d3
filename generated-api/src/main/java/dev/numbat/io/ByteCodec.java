package dev.numbat.io;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.HostBytes;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

/**
 * Raw element bytes to arrays and back, in either byte order: NumPy's {@code tobytes},
 * {@code frombuffer} and binary {@code fromfile}. The codec itself is the CPU backend's
 * ({@link HostBytes}).
 */
public final class ByteCodec {
  private ByteCodec() {}

  /** Storage slots per element: 2 for complex (interleaved re, im), else 1. */
  public static int units(DType d) {
    return HostBytes.units(d);
  }

  /** A C-contiguous array with the elements of {@code x} in {@code order} ('C', 'F', 'A'). */
  static NDArray inOrder(NDArray x, char order) {
    boolean fortran = switch (order) {
      case 'C', 'c' -> false;
      case 'F', 'f' -> true;
      case 'A', 'a' -> !x.isContiguous() && isFContiguous(x);
      default -> throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
    };
    NDArray v = fortran ? x.T() : x;
    return v.isContiguous() ? v : Copy.copy(v);
  }

  /** Fortran-contiguous: the transpose is C-contiguous. */
  public static boolean isFContiguous(NDArray x) {
    return x.T().isContiguous();
  }

  /** NumPy's {@code tobytes(order)} in byte order {@code o}. */
  public static byte[] toBytes(NDArray x, char order, ByteOrder o) {
    NDArray c = inOrder(x.strong(), order);
    long n = c.nbytes();
    if (n > Integer.MAX_VALUE - 8) {
      throw new ValueError("array of " + n + " bytes is too large for a Java byte[]");
    }
    byte[] out = new byte[(int) n];
    if (n > 0) {
      HostBytes.encode(c, 0, c.size(), o, MemorySegment.ofArray(out), 0);
    }
    return out;
  }

  /**
   * A new C-contiguous array of {@code shape} decoded from {@code src} at {@code offset}; the caller
   * checked that the bytes are there.
   */
  static NDArray fromSegment(MemorySegment src, long offset, DType d, ByteOrder o, int[] shape) {
    return HostBytes.decode(src, offset, d, o, shape);
  }

  /**
   * NumPy's {@code frombuffer}: {@code count} elements (negative: all) of {@code d} from byte
   * {@code offset} of {@code bytes[base, base + len)}, in little-endian order. int8/uint8 (and
   * bool holding only 0/1) share {@code bytes} without copying; other dtypes are decoded into a new
   * array (Numbat's storage is typed Java arrays, so a float32 view of bytes cannot exist).
   */
  public static NDArray frombuffer(byte[] bytes, int base, int len, DType d, int count, int offset) {
    int item = d.itemsize();
    if (offset < 0 || offset > len) {
      throw new ValueError("offset must be non-negative and no greater than buffer length (" + len + ")");
    }
    int avail = len - offset;
    int n;
    if (count < 0) {
      if (avail % item != 0) {
        throw new ValueError("buffer size must be a multiple of element size");
      }
      n = avail / item;
    } else {
      if ((long) count * item > avail) {
        throw new ValueError("buffer is smaller than requested size");
      }
      n = count;
    }
    int start = base + offset;
    if (d.itemsize() == 1 && !d.isBool()) {
      return HostArrays.share(d, new int[] {n}, bytes, start);
    }
    if (d.isBool()) {
      boolean zeroOne = true;
      for (int i = start; i < start + n && zeroOne; i++) {
        zeroOne = (bytes[i] & ~1) == 0;
      }
      if (zeroOne) {
        return HostArrays.share(d, new int[] {n}, bytes, start);
      }
    }
    return fromSegment(MemorySegment.ofArray(bytes), start, d, ByteOrder.LITTLE_ENDIAN, new int[] {n});
  }

  /**
   * NumPy's binary {@code fromfile}: up to {@code count} elements (negative: all) after
   * {@code offset} bytes; a file holding fewer gives fewer, as NumPy does.
   */
  public static NDArray fromfile(java.nio.file.Path p, DType d, int count, long offset) throws java.io.IOException {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.READ);
        java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
      if (offset < 0) {
        throw new ValueError("offset must be non-negative");
      }
      long avail = Math.max(0, ch.size() - offset);
      long n = avail / d.itemsize();
      if (count >= 0) {
        n = Math.min(n, count);
      }
      if (n > Integer.MAX_VALUE) {
        throw new ValueError("file holds more than 2^31-1 elements, the most a CPU array holds");
      }
      if (n == 0) {
        return NDArray.allocate(d, new int[] {0});
      }
      MemorySegment seg = ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, offset, n * d.itemsize(), arena);
      return fromSegment(seg, 0, d, ByteOrder.LITTLE_ENDIAN, new int[] {(int) n});
    }
  }
}

package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * An array's elements as raw bytes in either byte order: the codec core of {@code .npy},
 * {@code tobytes}, {@code frombuffer}, {@code fromfile} and byte buffers. Storage "units" are the
 * primitive slots of the storage array: one per element, two (re, im) for complex. Copies go
 * through {@link MemorySegment#copy}, which swaps bytes when the orders differ and otherwise is a
 * plain bulk copy.
 */
public final class HostBytes {
  private HostBytes() {}

  /** Storage slots per element: 2 for complex (interleaved re, im), else 1. */
  public static int units(DType d) {
    return d.isComplex() ? 2 : 1;
  }

  /** The layout of one storage slot of {@code d} in byte order {@code o}, unaligned. */
  static ValueLayout layout(DType d, ByteOrder o) {
    return switch (d.ordinal()) {
      case 0, 1, 5 -> ValueLayout.JAVA_BYTE;
      case 2, 6, 9, 10 -> ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(o);
      case 3, 7 -> ValueLayout.JAVA_INT_UNALIGNED.withOrder(o);
      case 4, 8 -> ValueLayout.JAVA_LONG_UNALIGNED.withOrder(o);
      case 11, 13 -> ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(o);
      default -> ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(o);
    };
  }

  /**
   * Decodes {@code count} elements from {@code src} at byte {@code srcOffset} into {@code storage}
   * from element {@code index}. bool bytes other than 0 become 1: Numbat's bool storage is 0/1.
   */
  private static void decode(MemorySegment src, long srcOffset, DType d, ByteOrder o, Object storage, long index,
      long count) {
    int u = units(d);
    MemorySegment.copy(src, layout(d, o), srcOffset, storage, Math.toIntExact(index * u), Math.toIntExact(count * u));
    if (d.isBool()) {
      byte[] b = (byte[]) storage;
      for (int i = (int) index, end = (int) (index + count); i < end; i++) {
        if (b[i] != 0) {
          b[i] = 1;
        }
      }
    }
  }

  /** Encodes {@code count} elements of {@code storage} from element {@code index} into {@code dst}. */
  private static void encode(Object storage, long index, long count, DType d, ByteOrder o, MemorySegment dst,
      long dstOffset) {
    int u = units(d);
    MemorySegment.copy(storage, Math.toIntExact(index * u), dst, layout(d, o), dstOffset, Math.toIntExact(count * u));
  }

  /**
   * Encodes elements {@code [index, index + count)} (C order) of the C-contiguous array {@code c}
   * into {@code dst} at byte {@code dstOffset}, in byte order {@code o}.
   */
  public static void encode(NDArray c, long index, long count, ByteOrder o, MemorySegment dst, long dstOffset) {
    if (!c.isContiguous()) {
      throw new IllegalArgumentException("encode needs a C-contiguous array");
    }
    encode(c.data(), (long) c.offset() + index, count, c.dtype(), o, dst, dstOffset);
  }

  /**
   * A new C-contiguous array of {@code shape} decoded from {@code src} at {@code offset}; the caller
   * checked that the bytes are there.
   */
  public static NDArray decode(MemorySegment src, long offset, DType d, ByteOrder o, int[] shape) {
    NDArray out = NDArray.allocate(d, shape);
    if (out.size() > 0) {
      decode(src, offset, d, o, out.data(), 0, out.size());
    }
    return out;
  }

  /** A decoder filling a new C-contiguous array piece by piece (a file or stream read in chunks). */
  public static Decoder decoder(DType d, ByteOrder o, int[] shape) {
    return new Decoder(d, o, shape);
  }

  /** A new array being decoded from bytes in pieces; {@link #array()} once every element is in. */
  public static final class Decoder {
    private final DType d;
    private final ByteOrder o;
    private final int[] shape;
    private final Object data;

    private Decoder(DType d, ByteOrder o, int[] shape) {
      this.d = d;
      this.o = o;
      this.shape = shape;
      this.data = Storage.allocate(d, Shapes.checkedSize(shape));
    }

    /** Decodes {@code count} elements from {@code src} at byte {@code srcOffset} as elements {@code index...} (C order). */
    public void decode(MemorySegment src, long srcOffset, long index, long count) {
      HostBytes.decode(src, srcOffset, d, o, data, index, count);
    }

    /** The decoded array (C-contiguous, of the decoder's shape). */
    public NDArray array() {
      return new NDArray(d, shape, data);
    }
  }
}

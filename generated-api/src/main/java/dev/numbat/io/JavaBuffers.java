package dev.numbat.io;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.Shapes;
import java.lang.foreign.MemorySegment;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Java primitive arrays and {@code java.nio} buffers as arrays, and arrays as buffers.
 *
 * <p>Wrapping is zero-copy whenever Numbat's storage for the dtype is that Java array type:
 * {@code double[]} (float64, or complex128 interleaved re,im), {@code float[]} (float32,
 * complex64), {@code long[]} (int64, uint64), {@code int[]} (int32, uint32), {@code short[]}
 * (int16, uint16, float16 and bfloat16 bits), {@code byte[]} (int8, uint8; bool when every byte is
 * 0 or 1). The array then IS the Java array: NDArrays are immutable, so writing to the Java array
 * afterwards changes the NDArray and every view of it behind their back, which is the caller's
 * responsibility not to do. {@code boolean[]} and {@code char[]} have no storage of their own
 * and are copied; so are buffers without an accessible array (direct, read-only).
 */
public final class JavaBuffers {
  private JavaBuffers() {}

  /** The dtype a Java array or buffer holds when none is asked for. */
  static DType naturalDType(Object data) {
    DType array = dev.numbat.backend.cpu.Convert.primitiveDType(data);
    if (array != null) {
      return array;
    }
    return switch (data) {
      case DoubleBuffer x -> DType.FLOAT64;
      case FloatBuffer x -> DType.FLOAT32;
      case LongBuffer x -> DType.INT64;
      case IntBuffer x -> DType.INT32;
      case ShortBuffer x -> DType.INT16;
      case ByteBuffer x -> DType.INT8;
      case CharBuffer x -> DType.UINT16;
      default -> throw new TypeError("cannot wrap a " + data.getClass().getName()
          + ": expected a Java primitive array or a java.nio buffer");
    };
  }

  /** The storage class of a dtype ({@code float[].class} for float32 and complex64). */
  private static Class<?> storageClass(DType d) {
    return switch (d.ordinal()) {
      case 0, 1, 5 -> byte[].class;
      case 2, 6, 9, 10 -> short[].class;
      case 3, 7 -> int[].class;
      case 4, 8 -> long[].class;
      case 11, 13 -> float[].class;
      default -> double[].class;
    };
  }

  /**
   * {@code data} (a primitive array or a buffer) as an array of {@code shape} (null: 1-d) and
   * {@code dtype} (null: the data's own). A dtype sharing the data's storage type reinterprets it
   * (a {@code short[]} of bits as float16, a {@code long[]} as uint64, a {@code float[]} of re,im
   * pairs as complex64); another dtype converts as {@code astype}, into a copy. A
   * {@code ByteBuffer} with a dtype wider than a byte is decoded in the buffer's byte order.
   */
  public static NDArray wrap(Object data, int[] shape, DType dtype) {
    if (data == null) {
      throw new TypeError("cannot wrap None");
    }
    if (data instanceof ByteBuffer bb && dtype != null && dtype.itemsize() > 1) {
      return decodeBytes(bb, shape, dtype);
    }
    DType nat = naturalDType(data);
    DType d = dtype == null ? nat : dtype;
    Object array;
    int offset;
    int length;
    if (data instanceof Buffer b) {
      Object[] backing = backing(b);
      array = backing[0];
      offset = (Integer) backing[1];
      length = b.remaining();
    } else {
      array = data;
      offset = 0;
      length = java.lang.reflect.Array.getLength(data);
    }
    if (array instanceof boolean[] bools) {
      byte[] t = new byte[length];
      for (int i = 0; i < length; i++) {
        t[i] = (byte) (bools[offset + i] ? 1 : 0);
      }
      array = t;
      offset = 0;
    } else if (array instanceof char[] chars) {
      short[] t = new short[length];
      for (int i = 0; i < length; i++) {
        t[i] = (short) chars[offset + i];
      }
      array = t;
      offset = 0;
    }
    if (storageClass(d) == array.getClass() && !(d.isBool() && !zeroOne((byte[]) array, offset, length))) {
      int units = ByteCodec.units(d);
      if (length % units != 0) {
        throw new ValueError("a " + d.name() + " array needs an even number of values (re, im pairs), got " + length);
      }
      int n = length / units;
      int[] s = shapeFor(shape, n);
      if (offset % units != 0) {
        // A complex element cannot start at an odd slot of the storage: copy the pairs out.
        Object t = java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), length);
        System.arraycopy(array, offset, t, 0, length);
        return HostArrays.adopt(d, s, t);
      }
      return HostArrays.share(d, s, array, offset / units);
    }
    DType own = storageDType(array);
    NDArray flat = HostArrays.share(own, new int[] {length}, array, offset);
    NDArray cast = Cast.to(Copy.contiguous(flat), d);
    return Np.reshape(cast, shapeFor(shape, length));
  }

  /** The dtype Numbat reads a storage array as by default. */
  private static DType storageDType(Object array) {
    return switch (array) {
      case double[] x -> DType.FLOAT64;
      case float[] x -> DType.FLOAT32;
      case long[] x -> DType.INT64;
      case int[] x -> DType.INT32;
      case short[] x -> DType.INT16;
      default -> DType.INT8;
    };
  }

  private static boolean zeroOne(byte[] b, int off, int n) {
    for (int i = off; i < off + n; i++) {
      if ((b[i] & ~1) != 0) {
        return false;
      }
    }
    return true;
  }

  private static int[] shapeFor(int[] shape, int n) {
    if (shape == null) {
      return new int[] {n};
    }
    int unknown = -1;
    long prod = 1;
    for (int k = 0; k < shape.length; k++) {
      if (shape[k] == -1 && unknown < 0) {
        unknown = k;
      } else if (shape[k] < 0) {
        throw new ValueError(shape[k] == -1 ? "can only specify one unknown dimension" : "negative dimensions are not allowed");
      } else {
        prod *= shape[k];
      }
    }
    int[] s = shape.clone();
    if (unknown >= 0 && prod > 0 && n % prod == 0) {
      s[unknown] = (int) (n / prod);
      return s;
    }
    if (unknown >= 0 || prod != n) {
      throw new ValueError("cannot reshape array of size " + n + " into shape " + Shapes.str(shape));
    }
    return s;
  }

  /** The accessible backing array of a buffer and the index of its position, else a copy. */
  private static Object[] backing(Buffer b) {
    if (b.hasArray()) {
      return new Object[] {b.array(), b.arrayOffset() + b.position()};
    }
    Object copy = switch (b) {
      case DoubleBuffer x -> { double[] a = new double[x.remaining()]; x.duplicate().get(a); yield a; }
      case FloatBuffer x -> { float[] a = new float[x.remaining()]; x.duplicate().get(a); yield a; }
      case LongBuffer x -> { long[] a = new long[x.remaining()]; x.duplicate().get(a); yield a; }
      case IntBuffer x -> { int[] a = new int[x.remaining()]; x.duplicate().get(a); yield a; }
      case ShortBuffer x -> { short[] a = new short[x.remaining()]; x.duplicate().get(a); yield a; }
      case CharBuffer x -> { char[] a = new char[x.remaining()]; x.duplicate().get(a); yield a; }
      case ByteBuffer x -> { byte[] a = new byte[x.remaining()]; x.duplicate().get(a); yield a; }
      default -> throw new TypeError("unsupported buffer " + b.getClass().getName());
    };
    return new Object[] {copy, 0};
  }

  private static NDArray decodeBytes(ByteBuffer bb, int[] shape, DType d) {
    int item = d.itemsize();
    int len = bb.remaining();
    if (len % item != 0) {
      throw new ValueError("buffer size must be a multiple of element size");
    }
    int n = len / item;
    MemorySegment seg = MemorySegment.ofBuffer(bb);
    return ByteCodec.fromSegment(seg, 0, d, bb.order(), shapeFor(shape, n));
  }

  // ------------------------------------------------------------------ out

  /**
   * The elements in C order as a read-only buffer of the storage type (FloatBuffer for float32,
   * complex64 interleaved; ShortBuffer of bits for float16/bfloat16; ByteBuffer of 0/1 for bool;
   * unsigned types in the same-width signed buffer). A C-contiguous array is viewed without
   * copying; any other is copied first.
   */
  public static Buffer toBuffer(NDArray x) {
    return HostArrays.toBuffer(x);
  }

  /**
   * A new heap ByteBuffer (position 0, writable, the caller's) holding {@code tobytes()} in byte
   * order {@code order} (null: native), with {@link ByteBuffer#order} set to it.
   */
  public static ByteBuffer toByteBuffer(NDArray x, ByteOrder order) {
    ByteOrder o = order == null ? ByteOrder.nativeOrder() : order;
    return ByteBuffer.wrap(ByteCodec.toBytes(x, 'C', o)).order(o);
  }
}

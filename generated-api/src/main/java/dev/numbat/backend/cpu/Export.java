package dev.numbat.backend.cpu;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Arrays to Java values: flat primitive arrays in C order, nested Java arrays and nested Lists.
 * Flat exports of a contiguous array whose storage already has the requested element type are a
 * single array copy; anything else converts element by element with {@code astype}'s (C cast)
 * semantics.
 */
public final class Export {
  private Export() {}

  private static TypeError complexToReal(NDArray x, String target) {
    return new TypeError("cannot convert a " + x.dtype().name() + " array to " + target
        + " without losing the imaginary part; take the real part first");
  }

  /** Storage of {@code x} as a C-contiguous array of dtype {@code d} from offset 0. */
  private static NDArray dense(NDArray x, DType d) {
    return Copy.contiguous(Cast.to(x.strong(), d));
  }

  /**
   * The storage of {@code c} (dense {@code x} in some dtype) as an array the caller may own: a
   * fresh copy when it is (part of) {@code x}'s shared storage.
   */
  private static Object owned(NDArray x, NDArray c) {
    Object d = c.data();
    if (d != x.data() && Array.getLength(d) == c.size()) {
      return d;
    }
    Object r = Array.newInstance(d.getClass().getComponentType(), c.size());
    System.arraycopy(d, c.offset(), r, 0, c.size());
    return r;
  }

  /** Elements in C order as doubles (floats widen exactly; uint64 rounds). Complex: TypeError. */
  public static double[] toDoubleArray(NDArray x) {
    if (x.dtype().isComplex()) {
      throw complexToReal(x, "double[]");
    }
    NDArray c = dense(x, DType.FLOAT64);
    return (double[]) owned(x, c);
  }

  /** Elements in C order as floats (float64 rounds to nearest). Complex: TypeError. */
  public static float[] toFloatArray(NDArray x) {
    if (x.dtype().isComplex()) {
      throw complexToReal(x, "float[]");
    }
    NDArray c = dense(x, DType.FLOAT32);
    return (float[]) owned(x, c);
  }

  /** Elements in C order as longs (floats truncate as astype(int64); uint64 as its bits). */
  public static long[] toLongArray(NDArray x) {
    if (x.dtype().isComplex()) {
      throw complexToReal(x, "long[]");
    }
    DType target = x.dtype() == DType.UINT64 ? DType.UINT64 : DType.INT64;
    NDArray c = dense(x, target);
    return (long[]) owned(x, c);
  }

  /** Elements in C order as ints (astype(int32): wider integers wrap, floats truncate). */
  public static int[] toIntArray(NDArray x) {
    if (x.dtype().isComplex()) {
      throw complexToReal(x, "int[]");
    }
    DType target = x.dtype() == DType.UINT32 ? DType.UINT32 : DType.INT32;
    NDArray c = dense(x, target);
    return (int[]) owned(x, c);
  }

  /** Elements in C order as booleans (nonzero is true, NaN is true). */
  public static boolean[] toBooleanArray(NDArray x) {
    int n = x.size();
    boolean[] out = new boolean[n];
    if (n == 0) {
      return out;
    }
    DType d = x.dtype();
    Object data = x.data();
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      int k = w.next();
      out[i] = d.isInteger() || d.isBool() ? Storage.getLong(data, d, k) != 0
          : Storage.getDouble(data, d, k) != 0 || Storage.getImag(data, d, k) != 0
              || Double.isNaN(Storage.getDouble(data, d, k));
    }
    return out;
  }

  /**
   * The Java component type {@link #toArray} uses for dtype {@code d}: the narrowest primitive
   * that holds every value exactly (unsigned types widen to the next signed type; uint64 gives
   * its bits in a long), float for float16/bfloat16, {@link Complex} for complex dtypes.
   */
  public static Class<?> javaType(DType d) {
    return switch (d.ordinal()) {
      case 0 -> boolean.class;
      case 1 -> byte.class;
      case 2, 5 -> short.class;
      case 3, 6 -> int.class;
      case 4, 7, 8 -> long.class;
      case 9, 10, 11 -> float.class;
      case 12 -> double.class;
      default -> Complex.class;
    };
  }

  /**
   * Nested Java array of {@code x}'s shape ({@code double[][]} for a 2-d float64 array), or for a
   * 0-d array the boxed element as {@link NDArray#item()} returns it.
   */
  public static Object toArray(NDArray x) {
    if (x.ndim() == 0) {
      return x.item();
    }
    DType d = x.dtype();
    Class<?> comp = javaType(d);
    int[] shape = x.shapeRef();
    Object out = Array.newInstance(comp, shape);
    int n = x.size();
    if (n == 0) {
      return out;
    }
    int last = shape[shape.length - 1];
    Object flat = flatOf(x, comp);
    int[] idx = new int[shape.length - 1];
    for (int start = 0; start < n; start += last) {
      Object row = out;
      for (int k = 0; k < idx.length; k++) {
        row = Array.get(row, idx[k]);
      }
      System.arraycopy(flat, start, row, 0, last);
      for (int k = idx.length - 1; k >= 0; k--) {
        if (++idx[k] < shape[k]) {
          break;
        }
        idx[k] = 0;
      }
    }
    return out;
  }

  /** All elements in C order as a flat array of component type {@code comp}. */
  private static Object flatOf(NDArray x, Class<?> comp) {
    DType d = x.dtype();
    if (comp == boolean.class) {
      return toBooleanArray(x);
    }
    if (comp == double.class) {
      return toDoubleArray(x);
    }
    if (comp == float.class) {
      return toFloatArray(x);
    }
    if (comp == long.class) {
      return toLongArray(x);
    }
    if (comp == int.class) {
      return toIntArray(x);
    }
    int n = x.size();
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    Object data = x.data();
    if (comp == Complex.class) {
      Complex[] out = new Complex[n];
      for (int i = 0; i < n; i++) {
        int k = w.next();
        out[i] = new Complex(Storage.getDouble(data, d, k), Storage.getImag(data, d, k));
      }
      return out;
    }
    if (comp == short.class) {
      short[] out = new short[n];
      for (int i = 0; i < n; i++) {
        out[i] = (short) Storage.getLong(data, d, w.next());
      }
      return out;
    }
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) Storage.getLong(data, d, w.next());
    }
    return out;
  }

  /**
   * NumPy's {@code tolist()}: nested {@code List<Object>} of {@link NDArray#item()} values
   * (Boolean, Long, Double or {@link Complex}); a 0-d array gives its element itself.
   */
  public static Object tolist(NDArray x) {
    if (x.ndim() == 0) {
      return x.item();
    }
    int n = x.size();
    Object[] items = new Object[n];
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      items[i] = Storage.item(x, w.next());
    }
    int[] pos = {0};
    return nest(items, x.shapeRef(), 0, pos);
  }

  private static List<Object> nest(Object[] items, int[] shape, int depth, int[] pos) {
    int len = shape[depth];
    List<Object> l = new ArrayList<>(len);
    for (int i = 0; i < len; i++) {
      if (depth == shape.length - 1) {
        l.add(items[pos[0]++]);
      } else {
        l.add(nest(items, shape, depth + 1, pos));
      }
    }
    return l;
  }
}

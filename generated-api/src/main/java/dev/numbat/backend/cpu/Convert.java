package dev.numbat.backend.cpu;

import dev.numbat.types.Promotion;
import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.OverflowError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Java values to arrays ({@code asarray}). Primitive Java arrays are typed, like NumPy arrays:
 * double[] is float64, float[] float32, long[] int64, int[] int32, short[] int16, byte[] int8,
 * boolean[] bool, char[] uint16; converting them to another dtype casts as {@code astype} does.
 * Boxed numbers (alone or in Lists / Object[]) are Python scalars: they infer int64, float64
 * (float32 under preferFloat32), complex128 or bool, and converting them to a dtype follows
 * Python's rules: an integer out of the dtype's range is an OverflowError (NEP 50), a NaN into
 * an integer dtype a ValueError, a complex into a real dtype a TypeError. NDArrays nested in
 * sequences are stacked.
 *
 * <p>Java arrays are always copied (an NDArray is immutable, the caller's array is not); rows of
 * primitive arrays whose element type matches the dtype are copied with System.arraycopy.
 */
public final class Convert {
  private Convert() {}


  /** {@code np.asarray(o, dtype)}: no copy when {@code o} is an array of that dtype already. */
  public static NDArray asarray(Object o, DType dtype) {
    if (o instanceof NDArray a) {
      NDArray s = a.strong();
      return dtype == null || dtype == a.dtype() ? s : Cast.to(s, dtype);
    }
    if (o == null) {
      throw new TypeError("cannot convert None to an array");
    }
    if (o instanceof dev.numbat.core.ArrayLike v) {
      return asarray(v.read(), dtype);
    }
    if (isScalar(o)) {
      DType d = dtype != null ? dtype : scalarDType(o);
      NDArray out = NDArray.allocate(d, Shapes.SCALAR);
      putScalar(o, out.data(), d, 0);
      return out;
    }
    if (!isSequence(o)) {
      throw new TypeError("cannot convert " + o.getClass().getName() + " to an array");
    }
    NDArray flat = primitive1d(o, dtype);
    if (flat != null) {
      return flat;
    }
    List<Integer> shapeList = new ArrayList<>();
    discoverShape(o, shapeList);
    int[] shape = shapeList.stream().mapToInt(Integer::intValue).toArray();
    DType d = dtype;
    if (d == null) {
      d = inferDType(o, null);
      if (d == null) {
        d = DType.FLOAT64;
      }
    }
    NDArray out = NDArray.allocate(d, shape);
    int[] pos = {0};
    fill(o, 0, shape, out, pos);
    return out;
  }

  /** The dtype NumPy gives a Python scalar (Java boxed value), or a TypeError. */
  public static DType scalarDType(Object o) {
    if (o instanceof Boolean) {
      return DType.BOOL;
    }
    if (o instanceof Double || o instanceof Float) {
      return Config.preferFloat32() ? DType.FLOAT32 : DType.FLOAT64;
    }
    if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
      return DType.INT64;
    }
    if (o instanceof Complex) {
      return DType.COMPLEX128;
    }
    if (o instanceof BigInteger b) {
      if (b.bitLength() <= 63) {
        return DType.INT64;
      }
      if (b.signum() > 0 && b.bitLength() <= 64) {
        return DType.UINT64;
      }
      throw new OverflowError("Python int too large to convert to C long");
    }
    throw new TypeError("cannot convert " + (o == null ? "None" : o.getClass().getName()) + " to an array element");
  }

  /** A boxed Java number, boolean or {@link Complex}: what NumPy calls a Python scalar. */
  public static boolean isScalar(Object o) {
    return o instanceof Number || o instanceof Boolean || o instanceof Complex;
  }

  private static boolean isSequence(Object o) {
    return o instanceof List<?> || (o != null && o.getClass().isArray());
  }

  private static int length(Object o) {
    if (o instanceof List<?> l) {
      return l.size();
    }
    return o instanceof Object[] a ? a.length : Array.getLength(o);
  }

  private static Object elem(Object o, int i) {
    if (o instanceof List<?> l) {
      return l.get(i);
    }
    return o instanceof Object[] a ? a[i] : Array.get(o, i);
  }

  /** The dtype a primitive Java array holds, or null for a non-primitive one. */
  public static DType primitiveDType(Object o) {
    return switch (o) {
      case double[] x -> DType.FLOAT64;
      case float[] x -> DType.FLOAT32;
      case long[] x -> DType.INT64;
      case int[] x -> DType.INT32;
      case short[] x -> DType.INT16;
      case byte[] x -> DType.INT8;
      case boolean[] x -> DType.BOOL;
      case char[] x -> DType.UINT16;
      default -> null;
    };
  }

  /** Fast path: a 1-d primitive array becomes its native dtype by one array copy. */
  private static NDArray primitive1d(Object o, DType dtype) {
    DType nat = primitiveDType(o);
    if (nat == null) {
      return null;
    }
    int n = Array.getLength(o);
    Object data;
    if (o instanceof boolean[] b) {
      byte[] t = new byte[n];
      for (int i = 0; i < n; i++) {
        t[i] = (byte) (b[i] ? 1 : 0);
      }
      data = t;
    } else if (o instanceof char[] c) {
      short[] t = new short[n];
      for (int i = 0; i < n; i++) {
        t[i] = (short) c[i];
      }
      data = t;
    } else {
      data = switch (o) {
        case double[] x -> x.clone();
        case float[] x -> x.clone();
        case long[] x -> x.clone();
        case int[] x -> x.clone();
        case short[] x -> x.clone();
        default -> ((byte[]) o).clone();
      };
    }
    NDArray a = new NDArray(nat, new int[] {n}, data);
    return dtype == null || dtype == nat ? a : Cast.to(a, dtype);
  }

  private static void discoverShape(Object o, List<Integer> shape) {
    while (true) {
      if (o instanceof NDArray a) {
        for (int d : a.shapeRef()) {
          shape.add(d);
        }
        return;
      }
      if (!isSequence(o)) {
        return;
      }
      int n = length(o);
      shape.add(n);
      if (n == 0 || primitiveDType(o) != null) {
        return;
      }
      o = elem(o, 0);
    }
  }

  private static DType inferDType(Object o, DType acc) {
    DType d;
    if (o instanceof NDArray a) {
      d = a.dtype();
    } else if (o != null && o.getClass().isArray() && o.getClass().getComponentType().isPrimitive()) {
      d = primitiveDType(o);
      if (d == null) {
        throw new TypeError("unsupported array element type " + o.getClass().getComponentType());
      }
    } else if (isSequence(o)) {
      int n = length(o);
      for (int i = 0; i < n; i++) {
        acc = inferDType(elem(o, i), acc);
      }
      return acc;
    } else {
      d = scalarDType(o);
    }
    return acc == null ? d : Promotion.promoteTypes(acc, d);
  }

  private static ValueError inhomogeneous(int[] shape, int depth) {
    return new ValueError("setting an array element with a sequence. The requested array has an "
        + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
        + Shapes.str(Arrays.copyOf(shape, depth)) + " + inhomogeneous part.");
  }

  private static void fill(Object o, int depth, int[] shape, NDArray out, int[] pos) {
    if (o instanceof NDArray a) {
      int[] rest = Arrays.copyOfRange(shape, depth, shape.length);
      if (!Arrays.equals(a.shapeRef(), rest)) {
        throw inhomogeneous(shape, depth);
      }
      NDArray c = Copy.contiguous(Cast.to(a.strong(), out.dtype()));
      int w = out.dtype().isComplex() ? 2 : 1;
      System.arraycopy(c.data(), c.offset() * w, out.data(), pos[0] * w, c.size() * w);
      pos[0] += c.size();
      return;
    }
    if (depth == shape.length) {
      if (isSequence(o)) {
        throw inhomogeneous(shape, depth);
      }
      putScalar(o, out.data(), out.dtype(), pos[0]++);
      return;
    }
    if (!isSequence(o) || length(o) != shape[depth]) {
      throw inhomogeneous(shape, depth);
    }
    int n = shape[depth];
    DType leaf = primitiveDType(o);
    if (leaf != null) {
      if (depth != shape.length - 1) {
        throw inhomogeneous(shape, depth + 1);
      }
      putPrimitiveRow(o, leaf, n, out, pos[0]);
      pos[0] += n;
      return;
    }
    for (int i = 0; i < n; i++) {
      fill(elem(o, i), depth + 1, shape, out, pos);
    }
  }

  /** A row of a primitive Java array into {@code out} at flat position {@code at}, cast as astype. */
  private static void putPrimitiveRow(Object row, DType nat, int n, NDArray out, int at) {
    DType d = out.dtype();
    Object data = out.data();
    if (d == nat && nat != DType.BOOL && nat != DType.UINT16) {
      System.arraycopy(row, 0, data, at, n);
      return;
    }
    switch (row) {
      case double[] x -> {
        if (d == DType.FLOAT32) {
          float[] f = (float[]) data;
          for (int i = 0; i < n; i++) {
            f[at + i] = (float) x[i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            Storage.setDouble(data, d, at + i, x[i]);
          }
        }
      }
      case float[] x -> {
        if (d == DType.FLOAT64) {
          double[] f = (double[]) data;
          for (int i = 0; i < n; i++) {
            f[at + i] = x[i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            Storage.setDouble(data, d, at + i, x[i]);
          }
        }
      }
      case boolean[] x -> {
        for (int i = 0; i < n; i++) {
          Storage.setLong(data, d, at + i, x[i] ? 1 : 0, false);
        }
      }
      case char[] x -> {
        for (int i = 0; i < n; i++) {
          Storage.setLong(data, d, at + i, x[i], false);
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          long v = switch (row) {
            case long[] x -> x[i];
            case int[] x -> x[i];
            case short[] x -> x[i];
            default -> ((byte[]) row)[i];
          };
          Storage.setLong(data, d, at + i, v, false);
        }
      }
    }
  }

  /**
   * A Python scalar (boxed Java value) into storage index {@code i} of dtype {@code d}, with
   * Python's conversion errors: NEP 50 OverflowError for an integer out of range, ValueError for
   * NaN and OverflowError for infinity into an integer dtype, TypeError for complex into real.
   */
  public static void putScalar(Object v, Object data, DType d, int i) {
    if (v instanceof Boolean b) {
      Storage.setLong(data, d, i, b ? 1 : 0, false);
    } else if (v instanceof Double || v instanceof Float) {
      putFloat(((Number) v).doubleValue(), data, d, i);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      long x = ((Number) v).longValue();
      if (d.isInteger()) {
        checkIntFits(BigInteger.valueOf(x), x, false, d);
      }
      Storage.setLong(data, d, i, x, false);
    } else if (v instanceof BigInteger b) {
      putBig(b, data, d, i);
    } else if (v instanceof Complex c) {
      if (d.isComplex()) {
        Storage.setComplex(data, d, i, c.re(), c.im());
      } else if (d.isBool()) {
        Storage.setLong(data, d, i, c.re() != 0 || c.im() != 0 ? 1 : 0, false);
      } else if (d.isInteger()) {
        throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
      } else {
        throw new TypeError("float() argument must be a string or a real number, not 'complex'");
      }
    } else if (v instanceof NDArray a) {
      if (a.ndim() != 0) {
        throw new ValueError("setting an array element with a sequence.");
      }
      NDArray c = Cast.to(a.strong(), d);
      int w = d.isComplex() ? 2 : 1;
      System.arraycopy(c.data(), c.offset() * w, data, i * w, w);
    } else {
      throw new TypeError("cannot convert " + (v == null ? "None" : v.getClass().getName()) + " to an array element");
    }
  }

  private static void putFloat(double v, Object data, DType d, int i) {
    if (!d.isInteger()) {
      Storage.setDouble(data, d, i, v);
      return;
    }
    if (v != v) {
      throw new ValueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(v)) {
      throw new OverflowError("cannot convert float infinity to integer");
    }
    // NumPy 2 converts a Python float to a Python int (truncation) and stores that as it stores
    // any Python int: out of the dtype's range is NEP 50's OverflowError, not a wrap.
    BigInteger t = new java.math.BigDecimal(v).toBigInteger();
    checkIntFits(t, t.longValue(), true, d);
    Storage.setLong(data, d, i, t.longValue(), d == DType.UINT64 && t.bitLength() == 64);
  }

  private static void putBig(BigInteger b, Object data, DType d, int i) {
    if (d.isInteger()) {
      checkIntFits(b, b.longValue(), true, d);
      Storage.setLong(data, d, i, b.longValue(), b.signum() > 0 && b.bitLength() == 64);
    } else if (d.isBool()) {
      Storage.setLong(data, d, i, b.signum() != 0 ? 1 : 0, false);
    } else {
      Storage.setDouble(data, d, i, b.doubleValue());
    }
  }

  /** NEP 50: a Python integer must fit the integer dtype it is stored into. */
  private static void checkIntFits(BigInteger exact, long v, boolean big, DType d) {
    boolean ok;
    if (big && exact.bitLength() > 63) {
      if (d == DType.UINT64 && exact.signum() > 0 && exact.bitLength() <= 64) {
        return;
      }
      throw new OverflowError("Python int too large to convert to C long");
    } else {
      ok = switch (d.ordinal()) {
        case 1 -> v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE;
        case 2 -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
        case 3 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
        case 5 -> v >= 0 && v <= 0xFF;
        case 6 -> v >= 0 && v <= 0xFFFF;
        case 7 -> v >= 0 && v <= 0xFFFFFFFFL;
        case 8 -> v >= 0;
        default -> true;
      };
    }
    if (!ok) {
      throw new OverflowError("Python integer " + exact + " out of bounds for " + d.name());
    }
  }

  /** Validates and copies a shape argument: NumPy's error for negative dimensions. */
  public static int[] shapeArg(int[] shape) {
    Shapes.checkedSize(shape);
    return shape.clone();
  }
}

package dev.numbat.backend.cpu;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Half;

/** Storage arrays per dtype, and element access for the generic (non-kernel) paths. */
public final class Storage {
  private Storage() {}

  public static Object allocate(DType d, int n) {
    return switch (d.ordinal()) {
      case 0, 1, 5 -> new byte[n];
      case 2, 6, 9, 10 -> new short[n];
      case 3, 7 -> new int[n];
      case 4, 8 -> new long[n];
      case 11 -> new float[n];
      case 12 -> new double[n];
      case 13 -> new float[2 * n];
      default -> new double[2 * n];
    };
  }

  /** Element at storage index {@code i} as a double (real part for complex; unsigned exact-ish). */
  public static double getDouble(Object data, DType d, int i) {
    return switch (d.ordinal()) {
      case 0, 1 -> ((byte[]) data)[i];
      case 5 -> ((byte[]) data)[i] & 0xFF;
      case 2 -> ((short[]) data)[i];
      case 6 -> ((short[]) data)[i] & 0xFFFF;
      case 3 -> ((int[]) data)[i];
      case 7 -> ((int[]) data)[i] & 0xFFFFFFFFL;
      case 4 -> ((long[]) data)[i];
      case 8 -> unsignedToDouble(((long[]) data)[i]);
      case 9 -> Half.f16ToFloat(((short[]) data)[i]);
      case 10 -> Half.bf16ToFloat(((short[]) data)[i]);
      case 11 -> ((float[]) data)[i];
      case 12 -> ((double[]) data)[i];
      case 13 -> ((float[]) data)[2 * i];
      default -> ((double[]) data)[2 * i];
    };
  }

  /** Imaginary part at storage index {@code i} (0 for real dtypes). */
  public static double getImag(Object data, DType d, int i) {
    return switch (d.ordinal()) {
      case 13 -> ((float[]) data)[2 * i + 1];
      case 14 -> ((double[]) data)[2 * i + 1];
      default -> 0;
    };
  }

  /** Integer/bool element as a long (uint64 as its bits); floats truncate as C does. */
  public static long getLong(Object data, DType d, int i) {
    return switch (d.ordinal()) {
      case 0, 1 -> ((byte[]) data)[i];
      case 5 -> ((byte[]) data)[i] & 0xFF;
      case 2 -> ((short[]) data)[i];
      case 6 -> ((short[]) data)[i] & 0xFFFF;
      case 3 -> ((int[]) data)[i];
      case 7 -> ((int[]) data)[i] & 0xFFFFFFFFL;
      case 4, 8 -> ((long[]) data)[i];
      default -> Cast.doubleToLong(getDouble(data, d, i));
    };
  }

  public static void setDouble(Object data, DType d, int i, double v) {
    switch (d.ordinal()) {
      case 0 -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
      case 1, 5 -> ((byte[]) data)[i] = (byte) Cast.doubleToInt(v);
      case 2, 6 -> ((short[]) data)[i] = (short) Cast.doubleToInt(v);
      case 3 -> ((int[]) data)[i] = Cast.doubleToInt(v);
      case 7 -> ((int[]) data)[i] = Cast.doubleToUint32(v);
      case 4 -> ((long[]) data)[i] = Cast.doubleToLong(v);
      case 8 -> ((long[]) data)[i] = Cast.doubleToUnsignedLong(v);
      case 9 -> ((short[]) data)[i] = Half.doubleToF16(v);
      case 10 -> ((short[]) data)[i] = Half.floatToBf16((float) v);
      case 11 -> ((float[]) data)[i] = (float) v;
      case 12 -> ((double[]) data)[i] = v;
      case 13 -> {
        ((float[]) data)[2 * i] = (float) v;
        ((float[]) data)[2 * i + 1] = 0;
      }
      default -> {
        ((double[]) data)[2 * i] = v;
        ((double[]) data)[2 * i + 1] = 0;
      }
    }
  }

  public static void setComplex(Object data, DType d, int i, double re, double im) {
    if (d.ordinal() == 13) {
      ((float[]) data)[2 * i] = (float) re;
      ((float[]) data)[2 * i + 1] = (float) im;
    } else if (d.ordinal() == 14) {
      ((double[]) data)[2 * i] = re;
      ((double[]) data)[2 * i + 1] = im;
    } else if (d.ordinal() == 0) {
      // complex -> bool is "nonzero": an imaginary part alone makes it True
      ((byte[]) data)[i] = (byte) (re != 0 || im != 0 ? 1 : 0);
    } else {
      setDouble(data, d, i, re);
    }
  }

  /** Integer element from a long, wrapping as C casts do; floats convert. */
  public static void setLong(Object data, DType d, int i, long v, boolean unsignedSource) {
    switch (d.ordinal()) {
      case 0 -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
      case 1, 5 -> ((byte[]) data)[i] = (byte) v;
      case 2, 6 -> ((short[]) data)[i] = (short) v;
      case 3, 7 -> ((int[]) data)[i] = (int) v;
      case 4, 8 -> ((long[]) data)[i] = v;
      case 11 -> ((float[]) data)[i] = unsignedSource && v < 0 ? (float) unsignedToDouble(v) : (float) v;
      default -> setDouble(data, d, i, unsignedSource && v < 0 ? unsignedToDouble(v) : (double) v);
    }
  }

  public static double unsignedToDouble(long v) {
    if (v >= 0) {
      return v;
    }
    // Round half to even on the dropped low bit, as the hardware conversion does.
    return ((double) ((v >>> 1) | (v & 1))) * 2.0;
  }

  /** The element at storage index {@code i} as a boxed Java value for {@code item()}. */
  public static Object item(NDArray x, int i) {
    DType d = x.dtype();
    Object data = x.data();
    if (d.isBool()) {
      return ((byte[]) data)[i] != 0;
    }
    if (d.isInteger()) {
      return getLong(data, d, i);
    }
    if (d.isComplex()) {
      return new Complex(getDouble(data, d, i), getImag(data, d, i));
    }
    return getDouble(data, d, i);
  }
}

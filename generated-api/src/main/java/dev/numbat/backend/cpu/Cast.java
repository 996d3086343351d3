package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.OverflowError;

/**
 * dtype conversion ({@code astype}) with C's (x86-64) conversion semantics where NumPy inherits
 * them: float to integer truncates toward zero, NaN and out-of-range values give the
 * "integer indefinite" value; integer to narrower integer wraps; complex to real drops the
 * imaginary part.
 */
public final class Cast {
  private Cast() {}

  private static final double TWO63 = 9.223372036854775808E18;

  /**
   * C's double -> int32 on x86-64 (cvttsd2si): NaN and values outside int32 give
   * Integer.MIN_VALUE. NumPy converts to int8/int16/uint8/uint16 the same way and then
   * truncates, so 300.0 -> int8 is 44 and 1e10 -> int8 is 0.
   */
  public static int doubleToInt(double v) {
    return v != v || v >= 2147483648.0 || v <= -2147483649.0 ? Integer.MIN_VALUE : (int) v;
  }

  /** C's double -> int64 (cvttsd2si 64-bit): NaN and out-of-range give Long.MIN_VALUE. */
  public static long doubleToLong(double v) {
    if (v != v || v >= TWO63 || v < -TWO63) {
      return Long.MIN_VALUE;
    }
    return (long) v;
  }

  /**
   * C's double -> uint32 as NumPy's scalar loop does it: through the 64-bit conversion, then
   * truncated (NaN and -inf give 0). NumPy uses it for float16 sources and for single values.
   */
  public static int doubleToUint32(double v) {
    return (int) doubleToLong(v);
  }

  /**
   * NumPy's float32/float64 -> uint32 loop on x86-64 (its SIMD cast, which contiguous arrays take):
   * below 2^31 the int32 conversion, else that of v - 2^31 with the top bit flipped, so NaN, -inf
   * and values below -2^31 give 2^31, and +inf and values from 2^32 give 0. NumPy's strided loop,
   * and its contiguous loop for the last n % 4 elements, take the scalar conversion,
   * {@link #doubleToUint32}, instead (so a one-element NaN gives 0): Numbat does the same for
   * C-contiguous sources and strided ones. The two agree on every value in (-2^31, 2^32), which
   * is all C defines; measured against NumPy 2.4.6 on x86-64 (AVX-512 machine).
   */
  public static int doubleToUint32Simd(double v) {
    return v >= 2147483648.0 ? doubleToInt(v - 2147483648.0) ^ Integer.MIN_VALUE : doubleToInt(v);
  }

  /**
   * C's double -> uint64 as compilers emit it: below 2^63 the signed conversion, else the
   * signed conversion of v - 2^63 with the top bit flipped (so NaN and 2^64 and above give 0 or
   * 2^63 exactly as NumPy shows on x86-64).
   */
  public static long doubleToUnsignedLong(double v) {
    if (v >= TWO63) {
      return doubleToLong(v - TWO63) ^ Long.MIN_VALUE;
    }
    return doubleToLong(v);
  }

  /** {@code x} converted to {@code to}; returns {@code x} itself when nothing changes. */
  public static NDArray to(NDArray x, DType to) {
    if (x.dtype() == to) {
      return x;
    }
    if (x.isWeak()) {
      checkWeakFits(x, to);
    }
    NDArray out = NDArray.allocate(to, x.shapeRef());
    copyInto(x, out);
    return x.isWeak() ? new NDArray(to, out.shapeRef(), out.stridesRef(), 0, out.data(), true) : out;
  }

  /** NEP 50: a Python (Java) integer must fit the integer dtype it meets. */
  static void checkWeakFits(NDArray x, DType to) {
    if (!to.isInteger() || !x.dtype().isInteger()) {
      return;
    }
    long v = Storage.getLong(x.data(), x.dtype(), x.offset());
    boolean ok = switch (to.ordinal()) {
      case 1 -> v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE;
      case 2 -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
      case 3 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
      case 5 -> v >= 0 && v <= 0xFF;
      case 6 -> v >= 0 && v <= 0xFFFF;
      case 7 -> v >= 0 && v <= 0xFFFFFFFFL;
      case 8 -> v >= 0 || x.dtype() == DType.UINT64;
      default -> x.dtype() != DType.UINT64 || v >= 0;
    };
    if (!ok) {
      String text = x.dtype() == DType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
      throw new OverflowError("Python integer " + text + " out of bounds for " + to.name());
    }
  }

  /** Element-wise conversion of {@code src} into the same-shaped contiguous {@code dst}. */
  public static void copyInto(NDArray src, NDArray dst) {
    DType s = src.dtype();
    DType d = dst.dtype();
    Object in = src.data();
    Object out = dst.data();
    int n = src.size();
    if (n == 0) {
      return;
    }
    StridedWalk w = new StridedWalk(src.shapeRef(), src.stridesRef(), src.offset());
    if (d == DType.UINT32 && (s == DType.FLOAT32 || s == DType.FLOAT64) && src.isContiguous()) {
      // NumPy's contiguous loop runs 4 lanes at a time and converts the last n % 4 elements one by one
      int[] o = (int[]) out;
      int body = n - n % 4;
      for (int i = 0; i < n; i++) {
        double v = Storage.getDouble(in, s, w.next());
        o[i] = i < body ? doubleToUint32Simd(v) : doubleToUint32(v);
      }
    } else if (s.isComplex()) {
      for (int i = 0; i < n; i++) {
        int k = w.next();
        Storage.setComplex(out, d, i, Storage.getDouble(in, s, k), Storage.getImag(in, s, k));
      }
    } else if (s.isInteger() || s.isBool()) {
      boolean uns = s == DType.UINT64;
      if (d.isInteger() || d.isBool() || d == DType.FLOAT32) {
        for (int i = 0; i < n; i++) {
          Storage.setLong(out, d, i, Storage.getLong(in, s, w.next()), uns);
        }
      } else {
        for (int i = 0; i < n; i++) {
          Storage.setDouble(out, d, i, Storage.getDouble(in, s, w.next()));
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        Storage.setDouble(out, d, i, Storage.getDouble(in, s, w.next()));
      }
    }
  }
}

package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import java.math.BigInteger;

/**
 * NumPy 2's exact integer comparisons, which the common-dtype loop would get wrong: int64 against
 * uint64 (NumPy's mixed {@code qQ->?} / {@code Qq->?} loops; their common dtype is float64, which
 * rounds above 2^53), and an integer array against a Java (Python) integer outside its dtype (NEP
 * 50's comparison special case, numpy/_core/src/umath/special_integer_comparisons.cpp: every
 * element compares the same way, so {@code less(int8 [1], 300)} is True instead of an
 * OverflowError). Only the six comparison ufuncs come here, and only with operands of two dtypes.
 */
final class IntegerComparisons {
  private IntegerComparisons() {}

  /** Comparison codes, {@link Ufunc.Def#comparison}; 0 is "not a comparison". */
  static final int LESS = 1;
  static final int LESS_EQUAL = 2;
  static final int GREATER = 3;
  static final int GREATER_EQUAL = 4;
  static final int EQUAL = 5;
  static final int NOT_EQUAL = 6;

  static int code(String ufunc) {
    return switch (ufunc) {
      case "less" -> LESS;
      case "less_equal" -> LESS_EQUAL;
      case "greater" -> GREATER;
      case "greater_equal" -> GREATER_EQUAL;
      case "equal" -> EQUAL;
      case "not_equal" -> NOT_EQUAL;
      default -> 0;
    };
  }

  /** Whether {@code x OP y} holds when x compares to y as {@code sign} (negative: below). */
  private static boolean holds(int op, int sign) {
    return switch (op) {
      case LESS -> sign < 0;
      case LESS_EQUAL -> sign <= 0;
      case GREATER -> sign > 0;
      case GREATER_EQUAL -> sign >= 0;
      case EQUAL -> sign == 0;
      default -> sign != 0;
    };
  }

  /** The exact result for operands of different dtypes, or null when the ordinary loop is exact. */
  static NDArray compare(int op, NDArray a, NDArray b) {
    if (a.isWeak() != b.isWeak()) {
      NDArray w = a.isWeak() ? a : b;
      NDArray s = a.isWeak() ? b : a;
      int outside = outside(w, s.dtype());
      if (outside == 0) {
        return null;
      }
      // the weak value lies above (1) or below (-1) every value of s's dtype
      return fixed(op, a.isWeak() ? outside : -outside, s.shapeRef());
    }
    if (a.isWeak()) {
      return null;
    }
    DType x = a.dtype();
    DType y = b.dtype();
    if (x == DType.INT64 && y == DType.UINT64 || x == DType.UINT64 && y == DType.INT64) {
      // both are long storage: the int64 cast of the uint64 operand keeps its bits
      return Ufunc.binary(a, b, DType.INT64, DType.BOOL, kernel(op, x == DType.INT64));
    }
    return null;
  }

  /** Whether {@link #compare} answers for these operands (so the common-dtype loop must not run). */
  static boolean applies(int op, NDArray a, NDArray b) {
    if (op == 0 || a.dtype() == b.dtype()) {
      return false;
    }
    if (a.isWeak() != b.isWeak()) {
      return a.isWeak() ? outside(a, b.dtype()) != 0 : outside(b, a.dtype()) != 0;
    }
    return !a.isWeak() && (a.dtype() == DType.INT64 && b.dtype() == DType.UINT64
        || a.dtype() == DType.UINT64 && b.dtype() == DType.INT64);
  }

  /** A Java integer beyond 64 bits against {@code other}'s dtype, or null when it is no comparison of integers. */
  static NDArray compareLarge(int op, BigInteger big, boolean bigFirst, NDArray other) {
    if (op == 0 || !other.dtype().isInteger()) {
      return null;
    }
    int outside = big.signum();
    return fixed(op, bigFirst ? outside : -outside, other.shapeRef());
  }

  /** 1 when the weak integer {@code w} is above every value of {@code d}, -1 below, 0 within (or d no integer). */
  private static int outside(NDArray w, DType d) {
    if (!w.dtype().isInteger() || !d.isInteger()) {
      return 0;
    }
    long v = Storage.getLong(w.data(), w.dtype(), w.offset());
    if (w.dtype() == DType.UINT64 && v < 0) {
      return d == DType.UINT64 ? 0 : 1; // 2^63 and above
    }
    long min;
    long max;
    switch (d.name()) {
      case "int8" -> { min = Byte.MIN_VALUE; max = Byte.MAX_VALUE; }
      case "int16" -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
      case "int32" -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
      case "uint8" -> { min = 0; max = 0xFF; }
      case "uint16" -> { min = 0; max = 0xFFFF; }
      case "uint32" -> { min = 0; max = 0xFFFF_FFFFL; }
      case "uint64" -> { min = 0; max = Long.MAX_VALUE; }
      default -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
    }
    return v > max ? 1 : v < min ? -1 : 0;
  }

  private static NDArray fixed(int op, int sign, int[] shape) {
    NDArray v = HostArrays.bool(new int[0], new byte[] {(byte) (holds(op, sign) ? 1 : 0)});
    return CreationKernels.filled(shape, v);
  }

  /** int64 against uint64 (or the reverse, signedFirst false), exact: a negative int64 is below every uint64. */
  private static Ufunc.Binary kernel(int op, boolean signedFirst) {
    return (n, a, ao, as, b, bo, bs, out, oo, os) -> {
      long[] x = (long[]) a;
      long[] y = (long[]) b;
      byte[] o = (byte[]) out;
      for (int i = 0; i < n; i++) {
        long p = x[ao + i * as];
        long q = y[bo + i * bs];
        int sign = signedFirst ? signedVsUnsigned(p, q) : -signedVsUnsigned(q, p);
        o[oo + i * os] = (byte) (holds(op, sign) ? 1 : 0);
      }
    };
  }

  private static int signedVsUnsigned(long s, long u) {
    return s < 0 ? -1 : Long.compareUnsigned(s, u);
  }
}

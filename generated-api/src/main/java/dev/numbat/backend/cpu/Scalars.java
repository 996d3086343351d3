package dev.numbat.backend.cpu;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;

/** Java scalars as 0-d arrays: weak (NEP 50) when they are operands, strong when asarray'd. */
public final class Scalars {
  private Scalars() {}

  private static final int[] S = Shapes.SCALAR;

  public static NDArray weak(double v) {
    return Config.preferFloat32()
        ? new NDArray(DType.FLOAT32, S, S, 0, new float[] {(float) v}, true)
        : new NDArray(DType.FLOAT64, S, S, 0, new double[] {v}, true);
  }

  public static NDArray weak(long v) {
    return new NDArray(DType.INT64, S, S, 0, new long[] {v}, true);
  }

  public static NDArray weak(boolean v) {
    return new NDArray(DType.BOOL, S, S, 0, new byte[] {(byte) (v ? 1 : 0)}, true);
  }

  public static NDArray weak(Complex c) {
    return new NDArray(DType.COMPLEX128, S, S, 0, new double[] {c.re(), c.im()}, true);
  }

  /** A boxed Java scalar as a weak 0-d array, or null when {@code o} is not a scalar. */
  public static NDArray weakOrNull(Object o) {
    if (o instanceof Double || o instanceof Float) {
      return weak(((Number) o).doubleValue());
    }
    if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
      return weak(((Number) o).longValue());
    }
    if (o instanceof Boolean b) {
      return weak(b);
    }
    if (o instanceof Complex c) {
      return weak(c);
    }
    if (o instanceof java.math.BigInteger b) {
      if (b.signum() >= 0 && b.bitLength() <= 64) {
        return new NDArray(DType.UINT64, S, S, 0, new long[] {b.longValue()}, true);
      }
      if (b.bitLength() <= 63) {
        return weak(b.longValue());
      }
      throw new TooLargeInteger(b);
    }
    return null;
  }

  /** An op operand: arrays pass through, Java scalars become weak, the rest goes through asarray. */
  public static NDArray operand(Object o) {
    if (o instanceof NDArray a) {
      return a;
    }
    NDArray w = weakOrNull(o);
    if (w != null) {
      return w;
    }
    if (o == null) {
      throw new TypeError("unsupported operand type: None");
    }
    return Convert.asarray(o, null);
  }

  /**
   * NumPy's OverflowError for a Java integer beyond 64 bits where a 64-bit value is needed; a
   * ufunc catches it to take the integer as NumPy takes a Python int ({@link Ufunc}).
   */
  public static final class TooLargeInteger extends dev.numbat.errors.OverflowError {
    final java.math.BigInteger value;

    TooLargeInteger(java.math.BigInteger value) {
      super("Python int too large to convert to C long");
      this.value = value;
    }
  }
}

package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.OverflowError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Java values into arrays (asarray/array) and arrays out to Java values. Where NumPy has the same
 * operation, the expected dtype, values and error messages were obtained by running NumPy 1.24
 * with {@code np._set_promotion_state("weak")} on the Python equivalent in the comment.
 */
class ConversionTest {

  private static void raises(Class<? extends Throwable> type, String message, Executable e) {
    Throwable t = assertThrows(type, e);
    assertEquals(message, t.getMessage());
  }

  // ---------------------------------------------------------------- Python-like inference

  @Test
  void boxedValuesInferLikePythonScalars() {
    assertEquals(Np.int64, Np.asarray(List.of(1, true)).dtype()); // np.array([1, True])
    assertArrayEquals(new long[] {1, 1}, Np.asarray(List.of(1, true)).toLongArray());
    assertEquals(Np.complex128, Np.asarray(List.of(1, new Complex(2, 0))).dtype()); // [1, 2+0j]
    assertEquals(Np.float64, Np.asarray(List.of(true, 2.5)).dtype()); // [True, 2.5]
    assertEquals(Np.int64, Np.asarray(List.of((byte) 1, (short) 2, 3)).dtype());
    assertEquals(Np.float64, Np.asarray(List.of(1.5f)).dtype()); // a Java Float is a Python float
    assertEquals(Np.bool, Np.asarray(true).dtype());
    assertEquals(0, Np.asarray(5).ndim());
    // [2**63] -> uint64; [-1, 2**63] -> float64
    BigInteger two63 = BigInteger.ONE.shiftLeft(63);
    NDArray u = Np.asarray(List.of(two63));
    assertEquals(Np.uint64, u.dtype());
    assertEquals(Long.MIN_VALUE, u.toLongArray()[0]);
    NDArray mixed = Np.asarray(List.of(-1, two63));
    assertEquals(Np.float64, mixed.dtype());
    assertArrayEquals(new double[] {-1.0, 9.223372036854775808E18}, mixed.toDoubleArray());
    assertThrows(OverflowError.class, () -> Np.asarray(List.of(BigInteger.ONE.shiftLeft(64))));
    // np.array([np.int8(1), 2]) is int64: Python ints are not weak inside sequences.
    assertEquals(Np.int64, Np.asarray(List.of(Np.asarray(1, Np.int8), 2)).dtype());
    // np.array([]) and np.array([[], []])
    assertEquals(Np.float64, Np.asarray(List.of()).dtype());
    assertArrayEquals(new int[] {0}, Np.asarray(List.of()).shape());
    assertArrayEquals(new int[] {2, 0}, Np.asarray(List.of(List.of(), List.of())).shape());
  }

  @Test
  void raggedInputIsNumpysError() {
    String msg = "setting an array element with a sequence. The requested array has an inhomogeneous shape "
        + "after 1 dimensions. The detected shape was (2,) + inhomogeneous part.";
    raises(ValueError.class, msg, () -> Np.asarray(List.of(List.of(1, 2), List.of(3)))); // [[1, 2], [3]]
    raises(ValueError.class, msg, () -> Np.asarray(List.of(1, List.of(2)))); // [1, [2]]
    raises(ValueError.class, msg, () -> Np.asarray(List.of(List.of(1), 2))); // [[1], 2]
    raises(ValueError.class, msg, () -> Np.asarray(List.of(Np.asarray(new byte[] {1, 2}), 5)));
    raises(ValueError.class, msg, () -> Np.asarray(new double[][] {{1, 2}, {3}}));
  }

  @Test
  void nestedArraysStack() {
    // np.array([np.array([1, 2]), np.array([3, 4])])
    NDArray s = Np.asarray(List.of(Np.asarray(new long[] {1, 2}), Np.asarray(new long[] {3, 4})));
    assertArrayEquals(new int[] {2, 2}, s.shape());
    assertArrayEquals(new long[] {1, 2, 3, 4}, s.toLongArray());
    // Arrays of different dtypes promote; a transposed view is read in its logical order.
    NDArray t = Np.arange(4).reshape(2, 2).T();
    NDArray mix = Np.asarray(new Object[] {t, new float[][] {{0.5f, 1.5f}, {2.5f, 3.5f}}});
    assertEquals(Np.float64, mix.dtype());
    assertArrayEquals(new double[] {0, 2, 1, 3, 0.5, 1.5, 2.5, 3.5}, mix.toDoubleArray());
  }

  @Test
  void pythonConversionRulesWithDtype() {
    raises(OverflowError.class, "Python integer 300 out of bounds for int8", () -> Np.array(300, Np.int8));
    raises(OverflowError.class, "Python integer 300 out of bounds for uint8", () -> Np.asarray(List.of(300), Np.uint8));
    raises(OverflowError.class, "Python integer -1 out of bounds for uint64", () -> Np.asarray(-1, Np.uint64));
    assertEquals(1L, Np.asarray(1.5, Np.int8).item()); // np.asarray(1.5, dtype=np.int8)
    raises(ValueError.class, "cannot convert float NaN to integer", () -> Np.asarray(List.of(Double.NaN), Np.int64));
    raises(OverflowError.class, "cannot convert float infinity to integer",
        () -> Np.array(List.of(1.5, Double.POSITIVE_INFINITY), Np.int64));
    raises(OverflowError.class, "Python int too large to convert to C long", () -> Np.array(List.of(1e300), Np.int32));
    raises(OverflowError.class, "Python int too large to convert to C long", () -> Np.array(List.of(1e19), Np.int64));
    raises(OverflowError.class, "Python int too large to convert to C long",
        () -> Np.array(List.of(BigInteger.ONE.shiftLeft(63)), Np.int64));
    // NumPy 2.4: Python floats truncate to a Python int, which must then fit as any Python int
    // (NumPy 1.x wrapped it into the narrower C type).
    raises(OverflowError.class, "Python integer 10000000000 out of bounds for int32", () -> Np.array(List.of(1e10), Np.int32));
    raises(OverflowError.class, "Python integer -1 out of bounds for uint8", () -> Np.array(List.of(-1.0), Np.uint8));
    raises(OverflowError.class, "Python integer 300 out of bounds for uint8", () -> Np.array(List.of(300.0), Np.uint8));
    raises(OverflowError.class, "Python integer -1 out of bounds for uint8", () -> Np.array(List.of(1.7, -1.7), Np.uint8));
    assertArrayEquals(new long[] {3000000000L}, Np.array(List.of(3e9), Np.uint64).toLongArray());
    raises(OverflowError.class, "Python integer -3 out of bounds for uint64", () -> Np.array(List.of(-3.7), Np.uint64));
    assertArrayEquals(new long[] {255}, Np.array(List.of(255.9), Np.uint8).toLongArray());
    raises(TypeError.class, "float() argument must be a string or a real number, not 'complex'",
        () -> Np.array(List.of(new Complex(1.5, 2)), Np.float64));
    raises(TypeError.class, "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
        () -> Np.array(List.of(new Complex(1.5, 2)), Np.int64));
    assertArrayEquals(new double[] {1.0}, Np.array(List.of(true), Np.float16).toDoubleArray());
    assertArrayEquals(new double[] {9.223372036854775808E18},
        Np.array(List.of(BigInteger.ONE.shiftLeft(63)), Np.float32).toDoubleArray());
    assertArrayEquals(new double[] {Double.POSITIVE_INFINITY}, Np.array(List.of(1e40), Np.float32).toDoubleArray());
    // Typed Java arrays cast as astype does (like NumPy arrays): 300 wraps to 44 in int8.
    assertArrayEquals(new long[] {44, -1}, Np.asarray(new long[] {300, 255}, Np.int8).toLongArray());
  }

  // ---------------------------------------------------------------- primitive fast paths

  @Test
  void primitiveArraysKeepTheirTypeAndAreCopied() {
    double[] d = {1, 2, 3};
    NDArray a = Np.asarray(d);
    assertEquals(Np.float64, a.dtype());
    assertNotSame(d, a.data());
    d[0] = 99;
    assertEquals(1.0, a.item(0));
    assertEquals(Np.float32, Np.asarray(new float[] {1}).dtype());
    assertEquals(Np.int64, Np.asarray(new long[] {1}).dtype());
    assertEquals(Np.int32, Np.asarray(new int[] {1}).dtype());
    assertEquals(Np.int16, Np.asarray(new short[] {1}).dtype());
    assertEquals(Np.int8, Np.asarray(new byte[] {1}).dtype());
    assertEquals(Np.uint16, Np.asarray(new char[] {'a'}).dtype());
    NDArray b = Np.asarray(new boolean[] {true, false, true});
    assertEquals(Np.bool, b.dtype());
    assertArrayEquals(new boolean[] {true, false, true}, b.toBooleanArray());

    NDArray m = Np.asarray(new double[][] {{1, 2, 3}, {4, 5, 6}});
    assertArrayEquals(new int[] {2, 3}, m.shape());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.toDoubleArray());
    NDArray i3 = Np.asarray(new int[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}});
    assertEquals(Np.int32, i3.dtype());
    assertArrayEquals(new int[] {2, 2, 2}, i3.shape());
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, i3.toIntArray());
    // Rows converted to another dtype on the way in.
    NDArray f = Np.asarray(new float[][] {{0.1f}, {0.2f}}, Np.float64);
    assertArrayEquals(new double[] {(double) 0.1f, (double) 0.2f}, f.toDoubleArray());
    NDArray h = Np.asarray(new double[][] {{0.1, 70000}}, Np.float16);
    assertArrayEquals(new double[] {0.0999755859375, Double.POSITIVE_INFINITY}, h.toDoubleArray());
    assertEquals(Np.float64, Np.asarray(new Object[] {new int[] {1}, new double[] {2}}).dtype());
    assertArrayEquals(new int[] {2, 0}, Np.asarray(new double[2][0]).shape());
  }

  // ---------------------------------------------------------------- export

  @Test
  void flatExportsAreCOrderCopies() {
    NDArray t = Np.arange(6).reshape(2, 3).T();
    assertArrayEquals(new long[] {0, 3, 1, 4, 2, 5}, t.toLongArray());
    assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, t.toDoubleArray());
    NDArray x = Np.asarray(new double[] {1.5, -2.7, Double.NaN, 0});
    double[] out = x.toDoubleArray();
    out[0] = 42;
    assertEquals(1.5, x.item(0));
    assertArrayEquals(new long[] {1, -2, Long.MIN_VALUE, 0}, x.toLongArray()); // astype(int64)
    assertArrayEquals(new boolean[] {true, true, true, false}, x.toBooleanArray());
    assertArrayEquals(new float[] {1.5f, -2.7f, Float.NaN, 0f}, x.toFloatArray());
    assertArrayEquals(new int[] {0, -1}, Np.asarray(new long[] {1L << 40, -1}).toIntArray());
    // A contiguous view that is part of a larger storage is exported on its own.
    NDArray d = Np.diag(Np.arange(9.0, null, null).reshape(3, 3));
    assertArrayEquals(new double[] {0, 4, 8}, d.toDoubleArray());
    NDArray row = Np.arange(12).reshape(3, 4).T().T().reshape(3, 4);
    assertArrayEquals(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, row.toLongArray());
    assertThrows(TypeError.class, () -> Np.ones(new int[] {2}, Np.complex64).toDoubleArray());
    assertArrayEquals(new long[] {-1}, Np.asarray(List.of(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)))
        .toLongArray());
  }

  @Test
  void nestedExports() {
    double[][] m = (double[][]) Np.arange(6.0, null, null).reshape(2, 3).toArray();
    assertArrayEquals(new double[] {0, 1, 2}, m[0]);
    assertArrayEquals(new double[] {3, 4, 5}, m[1]);
    long[][][] c = (long[][][]) Np.arange(8).reshape(2, 2, 2).toArray();
    assertEquals(7, c[1][1][1]);
    short[] u8 = (short[]) Np.asarray(new int[] {200, 255}, Np.uint8).toArray();
    assertArrayEquals(new short[] {200, 255}, u8);
    int[] u16 = (int[]) Np.asarray(new int[] {65535}, Np.uint16).toArray();
    assertArrayEquals(new int[] {65535}, u16);
    long[] u32 = (long[]) Np.asarray(new long[] {4294967295L}, Np.uint32).toArray();
    assertArrayEquals(new long[] {4294967295L}, u32);
    byte[] i8 = (byte[]) Np.asarray(new byte[] {-5}).toArray();
    assertArrayEquals(new byte[] {-5}, i8);
    float[] f16 = (float[]) Np.asarray(new double[] {0.1}, Np.float16).toArray();
    assertArrayEquals(new float[] {0.0999755859375f}, f16);
    boolean[][] bb = (boolean[][]) Np.eye(2, null, 0, Np.bool).toArray();
    assertTrue(bb[1][1]);
    Complex[] z = (Complex[]) Np.asarray(List.of(new Complex(1, -2))).toArray();
    assertEquals(new Complex(1, -2), z[0]);
    double[][] empty = (double[][]) Np.zeros(2, 0).toArray();
    assertEquals(2, empty.length);
    assertEquals(0, empty[0].length);
    assertEquals(2.5, Np.asarray(2.5).toArray());
    // Transposed input comes out in logical order.
    long[][] tt = (long[][]) Np.arange(6).reshape(2, 3).T().toArray();
    assertArrayEquals(new long[] {0, 3}, tt[0]);
    assertArrayEquals(new long[] {2, 5}, tt[2]);
  }

  @Test
  void tolistMatchesNumpy() {
    // np.array([[1, 2], [3, 4]]).tolist()
    assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), Np.asarray(List.of(List.of(1, 2), List.of(3, 4))).tolist());
    assertEquals(List.of(true, false), Np.asarray(new boolean[] {true, false}).tolist());
    assertEquals(List.of(0.5, 1.5), Np.asarray(new float[] {0.5f, 1.5f}).tolist());
    assertEquals(List.of(new Complex(1, 2)), Np.asarray(List.of(new Complex(1, 2))).tolist());
    assertEquals(7L, Np.asarray(7).tolist());
    assertEquals(List.of(), Np.zeros(0).tolist());
    assertEquals(List.of(List.of(), List.of()), Np.zeros(2, 0).tolist());
    Object nested = Np.arange(8).reshape(2, 2, 2).T().tolist();
    assertInstanceOf(List.class, nested);
    assertEquals(List.of(List.of(List.of(0L, 4L), List.of(2L, 6L)), List.of(List.of(1L, 5L), List.of(3L, 7L))), nested);
  }

  @Test
  void roundTrips() {
    for (DType d : DType.values()) {
      NDArray x = Np.arange(0, 6, null, d.isBool() ? null : d).reshape(2, 3);
      if (d.isBool()) {
        x = Np.asarray(new boolean[][] {{true, false, true}, {false, false, true}});
      }
      NDArray back = Np.asarray(x.toArray(), d);
      assertEquals(x.tolist(), back.tolist(), d.name());
      assertEquals(x.tolist(), Np.asarray(x.tolist(), d).tolist(), d.name());
    }
  }
}

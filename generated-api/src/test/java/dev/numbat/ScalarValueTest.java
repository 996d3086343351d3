package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.OverflowError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import org.junit.jupiter.api.Test;

/**
 * The typed scalar reads against Python's float(), int(), bool() and complex() of NumPy 2.4 arrays
 * (each expectation is what NumPy 2.4.6 printed for the same array).
 */
class ScalarValueTest {
  @Test
  void doubleValueIsPythonFloat() {
    assertEquals(6.0, Np.sum(Np.asarray(new int[] {1, 2, 3})).doubleValue());
    assertEquals(1.8446744073709552e19, Np.asarray(-1L).astype(DType.UINT64).doubleValue());
    assertEquals(1.0, Np.asarray(true).doubleValue());
    assertTrue(Double.isNaN(Np.asarray(Double.NaN).doubleValue()));
    assertMessage(TypeError.class, "only 0-dimensional arrays can be converted to Python scalars",
        () -> Np.asarray(new double[] {1.5}).doubleValue());
    assertMessage(TypeError.class, "float() argument must be a string or a real number, not 'complex'",
        () -> Np.asarray(new Complex(1, 0)).doubleValue());
  }

  @Test
  void longValueIsPythonInt() {
    assertEquals(-2L, Np.asarray(-2.7).longValue());
    assertEquals(1L, Np.asarray(true).longValue());
    assertEquals(Long.MAX_VALUE, Np.asarray(Long.MAX_VALUE).longValue());
    assertMessage(ValueError.class, "cannot convert float NaN to integer", () -> Np.asarray(Double.NaN).longValue());
    assertMessage(OverflowError.class, "cannot convert float infinity to integer",
        () -> Np.asarray(Double.NEGATIVE_INFINITY).longValue());
    // Python's int is unbounded; a Java long is not, so these raise rather than wrap
    assertThrows(OverflowError.class, () -> Np.asarray(1e30).longValue());
    assertThrows(OverflowError.class, () -> Np.asarray(Long.MIN_VALUE).astype(DType.UINT64).longValue());
    assertMessage(TypeError.class, "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
        () -> Np.asarray(new Complex(1, 0)).longValue());
    assertEquals(7, Np.asarray(7L).intValue());
    assertMessage(OverflowError.class, "Python int too large to convert to C int", () -> Np.asarray(1L << 40).intValue());
  }

  @Test
  void booleanValueIsPythonBool() {
    assertTrue(Np.asarray(new int[] {1}).booleanValue());
    assertFalse(Np.asarray(new int[][] {{0}}).booleanValue());
    assertTrue(Np.asarray(Double.NaN).booleanValue());
    assertFalse(Np.asarray(new Complex(0, 0)).booleanValue());
    assertTrue(Np.asarray(new Complex(0, 2)).booleanValue());
    assertMessage(ValueError.class,
        "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.",
        () -> Np.zeros(0).booleanValue());
    assertMessage(ValueError.class,
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
        () -> Np.asarray(new int[] {1, 2}).booleanValue());
  }

  @Test
  void complexValueIsPythonComplex() {
    assertEquals(new Complex(3, 0), Np.asarray(3L).complexValue());
    assertEquals(new Complex(1, -2), Np.asarray(new Complex(1, -2)).complexValue());
  }

  private static <T extends RuntimeException> void assertMessage(Class<T> type, String message,
      org.junit.jupiter.api.function.Executable r) {
    T e = assertThrows(type, r);
    assertEquals(message, e.getMessage());
  }
}

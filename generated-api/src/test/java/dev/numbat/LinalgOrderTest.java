package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.ValueError;
import org.junit.jupiter.api.Test;

/** norm's ord and cond's p given as a 0-d array, which NumPy compares by value. */
class LinalgOrderTest {
  private static final NDArray M = Np.asarray(new double[][] {{1, -2}, {3, 4}});

  @Test
  void zeroDimensionalOrderIsItsValue() {
    assertEquals(Np.linalg.norm(M, 1).item(), Np.linalg.norm(M, Np.asarray(1)).item());
    assertEquals(Np.linalg.norm(M, Double.POSITIVE_INFINITY, 0).toString(),
        Np.linalg.norm(M, Np.asarray(Double.POSITIVE_INFINITY), 0).toString());
    assertEquals(Np.linalg.cond(M, 1).item(), Np.linalg.cond(M, Np.asarray(1)).item());
    assertEquals(Np.linalg.cond(M, -2).item(), Np.linalg.cond(M, Np.asarray(-2.0)).item());
  }

  @Test
  void anArrayOrderIsAmbiguous() {
    ValueError e = assertThrows(ValueError.class, () -> Np.linalg.norm(M, Np.asarray(new int[] {1, 2})));
    assertTrue(e.getMessage().startsWith("The truth value of an array with more than one element is ambiguous"),
        e.getMessage());
  }
}

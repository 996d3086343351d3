package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the conformance matrix cannot reach for counting.yaml: Java sequences (the matrix passes
 * NDArrays), uint64 values with the top bit set, and bfloat16's own largest value in nan_to_num
 * (the reference only has a float32 stand-in for bfloat16).
 */
class CountingTest {

  @Test
  void emptyJavaListCountsLikeNumPysEmptyList() {
    // np.bincount([], minlength=3) == [0, 0, 0] (int64); an empty float64 array is refused.
    NDArray r = Np.bincount(List.of(), null, 3);
    assertEquals(DType.INT64, r.dtype());
    assertArrayEquals(new long[] {0, 0, 0}, r.toLongArray());
    NDArray emptyFloat = new NDArray(DType.FLOAT64, new int[] {0}, new double[0]);
    assertThrows(TypeError.class, () -> Np.bincount(emptyFloat));
  }

  @Test
  void uint64AboveInt64RangeIsNegative() {
    NDArray x = new NDArray(DType.UINT64, new int[] {2}, new long[] {1, Long.MIN_VALUE});
    assertThrows(ValueError.class, () -> Np.bincount(x));
  }

  @Test
  void bfloat16InfinitiesBecomeItsLargestFiniteValue() {
    short inf = (short) 0x7F80;
    short ninf = (short) 0xFF80;
    NDArray x = new NDArray(DType.BFLOAT16, new int[] {2}, new short[] {inf, ninf});
    NDArray r = Np.nanToNum(x);
    assertEquals(DType.BFLOAT16, r.dtype());
    short[] bits = (short[]) Np.ascontiguousarray(r).data();
    assertEquals((short) 0x7F7F, bits[0]);
    assertEquals((short) 0xFF7F, bits[1]);
  }
}

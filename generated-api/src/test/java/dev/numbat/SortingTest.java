package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What the conformance matrix cannot reach: uint64 values with the top bit set, the bit pattern of
 * -0.0 / 0.0 kept in input order by a stable sort, and large inputs (packed and merge paths of the
 * key sort) checked against a boxed stable sort computed here.
 */
class SortingTest {

  @Test
  void uint64TopBitSortsAboveSmallValues() {
    long[] v = {-1L, 0L, Long.MIN_VALUE, 5L, Long.MAX_VALUE};
    NDArray x = new NDArray(DType.UINT64, new int[] {5}, v.clone());
    assertArrayEquals(new long[] {0L, 5L, Long.MAX_VALUE, Long.MIN_VALUE, -1L}, Np.sort(x).toLongArray());
    assertArrayEquals(new long[] {1, 3, 4, 2, 0}, Np.argsort(x).toLongArray());
  }

  @Test
  void signedZerosKeepInputOrder() {
    double[] v = {0.0, -0.0, 1.0, -0.0, 0.0, Double.NaN, -1.0};
    double[] s = Np.sort(new NDArray(DType.FLOAT64, new int[] {7}, v.clone())).toDoubleArray();
    long[] bits = Arrays.stream(s).mapToLong(Double::doubleToRawLongBits).toArray();
    long z = 0L;
    long nz = Double.doubleToRawLongBits(-0.0);
    assertArrayEquals(new long[] {Double.doubleToRawLongBits(-1.0), z, nz, nz, z, Double.doubleToRawLongBits(1.0),
        Double.doubleToRawLongBits(Double.NaN)}, bits);
    float[] f = {-0.0f, 0.0f, -0.0f};
    float[] fs = Np.sort(new NDArray(DType.FLOAT32, new int[] {3}, f.clone())).toFloatArray();
    assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(fs[0]));
    assertEquals(0, Float.floatToRawIntBits(fs[1]));
  }

  @Test
  void largeArgsortIsStableForNarrowAndWideKeys() {
    SplittableRandom r = new SplittableRandom(7);
    int n = 200_000;
    long[] narrow = new long[n];
    long[] wide = new long[n];
    for (int i = 0; i < n; i++) {
      narrow[i] = r.nextInt(100);
      wide[i] = r.nextBoolean() ? r.nextLong() : r.nextInt(50) * (Long.MAX_VALUE / 64);
    }
    for (long[] v : new long[][] {narrow, wide}) {
      Integer[] idx = new Integer[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      Arrays.sort(idx, Comparator.comparingLong(i -> v[i]));
      long[] expected = Arrays.stream(idx).mapToLong(Integer::longValue).toArray();
      NDArray x = new NDArray(DType.INT64, new int[] {n}, v.clone());
      assertArrayEquals(expected, Np.argsort(x).toLongArray());
    }
  }

  @Test
  void sortAlongAxisZeroOfStridedInput() {
    NDArray x = Np.asarray(java.util.List.of(java.util.List.of(3.0, 1.0), java.util.List.of(2.0, 5.0),
        java.util.List.of(1.0, 4.0)));
    assertArrayEquals(new double[] {1, 1, 2, 4, 3, 5}, Np.sort(x, 0).toDoubleArray());
    assertArrayEquals(new long[] {2, 0, 1, 2, 0, 1}, Np.argsort(x, 0).toLongArray());
  }
}

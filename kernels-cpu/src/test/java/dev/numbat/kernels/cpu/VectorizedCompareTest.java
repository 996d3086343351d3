package dev.numbat.kernels.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The SIMD comparison loops against Java's operators, on values with NaN, infinities, signed
 * zeros and ties, for lengths around the vector width, offsets, and each broadcast side.
 */
class VectorizedCompareTest {
  private static final float[] SPECIAL = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, 1f, -1f};

  @Test
  void floatComparisonsEqualJavaOperators() {
    Random r = new Random(7);
    for (int n : new int[] {0, 1, 7, 15, 16, 17, 33, 64, 100}) {
      float[] a = new float[n + 3];
      float[] b = new float[n + 3];
      for (int i = 0; i < a.length; i++) {
        a[i] = r.nextInt(4) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextInt(3);
        b[i] = r.nextInt(4) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextInt(3);
      }
      for (int[] st : new int[][] {{1, 1}, {1, 0}, {0, 1}}) {
        check(n, a, b, st[0], st[1]);
      }
    }
  }

  private static void check(int n, float[] a, float[] b, int as, int bs) {
    double[] da = new double[a.length];
    double[] db = new double[b.length];
    for (int i = 0; i < a.length; i++) {
      da[i] = a[i];
      db[i] = b[i];
    }
    byte[][] want = new byte[4][n];
    for (int i = 0; i < n; i++) {
      float x = a[2 + i * as];
      float y = b[1 + i * bs];
      want[0][i] = (byte) (x == y ? 1 : 0);
      want[1][i] = (byte) (x != y ? 1 : 0);
      want[2][i] = (byte) (x < y ? 1 : 0);
      want[3][i] = (byte) (x <= y ? 1 : 0);
    }
    VectorizedArith v = VectorizedArith.get();
    byte[][] got = new byte[4][n + 2];
    v.equal(n, a, 2, as, b, 1, bs, got[0], 2);
    v.notEqual(n, a, 2, as, b, 1, bs, got[1], 2);
    v.less(n, a, 2, as, b, 1, bs, got[2], 2);
    v.lessEqual(n, a, 2, as, b, 1, bs, got[3], 2);
    byte[][] gotD = new byte[4][n + 2];
    v.equal(n, da, 2, as, db, 1, bs, gotD[0], 2);
    v.notEqual(n, da, 2, as, db, 1, bs, gotD[1], 2);
    v.less(n, da, 2, as, db, 1, bs, gotD[2], 2);
    v.lessEqual(n, da, 2, as, db, 1, bs, gotD[3], 2);
    for (int k = 0; k < 4; k++) {
      assertArrayEquals(want[k], java.util.Arrays.copyOfRange(got[k], 2, n + 2), v.name() + " float op " + k + " n=" + n);
      assertArrayEquals(want[k], java.util.Arrays.copyOfRange(gotD[k], 2, n + 2), v.name() + " double op " + k + " n=" + n);
    }
  }

  @Test
  void allFiniteFindsEveryNonFiniteElement() {
    VectorizedArith v = VectorizedArith.get();
    for (int n : new int[] {0, 1, 15, 16, 17, 63, 64, 65, 200}) {
      float[] f = new float[n + 2];
      double[] d = new double[n + 2];
      java.util.Arrays.fill(f, 1.5f);
      java.util.Arrays.fill(d, -2.5);
      org.junit.jupiter.api.Assertions.assertTrue(v.allFinite(n, f, 1) && v.allFinite(n, d, 1), "n=" + n);
      for (int at = 0; at < n; at++) {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
          f[1 + at] = (float) bad;
          d[1 + at] = bad;
          org.junit.jupiter.api.Assertions.assertFalse(v.allFinite(n, f, 1), v.name() + " float n=" + n + " at " + at);
          org.junit.jupiter.api.Assertions.assertFalse(v.allFinite(n, d, 1), v.name() + " double n=" + n + " at " + at);
          f[1 + at] = 1.5f;
          d[1 + at] = -2.5;
        }
      }
      // outside the range: not looked at
      f[0] = Float.NaN;
      f[n + 1] = Float.NaN;
      org.junit.jupiter.api.Assertions.assertTrue(v.allFinite(n, f, 1), "n=" + n + " reads outside its range");
    }
  }
}

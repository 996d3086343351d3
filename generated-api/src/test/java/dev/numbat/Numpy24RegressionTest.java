package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.numbat.errors.LinAlgError;
import org.junit.jupiter.api.Test;

/**
 * Regressions checked against NumPy 2.4.6 (each expected value from the one-liner in its
 * comment), runnable without Python. The same samples, and more, run against NumPy itself in the
 * conformance matrix's {@code issue11.*} rows (conformance {@code suites/Issue11Suite}).
 */
class Numpy24RegressionTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  private static NDArray m(double[][] v) {
    return Np.asarray(v);
  }

  private static double d(NDArray a) {
    return ((Number) a.item()).doubleValue();
  }

  // ---- linalg on NaN / inf input: LAPACK computes through them (LAPACKE's NaN check is off) ----

  @Test
  void invOfNanMatrixIsAllNan() {
    // np.linalg.inv([[1, np.nan], [1, 1]]) -> [[nan, nan], [nan, nan]]
    assertArrayEquals(new double[] {NAN, NAN, NAN, NAN}, Np.linalg.inv(m(new double[][] {{1, NAN}, {1, 1}})).toDoubleArray());
    // np.linalg.inv(np.array([[1, np.nan], [1, 1]], complex)) -> all nan+nanj
    NDArray c = Np.linalg.inv(m(new double[][] {{1, NAN}, {1, 1}}).astype(DType.COMPLEX128));
    for (double v : Np.real(c).toDoubleArray()) {
      assertEquals(NAN, v);
    }
    // np.linalg.inv([[1, np.inf], [1, 1]]) -> [[nan, nan], [0., -0.]]
    assertArrayEquals(new double[] {NAN, NAN, 0.0, -0.0}, Np.linalg.inv(m(new double[][] {{1, INF}, {1, 1}})).toDoubleArray());
    // np.linalg.matrix_power([[1, np.nan], [1, 1]], -1) -> all nan
    assertArrayEquals(new double[] {NAN, NAN, NAN, NAN},
        Np.linalg.matrixPower(m(new double[][] {{1, NAN}, {1, 1}}), -1).toDoubleArray());
  }

  @Test
  void solveWithNanPivotIsSingular() {
    NDArray a = m(new double[][] {{NAN, 1}, {1, 1}});
    NDArray b = Np.asarray(new double[] {1, 2});
    // np.linalg.solve([[np.nan, 1], [1, 1]], [1, 2]) -> LinAlgError: Singular matrix
    LinAlgError e = assertThrows(LinAlgError.class, () -> Np.linalg.solve(a, b));
    assertEquals("Singular matrix", e.getMessage());
    // np.linalg.inv([[np.nan, 1], [1, 1]]) -> LinAlgError: Singular matrix
    assertThrows(LinAlgError.class, () -> Np.linalg.inv(a));
    // np.linalg.tensorsolve([[np.nan, 1], [1, 1]], [1., 2.]) -> LinAlgError: Singular matrix
    assertThrows(LinAlgError.class, () -> Np.linalg.tensorsolve(a, b));
    // np.linalg.solve([[1, np.nan], [1, 1]], [1, 2]) -> [nan, nan]
    assertArrayEquals(new double[] {NAN, NAN}, Np.linalg.solve(m(new double[][] {{1, NAN}, {1, 1}}), b).toDoubleArray());
  }

  @Test
  void svdOfNanMatrixDoesNotConverge() {
    NDArray a = m(new double[][] {{NAN, 1}, {1, 1}});
    // np.linalg.norm([[np.nan, 1], [1, 1]], 'nuc') -> LinAlgError: SVD did not converge
    LinAlgError e = assertThrows(LinAlgError.class, () -> Np.linalg.norm(a, "nuc"));
    assertEquals("SVD did not converge", e.getMessage());
    // np.linalg.svd / norm(., 2) / norm(., -2) / pinv / matrix_rank / cond: the same
    assertThrows(LinAlgError.class, () -> Np.linalg.svd(a));
    assertThrows(LinAlgError.class, () -> Np.linalg.svd(a.astype(DType.COMPLEX128), true, false));
    assertThrows(LinAlgError.class, () -> Np.linalg.norm(a, 2));
    assertThrows(LinAlgError.class, () -> Np.linalg.norm(a, -2));
    assertThrows(LinAlgError.class, () -> Np.linalg.pinv(a));
    assertThrows(LinAlgError.class, () -> Np.linalg.matrixRank(a));
    assertThrows(LinAlgError.class, () -> Np.linalg.cond(a));
    // np.linalg.lstsq([[np.nan, 1], [1, 1]], [1, 2]) -> LinAlgError: SVD did not converge in Linear Least Squares
    LinAlgError l = assertThrows(LinAlgError.class, () -> Np.linalg.lstsq(a, Np.asarray(new double[] {1, 2})));
    assertEquals("SVD did not converge in Linear Least Squares", l.getMessage());
  }

  @Test
  void svdWithInfGivesNan() {
    NDArray a = m(new double[][] {{1, INF}, {1, 1}});
    // np.linalg.svd([[1, np.inf], [1, 1]], compute_uv=False) -> [nan, nan]
    assertArrayEquals(new double[] {NAN, NAN}, ((NDArray) Np.linalg.svd(a, true, false)).toDoubleArray());
    // np.linalg.pinv([[1, np.inf], [1, 1]]) -> all nan
    assertArrayEquals(new double[] {NAN, NAN, NAN, NAN}, Np.linalg.pinv(a).toDoubleArray());
    // np.linalg.matrix_rank([[1, np.inf], [1, 1]]) -> 0
    assertEquals(0L, ((Number) Np.linalg.matrixRank(a).item()).longValue());
    // np.linalg.cond([[1, np.inf], [1, 1]]) -> inf ; np.linalg.cond(., 1) -> inf
    assertEquals(INF, d(Np.linalg.cond(a)));
    assertEquals(INF, d(Np.linalg.cond(a, 1)));
    // np.linalg.cond([[np.nan, 1], [1, 1]], 1) -> nan (a NaN input keeps its NaN)
    assertEquals(NAN, d(Np.linalg.cond(m(new double[][] {{NAN, 1}, {1, 1}}), 1)));
  }

  @Test
  void detAndSlogdetThroughNanAndInf() {
    // np.linalg.slogdet([[1, np.nan], [1, 1]]) -> (1.0, nan) ; det -> nan
    NDArray[] s = Np.linalg.slogdet(m(new double[][] {{1, NAN}, {1, 1}}));
    assertEquals(1.0, d(s[0]));
    assertEquals(NAN, d(s[1]));
    // np.linalg.det([[1, np.inf], [1, 1]]) -> -inf ; slogdet -> (-1.0, inf)
    NDArray c = m(new double[][] {{1, INF}, {1, 1}});
    assertEquals(Double.NEGATIVE_INFINITY, d(Np.linalg.det(c)));
    NDArray[] sc = Np.linalg.slogdet(c);
    assertEquals(-1.0, d(sc[0]));
    assertEquals(INF, d(sc[1]));
    // np.linalg.det([[np.nan, 1], [1, 1]]) -> 0.0 (getrf reports it singular) ; slogdet -> (0.0, -inf)
    assertEquals(0.0, d(Np.linalg.det(m(new double[][] {{NAN, 1}, {1, 1}}))));
    // np.linalg.det(np.array([[1, 2], [3, 4]], complex)) -> (-2+0j): +0 imaginary part
    NDArray dc = Np.linalg.det(m(new double[][] {{1, 2}, {3, 4}}).astype(DType.COMPLEX128));
    assertEquals("0.0", Double.toString(Np.imag(dc).toDoubleArray()[0]));
  }

  @Test
  void choleskyAndEighComputeThroughNan() {
    // np.linalg.cholesky([[2, 1], [1, np.nan]]) -> [[1.41421356, 0.], [0.70710678, nan]]
    double[] l = Np.linalg.cholesky(m(new double[][] {{2, 1}, {1, NAN}})).toDoubleArray();
    assertEquals(Math.sqrt(2), l[0], 1e-15);
    assertEquals(NAN, l[3]);
    // np.linalg.eigvalsh([[np.nan, 1], [1, 1]]) -> [-1.41421356, 1.41421356]
    assertArrayEquals(new double[] {-Math.sqrt(2), Math.sqrt(2)},
        Np.linalg.eigvalsh(m(new double[][] {{NAN, 1}, {1, 1}})).toDoubleArray(), 1e-12);
    // np.linalg.eigvals([[np.nan, 1], [1, 1]]) -> LinAlgError: Array must not contain infs or NaNs
    assertThrows(LinAlgError.class, () -> Np.linalg.eigvals(m(new double[][] {{NAN, 1}, {1, 1}})));
  }

  // ---- set ops: int64's max and uint64's 2^64-1 share NaN's sort key but are no NaN ----

  @Test
  void setOpsKeepExtremeIntegers() {
    long max = Long.MAX_VALUE;
    NDArray u = Np.asarray(new long[] {-1L}).astype(DType.UINT64); // 2**64 - 1
    // np.isin([2**63 - 1, 5], [2**63 - 1, 5]) -> [True, True]
    assertArrayEquals(new boolean[] {true, true},
        Np.isin(Np.asarray(new long[] {max, 5}), Np.asarray(new long[] {max, 5})).toBooleanArray());
    // np.setdiff1d(np.array([2**64 - 1], np.uint64), np.array([2**64 - 1], np.uint64)) -> []
    assertEquals(0, Np.setdiff1d(u, u).size());
    // np.intersect1d([2**63 - 1, 5, 2**63 - 1], [2**63 - 1]) -> [9223372036854775807]
    assertArrayEquals(new long[] {max},
        ((NDArray) Np.intersect1d(Np.asarray(new long[] {max, 5, max}), Np.asarray(new long[] {max}))).toLongArray());
    // np.setxor1d([2**63 - 1, 5], [2**63 - 1]) -> [5]
    assertArrayEquals(new long[] {5}, Np.setxor1d(Np.asarray(new long[] {max, 5}), Np.asarray(new long[] {max})).toLongArray());
    // np.unique([[2**63 - 1], [2**63 - 1]], axis=0) -> [[9223372036854775807]]
    assertArrayEquals(new int[] {1, 1},
        ((NDArray) Np.unique(Np.asarray(new long[][] {{max}, {max}}), false, false, false, 0)).shape());
  }

  // ---- complex -> bool is nonzero-ness of both parts ----

  @Test
  void complexToBoolSeesTheImaginaryPart() {
    // np.asarray(2j).astype(bool) -> True
    assertEquals(Boolean.TRUE, Np.asarray(new Complex(0, 2)).astype(DType.BOOL).item());
    // np.array([2j, 0j, complex(0, np.nan)]).astype(bool) -> [True, False, True]
    assertArrayEquals(new boolean[] {true, false, true},
        Np.asarray(new Complex[] {new Complex(0, 2), new Complex(0, 0), new Complex(0, NAN)}).astype(DType.BOOL)
            .toBooleanArray());
    // np.sum(np.array([2j, 0]), dtype=bool) -> True
    assertEquals(Boolean.TRUE, Np.sum(Np.asarray(new Complex[] {new Complex(0, 2), new Complex(0, 0)}), DType.BOOL).item());
    // a = np.zeros(2, bool); np.add.at(a, [0], 2j); a -> [True, False]
    assertArrayEquals(new boolean[] {true, false},
        Np.zeros(2).astype(DType.BOOL).at(0).add(new Complex(0, 2)).toBooleanArray());
  }

  // ---- reshape of an empty non-contiguous view (NumPy: an empty array is contiguous) ----

  @Test
  void emptyNonContiguousViewsReshape() {
    // np.zeros((2, 0, 4)).T.reshape(-1).shape -> (0,)
    assertArrayEquals(new int[] {0}, Np.zeros(2, 0, 4).T().reshape(-1).shape());
    // np.kron(np.zeros((2, 0, 4)).T, np.ones((2, 3))).shape -> (4, 0, 6)
    assertArrayEquals(new int[] {4, 0, 6}, Np.kron(Np.zeros(2, 0, 4).T(), Np.ones(2, 3)).shape());
    // np.inner(np.zeros((2, 0, 4)).T, np.ones((3, 2))).shape -> (4, 0, 3)
    assertArrayEquals(new int[] {4, 0, 3}, Np.inner(Np.zeros(2, 0, 4).T(), Np.ones(3, 2)).shape());
    // np.einsum('aad,adx->x', np.zeros((2, 2, 0)), np.zeros((2, 0, 2))) -> [0., 0.]
    assertArrayEquals(new double[] {0, 0},
        Np.einsum("aad,adx->x", Np.zeros(2, 2, 0), Np.zeros(2, 0, 2)).toDoubleArray());
  }

  // ---- take with no element before the axis checks no index ----

  @Test
  void takeFromEmptyOuterAxesChecksNoIndex() {
    // np.take(np.zeros((0, 4)), [8, 9], 1).shape -> (0, 2)
    assertArrayEquals(new int[] {0, 2}, Np.take(Np.zeros(0, 4), Np.asarray(new long[] {8, 9}), 1).shape());
    // np.take(np.zeros((1, 4)), [8, 9], 1) -> IndexError: index 8 is out of bounds for axis 1 with size 4
    assertThrows(dev.numbat.errors.IndexError.class, () -> Np.take(Np.zeros(1, 4), Np.asarray(new long[] {8, 9}), 1));
  }
}

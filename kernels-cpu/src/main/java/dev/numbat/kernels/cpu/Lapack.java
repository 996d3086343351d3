package dev.numbat.kernels.cpu;

import org.bytedeco.openblas.global.openblas;

/**
 * LAPACK (OpenBLAS's LAPACKE) on one dense row-major matrix at a time, in double precision:
 * NumPy's linalg computes every real input in float64 and every complex one in complex128 and
 * casts the result back, so only the d and z routines are needed. {@code cx} selects complex
 * (storage interleaved re,im; sizes count complex elements). Each returns LAPACK's info
 * (0 success, &gt; 0 a numerical failure the caller turns into NumPy's LinAlgError).
 * Decompositions are O(n^3), so JNI's array copy does not matter here (unlike {@link Blas}).
 */
public final class Lapack {
  private Lapack() {}

  private static final int ROW = openblas.LAPACK_ROW_MAJOR;

  static {
    Blas.unavailableReason(); // loads the library and sets the thread count
    // LAPACKE by default scans every input matrix for NaN and, finding one, returns -(argument
    // index) without computing anything, leaving the outputs as they were (inv gave the identity
    // it was handed, svd zeros). NumPy calls LAPACK itself, which computes through NaN and inf and
    // reports failure in info (singular matrix, SVD did not converge): do the same.
    openblas.LAPACKE_set_nancheck(0);
  }

  /** LU factorisation in place (det, slogdet). */
  public static int getrf(boolean cx, int n, double[] a, int[] ipiv) {
    return cx ? openblas.LAPACKE_zgetrf(ROW, n, n, a, Math.max(1, n), ipiv)
        : openblas.LAPACKE_dgetrf(ROW, n, n, a, Math.max(1, n), ipiv);
  }

  /** Solves a(n x n) x = b(n x nrhs); b is overwritten with x. */
  public static int gesv(boolean cx, int n, int nrhs, double[] a, double[] b) {
    int[] ipiv = new int[Math.max(1, n)];
    return cx ? openblas.LAPACKE_zgesv(ROW, n, nrhs, a, Math.max(1, n), ipiv, b, Math.max(1, nrhs))
        : openblas.LAPACKE_dgesv(ROW, n, nrhs, a, Math.max(1, n), ipiv, b, Math.max(1, nrhs));
  }

  /** Cholesky factor in the lower (or upper) triangle; the other triangle is left as it was. */
  public static int potrf(boolean cx, boolean lower, int n, double[] a) {
    byte uplo = (byte) (lower ? 'L' : 'U');
    return cx ? openblas.LAPACKE_zpotrf(ROW, uplo, n, a, Math.max(1, n))
        : openblas.LAPACKE_dpotrf(ROW, uplo, n, a, Math.max(1, n));
  }

  /** QR factorisation of a(m x n): R in the upper triangle, reflectors below, tau (min(m,n)). */
  public static int geqrf(boolean cx, int m, int n, double[] a, double[] tau) {
    return cx ? openblas.LAPACKE_zgeqrf(ROW, m, n, a, Math.max(1, n), tau)
        : openblas.LAPACKE_dgeqrf(ROW, m, n, a, Math.max(1, n), tau);
  }

  /** Forms Q (m x n, n &lt;= m) from k reflectors stored in a (leading dimension n). */
  public static int orgqr(boolean cx, int m, int n, int k, double[] a, double[] tau) {
    return cx ? openblas.LAPACKE_zungqr(ROW, m, n, k, a, Math.max(1, n), tau)
        : openblas.LAPACKE_dorgqr(ROW, m, n, k, a, Math.max(1, n), tau);
  }

  /**
   * SVD of a(m x n) by divide and conquer: jobz 'A' (full U m x m, Vh n x n), 'S' (reduced) or
   * 'N' (singular values only; u and vt may be null).
   */
  public static int gesdd(boolean cx, char jobz, int m, int n, double[] a, double[] s, double[] u, int ldu,
      double[] vt, int ldvt) {
    double[] uu = u == null ? new double[1] : u;
    double[] vv = vt == null ? new double[1] : vt;
    return cx ? openblas.LAPACKE_zgesdd(ROW, (byte) jobz, m, n, a, Math.max(1, n), s, uu, Math.max(1, ldu), vv,
        Math.max(1, ldvt))
        : openblas.LAPACKE_dgesdd(ROW, (byte) jobz, m, n, a, Math.max(1, n), s, uu, Math.max(1, ldu), vv,
            Math.max(1, ldvt));
  }

  /** Real eigen-decomposition: eigenvalues wr + i wi; right eigenvectors in vr (LAPACK's real packing) when non-null. */
  public static int dgeev(int n, double[] a, double[] wr, double[] wi, double[] vr) {
    double[] vl = new double[1];
    return openblas.LAPACKE_dgeev(ROW, (byte) 'N', (byte) (vr == null ? 'N' : 'V'), n, a, Math.max(1, n), wr, wi,
        vl, 1, vr == null ? new double[1] : vr, Math.max(1, n));
  }

  /** Complex eigen-decomposition: eigenvalues w (interleaved), right eigenvectors in vr when non-null. */
  public static int zgeev(int n, double[] a, double[] w, double[] vr) {
    double[] vl = new double[2];
    return openblas.LAPACKE_zgeev(ROW, (byte) 'N', (byte) (vr == null ? 'N' : 'V'), n, a, Math.max(1, n), w, vl, 1,
        vr == null ? new double[2] : vr, Math.max(1, n));
  }

  /** Hermitian/symmetric eigenvalues (ascending) in w; with vectors, a is overwritten by them (columns). */
  public static int syevd(boolean cx, boolean vectors, boolean lower, int n, double[] a, double[] w) {
    byte jobz = (byte) (vectors ? 'V' : 'N');
    byte uplo = (byte) (lower ? 'L' : 'U');
    return cx ? openblas.LAPACKE_zheevd(ROW, jobz, uplo, n, a, Math.max(1, n), w)
        : openblas.LAPACKE_dsyevd(ROW, jobz, uplo, n, a, Math.max(1, n), w);
  }

  /**
   * Least squares min |a x - b| for a(m x n), b(max(m,n) x nrhs) (solution in b's first n rows),
   * singular values s (min(m,n)), rank[0].
   */
  public static int gelsd(boolean cx, int m, int n, int nrhs, double[] a, double[] b, double[] s, double rcond,
      int[] rank) {
    return cx ? openblas.LAPACKE_zgelsd(ROW, m, n, nrhs, a, Math.max(1, n), b, Math.max(1, nrhs), s, rcond, rank)
        : openblas.LAPACKE_dgelsd(ROW, m, n, nrhs, a, Math.max(1, n), b, Math.max(1, nrhs), s, rcond, rank);
  }
}

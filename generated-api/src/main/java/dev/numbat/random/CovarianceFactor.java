package dev.numbat.random;

import dev.numbat.errors.LinAlgError;
import dev.numbat.errors.ValueError;
import dev.numbat.kernels.cpu.Blas;
import dev.numbat.kernels.cpu.Lapack;

/**
 * The factor A with A A^T = cov that {@code multivariate_normal} multiplies its standard normals
 * by, as NumPy computes it: {@code svd} gives u * sqrt(s), {@code eigh} u * sqrt(|w|),
 * {@code cholesky} the lower triangle L, through the same LAPACK routines numpy.linalg calls
 * ({@link Lapack}'s gesdd, syevd, potrf) so signs and rounding agree. Without OpenBLAS only
 * cholesky is available (a plain Java Cholesky-Banachiewicz loop).
 */
final class CovarianceFactor {
  private CovarianceFactor() {}

  /** The n x n factor, row-major, of a symmetric row-major n x n {@code cov}. */
  static double[] of(double[] cov, int n, String method) {
    boolean lapack = Blas.unavailableReason() == null;
    switch (method) {
      case "svd" -> {
        requireLapack(lapack, method);
        double[] a = cov.clone();
        double[] s = new double[n];
        double[] u = new double[n * n];
        double[] vt = new double[n * n];
        int info = Lapack.gesdd(false, 'A', n, n, a, s, u, n, vt, n);
        if (info != 0) {
          throw new LinAlgError("SVD did not converge");
        }
        double[] f = new double[n * n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            f[i * n + j] = u[i * n + j] * Math.sqrt(s[j]);
          }
        }
        return f;
      }
      case "eigh" -> {
        requireLapack(lapack, method);
        double[] a = cov.clone();
        double[] w = new double[n];
        int info = Lapack.syevd(false, true, true, n, a, w);
        if (info != 0) {
          throw new LinAlgError("Eigenvalues did not converge");
        }
        double[] f = new double[n * n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            f[i * n + j] = a[i * n + j] * Math.sqrt(Math.abs(w[j]));
          }
        }
        return f;
      }
      case "cholesky" -> {
        if (lapack) {
          double[] a = cov.clone();
          int info = Lapack.potrf(false, true, n, a);
          if (info != 0) {
            throw notPositiveDefinite();
          }
          for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
              a[i * n + j] = 0;
            }
          }
          return a;
        }
        return javaCholesky(cov, n);
      }
      default -> throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
    }
  }

  private static void requireLapack(boolean lapack, String method) {
    if (!lapack) {
      throw new dev.numbat.errors.NotImplementedError("multivariate_normal(method='" + method
          + "') needs OpenBLAS's LAPACK, which did not load here (" + Blas.unavailableReason()
          + "); method='cholesky' works without it");
    }
  }

  private static RuntimeException notPositiveDefinite() {
    return new LinAlgError("Matrix is not positive definite");
  }

  /** Cholesky-Banachiewicz on the lower triangle. */
  static double[] javaCholesky(double[] a, int n) {
    double[] l = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i * n + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * n + k] * l[j * n + k];
        }
        if (i == j) {
          if (!(s > 0)) {
            throw notPositiveDefinite();
          }
          l[i * n + i] = Math.sqrt(s);
        } else {
          l[i * n + j] = s / l[j * n + j];
        }
      }
    }
    return l;
  }
}

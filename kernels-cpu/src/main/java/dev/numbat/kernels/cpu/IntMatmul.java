package dev.numbat.kernels.cpu;

/**
 * Exact integer and bool matrix products (NumPy's matmul/dot for those dtypes): sums wrap in the
 * operand width as NumPy's do. Accumulating in long and narrowing once gives the same bits as
 * wrapping at every step (arithmetic mod 2^n), and signed and unsigned operands of one width
 * share a kernel for the same reason. c is row-major with leading dimension ldc; a and b are
 * addressed through their row and column strides (elements), so views need no copy.
 */
public final class IntMatmul {
  private IntMatmul() {}

  public static void matmul_x8(int m, int n, int k, byte[] a, int ao, int ars, int acs, byte[] b, int bo,
      int brs, int bcs, byte[] c, int co, int ldc) {
    long[] acc = new long[n];
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(acc, 0L);
      int ai = ao + i * ars;
      for (int q = 0; q < k; q++) {
        long av = a[ai + q * acs];
        if (av == 0) {
          continue;
        }
        int bq = bo + q * brs;
        for (int j = 0; j < n; j++) {
          acc[j] += av * b[bq + j * bcs];
        }
      }
      int ci = co + i * ldc;
      for (int j = 0; j < n; j++) {
        c[ci + j] = (byte)acc[j];
      }
    }
  }

  public static void matmul_x16(int m, int n, int k, short[] a, int ao, int ars, int acs, short[] b, int bo,
      int brs, int bcs, short[] c, int co, int ldc) {
    long[] acc = new long[n];
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(acc, 0L);
      int ai = ao + i * ars;
      for (int q = 0; q < k; q++) {
        long av = a[ai + q * acs];
        if (av == 0) {
          continue;
        }
        int bq = bo + q * brs;
        for (int j = 0; j < n; j++) {
          acc[j] += av * b[bq + j * bcs];
        }
      }
      int ci = co + i * ldc;
      for (int j = 0; j < n; j++) {
        c[ci + j] = (short)acc[j];
      }
    }
  }

  public static void matmul_x32(int m, int n, int k, int[] a, int ao, int ars, int acs, int[] b, int bo,
      int brs, int bcs, int[] c, int co, int ldc) {
    long[] acc = new long[n];
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(acc, 0L);
      int ai = ao + i * ars;
      for (int q = 0; q < k; q++) {
        long av = a[ai + q * acs];
        if (av == 0) {
          continue;
        }
        int bq = bo + q * brs;
        for (int j = 0; j < n; j++) {
          acc[j] += av * b[bq + j * bcs];
        }
      }
      int ci = co + i * ldc;
      for (int j = 0; j < n; j++) {
        c[ci + j] = (int)acc[j];
      }
    }
  }

  public static void matmul_x64(int m, int n, int k, long[] a, int ao, int ars, int acs, long[] b, int bo,
      int brs, int bcs, long[] c, int co, int ldc) {
    long[] acc = new long[n];
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(acc, 0L);
      int ai = ao + i * ars;
      for (int q = 0; q < k; q++) {
        long av = a[ai + q * acs];
        if (av == 0) {
          continue;
        }
        int bq = bo + q * brs;
        for (int j = 0; j < n; j++) {
          acc[j] += av * b[bq + j * bcs];
        }
      }
      int ci = co + i * ldc;
      for (int j = 0; j < n; j++) {
        c[ci + j] = acc[j];
      }
    }
  }

  /** Bool product: c[i][j] = OR over q of (a[i][q] AND b[q][j]). */
  public static void matmul_bool(int m, int n, int k, byte[] a, int ao, int ars, int acs, byte[] b, int bo,
      int brs, int bcs, byte[] c, int co, int ldc) {
    for (int i = 0; i < m; i++) {
      int ai = ao + i * ars;
      int ci = co + i * ldc;
      for (int j = 0; j < n; j++) {
        c[ci + j] = 0;
      }
      for (int q = 0; q < k; q++) {
        if (a[ai + q * acs] == 0) {
          continue;
        }
        int bq = bo + q * brs;
        for (int j = 0; j < n; j++) {
          if (b[bq + j * bcs] != 0) {
            c[ci + j] = 1;
          }
        }
      }
    }
  }
}

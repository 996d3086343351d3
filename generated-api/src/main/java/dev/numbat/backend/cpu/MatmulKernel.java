package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Blas;
import dev.numbat.kernels.cpu.IntMatmul;

/**
 * The CPU backend's matrix products on strided storage: float32/float64/complex go to OpenBLAS
 * (through FFM) straight from the arrays' storage when each matrix has a unit stride along one
 * axis (a transposed view is passed as a transposed operand, not copied); integers and bool use
 * the exact kernels of {@link IntMatmul}; plain loops for float/complex when OpenBLAS cannot load.
 * Shapes, broadcasting and dtype widening are the caller's ({@code impl.linalg.Gemm}).
 */
public final class MatmulKernel {
  private MatmulKernel() {}

  /**
   * The batched product into the fresh C-contiguous {@code out} (dtype {@code ct}, zero-filled):
   * for each of the {@code count} batch positions t of the broadcast batch shape {@code batch},
   * out matrix t (m x n, leading dimension n, at t*m*n) = x matrix t (m x k, row/column strides
   * ars/acs) times y matrix t (k x n, strides brs/bcs); sa/sb are the operands' batch strides
   * aligned to {@code batch} (0 where broadcast). With no batch axes, one product.
   */
  public static void batched(DType ct, NDArray x, NDArray y, NDArray out, int m, int n, int k, int ars, int acs,
      int brs, int bcs, int[] batch, int[] sa, int[] sb) {
    int nb = batch.length;
    int count = Shapes.size(batch);
    Object ad = x.data();
    Object bd = y.data();
    Object cd = out.data();
    int mn = m * n;
    if (nb == 0) {
      product(ct, m, n, k, ad, x.offset(), ars, acs, bd, y.offset(), brs, bcs, cd, 0);
    } else if (count > 0 && mn > 0) {
      int[] idx = new int[nb];
      int ao = x.offset();
      int bo = y.offset();
      for (int t = 0; t < count; t++) {
        product(ct, m, n, k, ad, ao, ars, acs, bd, bo, brs, bcs, cd, t * mn);
        for (int d = nb - 1; d >= 0; d--) {
          ao += sa[d];
          bo += sb[d];
          if (++idx[d] < batch[d]) {
            break;
          }
          ao -= sa[d] * batch[d];
          bo -= sb[d] * batch[d];
          idx[d] = 0;
        }
      }
    }
  }

  private static final boolean BLAS = Blas.unavailableReason() == null;

  /**
   * Zero-fills a reused result array before {@link #batched} writes it, unless every product will
   * overwrite it (OpenBLAS dtypes with a non-empty inner dimension).
   */
  public static void zero(NDArray out, int k) {
    if (BLAS && k > 0 && out.dtype().ordinal() >= 11) {
      return;
    }
    Object d = out.data();
    int n = out.size() * (out.dtype().isComplex() ? 2 : 1);
    switch (d) {
      case float[] a -> java.util.Arrays.fill(a, 0, n, 0f);
      case double[] a -> java.util.Arrays.fill(a, 0, n, 0.0);
      case long[] a -> java.util.Arrays.fill(a, 0, n, 0L);
      case int[] a -> java.util.Arrays.fill(a, 0, n, 0);
      case short[] a -> java.util.Arrays.fill(a, 0, n, (short) 0);
      case byte[] a -> java.util.Arrays.fill(a, 0, n, (byte) 0);
      default -> throw new IllegalArgumentException("no storage for " + out.dtype());
    }
  }

  /**
   * c[co + i*n + j] = sum_q a[ao + i*ars + q*acs] * b[bo + q*brs + j*bcs] for a dtype with a kernel
   * (not float16/bfloat16: callers widen those). c is contiguous with leading dimension n.
   */
  public static void product(DType dt, int m, int n, int k, Object a, int ao, int ars, int acs, Object b, int bo,
      int brs, int bcs, Object c, int co) {
    if (m == 0 || n == 0) {
      return;
    }
    int ord = dt.ordinal();
    if (k == 0) {
      return; // outputs come freshly allocated, hence zero: the empty sum
    }
    if (ord >= 11 && BLAS) {
      blas(ord, m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co);
      return;
    }
    switch (ord) {
      case 0 -> IntMatmul.matmul_bool(m, n, k, (byte[]) a, ao, ars, acs, (byte[]) b, bo, brs, bcs, (byte[]) c, co, n);
      case 1, 5 -> IntMatmul.matmul_x8(m, n, k, (byte[]) a, ao, ars, acs, (byte[]) b, bo, brs, bcs, (byte[]) c, co, n);
      case 2, 6 -> IntMatmul.matmul_x16(m, n, k, (short[]) a, ao, ars, acs, (short[]) b, bo, brs, bcs, (short[]) c, co,
          n);
      case 3, 7 -> IntMatmul.matmul_x32(m, n, k, (int[]) a, ao, ars, acs, (int[]) b, bo, brs, bcs, (int[]) c, co, n);
      case 4, 8 -> IntMatmul.matmul_x64(m, n, k, (long[]) a, ao, ars, acs, (long[]) b, bo, brs, bcs, (long[]) c, co,
          n);
      default -> javaFloat(dt, m, n, k, a, ao, ars, acs, b, bo, brs, bcs, c, co);
    }
  }

  private static void blas(int ord, int m, int n, int k, Object a, int ao, int ars, int acs, Object b, int bo,
      int brs, int bcs, Object c, int co) {
    if (ord >= 13 && m == 1 && n == 1) {
      // a complex 1 x 1 result: NumPy's matmul calls the BLAS dot here, as np.dot does
      if (acs <= 0 && k > 1) {
        a = gather(ord, a, ao, 1, k, ars, acs);
        ao = 0;
        acs = 1;
      }
      if (brs <= 0 && k > 1) {
        b = gather(ord, b, bo, k, 1, brs, bcs);
        bo = 0;
        brs = 1;
      }
      int ia = Math.max(1, acs);
      int ib = Math.max(1, brs);
      if (ord == 13) {
        Blas.dotu_c64(k, (float[]) a, ao, ia, (float[]) b, bo, ib, (float[]) c, co);
      } else {
        Blas.dotu_c128(k, (double[]) a, ao, ia, (double[]) b, bo, ib, (double[]) c, co);
      }
      return;
    }
    // A operand: row-major (unit column stride) or transposed (unit row stride), else gathered.
    boolean ta;
    int lda;
    if ((acs == 1 || k == 1) && (m == 1 || ars >= k)) {
      ta = false;
      lda = m == 1 ? k : ars;
    } else if ((ars == 1 || m == 1) && (k == 1 || acs >= m)) {
      ta = true;
      lda = k == 1 ? m : acs;
    } else {
      a = gather(ord, a, ao, m, k, ars, acs);
      ao = 0;
      ta = false;
      lda = k;
    }
    boolean tb;
    int ldb;
    if ((bcs == 1 || n == 1) && (k == 1 || brs >= n)) {
      tb = false;
      ldb = k == 1 ? n : brs;
    } else if ((brs == 1 || k == 1) && (n == 1 || bcs >= k)) {
      tb = true;
      ldb = n == 1 ? k : bcs;
    } else {
      b = gather(ord, b, bo, k, n, brs, bcs);
      bo = 0;
      tb = false;
      ldb = n;
    }
    lda = Math.max(1, lda);
    ldb = Math.max(1, ldb);
    switch (ord) {
      case 11 -> Blas.gemm_f32(ta, tb, m, n, k, (float[]) a, ao, lda, (float[]) b, bo, ldb, (float[]) c, co, n);
      case 12 -> Blas.gemm_f64(ta, tb, m, n, k, (double[]) a, ao, lda, (double[]) b, bo, ldb, (double[]) c, co, n);
      case 13 -> Blas.gemm_c64(ta, false, tb, false, m, n, k, (float[]) a, ao, lda, (float[]) b, bo, ldb,
          (float[]) c, co, n);
      default -> Blas.gemm_c128(ta, false, tb, false, m, n, k, (double[]) a, ao, lda, (double[]) b, bo, ldb,
          (double[]) c, co, n);
    }
  }

  /** A dense row-major copy of an r x c strided matrix. */
  private static Object gather(int ord, Object src, int off, int r, int c, int rs, int cs) {
    boolean cx = ord >= 13;
    int w = cx ? 2 : 1;
    if (src instanceof float[] s) {
      float[] d = new float[r * c * w];
      for (int i = 0, p = 0; i < r; i++) {
        for (int j = 0; j < c; j++) {
          int e = (off + i * rs + j * cs) * w;
          d[p++] = s[e];
          if (cx) {
            d[p++] = s[e + 1];
          }
        }
      }
      return d;
    }
    double[] s = (double[]) src;
    double[] d = new double[r * c * w];
    for (int i = 0, p = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        int e = (off + i * rs + j * cs) * w;
        d[p++] = s[e];
        if (cx) {
          d[p++] = s[e + 1];
        }
      }
    }
    return d;
  }

  /** Plain loops for float/complex when OpenBLAS cannot load. */
  private static void javaFloat(DType dt, int m, int n, int k, Object a, int ao, int ars, int acs, Object b, int bo,
      int brs, int bcs, Object c, int co) {
    boolean cx = dt.isComplex();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double re = 0;
        double im = 0;
        for (int q = 0; q < k; q++) {
          int ia = ao + i * ars + q * acs;
          int ib = bo + q * brs + j * bcs;
          double ar = Storage.getDouble(a, dt, ia);
          double br = Storage.getDouble(b, dt, ib);
          if (cx) {
            double ai = Storage.getImag(a, dt, ia);
            double bi = Storage.getImag(b, dt, ib);
            re += ar * br - ai * bi;
            im += ar * bi + ai * br;
          } else {
            re += ar * br;
          }
        }
        if (cx) {
          Storage.setComplex(c, dt, co + i * n + j, re, im);
        } else {
          Storage.setDouble(c, dt, co + i * n + j, re);
        }
      }
    }
  }

}

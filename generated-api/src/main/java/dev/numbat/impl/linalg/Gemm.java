package dev.numbat.impl.linalg;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import dev.numbat.kernels.cpu.Blas;
import dev.numbat.kernels.cpu.IntMatmul;
import dev.numbat.runtime.Cast;
import dev.numbat.runtime.Shapes;
import dev.numbat.runtime.Storage;

/**
 * Matrix products of NDArrays already in their computation dtype: one (m x k)(k x n) product
 * addressed through strides ({@link #product}), and NumPy's matmul gufunc
 * {@code (n?,k),(k,m?)->(n?,m?)} over broadcast batch dimensions ({@link #matmul}).
 * float32/float64/complex go to OpenBLAS straight from the arrays' storage when each matrix has a
 * unit stride along one axis (a transposed view is passed as a transposed operand, not copied);
 * integers and bool use the exact kernels of {@link IntMatmul}; float16/bfloat16 are computed in
 * float32 and rounded once.
 */
public final class Gemm {
  private Gemm() {}

  private static final boolean BLAS = Blas.unavailableReason() == null;

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

  /** The dtype a product is computed in: float16/bfloat16 widen to float32. */
  public static DType computeType(DType dt) {
    return dt.isHalf() ? DType.FLOAT32 : dt;
  }

  /**
   * NumPy's matmul on operands already cast to their common dtype {@code dt} (ndim &gt;= 1):
   * 1-d operands gain and then lose a unit dimension, batch dimensions broadcast.
   */
  public static NDArray matmul(NDArray x, NDArray y, String name) {
    DType dt = x.dtype();
    if (x.ndim() == 0 || y.ndim() == 0) {
      throw new ValueError(name + ": Input operand " + (x.ndim() == 0 ? 0 : 1)
          + " does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
    }
    DType ct = computeType(dt);
    if (ct != dt) {
      x = Cast.to(x, ct);
      y = Cast.to(y, ct);
    }
    int[] xs = x.shapeRef();
    int[] ys = y.shapeRef();
    int[] xst = x.stridesRef();
    int[] yst = y.stridesRef();
    boolean xv = xs.length == 1;
    boolean yv = ys.length == 1;
    int m = xv ? 1 : xs[xs.length - 2];
    int k = xs[xs.length - 1];
    int ars = xv ? 0 : xst[xst.length - 2];
    int acs = xst[xst.length - 1];
    int k2 = yv ? ys[0] : ys[ys.length - 2];
    int n = yv ? 1 : ys[ys.length - 1];
    int brs = yv ? yst[0] : yst[yst.length - 2];
    int bcs = yv ? 0 : yst[yst.length - 1];
    if (k2 != k) {
      throw new ValueError(name + ": Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "(n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
    }
    int xb = Math.max(0, xs.length - 2);
    int yb = Math.max(0, ys.length - 2);
    int[] xBatch = java.util.Arrays.copyOf(xs, xb);
    int[] yBatch = java.util.Arrays.copyOf(ys, yb);
    int[] batch;
    try {
      batch = Shapes.broadcast(xBatch, yBatch);
    } catch (ValueError e) {
      throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
          + Shapes.strNoSpace(xs) + " and " + Shapes.strNoSpace(ys));
    }
    int nb = batch.length;
    int[] outShape = new int[nb + (xv ? 0 : 1) + (yv ? 0 : 1)];
    System.arraycopy(batch, 0, outShape, 0, nb);
    int p = nb;
    if (!xv) {
      outShape[p++] = m;
    }
    if (!yv) {
      outShape[p] = n;
    }
    NDArray out = NDArray.allocate(ct, outShape);
    int count = Shapes.size(batch);
    Object ad = x.data();
    Object bd = y.data();
    Object cd = out.data();
    int mn = m * n;
    if (nb == 0) {
      product(ct, m, n, k, ad, x.offset(), ars, acs, bd, y.offset(), brs, bcs, cd, 0);
    } else if (count > 0 && mn > 0) {
      // batch strides of each operand, aligned to the broadcast batch shape (0 where broadcast)
      int[] sa = batchStrides(xs, xst, xb, batch);
      int[] sb = batchStrides(ys, yst, yb, batch);
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
    return ct != dt ? Cast.to(out, dt) : out;
  }

  private static int[] batchStrides(int[] shape, int[] strides, int nbOwn, int[] batch) {
    int nb = batch.length;
    int[] s = new int[nb];
    for (int i = 0; i < nbOwn; i++) {
      int d = nb - nbOwn + i;
      s[d] = shape[i] == 1 ? 0 : strides[i];
    }
    return s;
  }
}

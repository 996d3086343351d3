package dev.numbat.kernels.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * OpenBLAS level-3 products on Java heap arrays. The CBLAS entry points are called through the
 * FFM API as critical downcalls with heap access: the float[]/double[] storage goes to native
 * code in place, at any offset, without the copy in and out that JNI array passing costs
 * (which dominated small products and was 3 x 16 MB per call at 2048 x 2048). JavaCPP still
 * loads the library (it extracts the natives) and serves LAPACK ({@link Lapack}).
 *
 * <p>Offsets and leading dimensions count elements (complex: re,im pairs, so a complex offset
 * is half the storage index). Matrices are row-major.
 */
public final class Blas {
  private Blas() {}

  private static final int ROW_MAJOR = 101;
  private static final int NO_TRANS = 111;
  private static final int TRANS = 112;
  private static final int CONJ_TRANS = 113;

  private static final MethodHandle SGEMM;
  private static final MethodHandle DGEMM;
  private static final MethodHandle CGEMM;
  private static final MethodHandle ZGEMM;
  private static final MethodHandle CDOTU;
  private static final MethodHandle ZDOTU;
  /** Constant alpha = 1, beta = 0 for the complex products (CBLAS takes them by pointer). */
  private static final MemorySegment C_ONE;
  private static final MemorySegment C_ZERO;
  private static final MemorySegment Z_ONE;
  private static final MemorySegment Z_ZERO;
  private static final String UNAVAILABLE;

  /**
   * Threads for large products: one per core as NumPy's OpenBLAS uses, or {@code -Dnumbat.blas.threads}.
   */
  private static final int MAX_THREADS =
      Math.max(1, Integer.getInteger("numbat.blas.threads", Runtime.getRuntime().availableProcessors()));
  /**
   * m*n*k from which a product is split across threads. OpenBLAS's own cut-off (about 64^3) is far
   * too low when cores are shared: a 256^3 product took 7-16 ms on two threads against 0.85 ms on
   * one on a loaded 2-core machine (the BLAS threads spin waiting for a descheduled partner), and
   * (32x512)(512x64) products 0.5 ms against 0.1 ms. Below 512^3 the single thread wins or nearly
   * ties even on idle cores.
   */
  private static final long THREADED_WORK = 1L << 27;
  /** The count last given to openblas_set_num_threads (a process-wide setting; a race only costs speed). */
  private static volatile int threadsSet = 1;

  static {
    MethodHandle s = null;
    MethodHandle d = null;
    MethodHandle c = null;
    MethodHandle z = null;
    MethodHandle cd = null;
    MethodHandle zd = null;
    String why = null;
    try {
      String path = Loader.load(openblas.class);
      openblas.blas_set_num_threads(1);
      SymbolLookup lib = SymbolLookup.libraryLookup(Path.of(path), Arena.global());
      Linker linker = Linker.nativeLinker();
      Linker.Option critical = Linker.Option.critical(true);
      ValueLayout i = ValueLayout.JAVA_INT;
      ValueLayout p = ValueLayout.ADDRESS;
      s = linker.downcallHandle(lib.find("cblas_sgemm").orElseThrow(), FunctionDescriptor.ofVoid(
          i, i, i, i, i, i, ValueLayout.JAVA_FLOAT, p, i, p, i, ValueLayout.JAVA_FLOAT, p, i), critical);
      d = linker.downcallHandle(lib.find("cblas_dgemm").orElseThrow(), FunctionDescriptor.ofVoid(
          i, i, i, i, i, i, ValueLayout.JAVA_DOUBLE, p, i, p, i, ValueLayout.JAVA_DOUBLE, p, i), critical);
      FunctionDescriptor cx = FunctionDescriptor.ofVoid(i, i, i, i, i, i, p, p, i, p, i, p, p, i);
      c = linker.downcallHandle(lib.find("cblas_cgemm").orElseThrow(), cx, critical);
      z = linker.downcallHandle(lib.find("cblas_zgemm").orElseThrow(), cx, critical);
      FunctionDescriptor dot = FunctionDescriptor.ofVoid(i, p, i, p, i, p);
      cd = linker.downcallHandle(lib.find("cblas_cdotu_sub").orElseThrow(), dot, critical);
      zd = linker.downcallHandle(lib.find("cblas_zdotu_sub").orElseThrow(), dot, critical);
    } catch (Throwable t) {
      why = String.valueOf(t);
    }
    SGEMM = s;
    DGEMM = d;
    CGEMM = c;
    ZGEMM = z;
    CDOTU = cd;
    ZDOTU = zd;
    UNAVAILABLE = why;
    Arena g = Arena.global();
    C_ONE = g.allocateFrom(ValueLayout.JAVA_FLOAT, 1f, 0f);
    C_ZERO = g.allocateFrom(ValueLayout.JAVA_FLOAT, 0f, 0f);
    Z_ONE = g.allocateFrom(ValueLayout.JAVA_DOUBLE, 1.0, 0.0);
    Z_ZERO = g.allocateFrom(ValueLayout.JAVA_DOUBLE, 0.0, 0.0);
  }

  /** Null when OpenBLAS is usable, else why not (callers fall back to Java loops). */
  public static String unavailableReason() {
    return UNAVAILABLE;
  }

  private static void threadsFor(int m, int n, int k) {
    int want = (long) m * n * k >= THREADED_WORK ? MAX_THREADS : 1;
    if (want != threadsSet) {
      threadsSet = want;
      openblas.blas_set_num_threads(want);
    }
  }

  private static int op(boolean trans, boolean conj) {
    return trans ? (conj ? CONJ_TRANS : TRANS) : NO_TRANS;
  }

  /**
   * c(m x n) = op(a) * op(b), op(a) m x k, op(b) k x n; {@code ta}: a is stored k x m (row-major,
   * leading dimension lda) and used transposed.
   */
  public static void gemm_f32(boolean ta, boolean tb, int m, int n, int k, float[] a, int ao, int lda,
      float[] b, int bo, int ldb, float[] c, int co, int ldc) {
    threadsFor(m, n, k);
    try {
      SGEMM.invokeExact(ROW_MAJOR, op(ta, false), op(tb, false), m, n, k, 1f,
          MemorySegment.ofArray(a).asSlice(ao * 4L), lda, MemorySegment.ofArray(b).asSlice(bo * 4L), ldb, 0f,
          MemorySegment.ofArray(c).asSlice(co * 4L), ldc);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public static void gemm_f64(boolean ta, boolean tb, int m, int n, int k, double[] a, int ao, int lda,
      double[] b, int bo, int ldb, double[] c, int co, int ldc) {
    threadsFor(m, n, k);
    try {
      DGEMM.invokeExact(ROW_MAJOR, op(ta, false), op(tb, false), m, n, k, 1.0,
          MemorySegment.ofArray(a).asSlice(ao * 8L), lda, MemorySegment.ofArray(b).asSlice(bo * 8L), ldb, 0.0,
          MemorySegment.ofArray(c).asSlice(co * 8L), ldc);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Complex64 (interleaved): offsets in complex elements; {@code ca}/{@code cb} conjugate a transposed operand. */
  public static void gemm_c64(boolean ta, boolean ca, boolean tb, boolean cb, int m, int n, int k, float[] a, int ao,
      int lda, float[] b, int bo, int ldb, float[] c, int co, int ldc) {
    threadsFor(m, n, k);
    try {
      CGEMM.invokeExact(ROW_MAJOR, op(ta, ca), op(tb, cb), m, n, k, C_ONE,
          MemorySegment.ofArray(a).asSlice(ao * 8L), lda, MemorySegment.ofArray(b).asSlice(bo * 8L), ldb, C_ZERO,
          MemorySegment.ofArray(c).asSlice(co * 8L), ldc);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public static void gemm_c128(boolean ta, boolean ca, boolean tb, boolean cb, int m, int n, int k, double[] a,
      int ao, int lda, double[] b, int bo, int ldb, double[] c, int co, int ldc) {
    threadsFor(m, n, k);
    try {
      ZGEMM.invokeExact(ROW_MAJOR, op(ta, ca), op(tb, cb), m, n, k, Z_ONE,
          MemorySegment.ofArray(a).asSlice(ao * 16L), lda, MemorySegment.ofArray(b).asSlice(bo * 16L), ldb, Z_ZERO,
          MemorySegment.ofArray(c).asSlice(co * 16L), ldc);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * out[oo] = sum_q x[xo + q*incx] * y[yo + q*incy] (complex64; offsets and positive increments in
   * complex elements). NumPy's matmul takes this dot kernel, not gemm, for a 1 x 1 result, and
   * the two differ where an inf meets a zero part (gemm gives nan+nanj, dotu nan+infj).
   */
  public static void dotu_c64(int n, float[] x, int xo, int incx, float[] y, int yo, int incy, float[] out, int oo) {
    try {
      CDOTU.invokeExact(n, MemorySegment.ofArray(x).asSlice(xo * 8L), incx, MemorySegment.ofArray(y).asSlice(yo * 8L),
          incy, MemorySegment.ofArray(out).asSlice(oo * 8L));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  public static void dotu_c128(int n, double[] x, int xo, int incx, double[] y, int yo, int incy, double[] out,
      int oo) {
    try {
      ZDOTU.invokeExact(n, MemorySegment.ofArray(x).asSlice(xo * 16L), incx,
          MemorySegment.ofArray(y).asSlice(yo * 16L), incy, MemorySegment.ofArray(out).asSlice(oo * 16L));
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}

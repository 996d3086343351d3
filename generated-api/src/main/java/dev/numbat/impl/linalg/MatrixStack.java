package dev.numbat.impl.linalg;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.LinAlgError;
import dev.numbat.errors.TypeError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.HostArrays;
import java.util.Arrays;

/**
 * An operand of a LAPACK-based linalg function: a stack of m x n matrices (leading batch axes)
 * converted to float64/complex128 and made dense, so matrix t is {@code m*n} consecutive
 * elements. NumPy computes every linalg function in double precision and casts the results to
 * the "result type" (float32 in, float32 out); {@link #resultType} is that type.
 */
public final class MatrixStack {
  public final NDArray x;
  public final boolean cx;
  /** The dtype NumPy returns (float32, float64, complex64 or complex128). */
  public final DType resultType;
  public final int[] batch;
  public final int m;
  public final int n;
  public final int count;

  private MatrixStack(NDArray x, DType resultType) {
    this.x = x;
    this.cx = x.dtype().isComplex();
    this.resultType = resultType;
    int nd = x.ndim();
    int[] s = x.shapeRef();
    this.batch = Arrays.copyOf(s, nd - 2);
    this.m = s[nd - 2];
    this.n = s[nd - 1];
    int c = 1;
    for (int b : batch) {
      c *= b;
    }
    this.count = c;
  }

  /** NumPy's _commonType: the computation type (float64/complex128) and result type of operands. */
  public static DType[] commonType(NDArray... xs) {
    boolean complex = false;
    boolean dbl = false;
    for (NDArray a : xs) {
      DType d = a.dtype();
      if (d.isInexact()) {
        if (d.isHalf()) {
          throw new TypeError("array type " + (d == DType.BFLOAT16 ? "bfloat16" : "float16")
              + " is unsupported in linalg");
        }
        complex |= d.isComplex();
        dbl |= d == DType.FLOAT64 || d == DType.COMPLEX128;
      } else {
        dbl = true;
      }
    }
    DType result = complex ? (dbl ? DType.COMPLEX128 : DType.COMPLEX64) : (dbl ? DType.FLOAT64 : DType.FLOAT32);
    return new DType[] {complex ? DType.COMPLEX128 : DType.FLOAT64, result};
  }

  /** {@code a} as a stack of matrices (at least 2-d), converted per NumPy's rules. */
  public static MatrixStack of(Object a) {
    return of(a, false);
  }

  /** As {@link #of(Object)}; with {@code square}, non-square matrices raise (checked before the dtype, as NumPy does). */
  public static MatrixStack of(Object a, boolean square) {
    NDArray x = Convert.asarray(a, null);
    checkShape(x, square);
    DType[] t = commonType(x);
    return of(x, t[0], t[1]);
  }

  /** NumPy's _assert_stacked_2d (and _assert_stacked_square). */
  public static void checkShape(NDArray x, boolean square) {
    if (x.ndim() < 2) {
      throw new LinAlgError(x.ndim() + "-dimensional array given. Array must be at least two-dimensional");
    }
    if (square && x.shapeRef()[x.ndim() - 1] != x.shapeRef()[x.ndim() - 2]) {
      throw new LinAlgError("Last 2 dimensions of the array must be square");
    }
  }

  public static MatrixStack of(NDArray x, DType compute, DType result) {
    checkShape(x, false);
    return new MatrixStack(Copy.contiguous(Cast.to(x.strong(), compute)), result);
  }

  /** Throws NumPy's LinAlgError unless the matrices are square. */
  public MatrixStack square() {
    if (m != n) {
      throw new LinAlgError("Last 2 dimensions of the array must be square");
    }
    return this;
  }

  /** Throws NumPy's LinAlgError when any element is infinite or NaN (eig, eigvals, svd-based ops). */
  public MatrixStack finite() {
    if (!HostArrays.allFinite(x)) {
      throw new LinAlgError("Array must not contain infs or NaNs");
    }
    return this;
  }

  /** Storage doubles per element. */
  public int width() {
    return cx ? 2 : 1;
  }

  /** A fresh row-major copy of matrix t (LAPACK overwrites its input). */
  public double[] matrix(int t) {
    int len = m * n * width();
    return HostArrays.doubles(x, t * len, (t + 1) * len);
  }

  /** The shape batch + tail. */
  public int[] shape(int... tail) {
    int[] s = Arrays.copyOf(batch, batch.length + tail.length);
    System.arraycopy(tail, 0, s, batch.length, tail.length);
    return s;
  }

  /** A float64/complex128 (per {@code complex}) output of shape batch + tail, to fill then {@link #finish}. */
  public NDArray output(boolean complex, int... tail) {
    return NDArray.allocate(complex ? DType.COMPLEX128 : DType.FLOAT64, shape(tail));
  }

  /** The computed array cast to the result type's precision (complex kept complex, real kept real). */
  public NDArray finish(NDArray r) {
    boolean single = resultType == DType.FLOAT32 || resultType == DType.COMPLEX64;
    DType to = r.dtype().isComplex() ? (single ? DType.COMPLEX64 : DType.COMPLEX128)
        : (single ? DType.FLOAT32 : DType.FLOAT64);
    return Cast.to(r, to);
  }
}

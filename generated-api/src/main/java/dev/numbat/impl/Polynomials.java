package dev.numbat.impl;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;

/** NumPy's legacy polynomial functions (numpy/lib/_polynomial_impl.py), as compositions of public ops. */
public final class Polynomials {
  private Polynomials() {}

  /** {@code np.polyval(p, x)}: {@code y = zeros_like(x); for pv in p: y = y * x + pv}. */
  public static NDArray polyval(Object p, Object x) {
    NDArray pa = Np.asarray(p);
    NDArray xa = Np.asarray(x);
    if (pa.ndim() == 0) {
      throw new TypeError("iteration over a 0-d array");
    }
    NDArray y = Np.zerosLike(xa);
    for (int i = 0; i < pa.shape(0); i++) {
      y = Np.add(Np.multiply(y, xa), pa.get(i));
    }
    return y;
  }

  /** {@code len(p)} as Python gives it: the first dimension, a TypeError for a 0-d array. */
  private static int len(NDArray p) {
    if (p.ndim() == 0) {
      throw new TypeError("len() of unsized object");
    }
    return p.shape(0);
  }

  /** {@code np.polyadd(a1, a2)}: the shorter coefficient sequence zero-padded at the front, then added. */
  public static NDArray polyadd(Object a1, Object a2) {
    NDArray x = Np.atleast1d(Np.asarray(a1));
    NDArray y = Np.atleast1d(Np.asarray(a2));
    int diff = y.shape(0) - x.shape(0);
    if (diff > 0) {
      x = Np.concatenate(new Object[] {Np.zeros(new int[] {diff}, x.dtype()), x}, 0);
    } else if (diff < 0) {
      y = Np.concatenate(new Object[] {Np.zeros(new int[] {-diff}, y.dtype()), y}, 0);
    }
    return Np.add(x, y);
  }

  /** {@code np.polymul(a1, a2)}: the convolution of the coefficient sequences, each first made a poly1d. */
  public static NDArray polymul(Object a1, Object a2) {
    return Np.convolve(poly1dCoeffs(a1), poly1dCoeffs(a2));
  }

  /** {@code poly1d(c).coeffs}: 1-d, leading zeros trimmed, [0] when nothing is left. */
  private static NDArray poly1dCoeffs(Object c) {
    NDArray a = Np.atleast1d(Np.asarray(c));
    if (a.ndim() > 1) {
      throw new ValueError("Polynomial must be 1d only.");
    }
    NDArray t = Np.trimZeros(a, "f");
    return t.size() == 0 ? Np.zeros(new int[] {1}, a.dtype()) : t;
  }

  /** {@code np.polyder(p, m)}: the m-th derivative, p[:-1] * arange(n, 0, -1) m times. */
  public static NDArray polyder(Object p, int m) {
    if (m < 0) {
      throw new ValueError("Order of derivative must be positive (see polyint)");
    }
    NDArray y = Np.asarray(p);
    // NumPy's recursion computes one derivative more than it returns (at m == 0 too), so its errors are raised here as well
    NDArray next = derivative(y);
    for (int i = 0; i < m; i++) {
      y = next;
      next = derivative(y);
    }
    return y;
  }

  private static NDArray derivative(NDArray p) {
    int n = len(p) - 1;
    return Np.multiply(p.get(Np.slice(null, -1)), Np.arange((long) n, 0L, -1L));
  }

  /**
   * {@code np.polyint(p, m, k)}: the m-th antiderivative; k gives the integration constants
   * (a scalar or one value per integration, the first used first), zeros by default.
   */
  public static NDArray polyint(Object p, int m, Object k) {
    if (m < 0) {
      throw new ValueError("Order of integral must be positive (see polyder)");
    }
    NDArray ks = k == null ? Np.zeros(new int[] {m}, DType.FLOAT64) : Np.atleast1d(Np.asarray(k));
    if (ks.shape(0) == 1 && m > 1) {
      ks = Np.multiply(ks.get(0), Np.ones(new int[] {m}, DType.FLOAT64));
    }
    if (ks.shape(0) < m) {
      throw new ValueError("k must be a scalar or a rank-1 array of length 1 or >m.");
    }
    NDArray y = Np.asarray(p);
    for (int i = 0; i < m; i++) {
      int n = len(y);
      NDArray scaled = Np.trueDivide(y, Np.arange((long) n, 0L, -1L));
      y = Np.concatenate(new Object[] {scaled, Np.reshape(ks.get(i), 1)}, 0);
    }
    return y;
  }

  /**
   * {@code np.poly(seq_of_zeros)}: the coefficients of the monic polynomial with those roots (of
   * a square matrix: its characteristic polynomial). Complex roots in conjugate pairs give real
   * coefficients, so the dtype depends on the values.
   */
  public static NDArray poly(Object seqOfZeros) {
    if (seqOfZeros instanceof Number || seqOfZeros instanceof Boolean || seqOfZeros instanceof Complex) {
      // NumPy's dispatcher iterates over its argument, so a Python scalar fails before poly runs
      throw new TypeError("dispatcher for __array_function__ did not return an iterable");
    }
    NDArray z = Np.atleast1d(Np.asarray(seqOfZeros));
    if (z.ndim() == 2 && z.shape(0) == z.shape(1) && z.shape(0) != 0) {
      z = Np.linalg.eigvals(z);
    } else if (z.ndim() == 1) {
      DType d = z.dtype();
      // numpy.mintypecode(char): float32, float64, complex64 and complex128 stay; the rest become float64
      DType t = d == DType.FLOAT32 || d == DType.FLOAT64 || d == DType.COMPLEX64 || d == DType.COMPLEX128 ? d : DType.FLOAT64;
      z = d == t ? z : Np.astype(z, t);
    } else {
      throw new ValueError("input must be 1d or non-empty square 2d array.");
    }
    if (z.shape(0) == 0) {
      return Np.asarray(1.0);
    }
    DType dt = z.dtype();
    NDArray a = Np.ones(new int[] {1}, dt);
    for (int i = 0; i < z.shape(0); i++) {
      NDArray factor = Np.concatenate(new Object[] {Np.ones(new int[] {1}, dt), Np.reshape(Np.negative(z.get(i)), 1)}, 0);
      a = Np.convolve(a, factor, "full");
    }
    if (dt.isComplex()) {
      NDArray r = Np.astype(z, DType.COMPLEX128);
      if ((boolean) Np.all(Np.equal(Np.sort(r), Np.sort(Np.conjugate(r)))).item()) {
        a = Np.copy(Np.real(a));
      }
    }
    return a;
  }

  /** {@code np.roots(p)}: the eigenvalues of the companion matrix, with p's trailing zeros as zero roots. */
  public static NDArray roots(Object p) {
    NDArray c = Np.atleast1d(Np.asarray(p));
    if (c.ndim() != 1) {
      throw new ValueError("Input must be a rank-1 array.");
    }
    NDArray nonZero = Np.nonzero(Np.ravel(c))[0];
    if (nonZero.size() == 0) {
      return Np.array(new double[0]);
    }
    int first = ((Number) nonZero.item(0)).intValue();
    int last = ((Number) nonZero.item(nonZero.size() - 1)).intValue();
    int trailingZeros = c.shape(0) - last - 1;
    c = c.get(Np.slice(first, last + 1));
    if (!c.dtype().isInexact()) {
      c = Np.astype(c, DType.FLOAT64);
    }
    int n = c.shape(0);
    NDArray r;
    if (n > 1) {
      NDArray companion = Np.diag(Np.ones(new int[] {n - 2}, c.dtype()), -1);
      companion = companion.at(0, Np.slice()).set(Np.divide(Np.negative(c.get(Np.slice(1, null))), c.get(0)));
      r = Np.linalg.eigvals(companion);
    } else {
      r = Np.array(new double[0]);
    }
    return Np.hstack(r, Np.zeros(new int[] {trailingZeros}, r.dtype()));
  }

  /**
   * {@code np.polyfit(x, y, deg, rcond, full, w, cov)}: least-squares coefficients, highest power
   * first (one column per column of a 2-d y), from the column-scaled Vandermonde matrix as NumPy
   * solves it. The rows are multiplied by the weights w first. Returns the coefficients; with full
   * an Object[] {coefficients, residuals, rank, singular values, rcond}; else with cov (true or
   * "unscaled") an Object[] {coefficients, covariance matrix of the coefficients}.
   */
  public static Object polyfit(Object x, Object y, int deg, Double rcond, boolean full, Object w, Object cov) {
    int order = deg + 1;
    NDArray xa = Np.add(Np.asarray(x), 0.0);
    NDArray ya = Np.add(Np.asarray(y), 0.0);
    if (deg < 0) {
      throw new ValueError("expected deg >= 0");
    }
    if (xa.ndim() != 1) {
      throw new TypeError("expected 1D vector for x");
    }
    if (xa.size() == 0) {
      throw new TypeError("expected non-empty vector for x");
    }
    if (ya.ndim() < 1 || ya.ndim() > 2) {
      throw new TypeError("expected 1D or 2D array for y");
    }
    if (xa.shape(0) != ya.shape(0)) {
      throw new TypeError("expected x and y to have same length");
    }
    double rc = rcond != null ? rcond : xa.shape(0) * Np.finfo(xa.dtype()).eps();
    NDArray lhs = Np.vander(xa, order);
    NDArray rhs = ya;
    if (w != null) {
      NDArray wa = Np.add(Np.asarray(w), 0.0);
      if (wa.ndim() != 1) {
        throw new TypeError("expected a 1-d array for weights");
      }
      if (wa.shape(0) != ya.shape(0)) {
        throw new TypeError("expected w and y to have the same length");
      }
      NDArray wcol = Np.expandDims(wa, 1);
      lhs = timesInPlace(lhs, wcol);
      rhs = timesInPlace(rhs, rhs.ndim() == 2 ? wcol : wa);
    }
    NDArray scale = lhs.dtype().isComplex()
        ? Np.sqrt(Np.sum(Np.add(Np.square(Np.real(lhs)), Np.square(Np.imag(lhs))), 0))
        : Np.sqrt(Np.sum(Np.multiply(lhs, lhs), 0));
    lhs = Np.divide(lhs, scale);
    Object[] fit = Np.linalg.lstsq(lhs, rhs, rc);
    NDArray c = Np.transpose(Np.divide(Np.transpose((NDArray) fit[0]), scale));
    if (full) {
      return new Object[] {c, fit[1], fit[2], fit[3], rc};
    }
    if (!truthy(cov)) {
      return c;
    }
    NDArray vbase = Np.linalg.inv(Np.dot(lhs.T(), lhs));
    vbase = Np.divide(vbase, Np.outer(scale, scale));
    Object fac;
    if ("unscaled".equals(cov)) {
      fac = 1L;
    } else {
      if (xa.shape(0) <= order) {
        throw new ValueError("the number of data points must exceed order to scale the covariance matrix");
      }
      fac = Np.divide((NDArray) fit[1], (long) (xa.shape(0) - order));
    }
    NDArray v = ya.ndim() == 1 ? Np.multiply(vbase, fac) : Np.multiply(Np.expandDims(vbase, 2), fac);
    return new Object[] {c, v};
  }

  /** NumPy's {@code a *= b}: the product cast back to a's dtype under 'same_kind'. */
  private static NDArray timesInPlace(NDArray a, NDArray b) {
    NDArray p = Np.multiply(a, b);
    if (p.dtype().isComplex() && !a.dtype().isComplex()) {
      throw new TypeError("Cannot cast ufunc 'multiply' output from dtype('" + p.dtype().name() + "') to dtype('"
          + a.dtype().name() + "') with casting rule 'same_kind'");
    }
    return p.dtype() == a.dtype() ? p : Np.astype(p, a.dtype());
  }

  /** Python's truth value of NumPy's {@code cov} argument (true, "unscaled", a number ...). */
  private static boolean truthy(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof CharSequence cs) {
      return cs.length() > 0;
    }
    return true;
  }
}

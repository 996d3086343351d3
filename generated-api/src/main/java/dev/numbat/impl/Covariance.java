package dev.numbat.impl;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;

/**
 * {@code np.cov} and {@code np.corrcoef} (numpy/lib/_function_base_impl.py) as compositions:
 * rows are variables (rowvar), observations are centred by their mean and multiplied by their
 * conjugate transpose, divided by N - ddof. Frequency and analytic weights are not supported.
 */
public final class Covariance {
  private Covariance() {}

  public static NDArray cov(Object m, Object y, boolean rowvar, boolean bias, Integer ddof, DType dtype) {
    NDArray ma = Np.asarray(m);
    if (ma.ndim() > 2) {
      throw new ValueError("m has more than 2 dimensions");
    }
    NDArray ya = null;
    if (y != null) {
      ya = Np.asarray(y);
      if (ya.ndim() > 2) {
        throw new ValueError("y has more than 2 dimensions");
      }
    }
    if (dtype == null) {
      dtype = ya == null ? Np.resultType(ma, DType.FLOAT64) : Np.resultType(ma, ya, DType.FLOAT64);
    }
    if (!dtype.isInexact()) {
      // X -= mean(X) in place: the float64 mean cannot be written back into an integer or bool X
      throw new TypeError("Cannot cast ufunc 'subtract' output from dtype('float64') to dtype('" + dtype.name()
          + "') with casting rule 'same_kind'");
    }
    NDArray x = Np.array(ma, dtype, 2);
    if (!rowvar && ma.ndim() != 1) {
      x = x.T();
    }
    if (x.shape(0) == 0) {
      return Np.reshape(Np.array(new double[0]), 0, 0);
    }
    if (ya != null) {
      NDArray yy = Np.array(ya, dtype, 2);
      if (!rowvar && yy.shape(0) != 1) {
        yy = yy.T();
      }
      x = Np.concatenate(new Object[] {x, yy}, 0);
    }
    int dd = ddof != null ? ddof : bias ? 0 : 1;
    NDArray avg = Np.mean(x, 1);
    long fact = (long) x.shape(1) - dd;
    double f = fact <= 0 ? 0.0 : fact; // NumPy warns "Degrees of freedom <= 0 for slice" and divides by zero
    NDArray xc = Np.subtract(x, Np.expandDims(avg, 1));
    NDArray c = Np.dot(xc, Np.conj(xc.T()));
    c = Np.multiply(c, 1.0 / f);
    return Np.squeeze(c);
  }

  public static NDArray corrcoef(Object x, Object y, boolean rowvar, DType dtype) {
    NDArray c = cov(x, y, rowvar, false, null, dtype);
    if (c.ndim() != 1 && c.ndim() != 2) {
      return Np.divide(c, c); // a scalar covariance: np.diag raises, NumPy returns c / c
    }
    NDArray d = Np.diag(c);
    NDArray stddev = Np.sqrt(Np.real(d));
    c = Np.divide(c, Np.expandDims(stddev, 1));
    c = Np.divide(c, Np.expandDims(stddev, 0));
    NDArray re = Np.clip(Np.real(c), -1L, 1L);
    if (!c.dtype().isComplex()) {
      return re;
    }
    NDArray im = Np.clip(Np.imag(c), -1L, 1L);
    return Np.add(re, Np.multiply(im, new Complex(0, 1)));
  }
}

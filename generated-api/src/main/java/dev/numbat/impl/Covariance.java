package dev.numbat.impl;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.RuntimeError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;

/**
 * {@code np.cov} and {@code np.corrcoef} (numpy/lib/_function_base_impl.py) as compositions:
 * rows are variables (rowvar), observations are centred by their mean and multiplied by their
 * conjugate transpose, divided by N - ddof. With frequency (fweights) and analytic (aweights)
 * weights, NumPy's formula: w = fweights * aweights, the weighted mean, the observations times w
 * and the normalization w_sum - ddof * sum(w * aweights) / w_sum.
 */
public final class Covariance {
  private Covariance() {}

  public static NDArray cov(Object m, Object y, boolean rowvar, boolean bias, Integer ddof, Object fweights,
      Object aweights, DType dtype) {
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
    int n = x.shape(1);
    NDArray w = null;
    NDArray aw = null;
    if (fweights != null) {
      NDArray fw = Np.array(fweights, DType.FLOAT64);
      if (concrete(fw) && !(Boolean) Np.all(Np.equal(fw, Np.around(fw))).item()) {
        throw new TypeError("fweights must be integer");
      }
      checkWeights(fw, n, "fweights");
      w = fw;
    }
    if (aweights != null) {
      aw = Np.array(aweights, DType.FLOAT64);
      checkWeights(aw, n, "aweights");
      w = w == null ? aw : Np.multiply(w, aw);
    }
    if (w == null) {
      NDArray avg = Np.mean(x, 1);
      long fact = (long) n - dd;
      double f = fact <= 0 ? 0.0 : fact; // NumPy warns "Degrees of freedom <= 0 for slice" and divides by zero
      NDArray xc = Np.subtract(x, Np.expandDims(avg, 1));
      NDArray c = Np.dot(xc, Np.conj(xc.T()));
      c = Np.multiply(c, 1.0 / f);
      return Np.squeeze(c);
    }
    NDArray[] avgSum = (NDArray[]) Np.average(x, 1, w, true);
    NDArray avg = avgSum[0];
    // w_sum and the normalization as arrays (not host numbers), so a traced call computes them too
    NDArray wSum = Np.real(Np.take(avgSum[1], 0L));
    NDArray fact;
    if (dd == 0) {
      fact = wSum;
    } else if (aw == null) {
      fact = Np.subtract(wSum, (long) dd);
    } else {
      fact = Np.subtract(wSum, Np.divide(Np.multiply(Np.sum(Np.multiply(w, aw)), (long) dd), wSum));
    }
    // NumPy warns "Degrees of freedom <= 0 for slice" and divides by zero
    fact = Np.where(Np.lessEqual(fact, 0L), 0.0, fact);
    // X -= avg[:, None] in place keeps X's dtype; X * w then promotes with the float64 weights
    NDArray xc = Np.astype(Np.subtract(x, Np.expandDims(avg, 1)), x.dtype());
    NDArray xt = Np.multiply(xc, w).T();
    NDArray c = Np.dot(xc, Np.conj(xt));
    c = Np.multiply(c, Np.divide(1.0, fact));
    return Np.squeeze(c);
  }

  /** Whether the weights' values are known (not a tracer of Np.function or Np.vectorizedMap), so NumPy's checks can read them. */
  private static boolean concrete(NDArray a) {
    return !"none".equals(a.bufferKind());
  }

  private static void checkWeights(NDArray wt, int n, String name) {
    if (wt.ndim() > 1) {
      throw new RuntimeError("cannot handle multidimensional " + name);
    }
    if (wt.ndim() == 0) {
      throw new IndexError("tuple index out of range"); // NumPy reads weights.shape[0]
    }
    if (wt.shape(0) != n) {
      throw new RuntimeError("incompatible numbers of samples and " + name);
    }
    if (concrete(wt) && (Boolean) Np.any(Np.less(wt, 0L)).item()) {
      throw new ValueError(name + " cannot be negative");
    }
  }

  public static NDArray corrcoef(Object x, Object y, boolean rowvar, DType dtype) {
    NDArray c = cov(x, y, rowvar, false, null, null, null, dtype);
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

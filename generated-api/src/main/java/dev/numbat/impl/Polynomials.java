package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;

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
}

package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.Np;

/** {@code np.real_if_close}: the real part of a complex array whose imaginary parts are all near zero. */
public final class RealIfClose {
  private RealIfClose() {}

  /** tol above 1 counts machine epsilons of a's dtype, as NumPy; the result's dtype depends on the values. */
  public static NDArray realIfClose(Object a, double tol) {
    NDArray x = Np.asarray(a);
    if (!x.dtype().isComplex()) {
      return x;
    }
    double t = tol > 1 ? Np.finfo(x.dtype()).eps() * tol : tol;
    if ((boolean) Np.all(Np.less(Np.absolute(Np.imag(x)), t)).item()) {
      return Np.real(x);
    }
    return x;
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;

/**
 * {@code np.interp}: NumPy's compiled_interp (numpy/_core/src/multiarray/compiled_base.c) as
 * array ops: the interval of each x by searchsorted, the slope formula with its NaN fallbacks,
 * exact hits returning fp, and left/right outside xp.
 */
public final class Interpolation {
  private Interpolation() {}

  public static NDArray interp(Object x, Object xp, Object fp, Object left, Object right, Double period) {
    NDArray fpa = Np.asarray(fp);
    DType dt = fpa.dtype().isComplex() ? DType.COMPLEX128 : DType.FLOAT64;
    NDArray xs = Np.asarray(x, DType.FLOAT64);
    NDArray xps = Np.asarray(xp, DType.FLOAT64);
    NDArray fps = Np.asarray(fpa, dt);
    if (period != null) {
      if (period == 0) {
        throw new ValueError("period must be a non-zero value");
      }
      double per = Math.abs(period);
      left = null;
      right = null;
      if (xps.ndim() != 1 || fps.ndim() != 1) {
        throw new ValueError("Data points must be 1-D sequences");
      }
      if (xps.shape(0) != fps.shape(0)) {
        throw new ValueError("fp and xp are not of the same length");
      }
      xs = Np.mod(xs, per);
      xps = Np.mod(xps, per);
      NDArray order = Np.argsort(xps);
      xps = Np.take(xps, order);
      fps = Np.take(fps, order);
      xps = Np.concatenate(new Object[] {Np.subtract(xps.get(Np.slice(-1, null)), per), xps, Np.add(xps.get(Np.slice(0, 1)), per)}, 0);
      fps = Np.concatenate(new Object[] {fps.get(Np.slice(-1, null)), fps, fps.get(Np.slice(0, 1))}, 0);
    }
    if (xps.ndim() != 1 || fps.ndim() != 1) {
      throw new ValueError("object too deep for desired array");
    }
    int n = xps.shape(0);
    if (n == 0) {
      throw new ValueError("array of sample points is empty");
    }
    if (fps.shape(0) != n) {
      throw new ValueError("fp and xp are not of the same length.");
    }
    NDArray fLeft = left == null ? fps.get(0) : Np.asarray(left, dt);
    NDArray fRight = right == null ? fps.get(-1) : Np.asarray(right, dt);
    NDArray res;
    if (n == 1) {
      res = Np.add(Np.zerosLike(xs, dt), fps.get(0)); // a NaN x gets fp[0] too, as in NumPy's one-point loop
    } else {
      NDArray j = Np.clip(Np.subtract(Np.searchsorted(xps, xs, "right"), 1L), 0L, (long) (n - 2));
      NDArray x0 = Np.take(xps, j);
      NDArray x1 = Np.take(xps, Np.add(j, 1L));
      NDArray f0 = Np.take(fps, j);
      NDArray f1 = Np.take(fps, Np.add(j, 1L));
      NDArray slope = Np.divide(Np.subtract(f1, f0), Np.subtract(x1, x0));
      res = Np.add(Np.multiply(slope, Np.subtract(xs, x0)), f0);
      NDArray back = Np.add(Np.multiply(slope, Np.subtract(xs, x1)), f1);
      res = Np.where(Np.isnan(res), back, res);
      res = Np.where(Np.logicalAnd(Np.isnan(res), Np.equal(f0, f1)), f0, res);
      res = Np.where(Np.equal(xs, x0), f0, res);
      res = Np.where(Np.equal(xs, xps.get(-1)), fps.get(-1), res);
      res = Np.where(Np.isnan(xs), xs, res);
    }
    res = Np.where(Np.less(xs, xps.get(0)), fLeft, res);
    res = Np.where(Np.greater(xs, xps.get(-1)), fRight, res);
    return res;
  }
}

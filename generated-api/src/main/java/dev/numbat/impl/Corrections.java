package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.DdofCorrection;

/**
 * var, std, nanvar and nanstd with NumPy 2's {@code correction=} (an alias of ddof; both given raise ValueError)
 * and {@code where=} (null: every element).
 */
public final class Corrections {
  private Corrections() {}

  public static NDArray var(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Double correction,
      Object where) {
    return Statistics.var(a, axis, dtype, DdofCorrection.ddof(ddof, correction), keepdims, where);
  }

  public static NDArray nanvar(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Double correction,
      Object where) {
    return Statistics.nanvar(a, axis, dtype, DdofCorrection.ddof(ddof, correction), keepdims, where);
  }

  /** A composite: the square root of var, as Statistics.std, with the resolved ddof. */
  public static NDArray std(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Double correction,
      Object where) {
    return Statistics.std(a, axis, dtype, DdofCorrection.ddof(ddof, correction), keepdims, where);
  }

  public static NDArray nanstd(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Double correction,
      Object where) {
    return Statistics.nanstd(a, axis, dtype, DdofCorrection.ddof(ddof, correction), keepdims, where);
  }
}

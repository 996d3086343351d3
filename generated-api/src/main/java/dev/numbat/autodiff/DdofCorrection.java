package dev.numbat.autodiff;

import dev.numbat.errors.ValueError;

/**
 * NumPy 2's {@code correction=} of var/std/nanvar/nanstd, the array API's name of ddof: the
 * implementations and their gradient rules read the effective ddof from here.
 */
public final class DdofCorrection {
  private DdofCorrection() {}

  /** correction when given (ddof must then be 0, as NumPy checks), else ddof. */
  public static double ddof(double ddof, Double correction) {
    if (correction == null) {
      return ddof;
    }
    if (ddof != 0) {
      throw new ValueError("ddof and correction can't be provided simultaneously.");
    }
    return correction;
  }
}

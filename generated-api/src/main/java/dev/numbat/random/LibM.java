package dev.numbat.random;

/**
 * The transcendental functions the distributions call, in one place so the choice of
 * implementation is one line. NumPy calls glibc's log/exp/pow, which are correctly rounded in
 * practice; {@link StrictMath} (fdlibm, under 1 ulp) is the same on every JVM, and the
 * conformance suite measures how often it differs from NumPy's results.
 */
final class LibM {
  private LibM() {}

  static double log(double x) { return StrictMath.log(x); }

  static double exp(double x) { return StrictMath.exp(x); }

  static double pow(double x, double y) { return StrictMath.pow(x, y); }

  /** C's logf: the float log, correctly rounded from the double result. */
  static float logf(float x) { return (float) StrictMath.log(x); }

  static float expf(float x) { return (float) StrictMath.exp(x); }
}

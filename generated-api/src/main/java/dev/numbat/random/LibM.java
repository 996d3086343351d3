package dev.numbat.random;

/**
 * The transcendental functions the distributions call, in one place so the choice is one line.
 * NumPy calls glibc's log/exp/pow. Measured against NumPy 1.24 on x86-64 (the random conformance
 * suite with exact comparison, about 50,000 log/exp/pow-derived values): {@link Math} (HotSpot's
 * intrinsics) differs from glibc by one ulp in about 0.1% of the values, {@link StrictMath}
 * (fdlibm) in about 3%; uniform, integer and discrete draws match exactly either way. So Math is
 * used, and the suite compares these values within 1e-15 relative.
 */
final class LibM {
  private LibM() {}

  static double log(double x) { return Math.log(x); }

  static double exp(double x) { return Math.exp(x); }

  static double pow(double x, double y) { return Math.pow(x, y); }

  /** C's logf, through the double log rounded once to float. */
  static float logf(float x) { return (float) Math.log(x); }

  static float expf(float x) { return (float) Math.exp(x); }
}

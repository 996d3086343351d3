package dev.numbat.kernels.cpu;

/**
 * Complex elementary functions of one complex argument in double precision, writing
 * {@code (re, im)} into {@code r[0], r[1]}; {@code r} has length {@link #SCRATCH} (the inverse
 * functions use the rest as scratch, so kernels allocate it once per call, not per element).
 *
 * <p>NumPy takes these from the C library, glibc on Linux: the zero/infinity/NaN cases here
 * follow glibc's case split (C99 Annex G), so signed zeros, infinities and branch-cut sides come
 * out as NumPy returns them. Finite arguments use accurate algorithms (the inverse functions
 * Hull-Fairgrieve-Tang, as FreeBSD's catrig.c; log|z| in extra precision near |z| = 1), which
 * agree with glibc to about an ulp. complex64 kernels call these in double and round once, except
 * where NumPy's float32 intermediates change the result (exp2f, expm1f).
 */
public final class UnaryComplex {
  private UnaryComplex() {}

  /** Length of the result/scratch array the functions take. */
  public static final int SCRATCH = 6;

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double NAN = Double.NaN;
  private static final double EPS = 0x1p-52;
  private static final double RECIP_EPSILON = 1 / EPS;
  private static final double SQRT_3_EPSILON = 2.5809568279517849e-8;
  private static final double SQRT_6_EPSILON = 3.6500241499888571e-8;
  private static final double SQRT_MIN = 0x1p-511;
  private static final double FOUR_SQRT_MIN = 0x1p-509;
  private static final double QUARTER_SQRT_MAX = 0x1p509;
  private static final double A_CROSSOVER = 10;
  private static final double B_CROSSOVER = 0.6417;
  private static final double LN2 = 6.93147180559945309417e-1;
  private static final double PIO2_HI = 1.5707963267948966;
  private static final double PIO2_LO = 6.1232339957367659e-17;
  private static final double E = Math.E;

  // ------------------------------------------------------------------ exp / log / sqrt

  public static void exp(double x, double y, double[] r) {
    if (Double.isFinite(x)) {
      if (y == 0) {
        r[0] = Math.exp(x);
        r[1] = y;
      } else if (Double.isFinite(y)) {
        double c = Math.cos(y);
        double s = Math.sin(y);
        if (x > 709) {
          // exp(x) alone overflows while exp(x)*cos(y) may not.
          double h = Math.exp(x * 0.5);
          r[0] = c * h * h;
          r[1] = s * h * h;
        } else {
          double e = Math.exp(x);
          r[0] = e * c;
          r[1] = e * s;
        }
      } else {
        r[0] = NAN;
        r[1] = NAN;
      }
    } else if (Double.isNaN(x)) {
      r[0] = x;
      r[1] = y == 0 ? y : NAN;
    } else if (x > 0) {
      if (y == 0) {
        r[0] = x;
        r[1] = y;
      } else if (Double.isFinite(y)) {
        r[0] = Math.copySign(INF, Math.cos(y));
        r[1] = Math.copySign(INF, Math.sin(y));
      } else {
        r[0] = x;
        r[1] = NAN;
      }
    } else {
      if (Double.isFinite(y)) {
        r[0] = Math.copySign(0.0, Math.cos(y));
        r[1] = Math.copySign(0.0, Math.sin(y));
      } else {
        r[0] = 0.0;
        r[1] = Math.copySign(0.0, y);
      }
    }
  }

  public static void log(double x, double y, double[] r) {
    r[0] = logAbs(x, y);
    r[1] = Math.atan2(y, x);
  }

  /** log|x + iy|, accurate also near |z| = 1 where log(hypot) cancels. */
  static double logAbs(double x, double y) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (ax == INF || ay == INF) {
      return INF;
    }
    if (ax != ax || ay != ay) {
      return NAN;
    }
    if (ax < ay) {
      double t = ax;
      ax = ay;
      ay = t;
    }
    if (ax == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (ax >= 0.5 && ax <= 2) {
      double s = ax * ax + ay * ay;
      if (s >= 0.5 && s <= 2) {
        return 0.5 * Math.log1p(x2y2m1(ax, ay));
      }
    }
    return Math.log(Math.hypot(ax, ay));
  }

  /** x*x + y*y - 1 with the squares kept exact (double-double), for |z| near 1. */
  static double x2y2m1(double x, double y) {
    double xh = x * x;
    double xl = Math.fma(x, x, -xh);
    double yh = y * y;
    double yl = Math.fma(y, y, -yh);
    double s1 = xh - 1;
    double e1 = twoSumErr(xh, -1, s1);
    double s2 = s1 + yh;
    double e2 = twoSumErr(s1, yh, s2);
    return s2 + (e1 + e2 + xl + yl);
  }

  private static double twoSumErr(double a, double b, double s) {
    double v = s - a;
    return (a - (s - v)) + (b - v);
  }

  public static void sqrt(double x, double y, double[] r) {
    if (Double.isInfinite(y)) {
      r[0] = INF;
      r[1] = y;
      return;
    }
    if (Double.isNaN(x)) {
      r[0] = x;
      r[1] = NAN;
      return;
    }
    if (Double.isInfinite(x)) {
      if (x > 0) {
        r[0] = x;
        r[1] = Double.isNaN(y) ? y : Math.copySign(0.0, y);
      } else {
        r[0] = Double.isNaN(y) ? y : 0.0;
        r[1] = Math.copySign(INF, y);
      }
      return;
    }
    if (Double.isNaN(y)) {
      r[0] = y;
      r[1] = y;
      return;
    }
    if (x == 0 && y == 0) {
      r[0] = 0.0;
      r[1] = y;
      return;
    }
    double scale = 1;
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (ax > 0x1p1020 || ay > 0x1p1020) {
      x *= 0.25;
      y *= 0.25;
      scale = 2;
    } else if (ax < 0x1p-1020 && ay < 0x1p-1020) {
      x *= 0x1p54;
      y *= 0x1p54;
      scale = 0x1p-27;
    }
    double t = Math.sqrt((Math.abs(x) + Math.hypot(x, y)) * 0.5);
    if (x >= 0) {
      r[0] = t * scale;
      r[1] = y / (2 * t) * scale;
    } else {
      r[0] = Math.abs(y) / (2 * t) * scale;
      r[1] = Math.copySign(t, y) * scale;
    }
  }

  private static final double LOGE2 = 0.693147180559945309417232121458176568;
  private static final double LOG2E = 1.442695040888963407359924681001892137;
  private static final double LOG10E = 0.434294481903251827651128918916605082;

  /** 2**z = exp(z ln 2), as NumPy computes it. */
  public static void exp2(double x, double y, double[] r) {
    exp(x * LOGE2, y * LOGE2, r);
  }

  /** NumPy's formula: expm1(x) cos(y) - 2 sin^2(y/2) + i exp(x) sin(y). */
  public static void expm1(double x, double y, double[] r) {
    double a = Math.sin(y / 2);
    r[0] = Math.expm1(x) * Math.cos(y) - 2 * a * a;
    r[1] = Math.exp(x) * Math.sin(y);
  }

  /**
   * complex64 2**z: NumPy forms z * ln2 in float32 before cexpf, which matters for large
   * imaginary parts (the float32 product picks a different angle).
   */
  public static void exp2f(float x, float y, double[] r) {
    float ln2 = (float) LOGE2;
    exp(x * ln2, y * ln2, r);
  }

  /** complex64 expm1 with NumPy's float32 intermediates (exp(x) may overflow where double does not). */
  public static void expm1f(float x, float y, double[] r) {
    float a = (float) Math.sin(y / 2);
    r[0] = (float) Math.expm1(x) * (float) Math.cos(y) - 2 * a * a;
    r[1] = (float) Math.exp(x) * (float) Math.sin(y);
  }

  public static void log2(double x, double y, double[] r) {
    log(x, y, r);
    r[0] *= LOG2E;
    r[1] *= LOG2E;
  }

  public static void log10(double x, double y, double[] r) {
    log(x, y, r);
    r[0] *= LOG10E;
    r[1] *= LOG10E;
  }

  /**
   * log(1 + z), with log|1 + z| = log1p(x^2 + 2x + y^2)/2 computed in extra precision near the
   * circle |1 + z| = 1 (NumPy 2's algorithm; NumPy 1.x used log(hypot(x + 1, y)) everywhere).
   */
  public static void log1p(double x, double y, double[] r) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      // C99 clog (NumPy's log(1 + z)): an infinite part makes |1 + z| infinite even beside a NaN
      r[0] = Double.isInfinite(x) || Double.isInfinite(y) ? Double.POSITIVE_INFINITY : NAN;
      r[1] = NAN;
      return;
    }
    double lnr;
    if (x > -2.2 && x < 0.2 && y > -1.2 && y < 1.2 && Math.abs(x * (2 + x) + y * y) < 0.4) {
      lnr = 0.5 * Math.log1p(xSquaredPlus2xPlusYSquared(x, y));
    } else {
      lnr = Math.log(Math.hypot(x + 1, y));
    }
    r[0] = lnr;
    r[1] = Math.atan2(y, x + 1);
  }

  /** x^2 + 2x + y^2 with the squares exact (double-double sum). */
  static double xSquaredPlus2xPlusYSquared(double x, double y) {
    double xh = x * x;
    double xl = Math.fma(x, x, -xh);
    double yh = y * y;
    double yl = Math.fma(y, y, -yh);
    double tx = 2 * x;
    double s1 = xh + tx;
    double e1 = twoSumErr(xh, tx, s1);
    double s2 = s1 + yh;
    double e2 = twoSumErr(s1, yh, s2);
    return s2 + (e1 + e2 + xl + yl);
  }

  // ------------------------------------------------------------------ hyperbolic / trig
  // Finite arguments use the textbook formulas with exp scaling past |x| = 709 (exp(709) is the
  // largest exp that does not overflow) so that only a true overflow gives inf; the case split
  // for zeros, infinities and NaNs reproduces glibc's, whose results NumPy returns on Linux.

  private static final int T = 709;
  private static final int T2 = 354;

  private static boolean signbit(double v) {
    return Double.doubleToRawLongBits(v) < 0;
  }

  public static void sinh(double x, double y, double[] r) {
    boolean negate = signbit(x);
    double ax = Math.abs(x);
    if (Double.isFinite(x)) {
      if (Double.isFinite(y)) {
        double s = Math.abs(y) > Double.MIN_NORMAL ? Math.sin(y) : y;
        double c = Math.abs(y) > Double.MIN_NORMAL ? Math.cos(y) : 1;
        if (negate) {
          c = -c;
        }
        if (ax > T) {
          scaledExp(ax, c, s, r);
        } else {
          r[0] = Math.sinh(ax) * c;
          r[1] = Math.cosh(ax) * s;
        }
      } else if (x == 0) {
        r[0] = negate ? -0.0 : 0.0;
        r[1] = y - y;
      } else {
        r[0] = NAN;
        r[1] = NAN;
      }
    } else if (Double.isInfinite(x)) {
      if (Double.isFinite(y) && y != 0) {
        double s = Math.abs(y) > Double.MIN_NORMAL ? Math.sin(y) : y;
        double c = Math.abs(y) > Double.MIN_NORMAL ? Math.cos(y) : 1;
        r[0] = negate ? -Math.copySign(INF, c) : Math.copySign(INF, c);
        r[1] = Math.copySign(INF, s);
      } else if (y == 0) {
        r[0] = negate ? -INF : INF;
        r[1] = y;
      } else {
        r[0] = INF;
        r[1] = y - y;
      }
    } else {
      r[0] = NAN;
      r[1] = y == 0 ? y : NAN;
    }
  }

  /** (e^a/2 * c, e^a/2 * s) for a > T, in steps so that a finite product is not lost. */
  private static void scaledExp(double a, double c, double s, double[] r) {
    double expT = Math.exp(T);
    a -= T;
    s *= expT / 2;
    c *= expT / 2;
    if (a > T) {
      a -= T;
      s *= expT;
      c *= expT;
    }
    if (a > T) {
      r[0] = Double.MAX_VALUE * c;
      r[1] = Double.MAX_VALUE * s;
    } else {
      double e = Math.exp(a);
      r[0] = e * c;
      r[1] = e * s;
    }
  }

  public static void cosh(double x, double y, double[] r) {
    if (Double.isFinite(x)) {
      if (Double.isFinite(y)) {
        double s = Math.abs(y) > Double.MIN_NORMAL ? Math.sin(y) : y;
        double c = Math.abs(y) > Double.MIN_NORMAL ? Math.cos(y) : 1;
        if (Math.abs(x) > T) {
          if (signbit(x)) {
            s = -s;
          }
          scaledExp(Math.abs(x), c, s, r);
        } else {
          r[0] = Math.cosh(x) * c;
          r[1] = Math.sinh(x) * s;
        }
      } else {
        r[1] = x == 0 ? 0 : NAN;
        r[0] = y - y;
      }
    } else if (Double.isInfinite(x)) {
      if (Double.isFinite(y) && y != 0) {
        double s = Math.abs(y) > Double.MIN_NORMAL ? Math.sin(y) : y;
        double c = Math.abs(y) > Double.MIN_NORMAL ? Math.cos(y) : 1;
        r[0] = Math.copySign(INF, c);
        r[1] = Math.copySign(INF, s) * Math.copySign(1.0, x);
      } else if (y == 0) {
        r[0] = INF;
        r[1] = y * Math.copySign(1.0, x);
      } else {
        r[0] = INF;
        r[1] = y - y;
      }
    } else {
      r[0] = NAN;
      r[1] = y == 0 ? y : NAN;
    }
  }

  public static void sin(double x, double y, double[] r) {
    boolean negate = signbit(x);
    double ax = Math.abs(x);
    if (Double.isFinite(y)) {
      if (Double.isFinite(x)) {
        double s = ax > Double.MIN_NORMAL ? Math.sin(ax) : ax;
        double c = ax > Double.MIN_NORMAL ? Math.cos(ax) : 1;
        if (negate) {
          s = -s;
        }
        if (Math.abs(y) > T) {
          if (signbit(y)) {
            c = -c;
          }
          scaledExp(Math.abs(y), s, c, r);
        } else {
          r[0] = Math.cosh(y) * s;
          r[1] = Math.sinh(y) * c;
        }
      } else if (y == 0) {
        r[0] = ax - ax;
        r[1] = y;
      } else {
        r[0] = NAN;
        r[1] = NAN;
      }
    } else if (Double.isInfinite(y)) {
      if (x == 0) {
        r[0] = negate ? -0.0 : 0.0;
        r[1] = y;
      } else if (Double.isFinite(x)) {
        double s = ax > Double.MIN_NORMAL ? Math.sin(ax) : ax;
        double c = ax > Double.MIN_NORMAL ? Math.cos(ax) : 1;
        r[0] = negate ? -Math.copySign(INF, s) : Math.copySign(INF, s);
        r[1] = signbit(y) ? -Math.copySign(INF, c) : Math.copySign(INF, c);
      } else {
        r[0] = ax - ax;
        r[1] = INF;
      }
    } else {
      r[0] = x == 0 ? (negate ? -0.0 : 0.0) : NAN;
      r[1] = NAN;
    }
  }

  /** cos z = cosh(iz). */
  public static void cos(double x, double y, double[] r) {
    cosh(-y, x, r);
  }

  public static void tanh(double x, double y, double[] r) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isInfinite(x)) {
        r[0] = Math.copySign(1.0, x);
        r[1] = Double.isFinite(y) && Math.abs(y) > 1
            ? Math.copySign(0.0, Math.sin(y) * Math.cos(y)) : Math.copySign(0.0, y);
      } else if (y == 0) {
        r[0] = x;
        r[1] = y;
      } else {
        r[0] = x == 0 ? x : NAN;
        r[1] = NAN;
      }
      return;
    }
    double s = Math.abs(y) > Double.MIN_NORMAL ? Math.sin(y) : y;
    double c = Math.abs(y) > Double.MIN_NORMAL ? Math.cos(y) : 1;
    if (Math.abs(x) > T2) {
      // tanh ~ +-1 + i 4 sin(y)cos(y)/exp(2|x|), divided in steps to underflow gracefully
      double exp2t = Math.exp(2 * T2);
      r[0] = Math.copySign(1.0, x);
      double im = 4 * s * c / exp2t;
      double ax = Math.abs(x) - T2;
      r[1] = ax > T2 ? im / exp2t : im / Math.exp(2 * ax);
      return;
    }
    double sh = Math.abs(x) > Double.MIN_NORMAL ? Math.sinh(x) : x;
    double ch = Math.abs(x) > Double.MIN_NORMAL ? Math.cosh(x) : 1;
    double den = Math.abs(sh) > Math.abs(c) * EPS ? sh * sh + c * c : c * c;
    r[0] = sh * ch / den;
    r[1] = s * c / den;
  }

  public static void tan(double x, double y, double[] r) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isInfinite(y)) {
        r[0] = Double.isFinite(x) && Math.abs(x) > 1
            ? Math.copySign(0.0, Math.sin(x) * Math.cos(x)) : Math.copySign(0.0, x);
        r[1] = Math.copySign(1.0, y);
      } else if (x == 0) {
        r[0] = x;
        r[1] = y;
      } else {
        r[0] = NAN;
        r[1] = y == 0 ? y : NAN;
      }
      return;
    }
    double s = Math.abs(x) > Double.MIN_NORMAL ? Math.sin(x) : x;
    double c = Math.abs(x) > Double.MIN_NORMAL ? Math.cos(x) : 1;
    if (Math.abs(y) > T2) {
      double exp2t = Math.exp(2 * T2);
      r[1] = Math.copySign(1.0, y);
      double re = 4 * s * c / exp2t;
      double ay = Math.abs(y) - T2;
      r[0] = ay > T2 ? re / exp2t : re / Math.exp(2 * ay);
      return;
    }
    double sh = Math.abs(y) > Double.MIN_NORMAL ? Math.sinh(y) : y;
    double ch = Math.abs(y) > Double.MIN_NORMAL ? Math.cosh(y) : 1;
    double den = Math.abs(sh) > Math.abs(c) * EPS ? c * c + sh * sh : c * c;
    r[0] = s * c / den;
    r[1] = sh * ch / den;
  }

  // ------------------------------------------------------------------ inverse functions

  /** f(a, b, hypot(a, b)) of Hull et al., computing (hypot(a,b) - b)/2 without cancellation. */
  private static double f(double a, double b, double hypot) {
    if (b < 0) {
      return (hypot - b) / 2;
    }
    if (b == 0) {
      return a / 2;
    }
    return a * a / (hypot + b) / 2;
  }

  /**
   * The shared core of asinh/acos (Hull, Fairgrieve, Tang 1997) for x, y >= 0, into r[2..5]:
   * the real part rx, B if usable else NaN, sqrt(A^2 - y^2), and the (possibly rescaled) y.
   */
  private static void hardWork(double x, double y, double[] out) {
    double rx;
    double rr = Math.hypot(x, y + 1);
    double s = Math.hypot(x, y - 1);
    double a = (rr + s) / 2;
    if (a < 1) {
      a = 1;
    }
    if (a < A_CROSSOVER) {
      if (y == 1 && x < EPS * EPS / 128) {
        rx = Math.sqrt(x);
      } else if (x >= EPS * Math.abs(y - 1)) {
        double am1 = f(x, 1 + y, rr) + f(x, 1 - y, s);
        rx = Math.log1p(am1 + Math.sqrt(am1 * (a + 1)));
      } else if (y < 1) {
        rx = x / Math.sqrt((1 - y) * (1 + y));
      } else {
        rx = Math.log1p((y - 1) + Math.sqrt((y - 1) * (y + 1)));
      }
    } else {
      rx = Math.log(a + Math.sqrt(a * a - 1));
    }
    out[2] = rx;
    double newY = y;
    if (y < FOUR_SQRT_MIN) {
      out[3] = NAN;
      out[4] = a * (2 / EPS);
      out[5] = y * (2 / EPS);
      return;
    }
    double b = y / a;
    double sqrtA2my2 = 0;
    boolean usable = true;
    if (b > B_CROSSOVER) {
      usable = false;
      if (y == 1 && x < EPS / 128) {
        sqrtA2my2 = Math.sqrt(x) * Math.sqrt((a + y) / 2);
      } else if (x >= EPS * Math.abs(y - 1)) {
        double amy = f(x, y + 1, rr) + f(x, y - 1, s);
        sqrtA2my2 = Math.sqrt(amy * (a + y));
      } else if (y > 1) {
        sqrtA2my2 = x * (4 / EPS / EPS) * y / Math.sqrt((y + 1) * (y - 1));
        newY = y * (4 / EPS / EPS);
      } else {
        sqrtA2my2 = Math.sqrt((1 - y) * (1 + y));
      }
    }
    out[3] = usable ? b : NAN;
    out[4] = sqrtA2my2;
    out[5] = newY;
  }

  /** log(z) for |z| huge or tiny components, without overflow in |z|^2. */
  private static void logForLargeValues(double x, double y, double[] r) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (ax < ay) {
      double t = ax;
      ax = ay;
      ay = t;
    }
    if (ax > Double.MAX_VALUE / 2) {
      r[0] = Math.log(Math.hypot(x / E, y / E)) + 1;
    } else if (ax > QUARTER_SQRT_MAX || ay < SQRT_MIN) {
      r[0] = Math.log(Math.hypot(x, y));
    } else {
      r[0] = Math.log(ax * ax + ay * ay) / 2;
    }
    r[1] = Math.atan2(y, x);
  }

  private static void asinhFinite(double x, double y, double[] r) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (ax > RECIP_EPSILON || ay > RECIP_EPSILON) {
      if (x >= 0 && !(x == 0 && 1 / x < 0)) {
        logForLargeValues(x, y, r);
      } else {
        logForLargeValues(-x, -y, r);
      }
      double re = r[0] + LN2;
      double im = r[1];
      r[0] = Math.copySign(re, x);
      r[1] = Math.copySign(im, y);
      return;
    }
    if (x == 0 && y == 0) {
      r[0] = x;
      r[1] = y;
      return;
    }
    if (ax < SQRT_6_EPSILON / 4 && ay < SQRT_6_EPSILON / 4) {
      r[0] = x;
      r[1] = y;
      return;
    }
    hardWork(ax, ay, r);
    double ry = Double.isNaN(r[3]) ? Math.atan2(r[5], r[4]) : Math.asin(r[3]);
    r[0] = Math.copySign(r[2], x);
    r[1] = Math.copySign(ry, y);
  }

  private static void acosFinite(double x, double y, double[] r) {
    boolean sx = Math.copySign(1.0, x) < 0;
    boolean sy = Math.copySign(1.0, y) < 0;
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (ax > RECIP_EPSILON || ay > RECIP_EPSILON) {
      logForLargeValues(x, y, r);
      double rx = Math.abs(r[1]);
      double ry = r[0] + LN2;
      r[0] = rx;
      r[1] = sy ? ry : -ry;
      return;
    }
    if (x == 1 && y == 0) {
      r[0] = 0;
      r[1] = -y;
      return;
    }
    if (ax < SQRT_6_EPSILON / 4 && ay < SQRT_6_EPSILON / 4) {
      r[0] = PIO2_HI - (x - PIO2_LO);
      r[1] = -y;
      return;
    }
    hardWork(ay, ax, r);
    double ry = r[2];
    double rx;
    if (!Double.isNaN(r[3])) {
      rx = sx ? Math.acos(-r[3]) : Math.acos(r[3]);
    } else {
      rx = sx ? Math.atan2(r[4], -r[5]) : Math.atan2(r[4], r[5]);
    }
    r[0] = rx;
    r[1] = sy ? ry : -ry;
  }


  /** Real part of 1/(x + iy), scaled to avoid overflow and underflow in x^2 + y^2. */
  private static double realPartReciprocal(double x, double y) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    double m = Math.max(ax, ay);
    int e = Math.getExponent(m);
    double sc = Math.scalb(1.0, -e);
    double xs = x * sc;
    double ys = y * sc;
    return xs / (xs * xs + ys * ys) * sc;
  }

  private static double sumSquares(double x, double y) {
    if (y < SQRT_MIN) {
      return x * x;
    }
    return x * x + y * y;
  }

  private static void atanhFinite(double x, double y, double[] r) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (y == 0 && ax <= 1) {
      r[0] = realAtanh(x);
      r[1] = y;
      return;
    }
    if (x == 0) {
      r[0] = x;
      r[1] = Math.atan(y);
      return;
    }
    if (ax > RECIP_EPSILON || ay > RECIP_EPSILON) {
      r[0] = realPartReciprocal(x, y);
      r[1] = Math.copySign(PIO2_HI + PIO2_LO, y);
      return;
    }
    if (ax < SQRT_3_EPSILON / 2 && ay < SQRT_3_EPSILON / 2) {
      r[0] = x;
      r[1] = y;
      return;
    }
    double rx;
    double ry;
    if (ax == 1 && ay < EPS) {
      rx = (LN2 - Math.log(ay)) / 2;
    } else {
      rx = Math.log1p(4 * ax / sumSquares(ax - 1, ay)) / 4;
    }
    if (ax == 1) {
      ry = Math.atan2(2, -ay) / 2;
    } else if (ay < EPS) {
      ry = Math.atan2(2 * ay, (1 - ax) * (1 + ax)) / 2;
    } else {
      ry = Math.atan2(2 * ay, (1 - ax) * (1 + ax) - ay * ay) / 2;
    }
    r[0] = Math.copySign(rx, x);
    r[1] = Math.copySign(ry, y);
  }

  // The public inverse functions: glibc's case split for zeros, infinities and NaNs in front
  // of the finite algorithms above.

  private static final double PI_2 = Math.PI / 2;
  private static final double PI_4 = Math.PI / 4;

  public static void asinh(double x, double y, double[] r) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isInfinite(y)) {
        r[0] = Math.copySign(INF, x);
        r[1] = Double.isNaN(x) ? NAN : Math.copySign(Double.isFinite(x) ? PI_2 : PI_4, y);
      } else if (!Double.isFinite(x)) {
        r[0] = x;
        r[1] = (Double.isInfinite(x) && Double.isFinite(y)) || (Double.isNaN(x) && y == 0)
            ? Math.copySign(0.0, y) : NAN;
      } else {
        r[0] = NAN;
        r[1] = NAN;
      }
      return;
    }
    if (x == 0 && y == 0) {
      r[0] = x;
      r[1] = y;
      return;
    }
    asinhFinite(x, y, r);
  }

  /** asin z = -i asinh(iz). */
  public static void asin(double x, double y, double[] r) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      if (x == 0) {
        r[0] = x;
        r[1] = y;
      } else if (Double.isInfinite(x) || Double.isInfinite(y)) {
        r[0] = NAN;
        r[1] = Math.copySign(INF, y);
      } else {
        r[0] = NAN;
        r[1] = NAN;
      }
      return;
    }
    asinh(-y, x, r);
    double a = r[0];
    r[0] = r[1];
    r[1] = -a;
  }

  public static void acos(double x, double y, double[] r) {
    if (!Double.isFinite(x) || !Double.isFinite(y) || (x == 0 && y == 0)) {
      asin(x, y, r);
      double re = PI_2 - r[0];
      r[0] = re == 0 ? 0.0 : re;
      r[1] = -r[1];
      return;
    }
    acosFinite(x, y, r);
  }

  public static void acosh(double x, double y, double[] r) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isInfinite(y)) {
        r[0] = INF;
        r[1] = Double.isNaN(x) ? NAN
            : Math.copySign(Double.isInfinite(x) ? (x < 0 ? Math.PI - PI_4 : PI_4) : PI_2, y);
      } else if (Double.isInfinite(x)) {
        r[0] = INF;
        r[1] = Double.isFinite(y) ? Math.copySign(signbit(x) ? Math.PI : 0, y) : NAN;
      } else {
        r[0] = NAN;
        r[1] = x == 0 ? PI_2 : NAN;
      }
      return;
    }
    if (x == 0 && y == 0) {
      r[0] = 0.0;
      r[1] = Math.copySign(PI_2, y);
      return;
    }
    acosFinite(x, y, r);
    double rx = r[1];
    double ry = r[0];
    r[0] = Math.abs(rx);
    r[1] = Math.copySign(ry, y);
  }

  public static void atanh(double x, double y, double[] r) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isInfinite(y)) {
        r[0] = Math.copySign(0.0, x);
        r[1] = Math.copySign(PI_2, y);
      } else if (Double.isInfinite(x) || x == 0) {
        r[0] = Math.copySign(0.0, x);
        r[1] = Double.isFinite(y) ? Math.copySign(PI_2, y) : NAN;
      } else {
        r[0] = NAN;
        r[1] = NAN;
      }
      return;
    }
    if (x == 0 && y == 0) {
      r[0] = x;
      r[1] = y;
      return;
    }
    atanhFinite(x, y, r);
  }

  /** atan z = -i atanh(iz), computed as the swapped atanh. */
  public static void atan(double x, double y, double[] r) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isInfinite(x)) {
        r[0] = Math.copySign(PI_2, x);
        r[1] = Math.copySign(0.0, y);
      } else if (Double.isInfinite(y)) {
        r[0] = Double.isFinite(x) ? Math.copySign(PI_2, x) : NAN;
        r[1] = Math.copySign(0.0, y);
      } else if (y == 0) {
        r[0] = NAN;
        r[1] = Math.copySign(0.0, y);
      } else {
        r[0] = NAN;
        r[1] = NAN;
      }
      return;
    }
    if (x == 0 && y == 0) {
      r[0] = x;
      r[1] = y;
      return;
    }
    atanhFinite(y, x, r);
    double a = r[0];
    r[0] = r[1];
    r[1] = a;
  }

  /** (a + ib) / (c + id) by NumPy's complex divide loop (Smith's method plus its NaN rules). */
  public static void divide(double a, double b, double c, double d, double[] r) {
    double ac = Math.abs(c);
    double ad = Math.abs(d);
    boolean an = Double.isNaN(a);
    boolean bn = Double.isNaN(b);
    if (!Double.isNaN(c) && !Double.isNaN(d) && (an || bn)
        && ((((!an && Double.isInfinite(a)) || (!bn && Double.isInfinite(b))) && (c != 0 || d != 0))
            || (Double.isInfinite(c) && Double.isInfinite(d)))) {
      double nan = an ? a : b;
      r[0] = nan;
      r[1] = nan;
    } else if (ac >= ad) {
      if (ac == 0 && ad == 0) {
        if ((an && (b == 0 || bn)) || (a == 0 && bn)) {
          r[0] = an ? a : b;
          r[1] = bn ? b : a;
        } else {
          r[0] = a / ac;
          r[1] = b / ad;
        }
      } else {
        double rat = d / c;
        double scl = 1.0 / (c + d * rat);
        r[0] = (a + b * rat) * scl;
        r[1] = (b - a * rat) * scl;
      }
    } else {
      double rat = c / d;
      double scl = 1.0 / (d + c * rat);
      r[0] = (a * rat + b) * scl;
      r[1] = (b * rat - a) * scl;
    }
  }

  // ------------------------------------------------------------------ real helpers

  /** atanh for real x (fdlibm's method), accurate near 0 and near +-1. */
  public static double realAtanh(double x) {
    double ax = Math.abs(x);
    if (ax > 1 || x != x) {
      return NAN;
    }
    if (ax == 1) {
      return Math.copySign(INF, x);
    }
    if (ax < 0x1p-28) {
      return x;
    }
    double t;
    if (ax < 0.5) {
      t = ax + ax;
      t = 0.5 * Math.log1p(t + t * ax / (1 - ax));
    } else {
      t = 0.5 * Math.log1p((ax + ax) / (1 - ax));
    }
    return Math.copySign(t, x);
  }

  /** asinh for real x (fdlibm's method). */
  public static double realAsinh(double x) {
    double ax = Math.abs(x);
    if (!Double.isFinite(x)) {
      return x + x;
    }
    if (ax < 0x1p-28) {
      return x;
    }
    double w;
    if (ax > 0x1p28) {
      w = Math.log(ax) + LN2;
    } else if (ax > 2) {
      w = Math.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
    } else {
      double t = x * x;
      w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
    }
    return Math.copySign(w, x);
  }

  /** acosh for real x (fdlibm's method). */
  public static double realAcosh(double x) {
    if (x < 1 || x != x) {
      return NAN;
    }
    if (x >= 0x1p28) {
      return x == INF ? x : Math.log(x) + LN2;
    }
    if (x == 1) {
      return 0;
    }
    if (x > 2) {
      return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
    }
    double t = x - 1;
    return Math.log1p(t + Math.sqrt(2 * t + t * t));
  }

  private static final double INV_LN2 = 1.4426950408889634;

  /** log2 for real x: exact at powers of two, accurate near 1. */
  public static double realLog2(double x) {
    if (!(x > 0) || x == INF) {
      return x == 0 ? Double.NEGATIVE_INFINITY : x == INF ? x : NAN;
    }
    int e = Math.getExponent(x);
    double m;
    if (e == Double.MIN_EXPONENT - 1) {
      // subnormal: normalise first
      x *= 0x1p54;
      e = Math.getExponent(x) - 54;
      m = Math.scalb(x, -(e + 54));
    } else {
      m = Math.scalb(x, -e);
    }
    if (m > 1.4142135623730951) {
      m *= 0.5;
      e += 1;
    }
    // m in (sqrt(1/2), sqrt(2)]: m - 1 is exact.
    double l = Math.log1p(m - 1);
    double hi = l * INV_LN2;
    double lo = Math.fma(l, INV_LN2, -hi) + l * 2.0355273740931032e-17;
    return e + (hi + lo);
  }
}

package dev.numbat.random;

import static dev.numbat.random.ZigguratTables.*;

/**
 * NumPy's {@code distributions.c} (the algorithms behind {@code Generator}, and the integer ones
 * {@code RandomState} shares), step for step so the streams match bit for bit: same draws, same
 * order of floating-point operations. Transcendentals go through {@link LibM}.
 */
final class Distributions {
  private Distributions() {}

  // ------------------------------------------------------------------ ziggurat normal / exponential

  static double standardNormal(BitGenerator g) {
    for (;;) {
      long r = g.nextUint64();
      int idx = (int) (r & 0xff);
      r >>>= 8;
      boolean negative = (r & 1) != 0;
      long rabs = (r >>> 1) & 0x000fffffffffffffL;
      double x = rabs * WI_DOUBLE[idx];
      if (negative) {
        x = -x;
      }
      if (rabs < KI_DOUBLE[idx]) {
        return x;
      }
      if (idx == 0) {
        for (;;) {
          double xx = -NOR_INV_R * LibM.log(1.0 - g.nextDouble());
          double yy = -LibM.log(1.0 - g.nextDouble());
          if (yy + yy > xx * xx) {
            return ((rabs >>> 8) & 1) != 0 ? -(NOR_R + xx) : NOR_R + xx;
          }
        }
      } else if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * g.nextDouble() + FI_DOUBLE[idx] < LibM.exp(-0.5 * x * x)) {
        return x;
      }
    }
  }

  static float standardNormalF(BitGenerator g) {
    for (;;) {
      int r = g.nextUint32();
      int idx = r & 0xff;
      boolean negative = ((r >>> 8) & 1) != 0;
      int rabs = (r >>> 9) & 0x0007fffff;
      float x = rabs * WI_FLOAT[idx];
      if (negative) {
        x = -x;
      }
      if (rabs < KI_FLOAT[idx]) {
        return x;
      }
      if (idx == 0) {
        for (;;) {
          float xx = -NOR_INV_R_F * LibM.logf(1.0f - g.nextFloat());
          float yy = -LibM.logf(1.0f - g.nextFloat());
          if (yy + yy > xx * xx) {
            return ((rabs >>> 8) & 1) != 0 ? -(NOR_R_F + xx) : NOR_R_F + xx;
          }
        }
      } else if ((FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * g.nextFloat() + FI_FLOAT[idx] < LibM.exp(-0.5 * x * x)) {
        // NumPy compares in double here: exp(-0.5 * x * x) with x promoted
        return x;
      }
    }
  }

  static double standardExponential(BitGenerator g) {
    for (;;) {
      long ri = g.nextUint64();
      ri >>>= 3;
      int idx = (int) (ri & 0xff);
      ri >>>= 8;
      double x = ri * WE_DOUBLE[idx];
      if (ri < KE_DOUBLE[idx]) {
        return x;
      }
      if (idx == 0) {
        return EXP_R - LibM.log(1.0 - g.nextDouble());
      }
      if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * g.nextDouble() + FE_DOUBLE[idx] < LibM.exp(-x)) {
        return x;
      }
    }
  }

  static float standardExponentialF(BitGenerator g) {
    for (;;) {
      int ri = g.nextUint32();
      ri >>>= 1;
      int idx = ri & 0xff;
      ri >>>= 8;
      float x = ri * WE_FLOAT[idx];
      if (ri < KE_FLOAT[idx]) {
        return x;
      }
      if (idx == 0) {
        return EXP_R_F - LibM.logf(1.0f - g.nextFloat());
      }
      if ((FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * g.nextFloat() + FE_FLOAT[idx] < LibM.expf(-x)) {
        return x;
      }
    }
  }

  // ------------------------------------------------------------------ gamma, beta

  static double standardGamma(BitGenerator g, double shape) {
    if (shape == 1.0) {
      return standardExponential(g);
    } else if (shape == 0.0) {
      return 0.0;
    } else if (shape < 1.0) {
      for (;;) {
        double u = g.nextDouble();
        double v = standardExponential(g);
        if (u <= 1.0 - shape) {
          double x = LibM.pow(u, 1. / shape);
          if (x <= v) {
            return x;
          }
        } else {
          double y = -LibM.log((1 - u) / shape);
          double x = LibM.pow(1.0 - shape + shape * y, 1. / shape);
          if (x <= v + y) {
            return x;
          }
        }
      }
    }
    double b = shape - 1. / 3.;
    double c = 1. / Math.sqrt(9 * b);
    for (;;) {
      double x;
      double v;
      do {
        x = standardNormal(g);
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      double u = g.nextDouble();
      if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
        return b * v;
      }
      if (LibM.log(u) < 0.5 * x * x + b * (1. - v + LibM.log(v))) {
        return b * v;
      }
    }
  }

  /** NumPy 2's {@code random_beta}: Johnk's algorithm rejects X + Y == 0 (NumPy 1.x took logs there). */
  static double beta(BitGenerator g, double a, double b) {
    if (a <= 1.0 && b <= 1.0) {
      for (;;) {
        double u = g.nextDouble();
        double v = g.nextDouble();
        double x = LibM.pow(u, 1.0 / a);
        double y = LibM.pow(v, 1.0 / b);
        double xpy = x + y;
        if (xpy <= 1.0 && xpy > 0.0) {
          return x / xpy;
        }
      }
    }
    double ga = standardGamma(g, a);
    double gb = standardGamma(g, b);
    return ga / (ga + gb);
  }

  // ------------------------------------------------------------------ poisson

  static long poisson(BitGenerator g, double lam) {
    if (lam >= 10) {
      return poissonPtrs(g, lam);
    } else if (lam == 0) {
      return 0;
    }
    double enlam = LibM.exp(-lam);
    long x = 0;
    double prod = 1.0;
    for (;;) {
      prod *= g.nextDouble();
      if (prod > enlam) {
        x += 1;
      } else {
        return x;
      }
    }
  }

  /** Hoermann's transformed rejection (PTRS), NumPy's {@code random_poisson_ptrs}. */
  private static long poissonPtrs(BitGenerator g, double lam) {
    double slam = Math.sqrt(lam);
    double loglam = LibM.log(lam);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      double u = g.nextDouble() - 0.5;
      double v = g.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if ((LibM.log(v) + LibM.log(invalpha) - LibM.log(a / (us * us) + b))
          <= (-lam + k * loglam - loggam(k + 1))) {
        return k;
      }
    }
  }

  /** log-gamma from SPECFUN (Zhang and Jin), NumPy's {@code random_loggam}. */
  static double loggam(double x) {
    final double[] a = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
        -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03,
        -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};
    double x0 = x;
    long n = 0;
    if (x == 1.0 || x == 2.0) {
      return 0.0;
    } else if (x <= 7.0) {
      n = (long) (7 - x);
      x0 = x + n;
    }
    double x2 = 1.0 / (x0 * x0);
    double xp = 2 * Math.PI;
    double gl0 = a[9];
    for (int k = 8; k >= 0; k--) {
      gl0 *= x2;
      gl0 += a[k];
    }
    double gl = gl0 / x0 + 0.5 * LibM.log(xp) + (x0 - 0.5) * LibM.log(x0) - x0;
    if (x <= 7.0) {
      for (long k = 1; k <= n; k++) {
        gl -= LibM.log(x0 - 1.0);
        x0 -= 1.0;
      }
    }
    return gl;
  }

  // ------------------------------------------------------------------ binomial

  /** NumPy's {@code random_binomial} (Generator): 0 without a draw when n == 0 or p == 0. */
  static long binomial(BitGenerator g, double p, long n, BinomialState s) {
    if (n == 0 || p == 0.0) {
      return 0;
    }
    return binomialNoShortcut(g, p, n, s);
  }

  /** {@code legacy_random_binomial}: RandomState's version, which draws even when n == 0 or p == 0. */
  static long binomialNoShortcut(BitGenerator g, double p, long n, BinomialState s) {
    if (p <= 0.5) {
      return p * n <= 30.0 ? binomialInversion(g, n, p, s) : binomialBtpe(g, n, p, s);
    }
    double q = 1.0 - p;
    return q * n <= 30.0 ? n - binomialInversion(g, n, q, s) : n - binomialBtpe(g, n, q, s);
  }

  /** The per-(n, p) set-up NumPy caches in {@code binomial_t}. */
  static final class BinomialState {
    boolean has;
    long nsave;
    double psave;
    double r;
    double q;
    double fm;
    long m;
    double p1;
    double xm;
    double xl;
    double xr;
    double c;
    double laml;
    double lamr;
    double p2;
    double p3;
    double p4;
  }

  private static long binomialInversion(BitGenerator g, long n, double p, BinomialState s) {
    if (!s.has || s.nsave != n || s.psave != p) {
      s.nsave = n;
      s.psave = p;
      s.has = true;
      s.q = 1.0 - p;
      s.r = LibM.exp(n * LibM.log(s.q));
      s.c = n * p;
      s.m = (long) Math.min((double) n, s.c + 10.0 * Math.sqrt(s.c * s.q + 1));
    }
    double q = s.q;
    double qn = s.r;
    long bound = s.m;
    long x = 0;
    double px = qn;
    double u = g.nextDouble();
    while (u > px) {
      x++;
      if (x > bound) {
        x = 0;
        px = qn;
        u = g.nextDouble();
      } else {
        u -= px;
        px = ((n - x + 1) * p * px) / (x * q);
      }
    }
    return x;
  }

  private static long binomialBtpe(BitGenerator g, long n, double p, BinomialState s) {
    if (!s.has || s.nsave != n || s.psave != p) {
      s.nsave = n;
      s.psave = p;
      s.has = true;
      s.r = Math.min(p, 1.0 - p);
      s.q = 1.0 - s.r;
      s.fm = n * s.r + s.r;
      s.m = (long) Math.floor(s.fm);
      s.p1 = Math.floor(2.195 * Math.sqrt(n * s.r * s.q) - 4.6 * s.q) + 0.5;
      s.xm = s.m + 0.5;
      s.xl = s.xm - s.p1;
      s.xr = s.xm + s.p1;
      s.c = 0.134 + 20.5 / (15.3 + s.m);
      double a = (s.fm - s.xl) / (s.fm - s.xl * s.r);
      s.laml = a * (1.0 + a / 2.0);
      a = (s.xr - s.fm) / (s.xr * s.q);
      s.lamr = a * (1.0 + a / 2.0);
      s.p2 = s.p1 * (1.0 + 2.0 * s.c);
      s.p3 = s.p2 + s.c / s.laml;
      s.p4 = s.p3 + s.c / s.lamr;
    }
    final double r = s.r;
    final double q = s.q;
    final long m = s.m;
    final double p1 = s.p1;
    final double xm = s.xm;
    final double xl = s.xl;
    final double xr = s.xr;
    final double c = s.c;
    final double laml = s.laml;
    final double lamr = s.lamr;
    final double p2 = s.p2;
    final double p3 = s.p3;
    final double p4 = s.p4;
    long y;
    for (;;) {
      // Step 10
      double nrq = n * r * q;
      double u = g.nextDouble() * p4;
      double v = g.nextDouble();
      if (u <= p1) {
        y = (long) Math.floor(xm - p1 * v + u);
        break;
      }
      if (u <= p2) {
        // Step 20
        double x = xl + (u - p1) / c;
        v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
        if (v > 1.0) {
          continue;
        }
        y = (long) Math.floor(x);
      } else if (u <= p3) {
        // Step 30
        y = (long) Math.floor(xl + LibM.log(v) / laml);
        if (y < 0 || v == 0.0) {
          continue;
        }
        v = v * (u - p2) * laml;
      } else {
        // Step 40
        y = (long) Math.floor(xr - LibM.log(v) / lamr);
        if (y > n || v == 0.0) {
          continue;
        }
        v = v * (u - p3) * lamr;
      }
      // Step 50
      long k = Math.abs(y - m);
      if (!(k > 20 && k < nrq / 2.0 - 1)) {
        double sr = r / q;
        double a = sr * (n + 1);
        double f = 1.0;
        if (m < y) {
          for (long i = m + 1; i <= y; i++) {
            f *= a / i - sr;
          }
        } else if (m > y) {
          for (long i = y + 1; i <= m; i++) {
            f /= a / i - sr;
          }
        }
        if (v > f) {
          continue;
        }
        break;
      }
      // Step 52
      double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
      double t = -k * k / (2 * nrq);
      double bigA = LibM.log(v);
      if (bigA < t - rho) {
        break;
      }
      if (bigA > t + rho) {
        continue;
      }
      double x1 = y + 1;
      double f1 = m + 1;
      double z = n + 1 - m;
      double w = n - y + 1;
      double x2 = x1 * x1;
      double f2 = f1 * f1;
      double z2 = z * z;
      double w2 = w * w;
      if (bigA > (xm * LibM.log(f1 / x1) + (n - m + 0.5) * LibM.log(z / w) + (y - m) * LibM.log(w * r / (x1 * q))
          + (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320.
          + (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320.
          + (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320.
          + (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.)) {
        continue;
      }
      break;
    }
    // Step 60
    if (p > 0.5) {
      y = n - y;
    }
    return y;
  }

  // ------------------------------------------------------------------ intervals

  /** NumPy's {@code random_interval}: masked rejection in [0, max], 32-bit draws while max fits. */
  static long interval(BitGenerator g, long max) {
    if (max == 0) {
      return 0;
    }
    long mask = BoundedIntegers.mask(max);
    long value;
    if (Long.compareUnsigned(max, 0xffffffffL) <= 0) {
      while ((value = g.nextUint32() & 0xffffffffL & mask) > max) {
        // reject
      }
    } else {
      while (Long.compareUnsigned(value = g.nextUint64() & mask, max) > 0) {
        // reject
      }
    }
    return value;
  }
}

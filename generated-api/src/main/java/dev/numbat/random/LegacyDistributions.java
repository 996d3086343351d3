package dev.numbat.random;

/**
 * NumPy's {@code legacy-distributions.c}: the RandomState algorithms that Generator replaced,
 * kept step for step. Holds the polar Box-Muller pair's cached second value ({@code has_gauss}),
 * which {@link RandomState#seed} clears.
 */
final class LegacyDistributions {
  private final BitGenerator g;
  private boolean hasGauss;
  private double gauss;

  LegacyDistributions(BitGenerator g) {
    this.g = g;
  }

  void resetGauss() {
    hasGauss = false;
    gauss = 0.0;
  }

  /** Polar Box-Muller: two uniforms in the unit disc give two normals; the second is kept for the next call. */
  double gauss() {
    if (hasGauss) {
      double t = gauss;
      hasGauss = false;
      gauss = 0.0;
      return t;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * g.nextDouble() - 1.0;
      x2 = 2.0 * g.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = Math.sqrt(-2.0 * LibM.log(r2) / r2);
    gauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  double standardExponential() {
    return -LibM.log(1.0 - g.nextDouble());
  }

  double standardGamma(double shape) {
    if (shape == 1.0) {
      return standardExponential();
    } else if (shape == 0.0) {
      return 0.0;
    } else if (shape < 1.0) {
      for (;;) {
        double u = g.nextDouble();
        double v = standardExponential();
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
        x = gauss();
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

  /** Johnk's algorithm for a, b <= 1 (logs when X + Y underflows to 0), else a ratio of gammas. */
  double beta(double a, double b) {
    if (a <= 1.0 && b <= 1.0) {
      for (;;) {
        double u = g.nextDouble();
        double v = g.nextDouble();
        double x = LibM.pow(u, 1.0 / a);
        double y = LibM.pow(v, 1.0 / b);
        if (x + y <= 1.0) {
          if (x + y > 0) {
            return x / (x + y);
          }
          double logX = LibM.log(u) / a;
          double logY = LibM.log(v) / b;
          double logM = logX > logY ? logX : logY;
          logX -= logM;
          logY -= logM;
          return LibM.exp(logX - LibM.log(LibM.exp(logX) + LibM.exp(logY)));
        }
      }
    }
    double ga = standardGamma(a);
    double gb = standardGamma(b);
    return ga / (ga + gb);
  }
}

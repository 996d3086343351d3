package dev.numbat.backend.cpu;

/**
 * NumPy's {@code arrayprint.FloatingFormat} with the default options (precision 8, floatmode
 * 'maxprec', suppress False): one formatter for all displayed elements of an array, so that they
 * share notation (positional or scientific) and padding.
 */
final class FloatingFormat {
  /**
   * NumPy 2's {@code exp_cutoff_max}, {@code 10 ** min(8, finfo(dtype).precision)}, by kind (F16,
   * BF16, F32, F64): 1e3 for float16, 1e6 for float32, 1e8 for float64 (NumPy 1.x: 1e8 for all).
   * bfloat16 is not NumPy's; it keeps 1e8, Numbat's own convention.
   */
  private static final double[] EXP_CUTOFF_MAX = {1.e3, 1.e8, 1.e6, 1.e8};

  private static final int PRECISION = 8;

  private final int kind;
  private final boolean signPlus;
  private boolean expFormat;
  private int precision = PRECISION;
  private int minDigits;
  private FloatFormat.Trim trim;
  private int padLeft;
  private int padRight;
  private int expSize;

  /**
   * @param bits raw bits of the displayed values
   * @param n how many of {@code bits} are used
   * @param signPlus NumPy's {@code sign='+'} (used for the imaginary parts of complex numbers)
   */
  FloatingFormat(int kind, long[] bits, int n, boolean signPlus) {
    this.kind = kind;
    this.signPlus = signPlus;
    fillFormat(bits, n);
  }

  private void fillFormat(long[] bits, int n) {
    int finite = 0;
    double maxVal = 0;
    double minVal = Double.POSITIVE_INFINITY;
    boolean anyNonZero = false;
    boolean negInf = false;
    for (int i = 0; i < n; i++) {
      long b = bits[i];
      if (!FloatFormat.isFinite(b, kind)) {
        if (!FloatFormat.isNaN(b, kind) && FloatFormat.signBit(b, kind)) {
          negInf = true;
        }
        continue;
      }
      finite++;
      double a = Math.abs(FloatFormat.toDouble(b, kind));
      if (a != 0) {
        anyNonZero = true;
        maxVal = Math.max(maxVal, a);
        minVal = Math.min(minVal, a);
      }
    }
    if (anyNonZero) {
      // NumPy compares np.max/np.min (scalars of the array's dtype) with Python floats, which
      // NEP 50 converts to that dtype, and divides in that dtype (float16 ratios round to half).
      double ratio = kind == FloatFormat.F64 ? maxVal / minVal
          : FloatFormat.roundTo((float) maxVal / (float) minVal, kind);
      expFormat = maxVal >= FloatFormat.roundTo(EXP_CUTOFF_MAX[kind], kind)
          || minVal < FloatFormat.roundTo(0.0001, kind)
          || ratio > 1000.;
    }

    if (finite == 0) {
      padLeft = 0;
      padRight = 0;
      trim = FloatFormat.Trim.ZEROS;
      expSize = -1;
      minDigits = -1;
    } else if (expFormat) {
      int maxInt = 0;
      int maxFrac = 0;
      int maxExp = 0;
      for (int i = 0; i < n; i++) {
        long b = bits[i];
        if (!FloatFormat.isFinite(b, kind)) {
          continue;
        }
        String s = FloatFormat.scientific(b, kind, precision, -1, FloatFormat.Trim.ZEROS, signPlus, -1, -1);
        int e = s.indexOf('e');
        int dot = s.indexOf('.');
        maxInt = Math.max(maxInt, dot);
        maxFrac = Math.max(maxFrac, e - dot - 1);
        maxExp = Math.max(maxExp, s.length() - e - 1);
      }
      expSize = maxExp - 1;
      trim = FloatFormat.Trim.NONE;
      precision = maxFrac;
      minDigits = maxFrac;
      padLeft = maxInt;
      padRight = expSize + 2 + precision;
    } else {
      int maxInt = 0;
      int maxFrac = 0;
      for (int i = 0; i < n; i++) {
        long b = bits[i];
        if (!FloatFormat.isFinite(b, kind)) {
          continue;
        }
        String s = FloatFormat.positional(b, kind, precision, -1, true, FloatFormat.Trim.ZEROS, signPlus, -1, -1);
        int dot = s.indexOf('.');
        maxInt = Math.max(maxInt, dot);
        maxFrac = Math.max(maxFrac, s.length() - dot - 1);
      }
      padLeft = maxInt;
      padRight = maxFrac;
      expSize = -1;
      trim = FloatFormat.Trim.ZEROS;
      minDigits = 0;
    }

    if (finite != n) {
      boolean neg = signPlus || negInf;
      int nanLen = 3;
      int infLen = 3 + (neg ? 1 : 0);
      int offset = padRight + 1;
      padLeft = Math.max(padLeft, Math.max(nanLen - offset, infLen - offset));
    }
  }

  String format(long b) {
    if (!FloatFormat.isFinite(b, kind)) {
      String ret;
      if (FloatFormat.isNaN(b, kind)) {
        ret = signPlus ? "+nan" : "nan";
      } else {
        ret = FloatFormat.signBit(b, kind) ? "-inf" : signPlus ? "+inf" : "inf";
      }
      int pad = padLeft + padRight + 1 - ret.length();
      return pad > 0 ? " ".repeat(pad) + ret : ret;
    }
    if (expFormat) {
      return FloatFormat.scientific(b, kind, precision, minDigits, trim, signPlus, padLeft, expSize);
    }
    return FloatFormat.positional(b, kind, precision, minDigits, true, trim, signPlus, padLeft, padRight);
  }
}

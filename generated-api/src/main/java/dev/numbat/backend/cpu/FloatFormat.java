package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.kernels.cpu.Half;
import java.math.BigInteger;

/**
 * NumPy's Dragon4 float printing ({@code numpy/core/src/multiarray/dragon4.c}: {@code
 * format_float_positional} / {@code format_float_scientific} in unique-digit mode) for binary16,
 * bfloat16, binary32 and binary64 values given as raw bits. Digits are shortest-unique in the
 * value's own precision (float16 0.1 prints 0.1), optionally cut off at a precision and padded to a
 * minimum digit count, rounding half-to-even on the exact binary value as NumPy does.
 */
public final class FloatFormat {
  private FloatFormat() {}

  /** Float kinds, indexing the bit-layout tables. */
  public static final int F16 = 0;
  public static final int BF16 = 1;
  public static final int F32 = 2;
  public static final int F64 = 3;

  private static final int[] MANT_BITS = {10, 7, 23, 52};
  private static final int[] EXP_BITS = {5, 8, 8, 11};
  private static final int[] BIAS = {15, 127, 127, 1023};

  /** NumPy's trim modes: 'k', '.', '0', '-'. */
  public enum Trim { NONE, ZEROS, LEAVE_ONE_ZERO, DPT_ZEROS }

  private static final double LOG10_2 = 0.30102999566398119521373889472449;
  /** Dragon4's default digit budget (NumPy's repr buffer); unique digits never get near it. */
  private static final int BUFFER_SIZE = 16384;

  /** The kind for a real float dtype, or the part type of a complex one. */
  public static int kindOf(DType d) {
    return switch (d.realType().ordinal()) {
      case 9 -> F16;
      case 10 -> BF16;
      case 11 -> F32;
      case 12 -> F64;
      default -> throw new IllegalArgumentException("not a float dtype: " + d);
    };
  }

  /** Raw bits of the element at storage index {@code i} (the imaginary part when {@code imag}). */
  public static long bits(Object data, DType d, int i, boolean imag) {
    return switch (d.ordinal()) {
      case 9, 10 -> ((short[]) data)[i] & 0xFFFFL;
      case 11 -> Float.floatToRawIntBits(((float[]) data)[i]) & 0xFFFFFFFFL;
      case 12 -> Double.doubleToRawLongBits(((double[]) data)[i]);
      case 13 -> Float.floatToRawIntBits(((float[]) data)[2 * i + (imag ? 1 : 0)]) & 0xFFFFFFFFL;
      case 14 -> Double.doubleToRawLongBits(((double[]) data)[2 * i + (imag ? 1 : 0)]);
      default -> throw new IllegalArgumentException("not a float dtype: " + d);
    };
  }

  public static long bitsOf(double v, int kind) {
    return switch (kind) {
      case F16 -> Half.doubleToF16(v) & 0xFFFFL;
      case BF16 -> Half.floatToBf16((float) v) & 0xFFFFL;
      case F32 -> Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL;
      default -> Double.doubleToRawLongBits(v);
    };
  }

  /** The exact value as a double (every kind widens exactly). */
  public static double toDouble(long bits, int kind) {
    return switch (kind) {
      case F16 -> Half.f16ToFloat((short) bits);
      case BF16 -> Half.bf16ToFloat((short) bits);
      case F32 -> Float.intBitsToFloat((int) bits);
      default -> Double.longBitsToDouble(bits);
    };
  }

  /** Rounds a double to the kind's precision (as that dtype's arithmetic result would be). */
  public static double roundTo(double v, int kind) {
    return kind == F64 ? v : toDouble(bitsOf(v, kind), kind);
  }

  private static int expField(long bits, int kind) {
    return (int) ((bits >>> MANT_BITS[kind]) & ((1 << EXP_BITS[kind]) - 1));
  }

  private static long mantField(long bits, int kind) {
    return bits & ((1L << MANT_BITS[kind]) - 1);
  }

  public static boolean signBit(long bits, int kind) {
    return ((bits >>> (MANT_BITS[kind] + EXP_BITS[kind])) & 1) != 0;
  }

  public static boolean isFinite(long bits, int kind) {
    return expField(bits, kind) != (1 << EXP_BITS[kind]) - 1;
  }

  public static boolean isNaN(long bits, int kind) {
    return !isFinite(bits, kind) && mantField(bits, kind) != 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Python-level entry points (numpy.core.multiarray.dragon4_positional / dragon4_scientific with
  // unique=True). Negative precision / minDigits / pads mean "none", as in NumPy.

  /** {@code dragon4_positional(x, precision, unique=True, fractional, trim, sign, pad_left, pad_right, min_digits)}. */
  public static String positional(long bits, int kind, int precision, int minDigits, boolean fractional,
      Trim trim, boolean sign, int padLeft, int padRight) {
    StringBuilder b = new StringBuilder(24);
    char signChar = signBit(bits, kind) ? '-' : sign ? '+' : 0;
    if (!isFinite(bits, kind)) {
      return infNan(bits, kind, signChar);
    }
    Decomposed v = decompose(bits, kind);
    formatPositional(b, v, signChar, fractional, precision, minDigits, trim, padLeft, padRight);
    return b.toString();
  }

  /** {@code dragon4_scientific(x, precision, unique=True, trim, sign, pad_left, exp_digits, min_digits)}. */
  public static String scientific(long bits, int kind, int precision, int minDigits, Trim trim,
      boolean sign, int padLeft, int expDigits) {
    StringBuilder b = new StringBuilder(24);
    char signChar = signBit(bits, kind) ? '-' : sign ? '+' : 0;
    if (!isFinite(bits, kind)) {
      return infNan(bits, kind, signChar);
    }
    Decomposed v = decompose(bits, kind);
    formatScientific(b, v, signChar, precision, minDigits, trim, padLeft, expDigits);
    return b.toString();
  }

  /**
   * {@code str()} of a NumPy float scalar: positional for 0 and 1e-4 <= |x| < the dtype's cutoff
   * ("1.0", "0.0001"), else scientific without trailing ".": "1e+16", "1.5e-05".
   */
  public static String scalarStr(long bits, int kind) {
    return either(bits, kind, Trim.LEAVE_ONE_ZERO, Trim.DPT_ZEROS, false);
  }

  /**
   * Where scalar printing turns scientific, by kind (F16, BF16, F32, F64): NumPy 2 prints float16
   * from 1e3 and float32 from 1e6 in scientific notation ({@code str(np.float16(1000))} is
   * "1e+03", {@code str(np.float32(1e6))} "1e+06"; NumPy 1.x used 1e16 for all), float64 from
   * 1e16. bfloat16 is not NumPy's; it keeps 1e16, Numbat's own convention.
   */
  private static final double[] SCALAR_SCI_CUTOFF = {1.e3, 1.e16, 1.e6, 1.e16};

  /** NumPy's {@code <type>type_str_either}: the positional/scientific switch of scalar printing. */
  static String either(long bits, int kind, Trim trimPos, Trim trimSci, boolean sign) {
    if (!isFinite(bits, kind)) {
      return infNan(bits, kind, signBit(bits, kind) ? '-' : sign ? '+' : 0);
    }
    double abs = Math.abs(toDouble(bits, kind));
    if (abs == 0 || (1.e-4 <= abs && abs < SCALAR_SCI_CUTOFF[kind])) {
      return positional(bits, kind, -1, -1, true, trimPos, sign, -1, -1);
    }
    return scientific(bits, kind, -1, -1, trimSci, sign, -1, -1);
  }

  private static String infNan(long bits, int kind, char signChar) {
    if (isNaN(bits, kind)) {
      return "nan";
    }
    return signChar == 0 ? "inf" : signChar + "inf";
  }

  // ---------------------------------------------------------------------------------------------
  // Port of dragon4.c. Only the unique digit mode is needed for NumPy's default print options.

  private record Decomposed(long mantissa, int exponent, int mantissaBit, boolean unequalMargins) {}

  private static Decomposed decompose(long bits, int kind) {
    int mb = MANT_BITS[kind];
    int e = expField(bits, kind);
    long f = mantField(bits, kind);
    if (e != 0) {
      return new Decomposed((1L << mb) | f, e - BIAS[kind] - mb, mb, e != 1 && f == 0);
    }
    int bit = f == 0 ? 0 : 63 - Long.numberOfLeadingZeros(f);
    return new Decomposed(f, 1 - BIAS[kind] - mb, bit, false);
  }

  /** Digits (no trailing zeros unless forced) and the decimal exponent of the first one. */
  private static final class Digits {
    final StringBuilder d = new StringBuilder(24);
    int exponent;
  }

  /**
   * Dragon4 in unique mode: the shortest digits identifying the value among its neighbours, but at
   * least down to decimal exponent {@code cutoffMin} digits and at most {@code cutoffMax} digits
   * (counted after the point when {@code !totalLength}, in total otherwise); -1 = no limit.
   */
  private static Digits dragon4(Decomposed v, boolean totalLength, int cutoffMax, int cutoffMin) {
    Digits out = new Digits();
    if (v.mantissa == 0) {
      out.d.append('0');
      out.exponent = 0;
      return out;
    }
    boolean isEven = (v.mantissa & 1) == 0;
    BigInteger m = BigInteger.valueOf(v.mantissa);
    BigInteger scale;
    BigInteger value;
    BigInteger marginLow;
    int exponent = v.exponent;
    if (v.unequalMargins) {
      if (exponent > 0) {
        value = m.shiftLeft(exponent + 2);
        scale = BigInteger.valueOf(4);
        marginLow = BigInteger.ONE.shiftLeft(exponent);
      } else {
        value = m.shiftLeft(2);
        scale = BigInteger.ONE.shiftLeft(-exponent + 2);
        marginLow = BigInteger.ONE;
      }
    } else {
      if (exponent > 0) {
        value = m.shiftLeft(exponent + 1);
        scale = BigInteger.TWO;
        marginLow = BigInteger.ONE.shiftLeft(exponent);
      } else {
        value = m.shiftLeft(1);
        scale = BigInteger.ONE.shiftLeft(-exponent + 1);
        marginLow = BigInteger.ONE;
      }
    }
    int digitExponent = (int) Math.ceil((double) (v.mantissaBit + exponent) * LOG10_2 - 0.69);
    if (cutoffMax >= 0 && !totalLength && digitExponent <= -cutoffMax) {
      digitExponent = -cutoffMax + 1;
    }
    if (digitExponent > 0) {
      scale = scale.multiply(BigInteger.TEN.pow(digitExponent));
    } else if (digitExponent < 0) {
      BigInteger p = BigInteger.TEN.pow(-digitExponent);
      value = value.multiply(p);
      marginLow = marginLow.multiply(p);
    }
    if (value.compareTo(scale) >= 0) {
      digitExponent++;
    } else {
      value = value.multiply(BigInteger.TEN);
      marginLow = marginLow.multiply(BigInteger.TEN);
    }

    int cutoffMaxExp = digitExponent - BUFFER_SIZE;
    if (cutoffMax >= 0) {
      int desired = totalLength ? digitExponent - cutoffMax : -cutoffMax;
      if (desired > cutoffMaxExp) {
        cutoffMaxExp = desired;
      }
    }
    int cutoffMinExp = digitExponent;
    if (cutoffMin >= 0) {
      int desired = totalLength ? digitExponent - cutoffMin : -cutoffMin;
      if (desired < cutoffMinExp) {
        cutoffMinExp = desired;
      }
    }
    out.exponent = digitExponent - 1;

    int outputDigit;
    boolean low;
    boolean high;
    for (;;) {
      digitExponent--;
      BigInteger[] qr = value.divideAndRemainder(scale);
      outputDigit = qr[0].intValue();
      value = qr[1];
      BigInteger marginHigh = v.unequalMargins ? marginLow.shiftLeft(1) : marginLow;
      int cmp = value.compareTo(marginLow);
      low = isEven ? cmp <= 0 : cmp < 0;
      cmp = value.add(marginHigh).compareTo(scale);
      high = isEven ? cmp >= 0 : cmp > 0;
      if (((low || high) && digitExponent <= cutoffMinExp) || digitExponent == cutoffMaxExp) {
        break;
      }
      out.d.append((char) ('0' + outputDigit));
      value = value.multiply(BigInteger.TEN);
      marginLow = marginLow.multiply(BigInteger.TEN);
    }

    boolean roundDown = low;
    if (low == high) {
      int compare = value.shiftLeft(1).compareTo(scale);
      roundDown = compare < 0;
      if (compare == 0) {
        roundDown = (outputDigit & 1) == 0;
      }
    }
    StringBuilder d = out.d;
    if (roundDown) {
      d.append((char) ('0' + outputDigit));
    } else if (outputDigit == 9) {
      // Carry into the earlier digits; trailing 9s become (dropped) zeros.
      for (;;) {
        if (d.isEmpty()) {
          d.append('1');
          out.exponent++;
          break;
        }
        char c = d.charAt(d.length() - 1);
        d.setLength(d.length() - 1);
        if (c != '9') {
          d.append((char) (c + 1));
          break;
        }
      }
    } else {
      d.append((char) ('0' + outputDigit + 1));
    }
    return out;
  }

  private static void formatPositional(StringBuilder b, Decomposed v, char signChar,
      boolean fractional, int precision, int minDigits, Trim trim, int digitsLeft, int digitsRight) {
    int hasSign = 0;
    if (signChar != 0) {
      b.append(signChar);
      hasSign = 1;
    }
    Digits dg = dragon4(v, !fractional, precision, minDigits);
    String digits = dg.d.toString();
    int printExponent = dg.exponent;
    int numDigits = digits.length();
    int numWholeDigits;
    int numFractionDigits = 0;
    if (printExponent >= 0) {
      numWholeDigits = printExponent + 1;
      if (numDigits <= numWholeDigits) {
        b.append(digits);
        b.repeat('0', numWholeDigits - numDigits);
      } else {
        numFractionDigits = numDigits - numWholeDigits;
        b.append(digits, 0, numWholeDigits).append('.').append(digits, numWholeDigits, numDigits);
      }
    } else {
      int numFractionZeros = -(printExponent + 1);
      b.append("0.");
      b.repeat('0', numFractionZeros);
      b.append(digits);
      numFractionDigits = numDigits + numFractionZeros;
      numWholeDigits = 1;
    }
    if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
      b.append('.');
    }
    int addDigits = minDigits;
    int desiredFractionalDigits = addDigits < 0 ? 0 : addDigits;
    if (!fractional) {
      desiredFractionalDigits = addDigits - numWholeDigits;
    }
    if (trim == Trim.LEAVE_ONE_ZERO) {
      if (numFractionDigits == 0) {
        b.append('0');
        numFractionDigits++;
      }
    } else if (trim == Trim.NONE && desiredFractionalDigits > numFractionDigits) {
      b.repeat('0', desiredFractionalDigits - numFractionDigits);
      numFractionDigits = desiredFractionalDigits;
    }
    if (trim != Trim.NONE && numFractionDigits > 0) {
      while (b.charAt(b.length() - 1) == '0') {
        b.setLength(b.length() - 1);
        numFractionDigits--;
      }
      if (b.charAt(b.length() - 1) == '.') {
        if (trim == Trim.LEAVE_ONE_ZERO) {
          b.append('0');
          numFractionDigits++;
        } else if (trim == Trim.DPT_ZEROS) {
          b.setLength(b.length() - 1);
        }
      }
    }
    if (digitsRight >= numFractionDigits) {
      if (trim == Trim.DPT_ZEROS && numFractionDigits == 0) {
        b.append(' ');
      }
      b.repeat(' ', digitsRight - numFractionDigits);
    }
    if (digitsLeft > numWholeDigits + hasSign) {
      b.insert(0, " ".repeat(digitsLeft - (numWholeDigits + hasSign)));
    }
  }

  private static void formatScientific(StringBuilder b, Decomposed v, char signChar, int precision,
      int minDigits, Trim trim, int digitsLeft, int expDigits) {
    int leftChars = 1 + (signChar != 0 ? 1 : 0);
    if (digitsLeft > leftChars) {
      b.repeat(' ', digitsLeft - leftChars);
    }
    if (signChar != 0) {
      b.append(signChar);
    }
    Digits dg = dragon4(v, true, precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1);
    String digits = dg.d.toString();
    int printExponent = dg.exponent;
    b.append(digits.charAt(0));
    int numFractionDigits = digits.length() - 1;
    if (numFractionDigits > 0) {
      b.append('.').append(digits, 1, digits.length());
    }
    if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
      b.append('.');
    }
    int addDigits = minDigits < 0 ? 0 : minDigits;
    if (trim == Trim.LEAVE_ONE_ZERO) {
      if (numFractionDigits == 0) {
        b.append('0');
        numFractionDigits++;
      }
    } else if (trim == Trim.NONE && addDigits > numFractionDigits) {
      b.repeat('0', addDigits - numFractionDigits);
      numFractionDigits = addDigits;
    }
    if (trim != Trim.NONE && numFractionDigits > 0) {
      while (b.charAt(b.length() - 1) == '0') {
        b.setLength(b.length() - 1);
        numFractionDigits--;
      }
      if (trim == Trim.LEAVE_ONE_ZERO && b.charAt(b.length() - 1) == '.') {
        b.append('0');
      }
    }
    if (expDigits > 5) {
      expDigits = 5;
    }
    if (expDigits < 0) {
      expDigits = 2;
    }
    b.append('e').append(printExponent >= 0 ? '+' : '-');
    String e = Integer.toString(Math.abs(printExponent));
    b.repeat('0', Math.max(0, expDigits - e.length()));
    b.append(e);
  }
}

package dev.numbat.io;

import dev.numbat.errors.OverflowError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Python's {@code %} string formatting ({@code fmt % (a, b)}) for numbers, as savetxt and tofile
 * use it. Floats are printed from their exact binary value, correctly rounded half-to-even, as
 * CPython does ({@code '%.18e' % 0.1} is {@code 1.000000000000000056e-01}; Java's
 * {@code String.format} would pad with zeros instead).
 */
final class PyFormat {
  private PyFormat() {}

  /**
   * One argument: a Python int ({@link BigInteger}), float (Double) or bool (Boolean), with the
   * text {@code %s} prints for it.
   */
  record Value(Object v, String str) {}

  static String format(String fmt, List<Value> args) {
    StringBuilder out = new StringBuilder();
    int ai = 0;
    int i = 0;
    int n = fmt.length();
    while (i < n) {
      char c = fmt.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      i++;
      if (i >= n) {
        throw new ValueError("incomplete format");
      }
      if (fmt.charAt(i) == '%') {
        out.append('%');
        i++;
        continue;
      }
      if (fmt.charAt(i) == '(') {
        throw new TypeError("format requires a mapping");
      }
      boolean left = false;
      boolean plus = false;
      boolean space = false;
      boolean alt = false;
      boolean zero = false;
      for (; i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0; i++) {
        switch (fmt.charAt(i)) {
          case '-' -> left = true;
          case '+' -> plus = true;
          case ' ' -> space = true;
          case '#' -> alt = true;
          default -> zero = true;
        }
      }
      int width = 0;
      for (; i < n && Character.isDigit(fmt.charAt(i)); i++) {
        width = Math.min(width * 10 + (fmt.charAt(i) - '0'), 1 << 20);
      }
      int prec = -1;
      if (i < n && fmt.charAt(i) == '.') {
        i++;
        prec = 0;
        for (; i < n && Character.isDigit(fmt.charAt(i)); i++) {
          prec = Math.min(prec * 10 + (fmt.charAt(i) - '0'), 1 << 20);
        }
      }
      while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
        i++;
      }
      if (i >= n) {
        throw new ValueError("incomplete format");
      }
      char type = fmt.charAt(i++);
      if ("diuoxXeEfFgGsr".indexOf(type) < 0) {
        throw new ValueError(String.format("unsupported format character '%c' (0x%x) at index %d", type, (int) type, i - 1));
      }
      if (ai >= args.size()) {
        throw new TypeError("not enough arguments for format string");
      }
      Value a = args.get(ai++);
      String body;
      boolean negative = false;
      boolean numeric = true;
      boolean finite = true;
      switch (type) {
        case 's', 'r' -> {
          body = a.str();
          if (prec >= 0 && body.length() > prec) {
            body = body.substring(0, prec);
          }
          numeric = false;
        }
        case 'd', 'i', 'u', 'o', 'x', 'X' -> {
          BigInteger v = toInt(a.v(), type);
          negative = v.signum() < 0;
          v = v.abs();
          body = switch (type) {
            case 'o' -> (alt ? "0o" : "") + v.toString(8);
            case 'x' -> (alt ? "0x" : "") + v.toString(16);
            case 'X' -> (alt ? "0X" : "") + v.toString(16).toUpperCase(java.util.Locale.ROOT);
            default -> v.toString();
          };
          if (prec > body.length()) {
            body = "0".repeat(prec - body.length()) + body;
          }
        }
        default -> {
          double v = toDouble(a.v());
          negative = (Double.doubleToRawLongBits(v) < 0) && !Double.isNaN(v);
          finite = Double.isFinite(v);
          body = floating(Math.abs(v), type, prec < 0 ? 6 : prec, alt);
        }
      }
      String sign = numeric ? (negative ? "-" : plus ? "+" : space ? " " : "") : "";
      int pad = width - sign.length() - body.length();
      if (pad <= 0) {
        out.append(sign).append(body);
      } else if (left) {
        out.append(sign).append(body).append(" ".repeat(pad));
      } else if (zero && numeric && finite) {
        out.append(sign).append("0".repeat(pad)).append(body);
      } else {
        out.append(" ".repeat(pad)).append(sign).append(body);
      }
    }
    if (ai < args.size()) {
      throw new TypeError("not all arguments converted during string formatting");
    }
    return out.toString();
  }

  private static BigInteger toInt(Object v, char type) {
    return switch (v) {
      case BigInteger b -> b;
      case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
      case Double d -> {
        if ("oxX".indexOf(type) >= 0) {
          throw new TypeError("%" + type + " format: an integer is required, not float");
        }
        if (Double.isNaN(d)) {
          throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
          throw new OverflowError("cannot convert float infinity to integer");
        }
        yield new BigDecimal(d).toBigInteger();
      }
      default -> throw new TypeError("%" + type + " format: a real number is required, not complex");
    };
  }

  private static double toDouble(Object v) {
    return switch (v) {
      case Double d -> d;
      case BigInteger b -> b.doubleValue();
      case Boolean b -> b ? 1 : 0;
      default -> throw new TypeError("must be real number, not complex");
    };
  }

  /** |v| in e/f/g style; v >= 0 or NaN. */
  static String floating(double v, char type, int prec, boolean alt) {
    boolean upper = Character.isUpperCase(type);
    if (Double.isNaN(v)) {
      return upper ? "NAN" : "nan";
    }
    if (Double.isInfinite(v)) {
      return upper ? "INF" : "inf";
    }
    String s = switch (Character.toLowerCase(type)) {
      case 'e' -> exp(v, prec, alt);
      case 'f' -> fixed(v, prec, alt);
      default -> general(v, prec == 0 ? 1 : prec, alt);
    };
    return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
  }

  private static String fixed(double v, int prec, boolean alt) {
    String s = new BigDecimal(v).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    return alt && prec == 0 ? s + "." : s;
  }

  /** Significant digits (exactly {@code digits} of them) and the decimal exponent of the first. */
  private static Object[] sig(double v, int digits) {
    if (v == 0) {
      return new Object[] {"0".repeat(digits), 0};
    }
    BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    String u = r.unscaledValue().toString();
    int exp = u.length() - 1 - r.scale();
    if (u.length() < digits) {
      u = u + "0".repeat(digits - u.length());
    } else if (u.length() > digits) {
      u = u.substring(0, digits);
    }
    return new Object[] {u, exp};
  }

  private static String exp(double v, int prec, boolean alt) {
    Object[] s = sig(v, prec + 1);
    String d = (String) s[0];
    int e = (Integer) s[1];
    StringBuilder b = new StringBuilder().append(d.charAt(0));
    if (prec > 0 || alt) {
      b.append('.').append(d, 1, d.length());
    }
    b.append('e').append(e < 0 ? '-' : '+');
    String es = Integer.toString(Math.abs(e));
    return b.append(es.length() < 2 ? "0" + es : es).toString();
  }

  private static String general(double v, int p, boolean alt) {
    int x = (Integer) sig(v, p)[1];
    String s = x >= -4 && x < p ? fixed(v, p - 1 - x, alt) : exp(v, p - 1, alt);
    if (alt) {
      return s;
    }
    int e = s.indexOf('e');
    String mant = e < 0 ? s : s.substring(0, e);
    String tail = e < 0 ? "" : s.substring(e);
    if (mant.indexOf('.') >= 0) {
      mant = mant.replaceAll("0+$", "");
      if (mant.endsWith(".")) {
        mant = mant.substring(0, mant.length() - 1);
      }
    }
    return mant + tail;
  }
}

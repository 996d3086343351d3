package dev.numbat.gpu.source;

import java.util.List;

/**
 * The CUDA C expression of one NumPy ufunc loop, over operands that already have the loop's input
 * types (storage types, {@link CudaTypes#ctype}); the expression has the output dtype's storage
 * type. Operands should be plain names: one may appear more than once in the expression.
 *
 * <p>Semantics are NumPy's: integer arithmetic wraps; integer floor_divide and remainder are
 * Python's (floor; the remainder takes the divisor's sign) and give 0 for a zero divisor (NumPy
 * also warns), MIN // -1 wraps; float floor_divide/remainder are npy_divmod's; maximum/minimum
 * propagate NaN, fmax/fmin ignore one NaN; shifts by a count outside [0, bits) give 0 (-1 for a
 * negative value shifted right); float16/bfloat16 compute in float and round once; rint rounds
 * half to even; sign(nan) is nan; integer power by a negative exponent gives 0 (NumPy raises
 * ValueError: a caller that must raise checks the exponents); heaviside, logaddexp, logaddexp2 and
 * sinc follow NumPy's C code. Transcendental functions are CUDA's (float32 ones within CUDA's
 * documented ulp bounds, as NumPy's own are within its platform's).
 *
 * <p>Complex loops exist only for add, subtract, multiply, divide (NumPy's Smith division),
 * negative, positive, conjugate/conj, square, absolute/abs (to the part type), equal, not_equal,
 * isnan, isinf, isfinite, logical_not; every other complex loop is null, as is nextafter for
 * float16/bfloat16 (it needs their own grid) and every ufunc not in {@link #UFUNCS}.
 */
public final class UfuncExpressions {
  private UfuncExpressions() {}

  /** The ufuncs with a GPU form for at least their real loops (NumPy's names and Numbat's aliases). */
  public static final List<String> UFUNCS = List.of("add", "subtract", "multiply", "divide", "true_divide",
      "floor_divide", "remainder", "mod", "fmod", "power", "float_power", "negative", "positive", "absolute", "abs",
      "fabs", "sign", "sqrt", "square", "reciprocal", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10",
      "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "arctan2", "sinh", "cosh", "tanh", "arcsinh",
      "arccosh", "arctanh", "deg2rad", "radians", "rad2deg", "degrees", "maximum", "minimum", "fmax", "fmin",
      "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_and", "logical_or",
      "logical_xor", "logical_not", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "invert",
      "bitwise_invert", "left_shift", "bitwise_left_shift", "right_shift", "bitwise_right_shift", "bitwise_count",
      "gcd", "lcm", "isnan", "isinf", "isfinite", "signbit", "copysign", "nextafter", "floor", "ceil", "trunc",
      "fix", "rint", "hypot", "logaddexp", "logaddexp2", "heaviside", "sinc", "conjugate", "conj", "clip");

  /**
   * The expression of {@code ufunc}'s loop {@code inTypes -> outType} applied to {@code operands}
   * (one per input, of the input's storage type), or null when there is no GPU form.
   */
  public static String of(String ufunc, String[] inTypes, String outType, String... operands) {
    if (inTypes.length != operands.length || inTypes.length == 0) {
      throw new IllegalArgumentException(ufunc + ": " + inTypes.length + " input types for " + operands.length + " operands");
    }
    for (String t : inTypes) {
      if (!t.equals(inTypes[0])) {
        return null; // every ufunc here has loops of one input type
      }
    }
    String t = inTypes[0];
    CudaTypes.ctype(t);
    CudaTypes.ctype(outType);
    if (!outType.equals(loopOutput(ufunc, t))) {
      return null;
    }
    if (CudaTypes.isComplex(t)) {
      return complex(ufunc, t, outType, operands);
    }
    String[] v = new String[operands.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = CudaTypes.load(t, operands[i]);
    }
    String e = real(ufunc, t, outType, v);
    if (e == null) {
      return null;
    }
    // Comparisons and predicates produce bool; everything else is in t's compute type.
    return outType.equals("bool") ? e : Casts.expression(computeDtype(t), outType, e);
  }

  private static final java.util.Set<String> PREDICATES = java.util.Set.of("equal", "not_equal", "less",
      "less_equal", "greater", "greater_equal", "logical_and", "logical_or", "logical_xor", "logical_not", "isnan",
      "isinf", "isfinite", "signbit");

  /**
   * The output dtype of {@code ufunc}'s loop over inputs of {@code t}, as NumPy's loop tables
   * have it: bool for comparisons and predicates, uint8 for bitwise_count, the part type for
   * the absolute value of a complex, else {@code t}. Any other output is not a loop (null).
   */
  public static String loopOutput(String ufunc, String t) {
    if (PREDICATES.contains(ufunc)) {
      return "bool";
    }
    if (ufunc.equals("bitwise_count")) {
      return "uint8";
    }
    if (CudaTypes.isComplex(t) && (ufunc.equals("absolute") || ufunc.equals("abs"))) {
      return CudaTypes.partOf(t);
    }
    return t;
  }

  /** The dtype of {@code t}'s compute type (float32 for the half types). */
  private static String computeDtype(String t) {
    return CudaTypes.isHalf(t) ? "float32" : t;
  }

  private static String real(String u, String t, String out, String[] v) {
    int n = v.length;
    boolean b = CudaTypes.isBool(t);
    boolean s = CudaTypes.isSigned(t);
    boolean un = CudaTypes.isUnsigned(t);
    boolean f = CudaTypes.isFloat(t);
    boolean single = f && !t.equals("float64"); // computes in float
    String ct = CudaTypes.computeType(t);
    String a = n > 0 ? v[0] : null;
    String c = n > 1 ? v[1] : null;
    String w = b || f ? null : CudaTypes.wide(t);
    String tw = w == null ? null : "<" + ct + ", " + w + ">";
    if (n == 1) {
      return unary(u, t, out, a, b, s, un, f, single, ct, w);
    }
    if (n == 3) {
      return u.equals("clip") ? "nb_clip(" + a + ", " + c + ", " + v[2] + ")" : null;
    }
    return switch (u) {
      case "add" -> b ? "(" + a + " || " + c + ")" : f ? a + " + " + c : "nb_add_wrap" + tw + "(" + a + ", " + c + ")";
      case "subtract" -> b ? null : f ? a + " - " + c : "(" + ct + ")((" + w + ")" + a + " - (" + w + ")" + c + ")";
      case "multiply" -> b ? "(" + a + " && " + c + ")" : f ? a + " * " + c : "nb_mul_wrap" + tw + "(" + a + ", " + c + ")";
      case "divide", "true_divide" -> f ? a + " / " + c : null;
      case "floor_divide" -> b ? null : f ? "nb_floor_divide_f(" + a + ", " + c + ")"
          : s ? "nb_floor_divide_s" + tw + "(" + a + ", " + c + ")" : "nb_floor_divide_u(" + a + ", " + c + ")";
      case "remainder", "mod" -> b ? null : f ? "nb_remainder_f(" + a + ", " + c + ")"
          : s ? "nb_remainder_s(" + a + ", " + c + ")" : "nb_remainder_u(" + a + ", " + c + ")";
      case "fmod" -> b ? null : f ? "nb_fmod(" + a + ", " + c + ")"
          : s ? "nb_fmod_s(" + a + ", " + c + ")" : "nb_remainder_u(" + a + ", " + c + ")";
      case "power" -> b ? null : f ? fn("pow", single) + "(" + a + ", " + c + ")"
          : s ? "nb_power_s" + tw + "(" + a + ", " + c + ")" : "nb_power_u" + tw + "(" + a + ", " + c + ")";
      case "float_power" -> f ? fn("pow", single) + "(" + a + ", " + c + ")" : null;
      case "maximum" -> b ? "(" + a + " || " + c + ")" : "nb_maximum(" + a + ", " + c + ")";
      case "minimum" -> b ? "(" + a + " && " + c + ")" : "nb_minimum(" + a + ", " + c + ")";
      case "fmax" -> b ? "(" + a + " || " + c + ")" : f ? fn("fmax", single) + "(" + a + ", " + c + ")" : "nb_maximum(" + a + ", " + c + ")";
      case "fmin" -> b ? "(" + a + " && " + c + ")" : f ? fn("fmin", single) + "(" + a + ", " + c + ")" : "nb_minimum(" + a + ", " + c + ")";
      case "arctan2" -> f ? fn("atan2", single) + "(" + a + ", " + c + ")" : null;
      case "hypot" -> f ? fn("hypot", single) + "(" + a + ", " + c + ")" : null;
      case "copysign" -> f ? fn("copysign", single) + "(" + a + ", " + c + ")" : null;
      case "nextafter" -> t.equals("float32") || t.equals("float64") ? fn("nextafter", single) + "(" + a + ", " + c + ")" : null;
      case "heaviside" -> f ? "nb_heaviside(" + a + ", " + c + ")" : null;
      case "logaddexp" -> f ? "nb_logaddexp(" + a + ", " + c + ")" : null;
      case "logaddexp2" -> f ? "nb_logaddexp2(" + a + ", " + c + ")" : null;
      case "gcd" -> b ? "(" + a + " || " + c + ")" : s || un ? "nb_gcd(" + a + ", " + c + ")" : null;
      case "lcm" -> b ? "(" + a + " && " + c + ")" : s || un ? "nb_lcm(" + a + ", " + c + ")" : null;
      case "bitwise_and" -> f ? null : b ? "(" + a + " && " + c + ")" : "(" + ct + ")(" + a + " & " + c + ")";
      case "bitwise_or" -> f ? null : b ? "(" + a + " || " + c + ")" : "(" + ct + ")(" + a + " | " + c + ")";
      case "bitwise_xor" -> f ? null : b ? "(" + a + " != " + c + ")" : "(" + ct + ")(" + a + " ^ " + c + ")";
      case "left_shift", "bitwise_left_shift" -> s || un ? "nb_left_shift" + tw + "(" + a + ", " + c + ")" : null;
      case "right_shift", "bitwise_right_shift" -> s ? "nb_right_shift_s(" + a + ", " + c + ")"
          : un ? "nb_right_shift_u(" + a + ", " + c + ")" : null;
      case "equal" -> a + " == " + c;
      case "not_equal" -> a + " != " + c;
      case "less" -> a + " < " + c;
      case "less_equal" -> a + " <= " + c;
      case "greater" -> a + " > " + c;
      case "greater_equal" -> a + " >= " + c;
      case "logical_and" -> "(" + a + " != 0) && (" + c + " != 0)";
      case "logical_or" -> "(" + a + " != 0) || (" + c + " != 0)";
      case "logical_xor" -> "(" + a + " != 0) != (" + c + " != 0)";
      default -> null;
    };
  }

  private static String unary(String u, String t, String out, String a, boolean b, boolean s, boolean un,
      boolean f, boolean single, String ct, String w) {
    return switch (u) {
      case "negative" -> b ? null : f ? "-" + a : "(" + ct + ")((" + w + ")0 - (" + w + ")" + a + ")";
      case "positive" -> b ? null : a;
      case "absolute", "abs" -> f ? fn("fabs", single) + "(" + a + ")"
          : s ? "(" + ct + ")(" + a + " < 0 ? (" + w + ")0 - (" + w + ")" + a + " : (" + w + ")" + a + ")" : a;
      case "fabs" -> f ? fn("fabs", single) + "(" + a + ")" : null;
      case "sign" -> b ? null : f ? "nb_sign_f(" + a + ")" : s ? "(" + ct + ")((" + a + " > 0) - (" + a + " < 0))" : "(" + ct + ")(" + a + " > 0)";
      case "square" -> b ? "(" + a + " && " + a + ")" : f ? a + " * " + a : "nb_mul_wrap<" + ct + ", " + w + ">(" + a + ", " + a + ")";
      // NumPy's integer reciprocal is C's 1 / x (truncating); x == 0 gives 0 here (NumPy: division by zero).
      case "reciprocal" -> b ? null : f ? (single ? "1.0f / " : "1.0 / ") + a
          : "(" + ct + ")(" + a + " == 0 ? 0 : 1 / " + a + ")";
      case "conjugate", "conj" -> a;
      case "sqrt", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
          "sinh", "cosh", "tanh", "floor", "ceil", "trunc", "rint" -> f ? fn(u, single) + "(" + a + ")" : rounding(u) ? a : null;
      case "fix" -> f ? fn("trunc", single) + "(" + a + ")" : a;
      case "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh" -> f ? fn("a" + u.substring(3), single) + "(" + a + ")" : null;
      case "deg2rad", "radians" -> f ? a + (single ? " * 0.017453292519943295f" : " * 0.017453292519943295") : null;
      case "rad2deg", "degrees" -> f ? a + (single ? " * 57.29577951308232f" : " * 57.29577951308232") : null;
      case "sinc" -> f ? "nb_sinc(" + a + ")" : null;
      case "logical_not" -> "!(" + a + " != 0)";
      case "bitwise_not", "invert", "bitwise_invert" -> f ? null : b ? "!" + a : "(" + ct + ")(~" + a + ")";
      case "bitwise_count" -> f ? null : "(unsigned char)__popcll(nb_uabs(" + a + "))";
      case "isnan" -> f ? "isnan(" + a + ")" : "false";
      case "isinf" -> f ? "isinf(" + a + ")" : "false";
      case "isfinite" -> f ? "isfinite(" + a + ")" : "true";
      case "signbit" -> f ? "signbit(" + a + ")" : null;
      default -> null;
    };
  }

  /** floor/ceil/trunc/rint of an integer or bool are the value itself (NumPy 2's integer and bool loops). */
  private static boolean rounding(String u) {
    return u.equals("floor") || u.equals("ceil") || u.equals("trunc") || u.equals("rint");
  }

  /** CUDA's name of libm function {@code name}: the float version ends in f. */
  private static String fn(String name, boolean single) {
    return single ? name + "f" : name;
  }

  private static String complex(String u, String t, String out, String[] v) {
    String a = v[0];
    String part = CudaTypes.partOf(t);
    if (v.length == 2) {
      String c = v[1];
      return switch (u) {
        case "add" -> "nb_cadd(" + a + ", " + c + ")";
        case "subtract" -> "nb_csub(" + a + ", " + c + ")";
        case "multiply" -> "nb_cmul(" + a + ", " + c + ")";
        case "divide", "true_divide" -> "nb_cdiv(" + a + ", " + c + ")";
        case "equal" -> "(" + a + ".re == " + c + ".re && " + a + ".im == " + c + ".im)";
        case "not_equal" -> "(" + a + ".re != " + c + ".re || " + a + ".im != " + c + ".im)";
        default -> null;
      };
    }
    if (v.length != 1) {
      return null;
    }
    return switch (u) {
      case "negative" -> "nb_cneg(" + a + ")";
      case "positive" -> a;
      case "conjugate", "conj" -> "nb_cconj(" + a + ")";
      case "square" -> "nb_cmul(" + a + ", " + a + ")";
      case "absolute", "abs" -> out.equals(part) ? "nb_hypot(" + a + ".re, " + a + ".im)" : null;
      case "isnan" -> "(isnan(" + a + ".re) || isnan(" + a + ".im))";
      case "isinf" -> "(isinf(" + a + ".re) || isinf(" + a + ".im))";
      case "isfinite" -> "(isfinite(" + a + ".re) && isfinite(" + a + ".im))";
      case "logical_not" -> "!(" + a + ".re != 0 || " + a + ".im != 0)";
      default -> null;
    };
  }
}

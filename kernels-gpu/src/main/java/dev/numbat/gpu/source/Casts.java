package dev.numbat.gpu.source;

/**
 * CUDA C expressions of NumPy's unsafe cast ({@code astype}) between any two dtypes of
 * {@link CudaTypes#DTYPES}, with the CPU backend's (x86-64 C) semantics so a GPU cast gives the
 * CPU's bits: to bool is {@code != 0} (NaN is true; complex: either part); integer to narrower
 * integer wraps; float to integer truncates toward zero, and NaN or out-of-range values give
 * x86's "integer indefinite" (the minimum of int32 or int64, then wrapped: NaN to int8 is 0,
 * to int32 -2^31, to uint64 2^63), narrow integers converting through int32 and uint32 through
 * int64 as NumPy's scalar loops do (its SIMD float32 to uint32 loop differs outside
 * (-2^31, 2^32), where C defines nothing); to float16/bfloat16 rounds once to nearest even
 * (from float64 directly; int64/uint64 go through float64 first); complex to real drops the
 * imaginary part; real to complex has imaginary part 0.
 */
public final class Casts {
  private Casts() {}

  /** {@code x}, an expression of {@code from}'s storage type, cast to {@code to}'s storage type. */
  public static String expression(String from, String to, String x) {
    if (from.equals(to)) {
      return x;
    }
    if (CudaTypes.isComplex(from)) {
      if (CudaTypes.isComplex(to)) {
        return complex(to, x + ".re", x + ".im");
      }
      if (CudaTypes.isBool(to)) {
        return "(" + x + ".re != 0 || " + x + ".im != 0)";
      }
      return expression(CudaTypes.partOf(from), to, x + ".re");
    }
    if (CudaTypes.isComplex(to)) {
      String part = CudaTypes.partOf(to);
      return complex(to, expression(from, part, x), "0");
    }
    // From here: real to real. v is the source as its compute type.
    String v = CudaTypes.load(from, x);
    if (CudaTypes.isBool(to)) {
      return "(" + v + " != 0)";
    }
    if (CudaTypes.isFloat(from) && CudaTypes.isInteger(to)) {
      String d = "(double)" + paren(v);
      return switch (to) {
        case "int32" -> "nb_d2i32(" + d + ")";
        case "int64" -> "nb_d2i64(" + d + ")";
        case "uint64" -> "nb_d2u64(" + d + ")";
        case "uint32" -> "(unsigned int)nb_d2i64(" + d + ")";
        default -> "(" + CudaTypes.ctype(to) + ")nb_d2i32(" + d + ")";
      };
    }
    return switch (to) {
      case "float16" -> from.equals("float32") || from.equals("bfloat16")
          ? "__float2half_rn(" + v + ")" : "__double2half((double)" + paren(v) + ")";
      case "bfloat16" -> from.equals("float32") || from.equals("float16")
          ? "__float2bfloat16_rn(" + v + ")" : "__double2bfloat16((double)" + paren(v) + ")";
      default -> "(" + CudaTypes.ctype(to) + ")" + paren(v);
    };
  }

  private static String complex(String to, String re, String im) {
    String part = CudaTypes.ctype(CudaTypes.partOf(to));
    return (to.equals("complex64") ? "nb_c64(" : "nb_c128(") + "(" + part + ")" + paren(re) + ", (" + part + ")" + paren(im) + ")";
  }

  static String paren(String e) {
    return e.matches("[\\w.\\[\\]]+") ? e : "(" + e + ")";
  }
}

package dev.numbat.gpu.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * NumPy dtype names and their CUDA C types. Storage: bool {@code bool} (one byte, 0 or 1),
 * int8..int64 {@code signed char, short, int, long long}, the unsigned ones likewise,
 * float16 {@code __half} (cuda_fp16.h), bfloat16 {@code __nv_bfloat16} (cuda_bf16.h), float32
 * {@code float}, float64 {@code double}, complex64/complex128 the prelude's {@code nb_complex64}
 * and {@code nb_complex128} (real part then imaginary part, as NumPy lays them out).
 *
 * <p>Arithmetic runs in the <em>compute type</em>: the storage type, except float16 and bfloat16,
 * which compute in float and round once when stored (as NumPy's float16 loops do).
 *
 * <p>Every dtype has casts, copies, fills and gathers; element-wise ufuncs cover bool, the
 * integers and the four floats fully, and complex only for add, subtract, multiply, divide,
 * negative, positive, conjugate, square, absolute, equal, not_equal, isnan, isinf, isfinite and
 * logical_not ({@link UfuncExpressions}); reductions and argmax/argmin cover the 13 real dtypes.
 */
public final class CudaTypes {
  private CudaTypes() {}

  /** Every dtype with a CUDA storage type, in Numbat's DType order. */
  public static final List<String> DTYPES = List.of("bool", "int8", "int16", "int32", "int64",
      "uint8", "uint16", "uint32", "uint64", "float16", "bfloat16", "float32", "float64",
      "complex64", "complex128");

  /** The dtypes with reductions and argmax/argmin kernels (all but complex). */
  public static final List<String> REAL = DTYPES.subList(0, 13);

  private static final String PRELUDE = resource("prelude.cuh");

  /** The CUDA C storage type of {@code dtype}; IllegalArgumentException for an unknown name. */
  public static String ctype(String dtype) {
    return switch (dtype) {
      case "bool" -> "bool";
      case "int8" -> "signed char";
      case "int16" -> "short";
      case "int32" -> "int";
      case "int64" -> "long long";
      case "uint8" -> "unsigned char";
      case "uint16" -> "unsigned short";
      case "uint32" -> "unsigned int";
      case "uint64" -> "unsigned long long";
      case "float16" -> "__half";
      case "bfloat16" -> "__nv_bfloat16";
      case "float32" -> "float";
      case "float64" -> "double";
      case "complex64" -> "nb_complex64";
      case "complex128" -> "nb_complex128";
      default -> throw new IllegalArgumentException("no CUDA type for dtype " + dtype);
    };
  }

  /** The type arithmetic on {@code dtype} runs in: float for float16 and bfloat16, else the storage type. */
  public static String computeType(String dtype) {
    return isHalf(dtype) ? "float" : ctype(dtype);
  }

  /** {@code expr}, a value of {@code dtype}'s storage type, as its compute type. */
  public static String load(String dtype, String expr) {
    return isHalf(dtype) ? "nb_ld(" + expr + ")" : expr;
  }

  /** {@code expr}, a value of {@code dtype}'s compute type, as its storage type (rounded once, to nearest even). */
  public static String store(String dtype, String expr) {
    return switch (dtype) {
      case "float16" -> "__float2half_rn(" + expr + ")";
      case "bfloat16" -> "__float2bfloat16_rn(" + expr + ")";
      case "bool", "float32", "float64", "complex64", "complex128" -> expr;
      default -> "(" + ctype(dtype) + ")(" + expr + ")";
    };
  }

  public static boolean isBool(String d) { return d.equals("bool"); }

  public static boolean isSigned(String d) { return d.startsWith("int"); }

  public static boolean isUnsigned(String d) { return d.startsWith("uint"); }

  public static boolean isInteger(String d) { return isSigned(d) || isUnsigned(d); }

  /** float16, bfloat16, float32, float64. */
  public static boolean isFloat(String d) { return d.startsWith("float") || d.equals("bfloat16"); }

  public static boolean isHalf(String d) { return d.equals("float16") || d.equals("bfloat16"); }

  public static boolean isComplex(String d) { return d.startsWith("complex"); }

  /** Bits of an integer dtype. */
  public static int bits(String d) {
    return Integer.parseInt(d.replaceAll("\\D", ""));
  }

  /** The unsigned type integer arithmetic of {@code d} wraps in: at least 32 bits, so narrow operands do not promote to signed int. */
  public static String wide(String d) {
    return bits(d) == 64 ? "unsigned long long" : "unsigned int";
  }

  /** The real part dtype of a complex dtype. */
  public static String partOf(String complex) {
    return complex.equals("complex64") ? "float32" : "float64";
  }

  /**
   * The text every kernel source starts with: cuda_fp16.h and cuda_bf16.h (no system headers,
   * so NVRTC compiles it without include paths of the host), the complex types and the device
   * helpers ({@code nb_*}). Guarded, so sources can be concatenated.
   */
  public static String prelude() {
    return PRELUDE;
  }

  static String resource(String name) {
    try (InputStream in = CudaTypes.class.getResourceAsStream("/dev/numbat/gpu/kernels/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/numbat/gpu/kernels/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.numbat.gpu.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers a fused element-wise region (the GPU form of generated-api's {@code FusedLoop.Builder})
 * to one CUDA kernel: one thread per element in a grid-stride loop, every intermediate a register
 * of its dtype's storage type (so each step rounds as the eager kernels do, float16 included), and
 * only the outputs written to memory.
 *
 * <p>Kernel parameters, in order: the inputs ({@code const T* in0, ...}, in {@link Builder#input}
 * order), the outputs ({@code T* out0, ...}, in {@link Builder#output} order), with a reduction
 * tail {@code P* partials}, then {@code long long n} (the region's element count). A FULL input
 * is read at i, a SCALAR one at 0, a TRAILING one at {@code i % period} (a C-contiguous trailing
 * part of the shape, repeated). With a reduction tail, block b writes its partial to
 * {@code partials[b]} (so partials has gridDim.x elements); P is {@link #partialDtype}'s type
 * and the caller combines the partials (for example with the hand-written
 * {@code nb_KIND_DTYPE_rows} over one row). blockDim must then be a power of two at most 1024.
 */
public final class RegionSource {
  private RegionSource() {}

  /** How an input is broadcast over the region. */
  public record Broadcast(Kind kind, long period) {
    public enum Kind { FULL, SCALAR, TRAILING }

    public static final Broadcast FULL = new Broadcast(Kind.FULL, 0);
    public static final Broadcast SCALAR = new Broadcast(Kind.SCALAR, 0);

    /** A C-contiguous trailing part of {@code period} elements, repeated: input index i % period. */
    public static Broadcast trailing(long period) {
      if (period < 1) {
        throw new IllegalArgumentException("period " + period);
      }
      return new Broadcast(Kind.TRAILING, period);
    }
  }

  /** The dtype of a reduction's block partials: the reduction's dtype, float32 for float16 and bfloat16. */
  public static String partialDtype(String dtype) {
    return CudaTypes.isHalf(dtype) ? "float32" : dtype;
  }

  /** Builds a region; values are numbered in definition order, inputs first. */
  public static final class Builder {
    private final List<String> types = new ArrayList<>();
    private final List<Broadcast> modes = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();
    private int inputs;
    private int reduced = -1;
    private String reduceKind;
    private String reduceType;

    /** A new input of {@code dtype}; inputs come before computed values. */
    public int input(String dtype, Broadcast mode) {
      if (types.size() != inputs) {
        throw new IllegalStateException("inputs come first");
      }
      CudaTypes.ctype(dtype);
      types.add(dtype);
      modes.add(mode);
      return inputs++;
    }

    public String type(int value) {
      return types.get(value);
    }

    /** {@code v} cast to {@code dtype} ({@link Casts}); {@code v} itself when it has that dtype. */
    public int cast(int v, String dtype) {
      return types.get(v).equals(dtype) ? v : define(dtype, Casts.expression(types.get(v), dtype, "v" + v));
    }

    /**
     * {@code ufunc}'s loop {@code loopIn -> loopOut} applied to {@code operands}, each cast to its
     * loop input type first; UnsupportedOperationException naming the ufunc when there is no GPU form.
     */
    public int apply(String ufunc, String[] loopIn, String loopOut, int... operands) {
      String[] names = new String[operands.length];
      for (int k = 0; k < operands.length; k++) {
        names[k] = "v" + cast(operands[k], loopIn[k]);
      }
      String e = UfuncExpressions.of(ufunc, loopIn, loopOut, names);
      if (e == null) {
        throw new UnsupportedOperationException("no GPU form for ufunc " + ufunc + " " + String.join(",", loopIn) + "->" + loopOut);
      }
      return define(loopOut, e);
    }

    /** Writes computed value {@code v} as an output (C-contiguous, the region's size). */
    public void output(int v) {
      if (v < inputs) {
        throw new IllegalArgumentException("an input is not an output of its region");
      }
      outputs.add(v);
    }

    /** Reduces {@code v} (cast to {@code dtype} first) over every element with {@code kind}: sum, prod, max or min. */
    public void reduceAll(int v, String kind, String dtype) {
      if (!List.of("sum", "prod", "max", "min").contains(kind)) {
        throw new IllegalArgumentException("reduction " + kind);
      }
      if (CudaTypes.isComplex(dtype) || CudaTypes.isBool(dtype)) {
        throw new UnsupportedOperationException("no GPU reduction over " + dtype);
      }
      if (reduced >= 0) {
        throw new IllegalStateException("a region has one reduction tail");
      }
      reduced = cast(v, dtype);
      reduceKind = kind;
      reduceType = dtype;
    }

    private int define(String dtype, String expression) {
      int v = types.size();
      types.add(dtype);
      steps.add("    const " + CudaTypes.ctype(dtype) + " v" + v + " = " + expression + ";\n");
      return v;
    }

    /** The kernel {@code name} (parameter order in {@link RegionSource}). */
    public KernelSource build(String name) {
      if (outputs.isEmpty() && reduced < 0) {
        throw new IllegalStateException("a region needs an output or a reduction");
      }
      StringBuilder s = new StringBuilder(CudaTypes.prelude());
      s.append("\nextern \"C\" __global__ void ").append(name).append("(");
      for (int k = 0; k < inputs; k++) {
        s.append("const ").append(CudaTypes.ctype(types.get(k))).append("* __restrict__ in").append(k).append(", ");
      }
      for (int j = 0; j < outputs.size(); j++) {
        s.append(CudaTypes.ctype(types.get(outputs.get(j)))).append("* __restrict__ out").append(j).append(", ");
      }
      String acc = null;
      if (reduced >= 0) {
        acc = CudaTypes.ctype(partialDtype(reduceType));
        s.append(acc).append("* __restrict__ partials, ");
      }
      s.append("long long n) {\n");
      if (acc != null) {
        s.append("  ").append(acc).append(" s = ").append(identity(reduceKind, reduceType)).append(";\n");
        s.append("  ").append(acc).append(" c = 0;\n");
      }
      s.append("  const long long step = (long long)gridDim.x * blockDim.x;\n");
      s.append("  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += step) {\n");
      for (int k = 0; k < inputs; k++) {
        Broadcast m = modes.get(k);
        String index = switch (m.kind()) {
          case FULL -> "i";
          case SCALAR -> "0";
          case TRAILING -> "i % " + m.period() + "LL";
        };
        s.append("    const ").append(CudaTypes.ctype(types.get(k))).append(" v").append(k).append(" = in").append(k)
            .append("[").append(index).append("];\n");
      }
      steps.forEach(s::append);
      for (int j = 0; j < outputs.size(); j++) {
        s.append("    out").append(j).append("[i] = v").append(outputs.get(j)).append(";\n");
      }
      if (acc != null) {
        s.append("    nb_acc_").append(reduceKind).append("(s, c, (").append(acc).append(")")
            .append(CudaTypes.load(reduceType, "v" + reduced)).append(");\n");
      }
      s.append("  }\n");
      if (acc != null) {
        s.append("  __shared__ ").append(acc).append(" sh[NB_MAX_BLOCK];\n");
        s.append("  sh[threadIdx.x] = s;\n");
        s.append("  __syncthreads();\n");
        s.append("  for (unsigned int k = blockDim.x / 2; k > 0; k >>= 1) {\n");
        s.append("    if (threadIdx.x < k) {\n");
        s.append("      sh[threadIdx.x] = nb_comb_").append(reduceKind).append("(sh[threadIdx.x], sh[threadIdx.x + k]);\n");
        s.append("    }\n");
        s.append("    __syncthreads();\n");
        s.append("  }\n");
        s.append("  if (threadIdx.x == 0) {\n");
        s.append("    partials[blockIdx.x] = sh[0];\n");
        s.append("  }\n");
      }
      s.append("}\n");
      return new KernelSource(name, s.toString());
    }
  }

  /** The identity of {@code kind} in {@code dtype}'s partial type. */
  static String identity(String kind, String dtype) {
    boolean f = CudaTypes.isFloat(dtype);
    boolean dbl = dtype.equals("float64");
    String ct = CudaTypes.ctype(partialDtype(dtype));
    return switch (kind) {
      case "sum" -> "0";
      case "prod" -> "1";
      case "max" -> f ? (dbl ? "-NB_INF_D" : "-NB_INF_F") : CudaTypes.isUnsigned(dtype) ? "0" : "(" + ct + ")(" + minSigned(dtype) + ")";
      case "min" -> f ? (dbl ? "NB_INF_D" : "NB_INF_F") : CudaTypes.isUnsigned(dtype) ? "(" + ct + ")~0ULL" : "(" + ct + ")(" + maxSigned(dtype) + ")";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static String maxSigned(String d) {
    return switch (CudaTypes.bits(d)) {
      case 8 -> "127";
      case 16 -> "32767";
      case 32 -> "2147483647";
      default -> "9223372036854775807LL";
    };
  }

  private static String minSigned(String d) {
    return "-" + maxSigned(d) + " - 1";
  }
}

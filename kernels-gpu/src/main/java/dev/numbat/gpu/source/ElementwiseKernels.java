package dev.numbat.gpu.source;

/**
 * Eager element-wise kernels: one ufunc loop, a cast, or a strided copy, each a complete
 * {@link KernelSource} (prelude included) with one {@code extern "C"} kernel of the given name.
 * Every kernel runs a grid-stride loop over {@code long long n} elements, so any 1-d grid covers
 * any n. Output is always C-contiguous.
 *
 * <p>Parameter order, fixed:
 * <ul>
 *   <li>contiguous: {@code (const In0* in0, ..., Out* out, long long n)}; each input is read at
 *       {@code i}, or, when marked scalar, at {@code 0} (a broadcast scalar).
 *   <li>strided: {@code (const In0* in0, ..., Out* out, long long n, int rank, const long long* meta)};
 *       {@code meta} is a device int64 array {@code [shape[rank], strides of input 0[rank],
 *       strides of input 1[rank], ...]}, strides in elements (0 for a broadcast axis, negative
 *       allowed; each input pointer points at the view's element [0, ..., 0]). Element i of the
 *       output is the C-order index i of {@code shape}; rank 0 is one element. Any rank works
 *       (the layout has no fixed maximum); the library uses up to 8.
 * </ul>
 */
public final class ElementwiseKernels {
  private ElementwiseKernels() {}

  /** The contiguous kernel of a loop, no input scalar; null when the loop has no GPU form. */
  public static KernelSource contiguous(String name, String ufunc, String[] inTypes, String outType) {
    return contiguous(name, ufunc, inTypes, outType, new boolean[inTypes.length]);
  }

  /** The contiguous kernel of a loop; {@code scalar[k]}: input k is one element broadcast. Null without a GPU form. */
  public static KernelSource contiguous(String name, String ufunc, String[] inTypes, String outType, boolean[] scalar) {
    String e = UfuncExpressions.of(ufunc, inTypes, outType, operands(inTypes.length));
    return e == null ? null : contiguousKernel(name, inTypes, outType, scalar, e);
  }

  /** The strided N-d kernel of a loop; null when the loop has no GPU form. */
  public static KernelSource strided(String name, String ufunc, String[] inTypes, String outType) {
    String e = UfuncExpressions.of(ufunc, inTypes, outType, operands(inTypes.length));
    return e == null ? null : stridedKernel(name, inTypes, outType, e);
  }

  /** Contiguous cast {@code (const From* in0, To* out, long long n)} ({@link Casts} says the semantics). */
  public static KernelSource cast(String name, String from, String to) {
    return contiguousKernel(name, new String[] {from}, to, new boolean[1], Casts.expression(from, to, "x0"));
  }

  /** Strided cast {@code (const From* in0, To* out, long long n, int rank, const long long* meta)}: gathers and converts. */
  public static KernelSource stridedCast(String name, String from, String to) {
    return stridedKernel(name, new String[] {from}, to, Casts.expression(from, to, "x0"));
  }

  /** Gathers an N-d strided view of {@code dtype} into a contiguous buffer; the strided parameter order with one input. */
  public static KernelSource stridedCopy(String name, String dtype) {
    return stridedKernel(name, new String[] {dtype}, dtype, "x0");
  }

  private static String[] operands(int n) {
    String[] ops = new String[n];
    for (int k = 0; k < n; k++) {
      ops[k] = "x" + k;
    }
    return ops;
  }

  private static StringBuilder header(String name, String[] inTypes, String outType) {
    StringBuilder s = new StringBuilder(CudaTypes.prelude());
    s.append("\nextern \"C\" __global__ void ").append(name).append("(");
    for (int k = 0; k < inTypes.length; k++) {
      s.append("const ").append(CudaTypes.ctype(inTypes[k])).append("* __restrict__ in").append(k).append(", ");
    }
    s.append(CudaTypes.ctype(outType)).append("* __restrict__ out, long long n");
    return s;
  }

  private static KernelSource contiguousKernel(String name, String[] inTypes, String outType, boolean[] scalar, String e) {
    StringBuilder s = header(name, inTypes, outType).append(") {\n");
    for (int k = 0; k < inTypes.length; k++) {
      if (scalar[k]) {
        s.append("  const ").append(CudaTypes.ctype(inTypes[k])).append(" x").append(k).append(" = in").append(k).append("[0];\n");
      }
    }
    s.append("  const long long step = (long long)gridDim.x * blockDim.x;\n");
    s.append("  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += step) {\n");
    for (int k = 0; k < inTypes.length; k++) {
      if (!scalar[k]) {
        s.append("    const ").append(CudaTypes.ctype(inTypes[k])).append(" x").append(k).append(" = in").append(k).append("[i];\n");
      }
    }
    s.append("    out[i] = ").append(e).append(";\n  }\n}\n");
    return new KernelSource(name, s.toString());
  }

  private static KernelSource stridedKernel(String name, String[] inTypes, String outType, String e) {
    StringBuilder s = header(name, inTypes, outType).append(", int rank, const long long* __restrict__ meta) {\n");
    s.append("  const long long step = (long long)gridDim.x * blockDim.x;\n");
    s.append("  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += step) {\n");
    s.append("    long long rest = i;\n");
    for (int k = 0; k < inTypes.length; k++) {
      s.append("    long long o").append(k).append(" = 0;\n");
    }
    s.append("    for (int d = rank - 1; d >= 0; d--) {\n");
    s.append("      const long long j = rest % meta[d];\n");
    s.append("      rest /= meta[d];\n");
    for (int k = 0; k < inTypes.length; k++) {
      s.append("      o").append(k).append(" += j * meta[").append(k + 1).append(" * rank + d];\n");
    }
    s.append("    }\n");
    for (int k = 0; k < inTypes.length; k++) {
      s.append("    const ").append(CudaTypes.ctype(inTypes[k])).append(" x").append(k).append(" = in").append(k).append("[o").append(k).append("];\n");
    }
    s.append("    out[i] = ").append(e).append(";\n  }\n}\n");
    return new KernelSource(name, s.toString());
  }
}

package dev.numbat.gpu.source;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every ufunc expression for every dtype loop it has, every cast pair and every strided copy compile with nvcc. */
class ElementwiseKernelsCompileTest {
  private static final Set<String> BINARY = Set.of("add", "subtract", "multiply", "divide", "true_divide",
      "floor_divide", "remainder", "mod", "fmod", "power", "float_power", "arctan2", "maximum", "minimum", "fmax",
      "fmin", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "logical_and", "logical_or",
      "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "bitwise_left_shift", "right_shift",
      "bitwise_right_shift", "gcd", "lcm", "copysign", "nextafter", "hypot", "logaddexp", "logaddexp2", "heaviside");

  static int arity(String ufunc) {
    return ufunc.equals("clip") ? 3 : BINARY.contains(ufunc) ? 2 : 1;
  }

  /** Output dtypes a loop of input {@code t} may have. */
  static Set<String> outs(String t) {
    Set<String> o = new LinkedHashSet<>(List.of(t, "bool", "uint8"));
    if (CudaTypes.isComplex(t)) {
      o.add(CudaTypes.partOf(t));
    }
    return o;
  }

  /** Every loop with a GPU form: {ufunc, in, out}. */
  static List<String[]> loops() {
    List<String[]> loops = new ArrayList<>();
    for (String u : UfuncExpressions.UFUNCS) {
      for (String t : CudaTypes.DTYPES) {
        for (String out : outs(t)) {
          String[] in = new String[arity(u)];
          java.util.Arrays.fill(in, t);
          String[] ops = new String[in.length];
          java.util.Arrays.fill(ops, "x");
          if (UfuncExpressions.of(u, in, out, ops) != null) {
            loops.add(new String[] {u, t, out});
          }
        }
      }
    }
    return loops;
  }

  @Test
  void everyClaimedUfuncHasItsRealLoops() {
    for (String u : UfuncExpressions.UFUNCS) {
      String[] in = new String[arity(u)];
      java.util.Arrays.fill(in, "float64");
      String[] ops = in.clone();
      java.util.Arrays.fill(ops, "x");
      boolean any = false;
      for (String out : List.of("float64", "bool")) {
        any |= UfuncExpressions.of(u, in, out, ops) != null;
      }
      java.util.Arrays.fill(in, "int32");
      for (String out : List.of("int32", "bool", "uint8")) {
        any |= UfuncExpressions.of(u, in, out, ops) != null;
      }
      assertTrue(any, u + " has no float64 or int32 loop");
    }
    assertNotNull(UfuncExpressions.of("add", new String[] {"complex64", "complex64"}, "complex64", "a", "b"));
  }

  @Test
  void ufuncLoopsCompile() {
    // Every loop's contiguous kernel checks its expression; the strided and scalar-operand
    // variants differ only in indexing, so one loop per (arity, dtype) checks them.
    List<KernelSource> sources = new ArrayList<>();
    Set<String> variants = new java.util.HashSet<>();
    List<String[]> loops = loops();
    for (String[] l : loops) {
      String[] in = new String[arity(l[0])];
      java.util.Arrays.fill(in, l[1]);
      String base = "nb_" + l[0] + "_" + l[1] + "_" + l[2];
      sources.add(ElementwiseKernels.contiguous(base + "_c", l[0], in, l[2]));
      if (variants.add(in.length + l[1])) {
        sources.add(ElementwiseKernels.strided(base + "_s", l[0], in, l[2]));
        boolean[] scalar = new boolean[in.length];
        scalar[0] = true;
        sources.add(ElementwiseKernels.contiguous(base + "_cs", l[0], in, l[2], scalar));
      }
    }
    System.out.println("GPU-UFUNC-LOOPS ufuncs=" + UfuncExpressions.UFUNCS.size() + " loops=" + loops.size());
    NvccSupport.compileAll("ufunc loops", sources, false, "compute_80");
  }

  @Test
  void castsAndCopiesCompile() {
    List<KernelSource> sources = new ArrayList<>();
    for (String from : CudaTypes.DTYPES) {
      for (String to : CudaTypes.DTYPES) {
        sources.add(ElementwiseKernels.cast("nb_cast_" + from + "_" + to, from, to));
        sources.add(ElementwiseKernels.stridedCast("nb_cast_" + from + "_" + to + "_s", from, to));
      }
      sources.add(ElementwiseKernels.stridedCopy("nb_copy_" + from, from));
    }
    NvccSupport.compileAll("casts and copies", sources, false, "compute_80");
  }
}

package dev.numbat.conformance;

import dev.numbat.NDArray;
import dev.numbat.core.ConcretizationError;
import dev.numbat.core.Op;
import dev.numbat.ops.OpTable;
import dev.numbat.trace.CompiledFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spec op's call through {@code Np.function}: the case's array arguments become the compiled
 * function's inputs (traced), every other argument is a constant of the trace. The matrix's
 * {@code fn:OP} rows judge its result against the same NumPy answer as the eager row.
 */
final class CompiledCall {
  private CompiledCall() {}

  /**
   * Spec'd ops that cannot be traced on every array input, each with the reason; their {@code fn:}
   * rows accept the documented refusal, a {@link ConcretizationError}, or NumPy's answer, and
   * {@code TracedCallTest} fails when one of them starts to trace (the list must shrink with the code).
   */
  static final Map<String, String> NOT_TRACEABLE = Map.of(
      "argwhere", "a composite of nonzero (opaque: value-dependent shape)",
      "compress", "a composite of nonzero (opaque: value-dependent shape)",
      "extract", "a composite of nonzero (opaque: value-dependent shape)",
      "flatnonzero", "a composite of nonzero (opaque: value-dependent shape)",
      "percentile", "checks that q is within [0, 100] by reading q's values (a traced q has none)",
      "nanpercentile", "checks that q is within [0, 100] by reading q's values (a traced q has none)");

  /** Spec'd ops whose result is a Java value computed from array values, which a trace does not have. */
  static final Map<String, String> JAVA_RESULTS = Map.of(
      "array_equal", "returns a Java boolean computed from the values (inside a function: Np.all(Np.equal(a, b)))",
      "array_equiv", "returns a Java boolean computed from the values (inside a function: Np.all(Np.equal(a, b)))",
      "allclose", "returns a Java boolean computed from the values (inside a function: Np.all(Np.isclose(a, b)))");

  /** Whether an op gets {@code fn:} rows: primitives and composites (opaque ops run only on concrete values). */
  static boolean hasRows(Op op) {
    return op != null && op.role != Op.Role.OPAQUE;
  }

  /**
   * Whether the compiled call's documented behaviour is a ConcretizationError: a random draw
   * (refused before its arguments are checked), or an op of the list above given a traced array.
   */
  static boolean refused(Op op, Object[] args) {
    if ("random".equals(op.family)) {
      return true;
    }
    if (!NOT_TRACEABLE.containsKey(op.name) && !JAVA_RESULTS.containsKey(op.name)) {
      return false;
    }
    for (Object a : args) {
      if (a instanceof NDArray || a instanceof CaseGenerator.Lazy) {
        return true;
      }
    }
    return false;
  }

  /** The op applied to {@code args} (lazy arguments already made) through a new compiled function. */
  static Object invoke(String op, Object[] args) {
    List<Integer> pos = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof NDArray) {
        pos.add(i);
      }
    }
    Object[] template = args.clone();
    CompiledFunction f = CompiledFunction.ofArrays(pos.size(), xs -> {
      Object[] b = template.clone();
      for (int k = 0; k < pos.size(); k++) {
        b[pos.get(k)] = xs[k];
      }
      return OpTable.invoke(op, b);
    });
    Object[] inputs = new Object[pos.size()];
    for (int k = 0; k < inputs.length; k++) {
      inputs[k] = args[pos.get(k)];
    }
    try {
      return f.call(inputs);
    } finally {
      CudaRegions.add(f.cudaRegions());
    }
  }

  private static final Map<String, Op> OPS = byName();

  private static Map<String, Op> byName() {
    Map<String, Op> m = new java.util.HashMap<>();
    for (Op o : OpTable.OPS) {
      m.put(o.name, o);
    }
    return m;
  }

  static Op op(String name) {
    return OPS.get(name);
  }
}

package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.NDArray;
import dev.numbat.core.Op;
import dev.numbat.ops.OpTable;
import dev.numbat.processor.OpSpec;
import dev.numbat.trace.CompiledFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every spec'd op called through {@code Np.function} gives what its eager call gives: for the
 * first runnable cases of its spec, the array arguments become the traced function's inputs
 * (other arguments are constants of the trace), and the compiled call's result must equal the
 * eager result exactly (dtype, shape, bits), or raise the same exception type. Opaque ops and ops
 * returning Java values are not traceable by design and are counted apart.
 */
class TracedCallTest {
  private static final int CASES_PER_OP = 6;

  private static final Map<String, String> NOT_TRACEABLE = CompiledCall.NOT_TRACEABLE;

  @Test
  void compiledCallsEqualEagerCalls() throws Exception {
    Map<String, String> problems = new TreeMap<>();
    int compared = 0;
    int ops = 0;
    int notTraceable = 0;
    for (OpSpec spec : Specs.load()) {
      Op def = OpTable.OPS.stream().filter(o -> o.name.equals(spec.name())).findFirst().orElseThrow();
      if (def.role == Op.Role.OPAQUE || "random".equals(def.family)) {
        notTraceable++;
        continue;
      }
      int n = 0;
      boolean any = false;
      for (Case c : new CaseGenerator(spec).cases()) {
        if (n == CASES_PER_OP) {
          break;
        }
        Object[] a = c.jargs.clone();
        Object eager;
        try {
          for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof CaseGenerator.Lazy l) {
              a[i] = l.get();
            }
          }
          eager = OpTable.invoke(spec.name(), a.clone());
        } catch (RuntimeException e) {
          continue;
        }
        if (!(eager instanceof NDArray) && !(eager instanceof NDArray[])) {
          break;
        }
        n++;
        any = true;
        List<Integer> pos = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
          if (a[i] instanceof NDArray) {
            pos.add(i);
          }
        }
        Object[] template = a;
        CompiledFunction f = CompiledFunction.ofArrays(pos.size(), xs -> {
          Object[] b = template.clone();
          for (int k = 0; k < pos.size(); k++) {
            b[pos.get(k)] = xs[k];
          }
          return OpTable.invoke(spec.name(), b);
        });
        Object[] inputs = pos.stream().map(i -> a[i]).toArray();
        try {
          Object traced = f.call(inputs);
          String why = differ(eager, traced);
          if (why != null) {
            problems.putIfAbsent(spec.name(), c.label + ": " + why);
          }
        } catch (RuntimeException e) {
          problems.putIfAbsent(spec.name(), c.label + ": traced call raised " + e);
        }
        compared++;
      }
      if (any) {
        ops++;
      }
    }
    System.out.println("traced calls: " + compared + " cases of " + ops + " ops compared with eager; " + problems.size()
        + " ops differ; " + notTraceable + " opaque or random ops not traced");
    List<String> wrong = new ArrayList<>();
    problems.forEach((k, v) -> {
      if (!NOT_TRACEABLE.containsKey(k)) {
        wrong.add(k + ": " + Compare.abbreviate(v, 300));
      }
    });
    for (Map.Entry<String, String> e : NOT_TRACEABLE.entrySet()) {
      System.out.println("  not traceable (" + e.getValue() + "): " + e.getKey());
      if (!problems.containsKey(e.getKey())) {
        wrong.add(e.getKey() + " is listed as not traceable but traced: remove it from NOT_TRACEABLE");
      } else if (!problems.get(e.getKey()).contains("ConcretizationError")) {
        wrong.add(e.getKey() + ": expected a ConcretizationError, got " + Compare.abbreviate(problems.get(e.getKey()), 300));
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  private static String differ(Object eager, Object traced) {
    if (eager instanceof NDArray e) {
      if (!(traced instanceof NDArray t)) {
        return "traced result is " + traced;
      }
      if (e.dtype() != t.dtype() || !Arrays.equals(e.shapeRef(), t.shapeRef())) {
        return "eager " + e.dtype() + Arrays.toString(e.shapeRef()) + ", traced " + t.dtype() + Arrays.toString(t.shapeRef());
      }
      return e.tolist().equals(t.tolist()) || e.toString().equals(t.toString()) ? null : "values differ: " + e + " vs " + t;
    }
    NDArray[] es = (NDArray[]) eager;
    if (!(traced instanceof NDArray[] ts) || ts.length != es.length) {
      return "traced result is " + traced;
    }
    for (int i = 0; i < es.length; i++) {
      String w = differ(es[i], ts[i]);
      if (w != null) {
        return "output " + i + ": " + w;
      }
    }
    return null;
  }
}

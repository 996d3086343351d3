package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Interpreter;
import dev.numbat.core.Op;
import dev.numbat.indexing.IndexOps;
import dev.numbat.ops.OpTable;
import dev.numbat.processor.OpSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * "Every op call passes the one dispatch point" as a checked fact. A counting interpreter is
 * installed; for every op of the specs (enumerated from the YAML, so a new op is covered by
 * construction) a representative call (the first of its conformance cases that runs) must reach
 * the interpreter as that op, with the role its spec states, and a composite must expand into
 * ops that reach it too (or none, when it returns its input, as asanyarray of an array does).
 * Indexing's hand-defined ops and {@code x.T()} are checked the same way.
 */
class DispatchCoverageTest {
  /** Sees every call; expands composites at its level, so their parts reach it as well. */
  static final class Counting implements Interpreter {
    final List<Op> seen = new ArrayList<>();

    @Override
    public Object process(Op op, Object[] args) {
      seen.add(op);
      return Dispatch.expand(op, args);
    }
  }

  /** How many of an op's cases to try before giving up (most run at the first). */
  private static final int TRIES = 40;

  @Test
  void everySpecdOpArrivesAtDispatch() throws Exception {
    Map<String, Op> defs = new TreeMap<>();
    for (Op op : OpTable.OPS) {
      defs.put(op.name, op);
    }
    List<String> problems = new ArrayList<>();
    int primitives = 0;
    int composites = 0;
    int opaque = 0;
    List<OpSpec> specs = Specs.load();
    Map<Op, Boolean> inSuites = null;
    for (OpSpec spec : specs) {
      Op def = defs.get(spec.name());
      if (def == null) {
        problems.add(spec.name() + ": no Op in OpTable.OPS");
        continue;
      }
      if (!def.role.name().equals(spec.role().name())) {
        problems.add(spec.name() + ": spec says " + spec.role() + ", its Op says " + def.role);
      }
      String result = firstRun(spec, def);
      if (result != null) {
        // Ops whose spec cases are only error cases or that need files (random, io) are called by
        // the suites (RandomSuite, IoSuite, ...): a suite call that reaches dispatch as the op counts.
        if (inSuites == null) {
          inSuites = opsReachedBySuites();
        }
        if (!inSuites.containsKey(def)) {
          problems.add(result + "; no suite case reaches it either");
          continue;
        }
      }
      switch (def.role) {
        case PRIMITIVE -> primitives++;
        case COMPOSITE -> composites++;
        case OPAQUE -> opaque++;
      }
    }
    System.out.printf(Locale.ROOT, "dispatch coverage: %d ops of %d specs reached dispatch (%d primitive, %d composite,"
        + " %d opaque)%n", primitives + composites + opaque, specs.size(), primitives, composites, opaque);
    assertTrue(problems.isEmpty(), problems.size() + " ops do not pass dispatch as their spec says:\n  "
        + String.join("\n  ", problems));
  }

  /** Null when a case of {@code spec} ran and reached the interpreter as it should, else the problem. */
  private static String firstRun(OpSpec spec, Op def) {
    List<Case> cases = new CaseGenerator(spec).cases();
    if (cases.isEmpty()) {
      return spec.name() + ": its spec has no conformance case to run";
    }
    String last = null;
    int tried = 0;
    for (Case c : cases) {
      if (tried++ == TRIES) {
        break;
      }
      Counting counter = new Counting();
      Dispatch.push(counter);
      try {
        Matrix.invoke(c);
      } catch (RuntimeException | StackOverflowError e) {
        last = e.getClass().getSimpleName() + ": " + e.getMessage();
        continue;
      } finally {
        Dispatch.pop(counter);
      }
      return judge(spec.name(), def, counter.seen);
    }
    return spec.name() + ": none of its first " + Math.min(TRIES, cases.size()) + " cases ran (last: " + last + ")";
  }

  /** Every op that some suite case's call reached dispatch as (with the composites' parts). */
  private static Map<Op, Boolean> opsReachedBySuites() throws java.io.IOException {
    Map<Op, Boolean> reached = new java.util.IdentityHashMap<>();
    // io ops that no suite calls (their round trips are JUnit tests in generated-api)
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("numbat-dispatch");
    NDArray a = Np.arange(6.0).reshape(2, 3);
    List<Runnable> extra = List.of(
        () -> Np.savez(dir.resolve("a.npz").toString(), a),
        () -> Np.savezCompressed(dir.resolve("b.npz").toString(), a),
        () -> Np.wrap(new float[] {1, 2, 3}),
        () -> Np.toBuffer(a),
        () -> Np.toByteBuffer(a));
    for (Runnable r : extra) {
      Counting counter = new Counting();
      Dispatch.push(counter);
      try {
        r.run();
      } finally {
        Dispatch.pop(counter);
      }
      counter.seen.forEach(o -> reached.put(o, Boolean.TRUE));
    }
    for (Suite suite : Suites.ALL) {
      for (Case c : suite.cases()) {
        if (c.skip != null) {
          continue;
        }
        Counting counter = new Counting();
        Dispatch.push(counter);
        try {
          Matrix.invoke(c);
        } catch (RuntimeException | StackOverflowError e) {
          // an error case still shows which ops it reached
        } finally {
          Dispatch.pop(counter);
        }
        counter.seen.forEach(o -> reached.put(o, Boolean.TRUE));
      }
    }
    return reached;
  }

  private static String judge(String name, Op def, List<Op> seen) {
    if (seen.isEmpty() || seen.get(0) != def) {
      return name + ": the call reached dispatch as " + (seen.isEmpty() ? "nothing" : seen.get(0).name);
    }
    if (def.role == Op.Role.COMPOSITE && seen.size() > 1 && seen.stream().skip(1).noneMatch(o -> o.role != Op.Role.COMPOSITE)) {
      return name + ": a composite whose call reached no primitive (its parts: "
          + seen.stream().skip(1).map(o -> o.name).toList() + ")";
    }
    return null;
  }

  /**
   * Every primitive's abstract evaluation gives the abstract values (dtype, shape) of what its
   * implementation returns, on the first runnable case of its spec: the rule the tracer uses.
   */
  @Test
  void abstractEvaluationMatchesTheImplementation() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (OpSpec spec : Specs.load()) {
      Op def = OpTable.OPS.stream().filter(o -> o.name.equals(spec.name())).findFirst().orElseThrow();
      if (def.role != Op.Role.PRIMITIVE) {
        continue;
      }
      int tried = 0;
      for (Case c : new CaseGenerator(spec).cases()) {
        if (tried++ == TRIES) {
          break;
        }
        Object[] a = c.jargs.clone();
        Object result;
        try {
          for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof CaseGenerator.Lazy l) {
              a[i] = l.get();
            }
          }
          result = def.impl(a);
        } catch (RuntimeException | StackOverflowError e) {
          continue;
        }
        AbstractValue[] want = AbstractValue.ofResult(result);
        if (want.length == 0) {
          break;
        }
        checked++;
        try {
          AbstractValue[] got = def.abstractEval(abstracted(a));
          if (!sameShapesAndDtypes(want, got)) {
            problems.add(spec.name() + " on " + c.label + ": abstract " + java.util.Arrays.toString(got)
                + ", implementation " + java.util.Arrays.toString(want));
          }
        } catch (RuntimeException e) {
          problems.add(spec.name() + " on " + c.label + ": abstract evaluation raised " + e);
        }
        break;
      }
    }
    System.out.println("abstract evaluation: " + checked + " primitives checked, " + problems.size() + " differ");
    assertTrue(problems.isEmpty(), String.join("\n  ", problems));
  }

  private static Object[] abstracted(Object[] a) {
    Object[] out = a.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof NDArray x) {
        out[i] = AbstractValue.of(x);
      } else if (out[i] instanceof Object[] xs) {
        out[i] = abstracted(xs);
      }
    }
    return out;
  }

  private static boolean sameShapesAndDtypes(AbstractValue[] a, AbstractValue[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i].dtype() != b[i].dtype() || !java.util.Arrays.equals(a[i].shape(), b[i].shape())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void indexingAndTransposeArriveAtDispatch() {
    NDArray x = Np.arange(6.0).reshape(2, 3);
    assertSeen(() -> x.get(1), IndexOps.GET);
    assertSeen(() -> x.get(":, {}", new int[] {0, 2}), IndexOps.GET);
    assertSeen(() -> x.at(0).set(7.0), IndexOps.SET);
    assertSeen(() -> x.at(0, 1).add(1.0), IndexOps.ADD);
    assertSeen(() -> x.at(0).subtract(1.0), IndexOps.SUBTRACT);
    assertSeen(() -> x.at(0).multiply(2.0), IndexOps.MULTIPLY);
    assertSeen(() -> x.at(0).divide(2.0), IndexOps.DIVIDE);
    assertSeen(() -> x.at(0).power(2.0), IndexOps.POWER);
    assertSeen(() -> x.at(0).min(2.0), IndexOps.MIN);
    assertSeen(() -> x.at(0).max(2.0), IndexOps.MAX);
    assertSeen(x::T, dev.numbat.ops.TransposeOp.OP);
  }

  private static void assertSeen(java.util.function.Supplier<NDArray> call, Op expected) {
    Counting counter = new Counting();
    Dispatch.push(counter);
    try {
      call.get();
    } finally {
      Dispatch.pop(counter);
    }
    assertTrue(!counter.seen.isEmpty(), expected.name + " did not reach dispatch");
    assertEquals(expected, counter.seen.get(0), "first op seen");
  }
}

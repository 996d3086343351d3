package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.processor.DTypeNames;
import dev.numbat.processor.OpSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * "Every differentiable op has a gradient record" as a checked fact: every spec'd op with a
 * gradient rule has a {@code grad:OP} record in {@link GradSuite}, and every ufunc or reduction
 * whose loops give a float or complex result states its gradient ({@code grad:} rule or
 * {@code none}). Exclusions are listed below with their reason, printed and counted.
 */
class GradCoverageTest {
  /** Ops with a rule but no record, each with the reason; an entry that is not needed fails the test. */
  private static final Map<String, String> EXCLUDED = Map.of();

  private static final Set<String> INEXACT = Set.copyOf(DTypeNames.GROUPS.get("inexact"));

  private static boolean inexactOutput(OpSpec spec) {
    for (OpSpec.Loop loop : spec.loops()) {
      String out = loop.out() == null ? loop.in() : loop.out();
      List<String> members = DTypeNames.GROUPS.getOrDefault(out, List.of(out));
      if (members.stream().anyMatch(INEXACT::contains)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyDifferentiableOpHasARecord() throws Exception {
    Set<String> recorded = new TreeSet<>();
    for (Case c : new GradSuite().cases()) {
      if (c.op.startsWith("grad:")) {
        recorded.add(c.op.substring("grad:".length()));
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    Map<String, String> category = new TreeMap<>();
    for (OpSpec spec : Specs.load()) {
      String name = spec.name();
      OpSpec.Grad grad = spec.grad();
      boolean ruled = grad != null && !grad.none() && !grad.rules().isEmpty();
      boolean loops = spec.kind() != OpSpec.Kind.JAVA;
      if (ruled) {
        category.put(name, recorded.contains(name) ? "recorded" : EXCLUDED.containsKey(name) ? "excluded" : "MISSING");
        if (!recorded.contains(name) && !EXCLUDED.containsKey(name)) {
          missing.add(name);
        }
      } else if (grad != null) {
        category.put(name, grad.none() ? "none (LookupError)" : "constant ({})");
      } else if (loops) {
        if (inexactOutput(spec)) {
          undeclared.add(name);
          category.put(name, "UNDECLARED");
        } else {
          category.put(name, "no float loops (never recorded)");
        }
      } else {
        category.put(name, "java, through its implementation's ops");
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    category.values().forEach(v -> counts.merge(v, 1, Integer::sum));
    System.out.println("gradient coverage of " + category.size() + " spec'd ops: " + counts);
    category.forEach((op, cat) -> System.out.println("  " + op + ": " + cat));
    System.out.println("excluded (" + EXCLUDED.size() + "): " + EXCLUDED);
    List<String> stale = EXCLUDED.keySet().stream().filter(recorded::contains).toList();
    assertTrue(missing.isEmpty(), "ops with a gradient rule but no grad:OP record in GradSuite: " + missing);
    assertTrue(undeclared.isEmpty(), "ufuncs/reductions with float or complex loops but no grad: key: " + undeclared);
    assertTrue(stale.isEmpty(), "excluded ops that now have records (drop them from EXCLUDED): " + stale);
  }
}

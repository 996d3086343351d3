package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.conformance.suites.grad.GradSuite;
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
 * {@code none}). A java op without {@code grad:} is either differentiated through its
 * implementation (and then recorded too) or listed as not differentiable with its reason.
 * Exclusions are listed below with their reason, printed and counted.
 */
class GradCoverageTest {
  /** Ops with a rule but no record, each with the reason; an entry that is not needed fails the test. */
  private static final Map<String, String> EXCLUDED = Map.of();

  /**
   * Java ops without {@code grad:} that are differentiated through the spec'd ops their
   * implementation calls: they need records like ops with rules.
   */
  private static final Set<String> THROUGH_IMPLEMENTATION = Set.of("true_divide", "mod", "average", "polyval",
      "interp", "concat", "vecdot", "convolve", "correlate", "polyadd", "polyder", "polyint", "gradient", "ediff1d",
      "unwrap", "cov", "corrcoef", "cumulative_sum", "cumulative_prod", "nancumsum", "nancumprod", "permute_dims",
      "matrix_transpose", "rollaxis", "resize", "modf",
      "fft.fft2", "fft.ifft2", "fft.fftn", "fft.ifftn", "fft.rfft2", "fft.irfft2", "fft.rfftn", "fft.irfftn", "fft.fftshift",
      "fft.ifftshift");

  /** Every other java op without {@code grad:}: why it has no gradient. */
  private static final Map<String, String> NOT_DIFFERENTIABLE = notDifferentiable();

  private static Map<String, String> notDifferentiable() {
    Map<String, String> m = new TreeMap<>();
    for (String op : List.of("allclose", "array_equal", "array_equiv", "iscomplexobj", "isrealobj", "isdtype", "isscalar")) {
      m.put(op, "returns a Java boolean, not an array");
    }
    for (String op : List.of("can_cast", "finfo", "iinfo", "issubdtype", "promote_types", "result_type")) {
      m.put(op, "dtype utility: no array result");
    }
    for (String op : List.of("frombuffer", "fromfile", "genfromtxt", "load", "loadtxt", "save", "savetxt", "savez",
        "savez_compressed", "to_buffer", "to_byte_buffer", "tobytes", "tofile", "wrap")) {
      m.put(op, "io: bytes, files and buffers");
    }
    for (String op : List.of("random.beta", "random.binomial", "random.choice", "random.default_rng", "random.exponential",
        "random.gamma", "random.normal", "random.permutation", "random.poisson", "random.rand", "random.randint",
        "random.randn", "random.random", "random.random_sample", "random.seed", "random.shuffle",
        "random.standard_normal", "random.uniform")) {
      m.put(op, "random draw (or generator state)");
    }
    m.put("einsum_path", "returns a contraction plan, not an array");
    m.put("arange", "bounds are Java numbers (JAX also wants concrete bounds); a watched 0-d bound raises LookupError naming arange");
    return m;
  }

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
    List<String> unclassified = new ArrayList<>();
    Set<String> javaWithoutGrad = new TreeSet<>();
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
      } else if (javaWithoutGrad.add(name) && THROUGH_IMPLEMENTATION.contains(name)) {
        category.put(name, recorded.contains(name) ? "recorded (through its implementation)" : "MISSING");
        if (!recorded.contains(name)) {
          missing.add(name);
        }
      } else if (NOT_DIFFERENTIABLE.containsKey(name)) {
        category.put(name, "not differentiable: " + NOT_DIFFERENTIABLE.get(name));
      } else {
        unclassified.add(name);
        category.put(name, "UNCLASSIFIED");
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    category.values().forEach(v -> counts.merge(v, 1, Integer::sum));
    System.out.println("gradient coverage of " + category.size() + " spec'd ops: " + counts);
    category.forEach((op, cat) -> System.out.println("  " + op + ": " + cat));
    System.out.println("excluded (" + EXCLUDED.size() + "): " + EXCLUDED);
    System.out.println("java ops without grad: that are not differentiable (" + NOT_DIFFERENTIABLE.size() + ")");
    List<String> stale = EXCLUDED.keySet().stream().filter(recorded::contains).toList();
    assertTrue(missing.isEmpty(), "ops with a gradient rule but no grad:OP record in GradSuite: " + missing);
    assertTrue(undeclared.isEmpty(), "ufuncs/reductions with float or complex loops but no grad: key: " + undeclared);
    assertTrue(unclassified.isEmpty(), "java ops without grad: that are neither THROUGH_IMPLEMENTATION nor NOT_DIFFERENTIABLE"
        + " (give them a rule, grad: none or grad: {}, or classify them here): " + unclassified);
    Set<String> listed = new TreeSet<>(NOT_DIFFERENTIABLE.keySet());
    listed.addAll(THROUGH_IMPLEMENTATION);
    listed.removeAll(javaWithoutGrad);
    assertTrue(listed.isEmpty(), "listed as java ops without grad: but spec'd otherwise or not at all: " + listed);
    assertTrue(stale.isEmpty(), "excluded ops that now have records (drop them from EXCLUDED): " + stale);
  }
}

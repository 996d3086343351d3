package dev.numbat.processor;

import java.util.List;
import java.util.Map;

/**
 * One op entry of a spec file, validated. {@code file}/{@code line} point at the entry so later
 * stages (kernel lookup) can still report where a problem comes from.
 */
public record OpSpec(
    String file,
    int line,
    String name,
    Kind kind,
    List<Arg> args,
    Doc doc,
    List<Loop> loops,
    int loopsLine,
    Promotion promotion,
    String cpuKernel,
    int kernelLine,
    String impl,
    int implLine,
    List<String> methods,
    String identity,
    boolean dtypeArg,
    Grad grad,
    String batch,
    Map<String, Object> test,
    String boolError,
    boolean combinesPartials,
    Role role,
    String family,
    String signature,
    String opaqueReason,
    String gpuKernel,
    List<String> keywords) {

  /**
   * The spec's {@code grad:} key (null when absent): {@code grad: none} (not differentiable) or a
   * map from differentiable input name to its formula ({@link GradFormula}); an empty map
   * ({@code grad: {}}) says the result does not depend differentiably on any input. {@code file}/{@code line}
   * locate the key.
   */
  public record Grad(boolean none, Map<String, Formula> rules, String file, int line) {}

  /** One input's gradient formula and the line it is written on. */
  public record Formula(String text, int line) {}

  /** How the op is implemented: by a generated runner family, or by hand ({@code impl:}). */
  public enum Kind {
    /** Element-wise over broadcast inputs, one output; loops + kernel per loop. YAML {@code kind: ufunc}. */
    UFUNC,
    /** Reduces over axis (int, tuple or none) with keepdims (and dtype=); loops + kernel. YAML {@code kind: reduction}. */
    REDUCTION,
    /**
     * A hand-written Java method named by {@code impl}; the spec gives it the API. YAML
     * {@code kind: primitive}, {@code composite} or {@code opaque} (the op's {@link Role}).
     */
    JAVA;
  }

  /** How transformations treat the op (DESIGN §4): the runtime's {@code dev.numbat.core.Op.Role}. */
  public enum Role {
    /** Needs a kernel or storage access: transformations need a rule for it. */
    PRIMITIVE,
    /** Its implementation calls only public ops: transformations see through it. */
    COMPOSITE,
    /** Runs only on concrete values (value-dependent result shape, side effects); {@code opaque:} says why. */
    OPAQUE;
  }

  /** Families a hand-written primitive may declare ({@code family:}); ufuncs and reductions are their own. */
  public static final java.util.Set<String> FAMILIES = java.util.Set.of("view", "index", "gather", "scatter",
      "sort", "scan", "gufunc", "linalg", "factory", "random", "cast", "join", "split", "metadata", "io",
      "set", "count", "fft", "other");

  /** Batching families ({@code batch:}), the rule families of the vectorization interpreter. */
  public static final java.util.Set<String> BATCH_FAMILIES = java.util.Set.of("elementwise", "reduction",
      "gufunc", "view", "index", "gather", "scatter", "sort", "scan", "fft", "factory", "random", "loop");

  /** How argument dtypes combine before the loop lookup. */
  public enum Promotion {
    /** NumPy's result_type of all operands (NEP 50 weak scalars). */
    COMMON,
    /** As COMMON, but bool and integer results use the float64 loop (true division, mean). */
    INTS_TO_FLOAT64,
    /** As COMMON, but bool and integers narrower than 64 bits accumulate in (u)int64 (sum, prod). */
    WIDEN_INTS;
  }

  /** A parameter: {@code name: type = default}; type is one of {@link #TYPES}. */
  public record Arg(String name, String type, String defaultValue, int line) {
    public boolean optional() { return defaultValue != null; }
  }

  /** Parameter types a java-kind spec may declare, with the Java type each becomes. */
  public static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("array", "Object"),
      Map.entry("ndarray", "NDArray"),
      Map.entry("arrays", "Object[]"),
      Map.entry("int", "int"),
      Map.entry("long", "long"),
      Map.entry("double", "double"),
      Map.entry("bool", "boolean"),
      Map.entry("dtype", "DType"),
      Map.entry("shape", "int[]"),
      Map.entry("axis", "int[]"),
      Map.entry("int?", "Integer"),
      Map.entry("double?", "Double"),
      Map.entry("string", "String"),
      Map.entry("object", "Object"));

  public record Doc(String summary, String numpy, String notes) {
    public String url() {
      return "https://numpy.org/doc/stable/reference/generated/" + numpy + ".html";
    }
  }

  /** A dtype loop: inputs all of {@code in}, output {@code out}. Kernels are looked up by {@code in}. */
  public record Loop(String in, String out) {}

  /** lowerCamelCase Java name of a NumPy snake_case name. */
  public static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /**
   * The NumPy sub-module of a dotted name ({@code linalg} for {@code linalg.inv}), or "" for a
   * top-level op. Namespaced ops live in a nested class of {@code Np}: {@code Np.linalg.inv(a)}.
   */
  public String namespace() {
    int i = name.lastIndexOf('.');
    return i < 0 ? "" : name.substring(0, i);
  }

  /** The Java method name: the last part of the NumPy name in lowerCamelCase. */
  public String javaName() { return camel(name.substring(name.lastIndexOf('.') + 1)); }

  /** The generated loop-table class: {@code SinOp}, {@code LinalgNormOp}. */
  public String className() {
    StringBuilder b = new StringBuilder();
    for (String part : name.split("\\.")) {
      String c = camel(part);
      b.append(Character.toUpperCase(c.charAt(0))).append(c.substring(1));
    }
    return b.append("Op").toString();
  }
}

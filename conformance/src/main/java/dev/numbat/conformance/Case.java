package dev.numbat.conformance;

import dev.numbat.NDArray;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One call checked against NumPy: the Numbat arguments (every parameter in spec order, as
 * {@code OpTable.invoke} takes them) and the same call for NumPy (positional + keywords).
 */
public final class Case {
  public final String op;
  /** The NumPy callable: a dotted name or a lambda (the spec's {@code reference:}). */
  public final String ref;
  /** Every parameter in spec order; null when the case could not be built (see {@link #buildError}). */
  public final Object[] jargs;
  public final List<Object> pyArgs;
  public final Map<String, Object> pyKw;
  /** Python-style call text with arrays as dtype(shape): {@code add(float32(3, 4), 2.5)}. */
  public final String label;
  public final String dtypes;
  public final String shapes;
  /** What {@code skip:} keys match: dtype names, weak, empty, nonfinite, the literal case text. */
  public final Set<String> tags;
  public final Tolerance tol;
  /** Why the case is skipped (from {@code skip:}), or null. */
  public String skip;
  /** Why only its compiled ({@code fn:}) row is skipped (from {@code skip-fn:}), or null. */
  public String skipCompiled;
  /** Why the case could not be built (a spec problem), or null. */
  public final String buildError;
  /** The Numbat side of a {@link Suite} case; null for spec cases, which call {@code OpTable}. */
  public final java.util.function.Supplier<Object> numbat;
  /**
   * A suite case's call through {@code Np.function} (its arrays traced), judged in the
   * {@code fn:} row of its group; null when the suite gives none (spec cases get theirs from
   * {@code CompiledCall}).
   */
  public java.util.function.Supplier<Object> compiled;
  /**
   * A suite case that is {@code OpTable.invoke(op, layoutJargs)} with its group the op's name: its
   * Java arguments, from which {@link Layouts} derives the op's layout rows; null otherwise.
   */
  public Object[] layoutJargs;

  Case(String op, String ref, Object[] jargs, List<Object> pyArgs, Map<String, Object> pyKw, String label,
      String dtypes, String shapes, Set<String> tags, Tolerance tol, String buildError) {
    this.op = op;
    this.ref = ref;
    this.jargs = jargs;
    this.pyArgs = pyArgs;
    this.pyKw = pyKw;
    this.label = label;
    this.dtypes = dtypes;
    this.shapes = shapes;
    this.tags = tags;
    this.tol = tol;
    this.buildError = buildError;
    this.numbat = null;
  }

  private Case(String group, String ref, List<Object> pyArgs, Map<String, Object> pyKw, String label,
      Tolerance tol, java.util.function.Supplier<Object> numbat) {
    this.op = group;
    this.ref = ref;
    this.jargs = new Object[0];
    this.pyArgs = pyArgs;
    this.pyKw = pyKw;
    this.label = label;
    this.dtypes = "";
    this.shapes = "";
    this.tags = Set.of();
    this.tol = tol;
    this.buildError = null;
    this.numbat = numbat;
  }

  /**
   * A {@link Suite} case: NumPy evaluates {@code ref(*pyArgs, **pyKw)} ({@code ref} a dotted name
   * or a Python lambda; arguments are Java values the wire encodes: NDArray, numbers, strings,
   * lists, maps, null), Numbat evaluates {@code numbat}; they are judged as spec cases are
   * (values within {@code tol}, or the same error). {@code group} is the report row.
   */
  public static Case of(String group, String label, String ref, List<Object> pyArgs, Map<String, Object> pyKw,
      Tolerance tol, java.util.function.Supplier<Object> numbat) {
    return new Case(group, ref, pyArgs, pyKw, label, tol, numbat);
  }

  /** {@link #of} with positional arguments only and the default (element-wise) tolerances. */
  public static Case of(String group, String label, String ref, List<Object> pyArgs,
      java.util.function.Supplier<Object> numbat) {
    return new Case(group, ref, pyArgs, Map.of(), label, Tolerance.defaults(false), numbat);
  }

  /** The array inputs printed in full, for failure reports. */
  public String inputs() {
    StringBuilder b = new StringBuilder();
    int i = 0;
    for (Object a : pyArgs) {
      append(b, "arg" + i++, a);
    }
    for (Map.Entry<String, Object> e : pyKw.entrySet()) {
      append(b, e.getKey(), e.getValue());
    }
    return b.toString();
  }

  private static void append(StringBuilder b, String name, Object v) {
    if (v instanceof NDArray x) {
      String s;
      try {
        s = x.toString();
      } catch (RuntimeException e) {
        s = x.dtype() + Py.repr(x.shapeRef()) + " (repr failed: " + e + ")";
      }
      b.append(b.length() == 0 ? "" : "\n").append(name).append(" = ").append(s.replace("\n", " "));
    } else if (v instanceof List<?> l) {
      int j = 0;
      for (Object o : l) {
        if (o instanceof NDArray) {
          append(b, name + "[" + j + "]", o);
        }
        j++;
      }
    }
  }

  @Override
  public String toString() { return label; }
}

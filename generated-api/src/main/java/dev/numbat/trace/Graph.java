package dev.numbat.trace;

import dev.numbat.NDArray;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A traced function as a list of equations (JAX's jaxpr): each applies one op to variables
 * (the function's inputs or earlier equations' outputs) and constants, and defines the variables
 * of its outputs. {@link #run} evaluates it on concrete inputs, one op call per equation through
 * {@link Dispatch}, so interpreters outside the compiled call (a tape) see its ops.
 */
public final class Graph {
  /** A value of the graph: its number and abstract value. */
  public record Var(int id, AbstractValue aval) {
    @Override
    public String toString() { return "%" + id; }
  }

  /**
   * One op application: {@code args} are the call's arguments with {@link Var}s in place of traced
   * arrays (also inside {@code Object[]} arguments); {@code out} is the result's form, with Vars
   * in place of its arrays (a Var, or an {@code Object[]}/{@code NDArray[]} holding Vars).
   */
  public record Eqn(Op op, Object[] args, Object out) {}

  final List<Var> inputs = new ArrayList<>();
  final List<Eqn> eqns = new ArrayList<>();
  /** The function's result form, Vars in place of arrays; concrete arrays are constants. */
  Object outputs;
  int vars;

  Var newVar(AbstractValue a) {
    return new Var(vars++, a);
  }

  public List<Var> inputs() { return List.copyOf(inputs); }

  public List<Eqn> equations() { return List.copyOf(eqns); }

  /** Evaluates the graph on {@code args} (one concrete array per input); returns the result's form with arrays. */
  Object run(NDArray[] args) {
    Object[] env = new Object[vars];
    for (int i = 0; i < args.length; i++) {
      env[inputs.get(i).id] = args[i];
    }
    for (Eqn e : eqns) {
      Object r = Dispatch.bind(e.op, (Object[]) fill(e.args, env));
      bind(e.out, r, env);
    }
    return fill(outputs, env);
  }

  /** {@code template} with each Var replaced by its value in {@code env}. */
  static Object fill(Object template, Object[] env) {
    if (template instanceof Var v) {
      return env[v.id];
    }
    if (template instanceof NDArray[] xs) {
      NDArray[] out = new NDArray[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = (NDArray) fill(xs[i], env);
      }
      return out;
    }
    if (template instanceof Object[] xs) {
      Object[] out = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = fill(xs[i], env);
      }
      return out;
    }
    return template;
  }

  /** Stores the arrays of result {@code r} under the Vars of its form {@code out}. */
  static void bind(Object out, Object r, Object[] env) {
    if (out instanceof Var v) {
      env[v.id] = r;
    } else if (out instanceof Object[] xs) {
      Object[] rs = (Object[]) r;
      for (int i = 0; i < xs.length; i++) {
        bind(xs[i], rs[i], env);
      }
    }
  }

  /** The graph as text, one equation a line: {@code %2:float32[3] = sin(%0)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    header(b, this);
    for (Eqn e : eqns) {
      line(b, "  ", e);
    }
    return b.append("  return ").append(text(outputs, false)).append("\n}").toString();
  }

  static void header(StringBuilder b, Graph g) {
    b.append('(');
    for (int i = 0; i < g.inputs.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(g.inputs.get(i)).append(':').append(g.inputs.get(i).aval());
    }
    b.append(") {\n");
  }

  static void line(StringBuilder b, String indent, Eqn e) {
    b.append(indent).append(text(e.out, true)).append(" = ").append(e.op.name).append('(');
    for (int i = 0; i < e.args.length; i++) {
      b.append(i == 0 ? "" : ", ").append(text(e.args[i], false));
    }
    b.append(")\n");
  }

  static String text(Object o, boolean withType) {
    if (o instanceof Var v) {
      return withType ? v + ":" + v.aval() : v.toString();
    }
    if (o instanceof Object[] xs) {
      StringBuilder b = new StringBuilder("(");
      for (int i = 0; i < xs.length; i++) {
        b.append(i == 0 ? "" : ", ").append(text(xs[i], withType));
      }
      return b.append(')').toString();
    }
    if (o instanceof NDArray a) {
      return "const:" + AbstractValue.of(a);
    }
    if (o instanceof int[] xs) {
      return Arrays.toString(xs);
    }
    return String.valueOf(o);
  }
}

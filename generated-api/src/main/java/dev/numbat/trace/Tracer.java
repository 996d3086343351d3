package dev.numbat.trace;

import dev.numbat.NDArray;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Buffer;
import dev.numbat.core.ConcretizationError;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Interpreter;
import dev.numbat.core.Op;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The tracing interpreter (JAX's {@code DynamicJaxprTrace}): while a function is traced, every op
 * call that involves one of its tracers becomes an equation of the {@link Graph}, with tracer
 * results of the op's abstract value; calls on constants only run at once (constant folding), and
 * composites are expanded into the ops they call. Opaque ops on tracers, non-array results
 * computed from array values, and random draws (which would be frozen into the graph) raise
 * {@link ConcretizationError}.
 */
final class Tracer implements Interpreter {
  private final Graph graph = new Graph();
  /**
   * A branch or loop body traced inside another trace: tracers of the enclosing traces that it
   * reads (captured by the Java closure) become extra inputs of its graph, {@link #captures}.
   */
  private final boolean lifts;
  private final java.util.List<NDArray> captures = new java.util.ArrayList<>();

  Tracer() {
    this(false);
  }

  Tracer(boolean liftsCaptures) {
    this.lifts = liftsCaptures;
  }

  /** The enclosing traces' tracers this graph reads, in the order of its inputs after the explicit ones. */
  java.util.List<NDArray> captures() { return java.util.List.copyOf(captures); }

  /** A tracer of an enclosing trace (its values are unknown here too), which a lifting trace takes as an input. */
  private boolean foreign(NDArray x) {
    return lifts && !vars.containsKey(x) && "none".equals(x.bufferKind());
  }
  private final Map<NDArray, Graph.Var> vars = new IdentityHashMap<>();

  /** Variables read during the trace, in the order their inputs were added after the arguments. */
  private final Map<Object, NDArray> variableInputs = new java.util.LinkedHashMap<>();

  Graph graph() { return graph; }

  @SuppressWarnings("unchecked")
  java.util.List<dev.numbat.autodiff.Variable> variables() {
    return java.util.List.copyOf((java.util.Set<dev.numbat.autodiff.Variable>) (java.util.Set<?>) variableInputs.keySet());
  }

  @Override
  public NDArray readVariable(Object variable, NDArray value) {
    if (lifts || vars.containsKey(value)) {
      return value;
    }
    return variableInputs.computeIfAbsent(variable, v -> input(AbstractValue.of(value),
        "variable '" + ((dev.numbat.autodiff.Variable) v).name() + "' read by the traced function"));
  }

  /**
   * Runs {@code fn} on a fresh input of each of {@code avals} (arranged as {@code in}) with this
   * tracer installed, records its result as the graph's outputs and returns the result's structure.
   */
  Tree trace(java.util.function.Function<Object, Object> fn, Tree in, java.util.List<AbstractValue> avals, String what) {
    java.util.List<NDArray> ins = new java.util.ArrayList<>(avals.size());
    for (int i = 0; i < avals.size(); i++) {
      ins.add(input(avals.get(i), what + " " + i));
    }
    Object arg = in.unflatten(ins.iterator());
    Dispatch.push(this);
    Object out;
    try {
      out = fn.apply(arg);
    } finally {
      Dispatch.pop(this);
    }
    java.util.List<NDArray> outLeaves = new java.util.ArrayList<>();
    Tree outTree = Tree.flatten(out, outLeaves, false);
    graph.outputs = outputsOf(outLeaves.toArray());
    return outTree;
  }

  /** A new input of the graph: a tracer of abstract value {@code a}. */
  NDArray input(AbstractValue a, String name) {
    Graph.Var v = graph.newVar(a);
    graph.inputs.add(v);
    NDArray t = NDArray.withBuffer(a, Buffer.none(name));
    vars.put(t, v);
    return t;
  }

  @Override
  public Object process(Op op, Object[] args) {
    if ("random".equals(op.family)) {
      // Run at trace time, a draw would become a constant: every call would return the same numbers.
      throw new ConcretizationError(op.name, "a random draw inside a traced function would be frozen into the"
          + " graph (every call would return the same numbers); draw outside the function and pass the values in");
    }
    if (!involvesTracer(args)) {
      return Dispatch.below(op, args);
    }
    if (op.role == Op.Role.COMPOSITE) {
      return Dispatch.expand(op, args);
    }
    if (op.role == Op.Role.OPAQUE) {
      throw new ConcretizationError(op.name, "it is opaque (" + op.opaqueReason + ") and was applied to a traced"
          + " array; call it outside the function");
    }
    Object[] template = (Object[]) replace(args);
    // The result's form and abstract values: the implementation run on stand-ins of the tracers
    // (its own op calls on them come back here as constants and run below).
    Object standInResult = op.onStandIns((Object[]) avals(template));
    Object out = tracers(op, standInResult);
    graph.eqns.add(new Graph.Eqn(op, template, varsOf(out)));
    return out;
  }

  /** Whether an argument (also inside an {@code Object[]}) is a tracer of this trace. */
  private boolean involvesTracer(Object[] args) {
    for (Object a : args) {
      if (a instanceof NDArray x && (vars.containsKey(x) || foreign(x))) {
        return true;
      }
      if (a instanceof Object[] xs && involvesTracer(xs)) {
        return true;
      }
    }
    return false;
  }

  /** The arguments with each tracer replaced by its Var. */
  private Object replace(Object a) {
    if (a instanceof NDArray x) {
      Graph.Var v = vars.get(x);
      if (v == null && foreign(x)) {
        input(AbstractValue.of(x), "a traced array captured by a branch or loop body");
        v = graph.inputs.get(graph.inputs.size() - 1);
        vars.put(x, v);
        captures.add(x);
      }
      return v != null ? v : x;
    }
    if (a instanceof Object[] xs) {
      Object[] out = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = replace(xs[i]);
      }
      return out;
    }
    return a;
  }

  /** The template with each Var's abstract value in its place (what {@link Op#onStandIns} reads). */
  private static Object avals(Object t) {
    if (t instanceof Graph.Var v) {
      return v.aval();
    }
    if (t instanceof Object[] xs) {
      Object[] out = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = avals(xs[i]);
      }
      return out;
    }
    return t;
  }

  /** The stand-in result with a fresh tracer for each of its arrays. */
  private Object tracers(Op op, Object r) {
    if (r instanceof NDArray a) {
      AbstractValue av = AbstractValue.of(a);
      Graph.Var v = graph.newVar(av);
      NDArray t = NDArray.withBuffer(av, Buffer.none(op.name));
      vars.put(t, v);
      return t;
    }
    if (r instanceof NDArray[] xs) {
      NDArray[] out = new NDArray[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = (NDArray) tracers(op, xs[i]);
      }
      return out;
    }
    if (r instanceof Object[] xs) {
      Object[] out = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = tracers(op, xs[i]);
      }
      return out;
    }
    if (!"metadata".equals(op.family)) {
      throw new ConcretizationError(op.name, "it returns a Java value (" + (r == null ? "null" : r.getClass().getSimpleName())
          + ") computed from array values, which a traced function does not have");
    }
    return r;
  }

  /** The form of a traced result with Vars in place of its tracers. */
  private Object varsOf(Object out) {
    if (out instanceof NDArray t) {
      return vars.get(t);
    }
    if (out instanceof Object[] xs) {
      Object[] r = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        r[i] = varsOf(xs[i]);
      }
      return r;
    }
    return out;
  }

  /** The function's result form: Vars for tracers, constants as they are. */
  Object outputsOf(Object result) {
    return replace(result instanceof java.util.List<?> l ? l.toArray() : result);
  }
}

package dev.numbat.trace;

import dev.numbat.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph passes that run before fusion. Each returns a new graph with the same inputs and the
 * same result, equal to the original's bit for bit:
 * <ul>
 *   <li>{@link #commonSubexpressions}: {@code asarray(x)} of a strong array is {@code x} (it
 *       returns its argument); an equation applying the same op to the same arguments as
 *       an earlier one is dropped and its outputs renamed to the earlier outputs (every op in a
 *       graph is pure: random draws and opaque ops never reach one);
 *   <li>{@link #deadCode}: equations none of whose outputs reach the result are dropped.
 * </ul>
 * Constant folding happens while tracing (an op whose arguments are all constants runs at once,
 * and its result is a constant of the graph). No algebraic rewriting is done: NumPy evaluates
 * {@code x + 0.0}, {@code x * 1} and reassociations as written (signed zeros, NaN payloads, rounding).
 */
final class Passes {
  private Passes() {}

  /** The graph after common-subexpression elimination, then dead-code elimination. */
  static Graph optimise(Graph g) {
    return deadCode(commonSubexpressions(g));
  }

  static Graph commonSubexpressions(Graph g) {
    Graph out = shell(g);
    Map<List<Object>, Graph.Eqn> seen = new HashMap<>();
    Map<Graph.Var, Object> rename = new HashMap<>();
    for (Graph.Eqn e : g.eqns) {
      Object[] args = (Object[]) renamed(e.args(), rename);
      if (isIdentity(e.op().name, args) && e.out() instanceof Graph.Var) {
        // asarray of a strong array without a dtype returns that array itself
        rename.put((Graph.Var) e.out(), args[0]);
        continue;
      }
      List<Object> key = Arrays.asList(e.op(), canonical(args));
      Graph.Eqn first = seen.get(key);
      if (first != null) {
        alias(e.out(), first.out(), rename);
        continue;
      }
      Graph.Eqn kept = new Graph.Eqn(e.op(), args, e.out());
      seen.put(key, kept);
      out.eqns.add(kept);
    }
    out.outputs = renamed(g.outputs, rename);
    return out;
  }

  private static boolean isIdentity(String op, Object[] args) {
    return op.equals("asarray") && args.length == 2 && args[1] == null && args[0] instanceof Graph.Var x
        && !x.aval().weak();
  }

  static Graph deadCode(Graph g) {
    boolean[] live = new boolean[g.vars];
    mark(g.outputs, live);
    List<Graph.Eqn> kept = new ArrayList<>();
    for (int i = g.eqns.size() - 1; i >= 0; i--) {
      Graph.Eqn e = g.eqns.get(i);
      if (anyLive(e.out(), live)) {
        kept.add(e);
        mark(e.args(), live);
      }
    }
    java.util.Collections.reverse(kept);
    Graph out = shell(g);
    out.eqns.addAll(kept);
    out.outputs = g.outputs;
    return out;
  }

  private static Graph shell(Graph g) {
    Graph out = new Graph();
    out.inputs.addAll(g.inputs);
    out.vars = g.vars;
    return out;
  }

  private static void mark(Object t, boolean[] live) {
    if (t instanceof Graph.Var v) {
      live[v.id()] = true;
    } else if (t instanceof Object[] xs) {
      for (Object x : xs) {
        mark(x, live);
      }
    }
  }

  private static boolean anyLive(Object t, boolean[] live) {
    if (t instanceof Graph.Var v) {
      return live[v.id()];
    }
    if (t instanceof Object[] xs) {
      for (Object x : xs) {
        if (anyLive(x, live)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Object renamed(Object t, Map<Graph.Var, Object> rename) {
    if (t instanceof Graph.Var v) {
      return rename.getOrDefault(v, v);
    }
    if (t instanceof Object[] xs) {
      Object[] r = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        r[i] = renamed(xs[i], rename);
      }
      return r;
    }
    return t;
  }

  /** Maps the Vars of a dropped equation's result form to the kept equation's. */
  private static void alias(Object dropped, Object kept, Map<Graph.Var, Object> rename) {
    if (dropped instanceof Graph.Var v) {
      rename.put(v, kept);
    } else if (dropped instanceof Object[] xs) {
      Object[] ks = (Object[]) kept;
      for (int i = 0; i < xs.length; i++) {
        alias(xs[i], ks[i], rename);
      }
    }
  }

  /** A value-comparable form of an argument template: arrays by identity, Java arrays by content. */
  private static Object canonical(Object a) {
    if (a instanceof NDArray x) {
      return new Identity(x);
    }
    if (a instanceof Object[] xs) {
      List<Object> l = new ArrayList<>(xs.length);
      for (Object x : xs) {
        l.add(canonical(x));
      }
      return l;
    }
    if (a instanceof int[] xs) {
      return List.of(Arrays.stream(xs).boxed().toArray());
    }
    if (a instanceof long[] xs) {
      return List.of(Arrays.stream(xs).boxed().toArray());
    }
    if (a instanceof double[] xs) {
      return List.of(Arrays.stream(xs).boxed().toArray());
    }
    if (a != null && a.getClass().isArray()) {
      return new Identity(a);
    }
    return a == null ? Null.NULL : a;
  }

  private enum Null { NULL }
}

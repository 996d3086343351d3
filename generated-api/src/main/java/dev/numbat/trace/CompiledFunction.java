package dev.numbat.trace;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.autodiff.Variable;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Dispatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function traced once per input signature and compiled ({@code Np.function(fn)}, TF's
 * {@code tf.function}, JAX's {@code jit}). The first call with a new signature runs {@code fn} on
 * tracers, optimises the {@link Graph} it records ({@link Passes}: common subexpressions, dead
 * code; {@link Fusion}: element-wise chains and their full reductions in one blocked loop) and
 * keeps the program; every later call with that signature runs the program.
 *
 * <p>Semantics:
 * <ul>
 *   <li>The signature is the structure of the arguments (lists, maps, Java arrays, records; see
 *       {@link Tree}), each array's dtype, shape and weak flag, and the values of non-array
 *       arguments (strings, enums, {@code DType}s, ...). Java numbers are weak scalars, traced like
 *       arrays (as JAX does; TF retraces per Python value). A new signature traces again;
 *       {@link #tracingCount()} counts the traces.
 *   <li>The Java code of {@code fn} runs at trace time only. Arrays it captures from its closure
 *       are constants of the trace (as in JAX). {@link Variable}s it reads are read at every call
 *       (as in TF): a training loop that assigns them needs no retrace.
 *   <li>Reading a tracer's values ({@code item()}, {@code toFloatArray()}, a Java {@code if} on
 *       a comparison) raises {@link dev.numbat.core.ConcretizationError}; branch and loop with
 *       {@code Np.cond}, {@code Np.whileLoop} and {@code Np.scan}. A random draw inside {@code fn}
 *       raises it too (it would return the same numbers at every call): draw outside and pass the
 *       values in.
 *   <li>A tape opened inside {@code fn} is traced with it: its backward pass becomes part of the
 *       graph and is optimised with the forward pass. A tape open around a call records the
 *       graph's ops one by one (the call then runs unoptimised, so the tape sees every op).
 *   <li>Nested compiled functions inline: their calls are traced into the caller's graph.
 * </ul>
 */
public final class CompiledFunction {
  /** A function of any arguments (the general form; {@code Np.function} wraps the typed arities). */
  @FunctionalInterface
  public interface Body {
    Object apply(Object[] args);
  }

  private final Body fn;
  private final int arity;
  private final Map<Key, Compiled> cache = new ConcurrentHashMap<>();
  /** The last signature called with arrays only, checked first without allocating. */
  private volatile Compiled last;
  private int tracings;

  private record Key(Tree tree, List<AbstractValue> avals) {}

  /** One signature's trace, its optimised program, and what a call needs to check and supply. */
  private record Compiled(Graph graph, Program program, Tree inTree, Tree outTree, List<Variable> variables,
      DType[] dtypes, int[][] shapes, boolean[] weak) {
    boolean matches(Object[] args) {
      if (args.length != dtypes.length || inTree.kind() != Tree.Kind.ARRAY || !variables.isEmpty()) {
        return false;
      }
      for (int i = 0; i < args.length; i++) {
        if (!(args[i] instanceof NDArray x) || x.dtype() != dtypes[i] || x.isWeak() != weak[i]
            || !Arrays.equals(x.shapeRef(), shapes[i])) {
          return false;
        }
      }
      return true;
    }
  }

  /** {@code fn} of {@code arity} positional arguments ({@code -1}: any number). */
  public CompiledFunction(int arity, Body fn) {
    this.arity = arity;
    this.fn = fn;
  }

  /** The typed arities' form: {@code fn} receives its {@code arity} arguments as arrays. */
  public static CompiledFunction ofArrays(int arity, Function<NDArray[], Object> fn) {
    return new CompiledFunction(arity, (Body) args -> {
      NDArray[] xs = new NDArray[args.length];
      for (int i = 0; i < xs.length; i++) {
        if (!(args[i] instanceof NDArray x)) {
          throw new dev.numbat.errors.TypeError("argument " + i + " of this function is an array; got "
              + (args[i] == null ? "null" : args[i].getClass().getSimpleName()));
        }
        xs[i] = x;
      }
      return fn.apply(xs);
    });
  }

  /**
   * Runs the function on {@code args}: arrays, Java numbers (weak scalars), and for the general
   * form any nest of them; returns what {@code fn} returns, with the call's arrays in place of the
   * traced ones ({@code NDArray}, {@code List<NDArray>}, a map, a record ...).
   */
  public Object call(Object... args) {
    if (arity >= 0 && args.length != arity) {
      throw new dev.numbat.errors.TypeError("function takes " + arity + " positional arguments but "
          + args.length + " were given");
    }
    if (args.getClass() != Object[].class) {
      args = Arrays.copyOf(args, args.length, Object[].class);
    }
    Compiled c = last;
    NDArray[] leaves;
    if (c != null && c.matches(args)) {
      leaves = new NDArray[args.length];
      for (int i = 0; i < args.length; i++) {
        leaves[i] = (NDArray) args[i];
      }
    } else {
      List<NDArray> flat = new ArrayList<>();
      Tree tree = Tree.flatten(args, flat);
      leaves = flat.toArray(new NDArray[0]);
      c = compiled(tree, leaves);
      if (c.inTree.equals(Tree.leaves(args.length)) && c.variables.isEmpty()) {
        last = c;
      }
    }
    if (!c.variables.isEmpty()) {
      // Variables are inputs too, read now (which lets a tape around the call watch them).
      NDArray[] all = Arrays.copyOf(leaves, leaves.length + c.variables.size());
      for (int i = 0; i < c.variables.size(); i++) {
        all[leaves.length + i] = c.variables.get(i).value();
      }
      leaves = all;
    }
    // Under a tape (or another interpreter) the graph runs op by op, so the tape records its ops;
    // an eager call runs the optimised program.
    Object[] out = (Object[]) (Dispatch.eager() ? c.program.run(leaves) : c.graph.run(leaves));
    return c.outTree.unflatten(Arrays.asList(out).iterator());
  }

  /** {@link #call} of a function returning one array. */
  public NDArray apply(Object... args) {
    Object r = call(args);
    if (!(r instanceof NDArray x)) {
      throw new dev.numbat.errors.TypeError("the function returned " + (r == null ? "null" : r.getClass().getSimpleName())
          + ", not an array: use call(...)");
    }
    return x;
  }

  private Compiled compiled(Tree tree, NDArray[] leaves) {
    List<AbstractValue> avals = new ArrayList<>(leaves.length);
    for (NDArray x : leaves) {
      avals.add(AbstractValue.of(x));
    }
    Key key = new Key(tree, avals);
    Compiled c = cache.get(key);
    return c != null ? c : trace(key);
  }

  private synchronized Compiled trace(Key key) {
    Compiled done = cache.get(key);
    if (done != null) {
      return done;
    }
    Tracer t = new Tracer();
    List<NDArray> ins = new ArrayList<>(key.avals.size());
    for (int i = 0; i < key.avals.size(); i++) {
      ins.add(t.input(key.avals.get(i), "argument " + i + " of the traced function"));
    }
    Object[] args = (Object[]) key.tree.unflatten(ins.iterator());
    Dispatch.push(t);
    Object out;
    try {
      out = fn.apply(args);
    } finally {
      Dispatch.pop(t);
    }
    List<NDArray> outLeaves = new ArrayList<>();
    Tree outTree = Tree.flatten(out, outLeaves, false);
    t.graph().outputs = t.outputsOf(outLeaves.toArray());
    tracings++;
    Graph g = t.graph();
    int n = g.inputs.size();
    DType[] d = new DType[n];
    int[][] s = new int[n][];
    boolean[] w = new boolean[n];
    for (int i = 0; i < n; i++) {
      AbstractValue a = g.inputs.get(i).aval();
      d[i] = a.dtype();
      s[i] = a.shape();
      w[i] = a.weak();
    }
    Compiled c = new Compiled(g, Fusion.compile(Passes.optimise(g)), key.tree, outTree, t.variables(),
        Arrays.copyOf(d, key.avals.size()), s, w);
    cache.put(key, c);
    return c;
  }

  /** How many times the function was traced (TF's {@code experimental_get_tracing_count}). */
  public synchronized int tracingCount() { return tracings; }

  /**
   * The optimised program for the signature of {@code args}, as text (traces it if needed): one
   * op application a line, fused regions as blocks listing their equations.
   */
  public String graphText(Object... args) {
    return signature(args).program.toString();
  }

  /** The graph as traced, before optimisation, for the signature of {@code args}. */
  public String tracedGraphText(Object... args) {
    return signature(args).graph.toString();
  }

  /** How many fused regions the program for the signature of {@code args} has. */
  public int fusedRegions(Object... args) {
    return signature(args).program.fusedRegions();
  }

  private Compiled signature(Object[] args) {
    List<NDArray> flat = new ArrayList<>();
    Tree tree = Tree.flatten(args, flat);
    return compiled(tree, flat.toArray(new NDArray[0]));
  }
}

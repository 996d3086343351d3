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

  /** A signature: the arguments' structure, their abstract values and the devices they are committed to (null: uncommitted). */
  private record Key(Tree tree, List<AbstractValue> avals, List<dev.numbat.device.Device> devices) {}

  /** One signature's trace, its optimised program, and what a call needs to check and supply. */
  private record Compiled(Graph graph, Program program, Tree inTree, Tree outTree, List<Variable> variables,
      DType[] dtypes, int[][] shapes, boolean[] weak, dev.numbat.device.Device[] devices) {
    boolean matches(Object[] args) {
      if (args.length != dtypes.length || inTree.kind() != Tree.Kind.ARRAY || !variables.isEmpty()) {
        return false;
      }
      for (int i = 0; i < args.length; i++) {
        if (!(args[i] instanceof NDArray x) || x.dtype() != dtypes[i] || x.isWeak() != weak[i]
            || !Arrays.equals(x.shapeRef(), shapes[i]) || dev.numbat.device.Devices.committed(x) != devices[i]) {
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
    if (declared != null && (c = declaredOrNull(args)) != null) {
      leaves = new NDArray[args.length];
      for (int i = 0; i < args.length; i++) {
        leaves[i] = (NDArray) args[i];
      }
    } else if ((c = last) != null && c.matches(args)) {
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
    Object[] out;
    if (Dispatch.interpreted()) {
      out = (Object[]) c.graph.run(leaves);
    } else if (!dev.numbat.device.Devices.placing) {
      out = (Object[]) c.program.run(leaves);
    } else {
      // on a CPU device the fused program runs on host views of the inputs; on a GPU its regions
      // are CUDA kernels and the rest dispatches to the GPU's ops
      Compiled cc = c;
      dev.numbat.device.Device gpu = dev.numbat.device.Placement.gpuOf("a compiled function", leaves);
      out = gpu != null ? (Object[]) c.program.runOnGpu(leaves, gpu)
          : dev.numbat.device.Placement.runOnCpu("a compiled function", leaves, xs -> (Object[]) cc.program.run(xs));
    }
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

  /** Under a declared signature: the program for these arrays (null when their unknown sizes differ). */
  private Compiled declaredOrNull(Object[] args) {
    NDArray[] xs = new NDArray[args.length];
    for (int i = 0; i < args.length; i++) {
      xs[i] = dev.numbat.backend.cpu.Scalars.operand(args[i]);
      args[i] = xs[i];
    }
    return declaredCall(xs);
  }

  private Compiled compiled(Tree tree, NDArray[] leaves) {
    List<AbstractValue> avals = new ArrayList<>(leaves.length);
    for (NDArray x : leaves) {
      avals.add(AbstractValue.of(x));
    }
    List<dev.numbat.device.Device> devices = new ArrayList<>(leaves.length);
    for (NDArray x : leaves) {
      devices.add(dev.numbat.device.Devices.committed(x));
    }
    Key key = new Key(tree, avals, devices);
    Compiled c = cache.get(key);
    return c != null ? c : trace(key);
  }

  private synchronized Compiled trace(Key key) {
    Compiled done = cache.get(key);
    if (done != null) {
      return done;
    }
    Compiled c = traced(key.tree, key.avals, key.devices);
    cache.put(key, c);
    return c;
  }

  /** Runs {@code fn} on tracers of {@code avals} (arranged as {@code tree}) and compiles the graph. */
  private Compiled traced(Tree tree, List<AbstractValue> avals) {
    return traced(tree, avals, null);
  }

  private Compiled traced(Tree tree, List<AbstractValue> avals, List<dev.numbat.device.Device> devices) {
    Tracer t = new Tracer();
    Tree outTree = t.trace(x -> fn.apply((Object[]) x), tree, avals, "argument of the traced function");
    tracings++;
    dev.numbat.device.Device[] on = new dev.numbat.device.Device[avals.size()];
    if (devices != null) {
      devices.toArray(on);
    }
    return compile(t.graph(), tree, outTree, t.variables(), on);
  }

  private static Compiled compile(Graph g, Tree tree, Tree outTree, List<Variable> variables, dev.numbat.device.Device[] devices) {
    int explicit = devices.length;
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
    return new Compiled(g, Fusion.compile(Passes.optimise(g)), tree, outTree, variables, Arrays.copyOf(d, explicit), s, w, devices);
  }

  // ------------------------------------------------------------------ declared input signature

  /**
   * One argument of a declared input signature (TF's {@code tf.TensorSpec}): its dtype and shape,
   * {@code -1} for a dimension of unknown size (TF's {@code None}).
   */
  public record Spec(DType dtype, int... shape) {
    public Spec {
      shape = shape.clone();
    }
  }

  private Spec[] declared;
  private Polymorphic polymorphic;
  private Compiled polymorphicA;
  private final Map<Integer, Compiled> bySize = new ConcurrentHashMap<>();

  /**
   * This function with a declared input signature: every call must match it (else TypeError), and
   * the unknown dimensions ({@code -1}) are traced once for all their sizes. The function is traced
   * twice, at two sizes, to check that its graph depends on the size only through the shapes (see
   * {@link Polymorphic}); a call whose unknown dimensions have different sizes from one another
   * traces for its own shapes. Returns this function.
   */
  public synchronized CompiledFunction withInputSignature(Spec... specs) {
    if (arity >= 0 && specs.length != arity) {
      throw new dev.numbat.errors.TypeError("input_signature has " + specs.length + " entries; the function takes " + arity);
    }
    declared = specs.clone();
    return this;
  }

  /** The compiled program for a call under the declared signature. */
  private Compiled declaredCall(NDArray[] xs) {
    int size = -1;
    boolean oneSize = true;
    for (int i = 0; i < xs.length; i++) {
      Spec sp = declared[i];
      int[] s = xs[i].shapeRef();
      boolean ok = xs[i].dtype() == sp.dtype() && s.length == sp.shape().length;
      for (int k = 0; ok && k < s.length; k++) {
        int want = sp.shape()[k];
        if (want >= 0) {
          ok = s[k] == want;
        } else if (size < 0) {
          size = s[k];
        } else {
          oneSize &= size == s[k];
        }
      }
      if (!ok) {
        throw new dev.numbat.errors.TypeError("Python inputs incompatible with input_signature: argument " + i + " is "
            + AbstractValue.of(xs[i]) + ", the signature declares " + sp.dtype() + Arrays.toString(sp.shape()).replace("-1", "None"));
      }
    }
    if (size < 0 || !oneSize) {
      return null;
    }
    Compiled c = bySize.get(size);
    if (c != null) {
      return c;
    }
    synchronized (this) {
      if (polymorphic == null) {
        List<int[]> shapes = new ArrayList<>();
        for (Spec sp : declared) {
          shapes.add(sp.shape());
        }
        int[] ab = Polymorphic.probeSizes(shapes);
        Tree tree = Tree.leaves(xs.length);
        Compiled ca = traced(tree, signatureAt(ab[0]));
        Compiled cb = traced(tree, signatureAt(ab[1]));
        polymorphic = Polymorphic.of(ca.graph, cb.graph, ab[0], ab[1]);
        polymorphicA = ca;
      }
      Compiled a = polymorphicA;
      Graph g = polymorphic.at(size);
      c = compile(g, a.inTree, a.outTree, a.variables, new dev.numbat.device.Device[xs.length]);
      bySize.put(size, c);
      return c;
    }
  }

  private List<AbstractValue> signatureAt(int n) {
    List<AbstractValue> avals = new ArrayList<>();
    for (Spec sp : declared) {
      int[] s = sp.shape().clone();
      for (int k = 0; k < s.length; k++) {
        if (s[k] < 0) {
          s[k] = n;
        }
      }
      avals.add(new AbstractValue(sp.dtype(), s, false));
    }
    return avals;
  }

  /** How many times the function was traced (TF's {@code experimental_get_tracing_count}). */
  public synchronized int tracingCount() { return tracings; }

  /**
   * The CUDA C of every fused region of every signature traced so far (a
   * {@code dev.numbat.gpu.source.KernelSource}, or a String saying why a region has none): what
   * the GPU backend compiles with NVRTC; the test suite compiles them with nvcc.
   */
  public List<Object> cudaRegions() {
    List<Object> out = new ArrayList<>();
    for (Compiled c : cache.values()) {
      out.addAll(c.program.cudaRegions());
    }
    return out;
  }

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

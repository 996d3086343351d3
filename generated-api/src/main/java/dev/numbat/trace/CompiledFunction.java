package dev.numbat.trace;

import dev.numbat.NDArray;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Dispatch;
import dev.numbat.backend.cpu.Scalars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function traced once per input signature ({@code Np.function(fn)}, TF's {@code tf.function},
 * JAX's {@code jit}): the first call with new dtypes, shapes or weak flags runs {@code fn} on
 * tracers and keeps the {@link Graph}; every call runs the graph of its signature.
 *
 * <p>Semantics: the Java code of {@code fn} runs at trace time only; arrays it captures from its
 * closure are constants of the trace; reading a tracer's values ({@code item()},
 * {@code toFloatArray()}, a Java {@code if} on one) raises {@link dev.numbat.core.ConcretizationError},
 * and so does a random draw inside {@code fn} (it would return the same numbers at every call:
 * draw outside and pass the values in).
 * A tape opened inside {@code fn} is traced with it (its backward ops are equations); a tape
 * outside records the compiled call's ops one by one.
 *
 * <p>This is the first step of the {@code Np.function} issue: the graph runs op by op (no
 * optimisation or fusion yet), and abstract evaluation of a hand-written primitive runs its
 * implementation once on stand-in arrays at trace time.
 */
public final class CompiledFunction {
  private final Function<NDArray[], Object> fn;
  private final int arity;
  private final Map<List<AbstractValue>, Graph> cache = new ConcurrentHashMap<>();
  private int tracings;

  public CompiledFunction(int arity, Function<NDArray[], Object> fn) {
    this.arity = arity;
    this.fn = fn;
  }

  /**
   * Runs the function on {@code args} (anything {@code asarray} takes; Java numbers are weak
   * scalars): an {@code NDArray}, or a {@code List<NDArray>} when {@code fn} returns a list.
   */
  public Object call(Object... args) {
    if (args.length != arity) {
      throw new dev.numbat.errors.TypeError("function takes " + arity + " positional arguments but "
          + args.length + " were given");
    }
    NDArray[] xs = new NDArray[args.length];
    List<AbstractValue> sig = new ArrayList<>(args.length);
    for (int i = 0; i < args.length; i++) {
      xs[i] = Scalars.operand(args[i]);
      sig.add(AbstractValue.of(xs[i]));
    }
    Graph g = cache.get(sig);
    if (g == null) {
      g = trace(sig);
      cache.put(sig, g);
    }
    Object r = g.run(xs);
    return r instanceof Object[] list && !(r instanceof NDArray[]) ? List.of(Arrays.copyOf(list, list.length, NDArray[].class)) : r;
  }

  /** {@link #call} of a function returning one array. */
  public NDArray apply(Object... args) {
    return (NDArray) call(args);
  }

  private synchronized Graph trace(List<AbstractValue> sig) {
    Tracer t = new Tracer();
    NDArray[] ins = new NDArray[sig.size()];
    for (int i = 0; i < ins.length; i++) {
      ins[i] = t.input(sig.get(i), "argument " + i + " of the traced function");
    }
    Dispatch.push(t);
    Object out;
    try {
      out = fn.apply(ins);
    } finally {
      Dispatch.pop(t);
    }
    t.graph().outputs = t.outputsOf(out);
    tracings++;
    return t.graph();
  }

  /** How many times the function was traced (TF's {@code experimental_get_tracing_count}). */
  public synchronized int tracingCount() { return tracings; }

  /** The graph traced for the abstract values of {@code args}, as text (traces it if needed). */
  public String graphText(Object... args) {
    List<AbstractValue> sig = new ArrayList<>(args.length);
    for (Object a : args) {
      sig.add(AbstractValue.of(Scalars.operand(a)));
    }
    return cache.computeIfAbsent(sig, this::trace).toString();
  }
}

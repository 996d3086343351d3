package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.core.ConcretizationError;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Interpreter;
import dev.numbat.core.Op;
import dev.numbat.errors.NumpyError;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The vectorizing interpreter (JAX's {@code BatchTrace}), one per level of {@code Np.vmap}: while
 * the function runs on one example's arrays, every op call that involves a batched value of this
 * level runs once on the whole batch, at the interpreter below, by the op's batching rule
 * ({@link Rules}, by the spec's {@code batch:} family). Calls on unbatched values only run below
 * unchanged; composites expand into their primitives; metadata ops read the example's dtype and
 * shape; opaque ops and random draws on batched values raise. A primitive without a rule runs once
 * per example and the results are stacked, counted per op ({@link #fallbacks}) and logged once.
 *
 * <p>Every batch has its batch axis first: a rule's rewriting is then the op's own broadcasting
 * over leading axes, or an axis argument counted from the end; {@code inAxes} other than 0 cost
 * one transposed view at entry. A nested level's batches are batched values of the outer level
 * (batches of batches).
 */
public final class BatchInterpreter implements Interpreter {
  /** The batch size: every batched value of this level has it as its axis 0. */
  final int size;

  BatchInterpreter(int size) {
    this.size = size;
  }

  /** Factories whose arguments are shapes and numbers only: nothing batched ever reaches them. */
  private static final java.util.Set<String> NO_ARRAYS = java.util.Set.of("zeros", "eye", "tril_indices", "triu_indices");

  /** Why a batched argument is refused by {@code op}, or null. */
  private static String refusal(Op op) {
    if ("random".equals(op.family) || op.name.startsWith("random.")) {
      return "a random draw on a vectorized argument would need a key per example; draw the batch's numbers"
          + " outside the function and pass them in as a mapped argument";
    }
    return switch (op.name) {
      case "arange" -> "its result's length depends on the values of its arguments, which differ per example";
      case "frombuffer", "wrap" -> "it reads a Java buffer, which is not an array of examples";
      default -> null;
    };
  }

  private static final System.Logger LOG = System.getLogger("dev.numbat.batch");
  private static final Map<String, LongAdder> FALLBACKS = new ConcurrentHashMap<>();

  /** How often each primitive without a batching rule ran as a loop over its batch, by op name. */
  public static Map<String, Long> fallbacks() {
    Map<String, Long> m = new TreeMap<>();
    FALLBACKS.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }

  /** Whether {@code op} is batched by a rule of its own (not composite, metadata, or the loop). */
  public static boolean hasRule(Op op) {
    return Rules.of(op) != null;
  }

  /**
   * How a primitive is batched: its rule's family ({@code elementwise}, {@code reduction},
   * {@code gufunc}, ...), {@code metadata} (run on the example's dtype and shape), {@code refused}
   * (random draws), or null: the loop over the examples.
   */
  public static String batching(Op op) {
    if (refusal(op) != null) {
      return "refused";
    }
    if (NO_ARRAYS.contains(op.name)) {
      return "factory";
    }
    if ("metadata".equals(op.family)) {
      return "metadata";
    }
    return Rules.familyOf(op);
  }

  @Override
  public Object process(Op op, Object[] args) {
    if (!involvesBatched(args)) {
      return Dispatch.below(op, args);
    }
    String refused = refusal(op);
    if (refused != null) {
      throw new ConcretizationError(op.name, refused);
    }
    if (op.role == Op.Role.COMPOSITE) {
      return Dispatch.expand(op, args);
    }
    if (op.role == Op.Role.OPAQUE) {
      throw new ConcretizationError(op.name, "it is opaque (" + op.opaqueReason + ") and was applied to a"
          + " vectorized array; use Np.mapFn to run the function on each example");
    }
    if ("metadata".equals(op.family)) {
      // Dtypes and shapes only: a batched value has its example's.
      return Dispatch.below(op, args);
    }
    Rule rule = Rules.of(op);
    if (rule == null) {
      return loop(op, args);
    }
    Object r;
    try {
      r = Dispatch.belowDo(() -> rule.apply(this, op, args));
    } catch (RuntimeException e) {
      if (!(e instanceof NumpyError)) {
        throw e;
      }
      // The rule's rewriting reports the batch's shapes; the caller wrote one example's call.
      throw firstExampleError(op, args, e);
    }
    return r == Rules.LOOP ? loop(op, args) : wrap(r);
  }

  /** The per-example call's error, raised by running example 0 alone; {@code e} when that one succeeds. */
  private RuntimeException firstExampleError(Op op, Object[] args, RuntimeException e) {
    if (size == 0) {
      return e;
    }
    try {
      Dispatch.belowDo(() -> Dispatch.bind(op, (Object[]) example(args, 0)));
    } catch (RuntimeException first) {
      return first;
    }
    return e;
  }

  /** The fallback: {@code op} once per example, the results stacked. */
  private Object loop(Op op, Object[] args) {
    LongAdder n = FALLBACKS.computeIfAbsent(op.name, k -> {
      LOG.log(System.Logger.Level.INFO, "vectorizedMap: no batching rule for " + op.name + " (" + op.spec
          + "); it runs once per example");
      return new LongAdder();
    });
    n.increment();
    if (size == 0) {
      throw new dev.numbat.errors.ValueError("vectorizedMap over an empty batch reached " + op.name
          + ", which has no batching rule");
    }
    Object r = Dispatch.belowDo(() -> {
      Object[] each = new Object[size];
      for (int i = 0; i < size; i++) {
        each[i] = Dispatch.bind(op, (Object[]) example(args, i));
      }
      return stack(op, each);
    });
    return wrap(r);
  }

  /** The results of each example's call, stacked along a new axis 0 (each output separately). */
  private static Object stack(Op op, Object[] each) {
    Object first = each[0];
    if (first instanceof NDArray) {
      return Np.stack(each, 0);
    }
    if (first instanceof Object[] xs) {
      Object[] out = first instanceof NDArray[] ? new NDArray[xs.length] : new Object[xs.length];
      for (int j = 0; j < xs.length; j++) {
        Object[] col = new Object[each.length];
        for (int i = 0; i < each.length; i++) {
          col[i] = ((Object[]) each[i])[j];
        }
        out[j] = stack(op, col);
      }
      return out;
    }
    throw new ConcretizationError(op.name, "it returns a Java value (" + (first == null ? "null"
        : first.getClass().getSimpleName()) + ") computed from array values, which a vectorized function does not have");
  }

  /** {@code args} with each batched value of this level replaced by its example {@code i}. */
  private Object example(Object a, int i) {
    if (a instanceof NDArray x) {
      NDArray v = valueOf(x);
      return v == null ? x : v.get(i);
    }
    if (a instanceof Object[] xs) {
      Object[] out = xs.clone();
      for (int j = 0; j < xs.length; j++) {
        out[j] = example(xs[j], i);
      }
      return out;
    }
    return a;
  }

  // ------------------------------------------------------------------ for rules

  /** The batch of {@code x} (batch axis 0) when it is a batched value of this level, else null. */
  NDArray valueOf(Object x) {
    return x instanceof NDArray a && a.buffer() instanceof Batched b && b.level == this ? b.value : null;
  }

  boolean isBatched(Object x) {
    return valueOf(x) != null;
  }

  /** The batch of {@code x}; an unbatched operand is broadcast along a new axis 0 (a view). */
  NDArray batchOf(Object x) {
    NDArray v = valueOf(x);
    if (v != null) {
      return v;
    }
    NDArray a = x instanceof NDArray y ? y : Scalars.operand(x);
    int[] s = new int[a.ndim() + 1];
    s[0] = size;
    System.arraycopy(a.shapeRef(), 0, s, 1, a.ndim());
    return Np.broadcastTo(a, s);
  }

  /** The example's shape of {@code x} (its own shape when unbatched). */
  static int[] exampleShape(Object x) {
    return x instanceof NDArray a ? a.shapeRef() : Scalars.operand(x).shapeRef();
  }

  /** How many elements one example of {@code x} has. */
  static int exampleSize(Object x) {
    return dev.numbat.backend.cpu.Shapes.size(exampleShape(x));
  }

  boolean involvesBatched(Object[] args) {
    for (Object a : args) {
      if (isBatched(a) || a instanceof Object[] xs && involvesBatched(xs)) {
        return true;
      }
    }
    return false;
  }

  /** The example view of a batch (batch axis 0): what the vectorized function sees. */
  NDArray batched(NDArray value) {
    int[] s = value.shapeRef();
    return NDArray.withBuffer(new dev.numbat.core.AbstractValue(value.dtype(), java.util.Arrays.copyOfRange(s, 1, s.length),
        value.isWeak()), new Batched(this, value));
  }

  /** A rule's result with each array (a batch) replaced by its example view. */
  Object wrap(Object r) {
    if (r instanceof NDArray v) {
      return batched(v);
    }
    if (r instanceof NDArray[] xs) {
      NDArray[] out = new NDArray[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = batched(xs[i]);
      }
      return out;
    }
    if (r instanceof Object[] xs) {
      Object[] out = new Object[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = wrap(xs[i]);
      }
      return out;
    }
    return r;
  }
}

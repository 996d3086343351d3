package dev.numbat.core;

import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Reduction;
import dev.numbat.backend.cpu.Ufunc;
import dev.numbat.device.Devices;
import dev.numbat.device.Placement;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place every op call passes (JAX's {@code bind}). The generated entry points call
 * {@link #bind} (or the allocation-free forms {@link #bind1}, {@link #bind2}, {@link #bind3},
 * {@link #bindReduction} of the element-wise and reduction families; a hand-written op's entry
 * point asks {@link #eager} first and then calls its implementation directly, so the eager path
 * boxes nothing); indexing's {@code get} and {@code at(...)} updates do the same with their
 * hand-defined ops.
 *
 * <p>Which interpreter runs a call: the innermost interpreter installed on the calling thread
 * ({@link #push}), or, when there is none, the eager one, which is the op's own
 * {@link Op#impl implementation}. An interpreter that runs the op {@link #below} itself makes the
 * next one down the innermost while the op runs, so a primitive's implementation never reaches
 * the interpreter that is handling it (the tape records an op once, not its inner calls).
 *
 * <p>Devices: once an array lives on a device other than the uncommitted host
 * ({@link Devices#placing}), the eager interpreter is {@link Placement}, which runs the op on its
 * inputs' device; until then that costs one field read.
 *
 * <p>Cost: while no interpreter is installed on any thread the check is one read of a counter and
 * nothing is allocated, so the eager path is a direct call. While some thread has one, a thread
 * without any pays one {@code ThreadLocal} read per op and still allocates nothing; the state is
 * per thread, so a tape open on one thread neither records nor slows ops on another.
 */
public final class Dispatch {
  private Dispatch() {}

  /** Threads with at least one interpreter installed: zero means every thread is eager. */
  private static final AtomicInteger THREADS_WITH_INTERPRETERS = new AtomicInteger();

  private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

  /** One thread's interpreters, outermost first, and the level the next call starts at. */
  private static final class State {
    Interpreter[] stack = new Interpreter[4];
    int size;
    /** Calls go to {@code stack[level - 1]}; 0 runs them eagerly. Lowered while an interpreter runs an op below itself. */
    int level;
  }

  /** The calling thread's state when it has interpreters, else null; allocates nothing. */
  private static State active() {
    if (THREADS_WITH_INTERPRETERS.get() == 0) {
      return null;
    }
    State s = STATE.get();
    return s.level == 0 ? null : s;
  }

  /**
   * True when this thread's op calls run eagerly (no interpreter reaches them): the generated
   * entry points of hand-written ops test this first and then call their implementation directly,
   * with typed parameters and no argument array, as the ufunc and reduction binds do.
   */
  public static boolean eager() {
    return active() == null && !Devices.placing;
  }

  /** True when an interpreter (a tape, a trace, a batch) receives this thread's op calls. */
  public static boolean interpreted() {
    return active() != null;
  }

  /**
   * The eager interpreter: the op's implementation, or, once devices are in use, the
   * {@link Placement} that runs it on its inputs' device.
   */
  private static Object eagerRun(Op op, Object[] args) {
    return Devices.placing ? Placement.run(op, args) : op.impl(args);
  }

  // ------------------------------------------------------------------ bind

  /** Runs {@code op} on {@code args} (spec order, primitive parameters boxed) through the innermost interpreter. */
  public static Object bind(Op op, Object... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof ArrayLike a) {
        args[i] = a.read();
      }
    }
    State s = active();
    return s == null ? eagerRun(op, args) : s.stack[s.level - 1].process(op, args);
  }

  /** {@link #bind} of a one-input ufunc, allocation-free on the eager path. */
  public static NDArray bind1(UfuncOp op, Object x) {
    x = read(x);
    State s = active();
    if (s == null) {
      return Placement.needed(x) ? (NDArray) Placement.run(op, new Object[] {x}) : Ufunc.call1(op.def, x);
    }
    return (NDArray) s.stack[s.level - 1].process(op, new Object[] {x});
  }

  /** {@link #bind} of a two-input ufunc, allocation-free on the eager path. */
  public static NDArray bind2(UfuncOp op, Object x, Object y) {
    x = read(x);
    y = read(y);
    State s = active();
    if (s == null) {
      return Placement.needed(x, y) ? (NDArray) Placement.run(op, new Object[] {x, y}) : Ufunc.call2(op.def, x, y);
    }
    return (NDArray) s.stack[s.level - 1].process(op, new Object[] {x, y});
  }

  /** {@link #bind} of a three-input ufunc, allocation-free on the eager path. */
  public static NDArray bind3(UfuncOp op, Object x, Object y, Object z) {
    x = read(x);
    y = read(y);
    z = read(z);
    State s = active();
    if (s == null) {
      return Placement.needed(x, y, z) ? (NDArray) Placement.run(op, new Object[] {x, y, z}) : Ufunc.call3(op.def, x, y, z);
    }
    return (NDArray) s.stack[s.level - 1].process(op, new Object[] {x, y, z});
  }

  /** {@link #bind} of a reduction, allocation-free on the eager path. */
  public static NDArray bindReduction(ReductionOp op, Object x, int[] axis, boolean keepdims, dev.numbat.DType dtype) {
    x = read(x);
    State s = active();
    if (s == null) {
      return Placement.needed(x) ? (NDArray) Placement.run(op, new Object[] {x, axis, keepdims, dtype})
          : Reduction.call(op.def, x, axis, keepdims, dtype);
    }
    return (NDArray) s.stack[s.level - 1].process(op, new Object[] {x, axis, keepdims, dtype});
  }

  /** An {@link ArrayLike} argument (a Variable) read now, anything else as it is. */
  private static Object read(Object x) {
    return x instanceof ArrayLike a ? a.read() : x;
  }

  // ------------------------------------------------------------------ for interpreters

  /**
   * Runs {@code op} at the interpreter below the one now handling it (the eager implementation at
   * the bottom). Called from {@link Interpreter#process}; while it runs, op calls made by the
   * implementation go below too.
   */
  public static Object below(Op op, Object[] args) {
    State s = STATE.get();
    int saved = s.level;
    if (saved == 0) {
      return eagerRun(op, args);
    }
    s.level = saved - 1;
    try {
      return s.level == 0 ? eagerRun(op, args) : s.stack[s.level - 1].process(op, args);
    } finally {
      s.level = saved;
    }
  }

  /**
   * Runs {@code body} at the interpreter below the one now handling a call, as {@link #below}
   * runs one op: a batching rule's own op calls (on the batched values) go down, not back to it.
   */
  public static <T> T belowDo(java.util.function.Supplier<T> body) {
    State s = STATE.get();
    int saved = s.level;
    if (saved == 0) {
      return body.get();
    }
    s.level = saved - 1;
    try {
      return body.get();
    } finally {
      s.level = saved;
    }
  }

  /**
   * Runs a composite's implementation at the current level, so the interpreter handling it sees
   * the ops it is made of. For a primitive this is {@link #below}: its implementation is not
   * made of ops an interpreter may see.
   */
  public static Object expand(Op op, Object[] args) {
    return op.role == Op.Role.COMPOSITE ? op.impl(args) : below(op, args);
  }

  /** Installs {@code it} as the innermost interpreter that this thread's calls reach; undo with {@link #pop}. */
  public static void push(Interpreter it) {
    State s = STATE.get();
    if (s.size == s.stack.length) {
      s.stack = Arrays.copyOf(s.stack, s.size * 2);
    }
    if (s.size == 0) {
      THREADS_WITH_INTERPRETERS.incrementAndGet();
    }
    // Above the current level: inside an op's implementation run below an interpreter, a new
    // one goes beneath the interpreters that are hidden there, which stay hidden.
    int at = s.level;
    System.arraycopy(s.stack, at, s.stack, at + 1, s.size - at);
    s.stack[at] = it;
    s.size++;
    s.level = at + 1;
  }

  /**
   * Removes {@code it} from this thread's interpreters, wherever it is (tapes may close in any
   * order); false when it was not installed on this thread.
   */
  public static boolean pop(Interpreter it) {
    State s = STATE.get();
    for (int i = s.size - 1; i >= 0; i--) {
      if (s.stack[i] == it) {
        System.arraycopy(s.stack, i + 1, s.stack, i, s.size - i - 1);
        s.stack[--s.size] = null;
        if (s.level > i) {
          s.level--;
        }
        if (s.size == 0) {
          THREADS_WITH_INTERPRETERS.decrementAndGet();
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The interpreters of this thread that calls now reach, outermost first (those below the one
   * handling a call, while it runs the op below itself).
   */
  public static Interpreter[] visible() {
    if (THREADS_WITH_INTERPRETERS.get() == 0) {
      return NONE;
    }
    State s = STATE.get();
    return s.level == 0 ? NONE : Arrays.copyOf(s.stack, s.level);
  }

  private static final Interpreter[] NONE = new Interpreter[0];
}

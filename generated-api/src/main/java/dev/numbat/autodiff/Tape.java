package dev.numbat.autodiff;

import dev.numbat.NDArray;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The recording hook the generated op entry points call. Kept apart from {@link GradientTape}
 * (the user API) because its cost matters on every op call: while no tape is open anywhere,
 * {@link #recording()} is one volatile read of a counter and the op records nothing; only then is
 * the thread's tape stack looked up. Tapes are per thread: an op sees the tapes opened on the
 * thread that runs it, never those of another thread.
 */
public final class Tape {
  private Tape() {}

  /** Tapes open (entered, not closed) on all threads together. */
  private static final AtomicInteger OPEN = new AtomicInteger();

  private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

  /** One thread's open tapes, innermost last. */
  static final class State {
    final ArrayList<GradientTape> tapes = new ArrayList<>(2);
    /** Greater than 0 while an op's own implementation runs: its inner op calls are not recorded. */
    int paused;
  }

  /** True when some tape is open on some thread: the generated entry points test this first. */
  public static boolean recording() {
    return OPEN.get() != 0;
  }

  static State state() {
    return STATE.get();
  }

  static void opened(GradientTape t, State s) {
    s.tapes.add(t);
    OPEN.incrementAndGet();
  }

  static void closed(GradientTape t, State s) {
    if (s.tapes.remove(t)) {
      OPEN.decrementAndGet();
    }
  }

  /**
   * Starts running an op's implementation whose own inner op calls must not be recorded (the op
   * is recorded once, with its rule, by {@link #record}); pair with {@link #resume()} in finally.
   */
  public static void pause() {
    STATE.get().paused++;
  }

  public static void resume() {
    STATE.get().paused--;
  }

  /**
   * Records a finished op call on every tape of this thread that is recording and tracks one of its
   * array inputs. Nothing is recorded for integer or bool results (no gradient flows through them),
   * for a result a tape already tracks (the op returned its input, or its implementation's own
   * recorded ops produced it), or while an implementation runs paused.
   *
   * @param args every parameter of the call, in spec order, as passed by the caller
   */
  public static void record(GradRule rule, NDArray result, Object... args) {
    State s = STATE.get();
    if (s.paused > 0 || s.tapes.isEmpty() || result == null || !result.dtype().isInexact()) {
      return;
    }
    Node node = null;
    for (int t = 0; t < s.tapes.size(); t++) {
      GradientTape tape = s.tapes.get(t);
      if (!tape.isRecording() || tape.tracks(result) || !tracksAnInput(tape, rule, args)) {
        continue;
      }
      if (node == null) {
        node = new Node(rule, args, result);
      }
      tape.add(node);
    }
  }

  /**
   * Records each array output of an op returning several ({@code NDArray[]}, {@code Object[]} such
   * as lstsq's, or {@code Object} that is one array or several, as qr's and svd's): output k as its
   * own call, k appended to {@code args} (the rule's {@code index}); a lone array is output 0.
   */
  public static void recordOutputs(GradRule rule, Object result, Object[] args) {
    if (result instanceof Object[] outs) {
      for (int k = 0; k < outs.length; k++) {
        if (outs[k] instanceof NDArray r) {
          record(rule, r, withIndex(args, k));
        }
      }
    } else if (result instanceof NDArray r) {
      record(rule, r, withIndex(args, 0));
    }
  }

  private static Object[] withIndex(Object[] args, int k) {
    Object[] a = java.util.Arrays.copyOf(args, args.length + 1);
    a[args.length] = k;
    return a;
  }

  private static boolean tracksAnInput(GradientTape tape, GradRule rule, Object[] args) {
    byte[] in = rule.inputs;
    for (int i = 0; i < in.length && i < args.length; i++) {
      if (in[i] == GradRule.ARRAY && args[i] instanceof NDArray a && tape.tracks(a)) {
        return true;
      }
      if (in[i] == GradRule.ARRAYS && args[i] instanceof Object[] xs) {
        for (Object x : xs) {
          if (x instanceof NDArray a && tape.tracks(a)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A variable was read on this thread: tapes that watch accessed variables start watching it. */
  static void variableRead(Variable v, NDArray value) {
    State s = STATE.get();
    for (int t = 0; t < s.tapes.size(); t++) {
      GradientTape tape = s.tapes.get(t);
      if (tape.isRecording() && tape.watchesAccessedVariables()) {
        tape.watchVariable(v, value);
      }
    }
  }

  /** One recorded op call. */
  static final class Node {
    final GradRule rule;
    final Object[] args;
    final NDArray result;

    Node(GradRule rule, Object[] args, NDArray result) {
      this.rule = rule;
      this.args = args;
      this.result = result;
    }
  }
}

package dev.numbat.autodiff;

import dev.numbat.NDArray;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Interpreter;
import dev.numbat.core.Op;

/**
 * The interpreter of one {@link GradientTape}: installed on the tape's thread while the tape is
 * open, it receives the op calls of that thread from {@link Dispatch} and records those that
 * involve an array it tracks, with the op's gradient rule ({@link Op#grad}).
 *
 * <ul>
 *   <li>An op with a rule is run {@linkplain Dispatch#below below} the tape and recorded once, as
 *       itself: the op calls its implementation makes are not recorded (for a composite with a
 *       rule of its own, the rule replaces the composition's).
 *   <li>An op that the tape differentiates through ({@link Op#differentiateThrough}: a java op
 *       without a {@code grad:} key) runs at the tape's level, so the ops it is made of are
 *       recorded; it is recorded itself only when they did not produce its result (asking for a
 *       gradient through it then raises LookupError).
 *   <li>Calls that involve no tracked array, calls while the tape is stopped or {@linkplain #pause
 *       paused}, and integer or bool results go below unrecorded.
 * </ul>
 * Tapes nest: each is an interpreter, so an op involving arrays both track is recorded by both,
 * and the ops a tape runs while computing a gradient reach the tapes outside it (higher-order
 * gradients).
 */
final class Tape implements Interpreter {
  private final GradientTape tape;

  Tape(GradientTape tape) {
    this.tape = tape;
  }

  /** Per thread: greater than 0 while tapes must record nothing (a variable's assignment). */
  private static final ThreadLocal<int[]> PAUSED = ThreadLocal.withInitial(() -> new int[1]);

  /** Starts a stretch in which no tape of this thread records; pair with {@link #resume()} in finally. */
  static void pause() {
    PAUSED.get()[0]++;
  }

  static void resume() {
    PAUSED.get()[0]--;
  }

  @Override
  public Object process(Op op, Object[] args) {
    GradRule rule = op.grad;
    if (!tape.isRecording() || PAUSED.get()[0] > 0) {
      return Dispatch.below(op, args);
    }
    Object result;
    if (op.differentiateThrough) {
      result = op.impl(args);
      if (rule == null || !tracksAnInput(rule, args)) {
        return result;
      }
    } else if (rule == null || !tracksAnInput(rule, args)) {
      return Dispatch.below(op, args);
    } else {
      result = Dispatch.below(op, args);
    }
    if (op.severalOutputs) {
      recordOutputs(rule, result, args);
    } else if (result instanceof NDArray r) {
      record(rule, r, args);
    }
    return result;
  }

  /**
   * Records a finished call unless its result is not float or complex (no gradient flows
   * through it) or the tape already tracks it (the op returned its input, or the ops it is made
   * of produced it).
   */
  private void record(GradRule rule, NDArray result, Object[] args) {
    if (result.dtype().isInexact() && !tape.tracks(result)) {
      tape.add(new Node(rule, args, result));
    }
  }

  /**
   * Records each array output of an op returning several ({@code NDArray[]}, {@code Object[]} such
   * as lstsq's, or {@code Object} that is one array or several, as qr's and svd's): output k as its
   * own call, k appended to {@code args} (the rule's {@code index}); a lone array is output 0.
   */
  private void recordOutputs(GradRule rule, Object result, Object[] args) {
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

  private boolean tracksAnInput(GradRule rule, Object[] args) {
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

  /** A variable was read on this thread: the tapes its calls reach that watch accessed variables start watching it. */
  static void variableRead(Variable v, NDArray value) {
    for (Interpreter i : Dispatch.visible()) {
      if (i instanceof Tape t && t.tape.isRecording() && t.tape.watchesAccessedVariables()) {
        t.tape.watchVariable(v, value);
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

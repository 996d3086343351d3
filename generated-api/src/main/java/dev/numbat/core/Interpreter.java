package dev.numbat.core;

import dev.numbat.NDArray;

/**
 * A transformation's view of op calls (JAX's {@code Trace}): installed on a thread with
 * {@link Dispatch#push}, it receives every op call made on that thread while it is the innermost
 * interpreter, from {@link Dispatch}. The gradient tape is one; tracing ({@code Np.function}) and
 * batching ({@code Np.vectorizedMap}) plug in here too.
 *
 * <p>An interpreter handles a call in one of three ways:
 * <ul>
 *   <li>{@link Dispatch#below}: run the op at the next interpreter down (eventually eagerly) and
 *       use its result: the tape records the call after that;
 *   <li>{@link Dispatch#expand}: run a composite's implementation at this level, so that this
 *       interpreter sees the public ops it calls (its primitives);
 *   <li>anything else it likes (a tracer adds an equation from {@link Op#abstractEval} instead of
 *       running).
 * </ul>
 */
public interface Interpreter {
  /**
   * Handles {@code op} applied to {@code args} (spec order, primitive parameters boxed). The array
   * is this call's own: an interpreter may keep it (the tape does) but never modifies it.
   */
  Object process(Op op, Object[] args);

  /**
   * What a read of {@code variable} (an {@code autodiff.Variable} holding {@code value}) gives
   * while this interpreter is active: the value itself, or for a tracer an input of the trace that
   * is bound to the variable's value at every call.
   */
  default NDArray readVariable(Object variable, NDArray value) {
    return value;
  }
}

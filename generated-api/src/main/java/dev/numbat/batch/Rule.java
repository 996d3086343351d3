package dev.numbat.batch;

import dev.numbat.core.Op;

/**
 * A batching rule (JAX's {@code primitive_batchers} entry): computes {@code op} on a batch at the
 * interpreter below the vectorizing one. {@code args} are the call's, with batched values in place;
 * {@link BatchInterpreter#valueOf} gives a batched argument's batch (the batch along axis 0), and
 * the rule returns the call's result form with each array a batch along axis 0. Rules never see
 * the per-example shapes' errors of their own rewriting: when a batched call fails, the
 * interpreter runs the first example alone to raise the error that example raises.
 */
@FunctionalInterface
interface Rule {
  Object apply(BatchInterpreter level, Op op, Object[] args);
}

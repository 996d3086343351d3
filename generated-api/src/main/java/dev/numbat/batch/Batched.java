package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Buffer;
import dev.numbat.core.ConcretizationError;

/**
 * The buffer of a batched value (JAX's {@code BatchTracer}): the function being vectorized sees an
 * array of one example's abstract value, whose data is {@link #value}, the whole batch, with the
 * batch along its axis 0, computed at the interpreter below {@link #level}. A buffer rather than a
 * side table keyed by identity: the value travels with the array wherever the user's code puts it
 * (lists, records, closures, a nested level's own batched values), and nothing outlives it.
 */
final class Batched extends Buffer {
  final BatchInterpreter level;
  /** The batch: {@code (level.size, ...example shape)}; itself a batched value of an outer level, a tracer, or concrete. */
  final NDArray value;

  Batched(BatchInterpreter level, NDArray value) {
    this.level = level;
    this.value = value;
  }

  @Override
  public String kind() { return "batched"; }

  @Override
  public Object hostStorage(NDArray owner) {
    throw new ConcretizationError("vectorizedMap", "the array " + describe(owner) + " is one example of a"
        + " vectorized batch, whose values are not known one example at a time; return it from the function,"
        + " or use Np.mapFn to run the function on each example");
  }

  @Override
  public String describe(NDArray owner) {
    return "Batched<" + AbstractValue.of(owner) + ">";
  }
}

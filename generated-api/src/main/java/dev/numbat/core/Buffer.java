package dev.numbat.core;

import dev.numbat.NDArray;

/**
 * Where an array's elements are, when they are not a Java primitive array on the heap (the CPU
 * backend's storage, which an {@link NDArray} holds directly so the eager path pays nothing for
 * this indirection). Kinds: {@link #none} (a tracer: an abstract value without data, made by an
 * interpreter such as {@code Np.function}'s), and device memory when the GPU backend plugs in.
 * Asking an array whose buffer holds no host data for its storage raises
 * {@link ConcretizationError}.
 */
public abstract class Buffer {
  /** {@code "none"}, {@code "device"}: what {@link NDArray#bufferKind()} reports. */
  public abstract String kind();

  /** The host storage of {@code owner}; a buffer without host data raises {@link ConcretizationError}. */
  public abstract Object hostStorage(NDArray owner);

  /** The array's {@code toString()} when its values are not at hand: JAX's {@code Traced<float32[3]>}. */
  public abstract String describe(NDArray owner);

  /**
   * The buffer of a tracer: no data. {@code producer} names the op (or the argument) the value
   * comes from, for the error that reading it raises.
   */
  public static Buffer none(String producer) {
    return new Buffer() {
      @Override
      public String kind() { return "none"; }

      @Override
      public Object hostStorage(NDArray owner) {
        throw new ConcretizationError(producer, "the array " + describe(owner) + " is a tracer, whose values"
            + " are not known while the function is traced or vectorized");
      }

      @Override
      public String describe(NDArray owner) {
        return "Traced<" + AbstractValue.of(owner) + ">";
      }
    };
  }
}

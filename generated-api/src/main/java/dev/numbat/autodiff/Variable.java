package dev.numbat.autodiff;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import java.util.Arrays;

/**
 * A named, replaceable holder of an array: TF's {@code tf.Variable}. Arrays stay immutable; a
 * variable's {@link #assign} makes it hold another array of the same shape and dtype.
 *
 * <p>Every op takes a variable where it takes an array (TF's semantics): the op reads its current
 * array at the call, as {@link #value()} does. Reading a trainable variable while a
 * {@link GradientTape} records on this thread makes that tape watch it (TF's
 * {@code watch_accessed_variables}), so a training step reads naturally:
 * <pre>{@code
 * try (GradientTape tape = new GradientTape()) {
 *   loss = Np.sum(Np.square(Np.subtract(Np.dot(x, w), y)));
 * }
 * w.assignSub(Np.multiply(tape.gradient(loss, w), 0.1));
 * }</pre>
 * Inside {@code Np.function} a variable an op reads is an input of the trace bound at every call,
 * so assigning it between calls needs no retrace. A variable inside a nested Java list (an
 * element of {@code Np.stack(List.of(w, v))}) is read as a constant value: the tape does not see
 * through that conversion; pass the variables themselves as the op's arguments to differentiate.
 *
 * <p>A variable is not thread-safe: assign it from one thread at a time.
 */
public final class Variable implements dev.numbat.core.ArrayLike {
  private final String name;
  private final boolean trainable;
  private NDArray value;

  /** A trainable variable named "Variable" holding {@code initial} (anything asarray takes). */
  public Variable(Object initial) {
    this(initial, "Variable", true);
  }

  public Variable(Object initial, String name) {
    this(initial, name, true);
  }

  /** {@code trainable = false}: tapes do not watch it automatically (they still do when asked). */
  public Variable(Object initial, String name, boolean trainable) {
    this.value = Scalars.operand(initial).strong();
    this.name = name;
    this.trainable = trainable;
  }

  public String name() { return name; }

  public boolean trainable() { return trainable; }

  public DType dtype() { return value.dtype(); }

  public int[] shape() { return value.shape(); }

  /** The current array; tapes recording on this thread start watching a trainable variable. */
  public NDArray value() {
    NDArray v = value;
    for (dev.numbat.core.Interpreter i : dev.numbat.core.Dispatch.visible()) {
      v = i.readVariable(this, v);
    }
    Tape.variableRead(this, v);
    return v;
  }

  /** {@link #value()}: what an op reads when it is given this variable. */
  @Override
  public NDArray read() {
    return value();
  }

  /** The current array without telling any tape (for the tape itself, printing, checkpoints). */
  NDArray peek() { return value; }

  /**
   * Holds {@code newValue} (anything asarray takes), cast to this variable's dtype; its shape
   * must equal the variable's. Returns this variable. Assignment is never recorded by tapes.
   */
  public Variable assign(Object newValue) {
    NDArray v = Scalars.operand(newValue).strong();
    if (!Arrays.equals(v.shapeRef(), value.shapeRef())) {
      throw new ValueError("Cannot assign value to variable ' " + name + ":0': Shape mismatch.The variable shape "
          + Shapes.str(value.shapeRef()) + ", and the assigned value shape " + Shapes.str(v.shapeRef())
          + " are incompatible.");
    }
    Tape.pause();
    try {
      value = v.dtype() == value.dtype() ? v : Np.astype(v, value.dtype());
    } finally {
      Tape.resume();
    }
    return this;
  }

  /** {@code assign(value + delta)}. */
  public Variable assignAdd(Object delta) {
    return assign(untaped(() -> Np.add(value, delta)));
  }

  /** {@code assign(value - delta)}. */
  public Variable assignSub(Object delta) {
    return assign(untaped(() -> Np.subtract(value, delta)));
  }

  private static NDArray untaped(java.util.function.Supplier<NDArray> f) {
    Tape.pause();
    try {
      return f.get();
    } finally {
      Tape.resume();
    }
  }

  /** TF's repr: {@code <Variable 'name' shape=(2,) dtype=float32, numpy=array([...])>}. */
  @Override
  public String toString() {
    return "<Variable '" + name + "' shape=" + Shapes.str(value.shapeRef()) + " dtype=" + value.dtype()
        + ", numpy=" + value + ">";
  }
}

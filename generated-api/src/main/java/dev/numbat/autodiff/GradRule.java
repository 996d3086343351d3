package dev.numbat.autodiff;

import dev.numbat.NDArray;

/**
 * The gradient rule of one op, as the processor generates it from the spec's {@code grad:} key
 * (one per generated op class, field {@code GRAD}). The tape stores it with each recorded call
 * and runs {@link Backward#apply} when a gradient flows back through that call.
 *
 * <p>{@code inputs[i]} tells which parameters are array inputs a gradient may flow into:
 * {@link #ARRAY} (one array), {@link #ARRAYS} (a sequence of arrays, gradient an {@code NDArray[]})
 * or {@link #NONE} (a parameter such as {@code axis}, or an input the spec gives no gradient).
 */
public final class GradRule {
  public static final byte NONE = 0;
  public static final byte ARRAY = 1;
  public static final byte ARRAYS = 2;

  /** How the spec declares the op's differentiability. */
  public enum Status {
    /** {@code grad: {x: "..."}}: a formula per differentiable input. */
    DIFFERENTIABLE,
    /** {@code grad: none}: the op is not differentiable; asking for a gradient through it is an error. */
    NOT_DIFFERENTIABLE,
    /** No {@code grad:} key: nobody wrote the rule yet; asking for a gradient through it is an error. */
    UNDEFINED
  }

  /** Gradients of the op's inputs from the upstream gradient. */
  @FunctionalInterface
  public interface Backward {
    /**
     * @param g the upstream gradient (shape and dtype of {@code result})
     * @param args the call's parameters in spec order; array inputs already converted to NDArray
     * @param result the op's output
     * @param need {@code need[i]}: compute the gradient of parameter i
     * @return per parameter: an NDArray (or NDArray[] for a sequence input) or null; shapes may be
     *     anything that broadcasts to the input's shape (the tape sums back and casts centrally)
     */
    Object[] apply(NDArray g, Object[] args, NDArray result, boolean[] need);
  }

  public final String op;
  /** Where the rule is written: {@code op-specs/ops/unary_math.yaml:190}. */
  public final String spec;
  public final Status status;
  final byte[] inputs;
  final Backward backward;

  public GradRule(String op, String spec, Status status, byte[] inputs, Backward backward) {
    this.op = op;
    this.spec = spec;
    this.status = status;
    this.inputs = inputs;
    this.backward = backward;
  }

  @Override
  public String toString() { return op + " (" + spec + ")"; }

  /** A rule's array parameter as an NDArray: arrays as they are, Java numbers weak, null stays null. */
  public static NDArray array(Object o) {
    return o == null ? null : dev.numbat.backend.cpu.Scalars.operand(o);
  }

  /** A rule's sequence parameter ({@code Object[]} of array-likes) as NDArrays. */
  public static NDArray[] arrays(Object o) {
    Object[] xs = (Object[]) o;
    NDArray[] out = new NDArray[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = array(xs[i]);
    }
    return out;
  }
}

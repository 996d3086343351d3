package dev.numbat.core;

import dev.numbat.errors.TypeError;

/**
 * An array without data (a tracer inside {@code Np.function} or {@code Np.vectorizedMap}) was
 * asked for its values, or an op that needs values was applied to one. JAX's
 * {@code ConcretizationTypeError}, TF's {@code OperatorNotAllowedInGraphError}; like both, a
 * {@code TypeError}. The message names the op and the way out: structured control flow
 * ({@code Np.cond}, {@code Np.whileLoop}, {@code Np.scan}) instead of a Java {@code if} or loop
 * on values, or computing the value outside the traced function.
 */
public class ConcretizationError extends TypeError {
  public ConcretizationError(String op, String why) {
    super("Abstract value encountered where a concrete value is required: " + op + ": " + why
        + ". Inside a traced or vectorized function values exist only when it runs: branch and loop on"
        + " array values with Np.cond, Np.whileLoop or Np.scan, or compute the value outside the function.");
  }
}

package dev.numbat.core;

import dev.numbat.autodiff.GradRule;

/**
 * One op as every transformation sees it: what the spec declares (its role, rule family, where it
 * is written, its gradient rule, the slots of its batching rule and GPU kernel) and its
 * implementation on concrete arrays. Each spec'd op has exactly one {@code Op}, generated into its
 * class as the field {@code OP}; the op's public entry points ({@code Np.sin}, {@code x.sin()})
 * hand it to {@link Dispatch}, which runs {@link #impl} directly when no interpreter is active on
 * the thread and otherwise gives the call to the innermost interpreter.
 *
 * <p>Roles (DESIGN §4):
 * <ul>
 *   <li>{@link Role#PRIMITIVE}: its implementation needs a kernel or storage access; every
 *       transformation needs a rule for it (the gradient rule here; batching and abstract
 *       evaluation by family);
 *   <li>{@link Role#COMPOSITE}: its implementation only calls public ops, so an interpreter may
 *       {@linkplain Dispatch#expand expand} it and see the primitives it is made of; a composite
 *       with a gradient rule of its own is differentiated by that rule (JAX's {@code custom_vjp});
 *   <li>{@link Role#OPAQUE}: a primitive that a transformation cannot abstract (its result's shape
 *       depends on values, or it has side effects); {@link #opaqueReason} says why. It runs only on
 *       concrete values.
 * </ul>
 */
public abstract class Op {
  /** How transformations treat an op; see the class documentation. */
  public enum Role { PRIMITIVE, COMPOSITE, OPAQUE }

  /** NumPy's name: {@code sin}, {@code linalg.inv}; hand-defined ops use a dotted internal name. */
  public final String name;
  public final Role role;
  /**
   * The rule family: {@code ufunc}, {@code reduction}, or for hand-written ops the spec's
   * {@code family:} ({@code view}, {@code gather}, {@code gufunc}, ...; see op-specs/README.md).
   */
  public final String family;
  /** Where the op is declared: {@code op-specs/ops/unary_math.yaml:253}. */
  public final String spec;
  /**
   * The gradient rule the tape records calls with; null when calls are never recorded (the spec's
   * {@code grad: {}}, or no loop gives a float result).
   */
  public final GradRule grad;
  /**
   * True when the tape differentiates through the implementation's own op calls instead of
   * recording this op as a unit (a hand-written op without a {@code grad:} key): its implementation
   * runs at the tape's level. When it also has a {@link #grad} (status UNDEFINED), a result its
   * parts did not produce is recorded with it, so that a gradient through it raises LookupError.
   */
  public final boolean differentiateThrough;
  /** The implementation returns several arrays (NDArray[], Object[] or Object): each is recorded as an output. */
  public final boolean severalOutputs;
  /** The spec's {@code batch:} family, the slot the vectorization interpreter fills; null when unstated. */
  public final String batch;
  /** The spec's {@code kernels: {gpu: ...}} name, the slot the GPU backend fills; null when unstated. */
  public final String gpuKernel;
  /** Why the op is opaque; null for the other roles. */
  public final String opaqueReason;

  protected Op(String name, Role role, String family, String spec, GradRule grad, boolean differentiateThrough,
      boolean severalOutputs, String batch, String gpuKernel, String opaqueReason) {
    this.name = name;
    this.role = role;
    this.family = family;
    this.spec = spec;
    this.grad = grad;
    this.differentiateThrough = differentiateThrough;
    this.severalOutputs = severalOutputs;
    this.batch = batch;
    this.gpuKernel = gpuKernel;
    this.opaqueReason = opaqueReason;
  }

  /**
   * An op that no spec declares (indexing's {@code getitem} and {@code at[...]} updates, which have
   * their own Java API): a primitive or opaque op with its gradient rule, recorded as itself.
   */
  protected Op(String name, Role role, String family, String where, GradRule grad) {
    this(name, role, family, where, grad, false, false, null, null, null);
  }

  /**
   * The implementation on concrete arguments, in spec order (primitive parameters boxed): the
   * eager interpreter's rule. A composite's implementation calls public ops, which dispatch again.
   */
  public abstract Object impl(Object[] args);

  /**
   * The result's abstract value (dtype, shape, weak flag) from the arguments' abstract values,
   * without reading data; NumPy's errors where the call is invalid. This default evaluates the
   * implementation on stand-ins of the arguments (zeros with a unit diagonal; seeded random values
   * when a linalg primitive finds that singular), which is exact for every primitive whose result
   * shape and dtype do not depend on values; families with a rule of their own
   * ({@link UfuncOp}, {@link ReductionOp}) override it. Opaque ops have no abstract evaluation.
   *
   * @param args the call's arguments, with {@link AbstractValue}s in place of arrays
   * @return the abstract value of each array output (one element for a single result)
   */
  public AbstractValue[] abstractEval(Object[] args) {
    if (role == Role.OPAQUE) {
      throw new ConcretizationError(name, "it is opaque (" + opaqueReason
          + "), so its result cannot be computed from shapes and dtypes alone");
    }
    return AbstractValue.ofResult(onStandIns(args));
  }

  /**
   * The implementation's result on stand-ins of the abstract values in {@code args} (also inside
   * {@code Object[]}): zeros (with a unit diagonal for inexact dtypes), or seeded random values
   * when the implementation refuses those. The result's form and abstract values are the call's; its values are not.
   */
  public Object onStandIns(Object[] args) {
    // stand-in values are not the user's: their divisions by zero and empty slices are not reported
    return dev.numbat.FloatErrors.quietly(() -> onStandInsLoudly(args));
  }

  private Object onStandInsLoudly(Object[] args) {
    try {
      return impl(AbstractValue.standIns(args));
    } catch (RuntimeException e) {
      if (!(e instanceof dev.numbat.errors.NumpyError)) {
        throw e;
      }
      // A refusal of these values (a singular matrix, weights summing to zero) rather than of the
      // shapes and dtypes: other values decide; when they are refused too, the first error stands.
      try {
        return impl(AbstractValue.standIns(args, true));
      } catch (RuntimeException again) {
        throw e;
      }
    }
  }

  @Override
  public String toString() {
    return name + " (" + role.name().toLowerCase(java.util.Locale.ROOT) + ", " + family + ", " + spec + ")";
  }
}

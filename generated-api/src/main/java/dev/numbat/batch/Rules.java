package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.core.Op;
import dev.numbat.core.ReductionOp;
import dev.numbat.core.UfuncOp;
import java.util.HashMap;
import java.util.Map;

/**
 * The batching rules by op, from the family classes ({@link ElementwiseRules}, {@link AxisRules},
 * {@link ViewRules}, {@link GufuncRules}, {@link IndexRules}); the spec's {@code batch:} key names
 * the family an op's rule is in ({@code BatchRulesTest} checks that the two agree). Ufuncs and
 * reductions share one rule per family.
 */
final class Rules {
  private Rules() {}

  /** A rule's answer for a call it does not cover (an argument batched where it has no rewriting): the loop runs it. */
  static final Object LOOP = new Object();

  private static final Map<String, Rule> BY_NAME = new HashMap<>();
  private static final Map<String, String> FAMILY = new HashMap<>();

  static void add(String family, Rule rule, String... ops) {
    for (String op : ops) {
      if (BY_NAME.put(op, rule) != null) {
        throw new IllegalStateException("two batching rules for " + op);
      }
      FAMILY.put(op, family);
    }
  }

  static {
    ElementwiseRules.register();
    AxisRules.register();
    ViewRules.register();
    GufuncRules.register();
    IndexRules.register();
  }

  static Rule of(Op op) {
    if (op instanceof UfuncOp) {
      return ElementwiseRules.UFUNC;
    }
    if (op instanceof ReductionOp) {
      return AxisRules.REDUCTION;
    }
    return BY_NAME.get(op.name);
  }

  /** The family of {@code op}'s rule ({@code elementwise}, {@code reduction}, ...); null without one. */
  static String familyOf(Op op) {
    if (op instanceof UfuncOp) {
      return "elementwise";
    }
    if (op instanceof ReductionOp) {
      return "reduction";
    }
    return FAMILY.get(op.name);
  }

  // ------------------------------------------------------------------ shared rewriting

  /** {@code axis} of an example of {@code ndim} axes counted from the end, so it names the same axis of the batch. */
  static int fromEnd(int axis, int ndim) {
    return Shapes.normalizeAxis(axis, ndim) - ndim;
  }

  static int[] fromEnd(int[] axes, int ndim) {
    int[] r = new int[axes.length];
    for (int i = 0; i < axes.length; i++) {
      r[i] = fromEnd(axes[i], ndim);
    }
    return r;
  }

  /** Every axis of an example of {@code ndim} axes, counted from the end. */
  static int[] allFromEnd(int ndim) {
    int[] r = new int[ndim];
    for (int i = 0; i < ndim; i++) {
      r[i] = i - ndim;
    }
    return r;
  }

  /** A batch whose examples have fewer than {@code rank} axes, with unit axes after the batch axis (NumPy's left padding, per example). */
  static NDArray toRank(NDArray batch, int rank) {
    int r = batch.ndim() - 1;
    if (r >= rank) {
      return batch;
    }
    int[] s = new int[rank + 1];
    java.util.Arrays.fill(s, 1);
    s[0] = batch.shape(0);
    System.arraycopy(batch.shapeRef(), 1, s, 1 + rank - r, r);
    return Np.reshape(batch, s);
  }

  /** The batch with its examples flattened: {@code (B, -1)}. */
  static NDArray flat(NDArray batch) {
    int[] s = batch.shapeRef();
    return Np.reshape(batch, s[0], Shapes.size(java.util.Arrays.copyOfRange(s, 1, s.length)));
  }

  static Object[] with(Object[] args, int i, Object v) {
    Object[] a = args.clone();
    a[i] = v;
    return a;
  }
}

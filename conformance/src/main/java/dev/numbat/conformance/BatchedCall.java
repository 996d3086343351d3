package dev.numbat.conformance;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.batch.BatchInterpreter;
import dev.numbat.batch.Vectorize;
import dev.numbat.core.Op;
import dev.numbat.errors.NumpyError;
import dev.numbat.ops.OpTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A spec case through {@code Np.vmap}: the matrix's {@code vmap:OP} rows. Each array argument is
 * mapped along a random axis (negative ones included) or left unmapped; a batch of three examples
 * is the case's array and two rolls of its elements (same values, so index arrays stay in
 * bounds), stacked along that axis. The vectorized call must equal the op applied to each example
 * and stacked: same dtype and shape, values within the case's tolerance; where an example raises,
 * the vectorized call raises the same Python exception type.
 */
final class BatchedCall {
  private BatchedCall() {}

  static final int EXAMPLES = 3;

  /** The case has no row (no array argument, or a result that is not arrays). */
  static final Object NO_ROW = new Object();

  /** Whether an op gets {@code vmap:} rows: a primitive with a batching rule of its own. */
  static boolean hasRows(Op op) {
    return op != null && op.role == Op.Role.PRIMITIVE && BatchInterpreter.hasRule(op);
  }

  /** {@link #NO_ROW}, null (passed), or the failure. */
  static Object run(Case c, Object[] args) {
    List<Integer> pos = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof NDArray x && !x.isWeak()) {
        pos.add(i);
      }
    }
    if (pos.isEmpty()) {
      return NO_ROW;
    }
    Random rng = new Random(c.op.hashCode() * 31L + (c.label == null ? 0 : c.label.hashCode()));
    Integer[] axes = new Integer[pos.size()];
    boolean any = false;
    for (int k = 0; k < axes.length; k++) {
      int nd = ((NDArray) args[pos.get(k)]).ndim() + 1;
      if (rng.nextInt(4) > 0 || k == axes.length - 1 && !any) {
        int a = rng.nextInt(nd);
        axes[k] = rng.nextBoolean() ? a - nd : a;
        any = true;
      }
    }
    Object[][] examples = new Object[EXAMPLES][];
    Object[] inputs = new Object[pos.size()];
    for (int e = 0; e < EXAMPLES; e++) {
      examples[e] = args.clone();
    }
    for (int k = 0; k < axes.length; k++) {
      NDArray x = (NDArray) args[pos.get(k)];
      if (axes[k] == null) {
        inputs[k] = x;
        continue;
      }
      Object[] each = new Object[EXAMPLES];
      for (int e = 0; e < EXAMPLES; e++) {
        each[e] = e == 0 || x.size() == 0 ? x : Np.roll(x, e);
        examples[e][pos.get(k)] = each[e];
      }
      inputs[k] = Np.stack(each, axes[k] < 0 ? axes[k] + x.ndim() + 1 : axes[k]);
    }
    // The reference: the op on each example, stacked.
    Object[] per = new Object[EXAMPLES];
    Throwable expected = null;
    for (int e = 0; e < EXAMPLES && expected == null; e++) {
      try {
        per[e] = OpTable.invoke(c.op, examples[e]);
      } catch (RuntimeException t) {
        expected = t;
      }
    }
    Object want = null;
    if (expected == null) {
      want = stack(per);
      if (want == NO_ROW) {
        return NO_ROW;
      }
    }
    Object got;
    try {
      got = Vectorize.vmap(xs -> {
        Object[] b = args.clone();
        for (int k = 0; k < pos.size(); k++) {
          b[pos.get(k)] = xs[k];
        }
        return OpTable.invoke(c.op, b);
      }, axes, 0, inputs);
    } catch (RuntimeException t) {
      if (expected != null && sameKind(expected, t)) {
        return null;
      }
      return failure(c, axes, "vmap threw " + t + (expected == null ? ", the examples returned" : ", an example threw " + expected),
          expected == null ? Compare.describe(want) : expected.toString(), Matrix.stack(t));
    }
    if (expected != null) {
      return failure(c, axes, "an example threw " + expected + ", vmap returned " + Compare.describe(got),
          expected.toString(), Compare.describe(got));
    }
    String m = compare(want, got, c.tol);
    return m == null ? null : failure(c, axes, m, Compare.describe(want), Compare.describe(got));
  }

  private static Matrix.Failure failure(Case c, Integer[] axes, String message, String expected, String got) {
    return new Matrix.Failure("vmap:" + c.op, c, "[vmap in_axes=" + java.util.Arrays.toString(axes) + "] " + message,
        expected, got);
  }

  private static boolean sameKind(Throwable a, Throwable b) {
    if (a instanceof NumpyError x && b instanceof NumpyError y) {
      return x.pythonType().equals(y.pythonType());
    }
    return a.getClass() == b.getClass();
  }

  /** The examples' results stacked along a new axis 0 (each output separately); {@link #NO_ROW} for Java values. */
  private static Object stack(Object[] per) {
    Object first = per[0];
    if (first instanceof NDArray) {
      return Np.stack(per, 0);
    }
    if (first instanceof Object[] xs) {
      Object[] out = new Object[xs.length];
      for (int j = 0; j < xs.length; j++) {
        Object[] col = new Object[per.length];
        for (int i = 0; i < per.length; i++) {
          col[i] = ((Object[]) per[i])[j];
        }
        out[j] = stack(col);
        if (out[j] == NO_ROW) {
          return NO_ROW;
        }
      }
      return out;
    }
    return NO_ROW;
  }

  /** null when equal: same form, dtype and shape, values within tolerance (NaN equal to NaN). */
  private static String compare(Object want, Object got, Tolerance tol) {
    if (want instanceof NDArray w) {
      if (!(got instanceof NDArray g)) {
        return "vmap returned " + Compare.describe(got) + ", the stacked examples an array";
      }
      if (w.dtype() != g.dtype()) {
        return "dtype " + g.dtype() + ", the stacked examples' " + w.dtype();
      }
      if (!java.util.Arrays.equals(w.shapeRef(), g.shapeRef())) {
        return "shape " + dev.numbat.backend.cpu.Shapes.str(g.shapeRef()) + ", the stacked examples' "
            + dev.numbat.backend.cpu.Shapes.str(w.shapeRef());
      }
      boolean same;
      if (w.dtype().isInexact()) {
        double t = tol.of(w.dtype().isComplex() ? (w.dtype() == dev.numbat.DType.COMPLEX64 ? "float32" : "float64")
            : w.dtype().name());
        same = Np.allclose(w, g, t, t, true);
      } else {
        same = Np.arrayEqual(w, g);
      }
      return same ? null : "values differ from the stacked examples'";
    }
    Object[] ws = (Object[]) want;
    if (!(got instanceof Object[] gs) || gs.length != ws.length) {
      return "vmap returned " + Compare.describe(got) + ", the stacked examples " + ws.length + " outputs";
    }
    for (int i = 0; i < ws.length; i++) {
      String m = compare(ws[i], gs[i], tol);
      if (m != null) {
        return "output " + i + ": " + m;
      }
    }
    return null;
  }
}

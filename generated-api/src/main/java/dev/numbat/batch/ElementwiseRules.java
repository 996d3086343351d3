package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;
import dev.numbat.core.UfuncOp;

/**
 * Element-wise ops (JAX's {@code broadcast_batcher}): the batched operands get unit axes after
 * their batch axis up to the examples' common rank, so the op's own broadcasting pairs example
 * with example; unbatched operands (Java scalars included) broadcast in from the right unchanged.
 * The examples' shapes are broadcast first, so a mismatch raises the example's error.
 */
final class ElementwiseRules {
  private ElementwiseRules() {}

  /** Every ufunc: all of its {@code nin} arguments broadcast. */
  static final Rule UFUNC = (level, op, args) -> broadcasting(level, op, args, ((UfuncOp) op).def.nin);

  static void register() {
    // The first argument is the array; the rest are parameters.
    Rules.add("elementwise", (level, op, args) -> broadcasting(level, op, args, 1),
        "angle", "around", "real", "imag", "stop_gradient", "nan_to_num", "copy", "astype", "asarray", "frexp");
    // ascontiguousarray makes a 0-d example 1-d: the batch gets that axis first.
    Rules.add("elementwise", (level, op, args) -> Dispatch.bind(op, Rules.with(args, 0, Rules.toRank(level.valueOf(args[0]), 1))),
        "ascontiguousarray");
    Rules.add("elementwise", (level, op, args) -> broadcasting(level, op, args, 2), "isclose", "ldexp");
    Rules.add("elementwise", (level, op, args) -> broadcasting(level, op, args, 3), "where");
    // The second argument is a table every element is looked up in: a batch of tables is the loop's.
    Rules.add("elementwise", (level, op, args) -> level.isBatched(args[1]) ? Rules.LOOP
        : broadcasting(level, op, args, 1), "digitize", "isin");
    Rules.add("elementwise", ElementwiseRules::array, "array");
    // Lists of arrays that broadcast together, element by element.
    Rules.add("gather", ElementwiseRules::select, "select");
    Rules.add("gather", ElementwiseRules::choose, "choose");
    Rules.add("gather", (level, op, args) -> Dispatch.bind(op, Rules.with(args, 0, aligned(level, (Object[]) args[0],
        maxRank((Object[]) args[0], 0)))), "ravel_multi_index");
    Rules.add("gather", (level, op, args) -> Dispatch.bind(op, Rules.with(args, 0, level.valueOf(args[0]))), "unravel_index");
    Rules.add("factory", ElementwiseRules::full, "full");
    Rules.add("factory", (level, op, args) -> spaced(level, op, args, 5), "linspace", "geomspace");
    Rules.add("factory", (level, op, args) -> spaced(level, op, args, 6), "logspace");
    Rules.add("factory", ElementwiseRules::vander, "vander");
  }

  private static int maxRank(Object[] xs, int rank) {
    for (Object x : xs) {
      rank = Math.max(rank, BatchInterpreter.exampleShape(x).length);
    }
    return rank;
  }

  /** The arrays with each batch padded to {@code rank} example axes, the unbatched ones as they are. */
  private static Object[] aligned(BatchInterpreter level, Object[] xs, int rank) {
    Object[] out = xs.clone();
    for (int i = 0; i < xs.length; i++) {
      NDArray v = level.valueOf(xs[i]);
      if (v != null) {
        out[i] = Rules.toRank(v, rank);
      }
    }
    return out;
  }

  /** {@code select(condlist, choicelist, default)}: every condition, choice and the default broadcast together. */
  private static Object select(BatchInterpreter level, Op op, Object[] args) {
    Object[] conds = (Object[]) args[0];
    Object[] choices = (Object[]) args[1];
    int rank = maxRank(new Object[] {args[2]}, maxRank(choices, maxRank(conds, 0)));
    return Dispatch.bind(op, aligned(level, conds, rank), aligned(level, choices, rank),
        aligned(level, new Object[] {args[2]}, rank)[0]);
  }

  /** {@code choose(a, choices, mode)}: the index array and the choices broadcast together. */
  private static Object choose(BatchInterpreter level, Op op, Object[] args) {
    Object[] choices = (Object[]) args[1];
    int rank = maxRank(choices, BatchInterpreter.exampleShape(args[0]).length);
    return Dispatch.bind(op, aligned(level, new Object[] {args[0]}, rank)[0], aligned(level, choices, rank), args[2]);
  }

  /** {@code full(shape, fill_value, dtype)}: a batch of fill values fills a batch of arrays. */
  private static Object full(BatchInterpreter level, Op op, Object[] args) {
    int[] shape = (int[]) args[0];
    NDArray v = level.valueOf(args[1]);
    if (v.ndim() - 1 > shape.length) {
      return Rules.LOOP;
    }
    return Dispatch.bind(op, ViewRules.prepend(level.size, shape), Rules.toRank(v, shape.length), args[2]);
  }

  /**
   * {@code linspace(start, stop, num, endpoint, ..., axis)}: start and stop broadcast as
   * element-wise operands; the samples' axis, counted in the example's result, moves past the batch axis.
   */
  private static Object spaced(BatchInterpreter level, Op op, Object[] args, int axisArg) {
    int rank = Math.max(BatchInterpreter.exampleShape(args[0]).length, BatchInterpreter.exampleShape(args[1]).length);
    Object[] a = args.clone();
    a[0] = aligned(level, new Object[] {args[0]}, rank)[0];
    a[1] = aligned(level, new Object[] {args[1]}, rank)[0];
    a[axisArg] = dev.numbat.backend.cpu.Shapes.normalizeAxis((Integer) args[axisArg], rank + 1) + 1;
    return Dispatch.bind(op, a);
  }

  /** {@code vander(x, n, increasing)}: the batch's examples side by side as one vector, one row each. */
  private static Object vander(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    if (v.ndim() != 2) {
      return Rules.LOOP;
    }
    Integer n = args[1] == null ? v.shape(1) : (Integer) args[1];
    NDArray r = (NDArray) Dispatch.bind(op, Np.reshape(v, -1), n, args[2]);
    return Np.reshape(r, v.shape(0), v.shape(1), n);
  }

  /** {@code op} with its first {@code n} arguments broadcast against each other per example. */
  static Object broadcasting(BatchInterpreter level, Op op, Object[] args, int n) {
    int[][] shapes = new int[n][];
    int rank = 0;
    for (int i = 0; i < n; i++) {
      shapes[i] = BatchInterpreter.exampleShape(args[i]);
      rank = Math.max(rank, shapes[i].length);
    }
    if (n > 1) {
      Shapes.broadcast(shapes);
    }
    Object[] a = args.clone();
    for (int i = 0; i < n; i++) {
      NDArray v = level.valueOf(args[i]);
      if (v != null) {
        a[i] = Rules.toRank(v, rank);
      }
    }
    return Dispatch.bind(op, a);
  }

  /** {@code array(object, dtype, ndmin)}: {@code ndmin} pads each example, so the batch is padded first. */
  private static Object array(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    if (v == null) {
      return Rules.LOOP;
    }
    int ndmin = args.length > 2 ? (Integer) args[2] : 0;
    return Np.array(Rules.toRank(v, ndmin), (dev.numbat.DType) args[1]);
  }
}

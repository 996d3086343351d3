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
        "angle", "around", "real", "imag", "stop_gradient", "nan_to_num", "copy", "astype", "asarray",
        "ascontiguousarray");
    Rules.add("elementwise", (level, op, args) -> broadcasting(level, op, args, 2), "isclose");
    Rules.add("elementwise", (level, op, args) -> broadcasting(level, op, args, 3), "where");
    // The second argument is a table every element is looked up in: a batch of tables is the loop's.
    Rules.add("elementwise", (level, op, args) -> level.isBatched(args[1]) ? Rules.LOOP
        : broadcasting(level, op, args, 1), "digitize", "isin");
    Rules.add("elementwise", ElementwiseRules::array, "array");
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

package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;
import dev.numbat.indexing.Slice;

/**
 * Shape ops (views and joins): the batch axis is prepended to every shape argument and the axis
 * arguments are counted from the end, so the op rearranges each example as it would alone.
 */
final class ViewRules {
  private ViewRules() {}

  static void register() {
    Rules.add("view", ViewRules::reshape, "reshape");
    Rules.add("view", ViewRules::ravel, "ravel", "flatten");
    Rules.add("view", ViewRules::transpose, "transpose");
    Rules.add("view", ViewRules::expandDims, "expand_dims");
    Rules.add("view", ViewRules::squeeze, "squeeze");
    Rules.add("view", ViewRules::broadcastTo, "broadcast_to");
    Rules.add("view", ViewRules::diagonal, "diagonal");
    Rules.add("view", ViewRules::concatenate, "concatenate");
    Rules.add("view", ViewRules::tile, "tile");
    Rules.add("view", ViewRules::pad, "pad");
    Rules.add("view", (level, op, args) -> insertOrDelete(level, op, args, 2), "delete");
    Rules.add("view", (level, op, args) -> BatchInterpreter.exampleShape(args[2]).length > 0 || level.isBatched(args[2])
        ? Rules.LOOP : insertOrDelete(level, op, args, 3), "insert");
    Rules.add("factory", ViewRules::diag, "diag");
  }

  /** {@code delete(arr, obj, axis)}, {@code insert(arr, obj, values, axis)} of a scalar: along the axis counted from the end, or the flattened examples. */
  private static Object insertOrDelete(BatchInterpreter level, Op op, Object[] args, int axisArg) {
    NDArray v = level.valueOf(args[0]);
    if (v == null || level.isBatched(args[1])) {
      return Rules.LOOP;
    }
    Integer axis = (Integer) args[axisArg];
    int n = v.ndim() - 1;
    if (axis == null) {
      return Dispatch.bind(op, Rules.with(Rules.with(args, 0, Rules.flat(v)), axisArg, Integer.valueOf(1)));
    }
    if (n == 0) {
      return Rules.LOOP;
    }
    return Dispatch.bind(op, Rules.with(Rules.with(args, 0, v), axisArg, Integer.valueOf(Rules.fromEnd(axis, n))));
  }

  /**
   * {@code pad(array, pad_width, mode, ...)}: the example's widths, in NumPy's accepted forms,
   * with (0, 0) for the batch axis; statistics and constants must be scalars (else the loop).
   */
  private static Object pad(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    if (v == null) {
      return Rules.LOOP;
    }
    for (int i = 3; i <= 5; i++) {
      if (args[i] != null && !(args[i] instanceof Number)) {
        return Rules.LOOP;
      }
    }
    int n = v.ndim() - 1;
    NDArray pw = Np.asarray(args[1]);
    if (pw.dtype().kind() != 'i' || n == 0) {
      return Rules.LOOP;
    }
    // NumPy's forms: one width for every side, one (before, after) pair for every axis, or a pair per axis.
    NDArray perAxis;
    if (pw.ndim() < 3 && pw.size() == 1) {
      perAxis = Np.broadcastTo(Np.reshape(pw, 1, 1), n, 2);
    } else if (pw.ndim() < 3 && pw.size() == 2 && !java.util.Arrays.equals(pw.shapeRef(), new int[] {2, 1})) {
      perAxis = Np.broadcastTo(Np.reshape(pw, 1, 2), n, 2);
    } else {
      perAxis = Np.broadcastTo(pw, n, 2);
    }
    NDArray w = Np.concatenate(new Object[] {Np.zeros(new int[] {1, 2}, pw.dtype()), perAxis}, 0);
    return Dispatch.bind(op, Rules.with(Rules.with(args, 0, v), 1, w));
  }

  /** {@code diag(v, k)}: a matrix's diagonal is {@code diagonal}; a vector's matrix is a scatter of the batch. */
  private static Object diag(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int k = (Integer) args[1];
    if (v.ndim() == 3) {
      return Np.diagonal(v, k, 1, 2);
    }
    if (v.ndim() != 2) {
      return Rules.LOOP;
    }
    int len = v.shape(1);
    int m = len + Math.abs(k);
    NDArray i = Np.arange(len);
    NDArray rows = k >= 0 ? i : Np.add(i, -k);
    NDArray cols = k >= 0 ? Np.add(i, k) : i;
    return Np.zeros(new int[] {v.shape(0), m, m}, v.dtype()).at(new Slice(null, null, null), rows, cols).set(v);
  }

  private static NDArray only(BatchInterpreter level, Object[] args) {
    for (int i = 1; i < args.length; i++) {
      if (level.isBatched(args[i])) {
        return null;
      }
    }
    return level.valueOf(args[0]);
  }

  static int[] prepend(int b, int[] shape) {
    int[] s = new int[shape.length + 1];
    s[0] = b;
    System.arraycopy(shape, 0, s, 1, shape.length);
    return s;
  }

  /** {@code reshape(a, shape, order)}: C order reshapes the batch to {@code (B, *shape)}. */
  private static Object reshape(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = only(level, args);
    if (v == null || args[2] != null && !"C".equals(args[2])) {
      return Rules.LOOP;
    }
    return Dispatch.bind(op, v, prepend(v.shape(0), (int[]) args[1]), args[2]);
  }

  /** {@code ravel(a, order)}: each example flattened; F order reverses the example's axes first. */
  private static Object ravel(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    Object order = args[1];
    if (order != null && !"C".equals(order) && !"F".equals(order)) {
      return Rules.LOOP;
    }
    if ("F".equals(order)) {
      int n = v.ndim();
      int[] perm = new int[n];
      for (int i = 1; i < n; i++) {
        perm[i] = n - i;
      }
      v = Np.transpose(v, perm);
    }
    return Rules.flat(v);
  }

  /** {@code transpose(a, axes)}: the permutation of the example's axes, after the batch axis. */
  private static Object transpose(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int n = v.ndim() - 1;
    int[] axes = (int[]) args[1];
    int[] perm = new int[n + 1];
    if (axes == null) {
      for (int i = 0; i < n; i++) {
        perm[i + 1] = n - i;
      }
    } else {
      if (axes.length != n) {
        throw new dev.numbat.errors.ValueError("axes don't match array");
      }
      for (int i = 0; i < n; i++) {
        perm[i + 1] = Shapes.normalizeAxis(axes[i], n) + 1;
      }
    }
    return Dispatch.bind(op, v, perm);
  }

  /** {@code expand_dims(a, axis)}: the new axes counted from the end of the example's result. */
  private static Object expandDims(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int[] axis = (int[]) args[1];
    return Dispatch.bind(op, v, Rules.fromEnd(axis, v.ndim() - 1 + axis.length));
  }

  /** {@code squeeze(a, axis)}: without an axis, the example's own unit axes (never the batch axis). */
  private static Object squeeze(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int n = v.ndim() - 1;
    int[] axis = (int[]) args[1];
    if (n == 0) {
      return Rules.LOOP; // NumPy's axis 0 and -1 of a 0-d array
    }
    if (axis == null) {
      int[] s = v.shapeRef();
      int k = 0;
      int[] ones = new int[n];
      for (int i = 1; i <= n; i++) {
        if (s[i] == 1) {
          ones[k++] = i;
        }
      }
      return Dispatch.bind(op, v, java.util.Arrays.copyOf(ones, k));
    }
    return Dispatch.bind(op, v, Rules.fromEnd(axis, n));
  }

  /** {@code broadcast_to(array, shape)}: each example padded to the shape's rank, then the batch broadcast to {@code (B, *shape)}. */
  private static Object broadcastTo(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int[] shape = (int[]) args[1];
    int[] ex = java.util.Arrays.copyOfRange(v.shapeRef(), 1, v.ndim());
    if (ex.length > shape.length) {
      return Rules.LOOP;
    }
    return Dispatch.bind(op, Rules.toRank(v, shape.length), prepend(v.shape(0), shape));
  }

  /** {@code diagonal(a, offset, axis1, axis2)}: both axes counted from the end; the diagonal comes last, after the batch axis. */
  private static Object diagonal(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int n = v.ndim() - 1;
    if (n < 2) {
      return Rules.LOOP;
    }
    return Dispatch.bind(op, v, args[1], Rules.fromEnd((Integer) args[2], n), Rules.fromEnd((Integer) args[3], n));
  }

  /** {@code concatenate(arrays, axis)}: every array as a batch, joined along the axis counted from the end. */
  private static Object concatenate(BatchInterpreter level, Op op, Object[] args) {
    Object[] arrays = (Object[]) args[0];
    if (arrays.length == 0) {
      return Rules.LOOP;
    }
    Object[] batches = new Object[arrays.length];
    int n = BatchInterpreter.exampleShape(arrays[0]).length;
    for (int i = 0; i < arrays.length; i++) {
      batches[i] = level.batchOf(arrays[i]);
    }
    Integer axis = (Integer) args[1];
    // the arguments after axis (dtype=, casting=) pass through unchanged
    Object[] call = args.clone();
    call[0] = batches;
    if (axis == null) {
      for (int i = 0; i < batches.length; i++) {
        batches[i] = Rules.flat((NDArray) batches[i]);
      }
      call[1] = Integer.valueOf(1);
      return Dispatch.bind(op, call);
    }
    if (n == 0) {
      return Rules.LOOP;
    }
    call[1] = Integer.valueOf(Rules.fromEnd(axis, n));
    return Dispatch.bind(op, call);
  }

  /** {@code tile(a, reps)}: example and reps padded to one rank, the batch axis repeated once. */
  private static Object tile(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int[] reps = (int[]) args[1];
    int n = v.ndim() - 1;
    int m = Math.max(n, reps.length);
    int[] r = new int[m + 1];
    java.util.Arrays.fill(r, 1);
    System.arraycopy(reps, 0, r, 1 + m - reps.length, reps.length);
    return Dispatch.bind(op, Rules.toRank(v, m), r);
  }
}

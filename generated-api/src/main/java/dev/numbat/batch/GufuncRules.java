package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;

/**
 * Ops with a core signature (matmul and the {@code linalg} stack, NumPy's gufuncs): they already
 * broadcast over leading axes, so the batch axis is one more leading axis. The batched operands
 * get unit axes after it up to the examples' common number of loop axes (as element-wise operands
 * do), and one-dimensional operands of matmul become matrices first, as its signature's optional
 * dimensions say. einsum gets a subscript letter for the batch.
 */
final class GufuncRules {
  private GufuncRules() {}

  static void register() {
    Rules.add("gufunc", GufuncRules::matmul, "matmul", "linalg.matmul");
    Rules.add("gufunc", (level, op, args) -> core(level, op, args, 2), "linalg.inv", "linalg.det",
        "linalg.slogdet", "linalg.cholesky", "linalg.qr", "linalg.svd", "linalg.eig", "linalg.eigvals", "linalg.eigh",
        "linalg.eigvalsh", "linalg.pinv", "linalg.matrix_power", "linalg.cond", "linalg.matrix_rank");
    Rules.add("gufunc", GufuncRules::solve, "linalg.solve");
    Rules.add("gufunc", GufuncRules::vecdot, "linalg.vecdot");
    Rules.add("gufunc", GufuncRules::dot, "dot");
    Rules.add("gufunc", GufuncRules::einsum, "einsum");
  }

  /** {@code matmul(x1, x2)}: a 1-d operand is a row (x1) or a column (x2) whose unit axis the result drops. */
  private static Object matmul(BatchInterpreter level, Op op, Object[] args) {
    int[] s1 = BatchInterpreter.exampleShape(args[0]);
    int[] s2 = BatchInterpreter.exampleShape(args[1]);
    if (s1.length == 0 || s2.length == 0) {
      return Rules.LOOP; // matmul's own error for scalars, from the example
    }
    NDArray v1 = level.valueOf(args[0]);
    NDArray v2 = level.valueOf(args[1]);
    Object a = args[0];
    Object b = args[1];
    boolean row = s1.length == 1 && v1 != null;
    boolean col = s2.length == 1 && v2 != null;
    int r1 = row ? 2 : s1.length;
    int r2 = col ? 2 : s2.length;
    int loops = Math.max(r1, r2) - 2;
    if (v1 != null) {
      a = Rules.toRank(row ? Np.expandDims(v1, 1) : v1, loops + 2);
    }
    if (v2 != null) {
      b = Rules.toRank(col ? Np.expandDims(v2, -1) : v2, loops + 2);
    }
    NDArray r = (NDArray) Dispatch.bind(op, a, b);
    if (col) {
      r = Np.squeeze(r, -1);
    }
    if (row) {
      r = Np.squeeze(r, col || s2.length == 1 ? -1 : -2);
    }
    return r;
  }

  /** An op whose arguments 0..nArrays-1 have {@code coreRank} core axes each; the others are parameters. */
  private static Object core(BatchInterpreter level, Op op, Object[] args, int coreRank) {
    NDArray v = level.valueOf(args[0]);
    for (int i = 1; i < args.length; i++) {
      if (level.isBatched(args[i])) {
        return Rules.LOOP;
      }
    }
    if (v.ndim() - 1 < coreRank) {
      return Rules.LOOP; // the example's own error (or matrix_rank's vector case)
    }
    return Dispatch.bind(op, Rules.with(args, 0, v));
  }

  /** {@code solve(a, b)}: b is a vector only when it is 1-d (NumPy 2), so a batch of vectors becomes a batch of columns. */
  private static Object solve(BatchInterpreter level, Op op, Object[] args) {
    int[] sa = BatchInterpreter.exampleShape(args[0]);
    int[] sb = BatchInterpreter.exampleShape(args[1]);
    if (sa.length < 2 || sb.length < 1) {
      return Rules.LOOP;
    }
    NDArray va = level.valueOf(args[0]);
    NDArray vb = level.valueOf(args[1]);
    boolean vector = sb.length == 1;
    Object a = args[0];
    Object b = args[1];
    if (vector) {
      b = vb != null ? Np.expandDims(vb, -1) : Np.expandDims(level.batchOf(args[1]), -1);
      vb = (NDArray) b;
    }
    int loops = Math.max(sa.length - 2, vector ? 0 : sb.length - 2);
    if (va != null) {
      a = Rules.toRank(va, loops + 2);
    }
    b = Rules.toRank(vb != null ? vb : (NDArray) b, loops + 2);
    NDArray r = (NDArray) Dispatch.bind(op, a, b);
    return vector ? Np.squeeze(r, -1) : r;
  }

  /** {@code vecdot(x1, x2, axis)}: broadcasting operands, the axis counted from the end of their broadcast. */
  private static Object vecdot(BatchInterpreter level, Op op, Object[] args) {
    int[] s1 = BatchInterpreter.exampleShape(args[0]);
    int[] s2 = BatchInterpreter.exampleShape(args[1]);
    int rank = Math.max(s1.length, s2.length);
    if (rank == 0) {
      return Rules.LOOP;
    }
    dev.numbat.backend.cpu.Shapes.broadcast(s1, s2);
    int axis = Rules.fromEnd((Integer) args[2], rank);
    Object[] a = {args[0], args[1], axis};
    for (int i = 0; i < 2; i++) {
      NDArray v = level.valueOf(args[i]);
      if (v != null) {
        a[i] = Rules.toRank(v, rank);
      }
    }
    return Dispatch.bind(op, a);
  }

  /** {@code dot(a, b)}: vectors and matrices are matmul's; a batch of arrays against an unbatched b contracts as it would alone. */
  private static Object dot(BatchInterpreter level, Op op, Object[] args) {
    int[] s1 = BatchInterpreter.exampleShape(args[0]);
    int[] s2 = BatchInterpreter.exampleShape(args[1]);
    if (s1.length >= 1 && s1.length <= 2 && s2.length >= 1 && s2.length <= 2) {
      return matmul(level, dev.numbat.ops.MatmulOp.OP, args);
    }
    NDArray v1 = level.valueOf(args[0]);
    if (v1 != null && !level.isBatched(args[1]) && s1.length >= 1) {
      return Dispatch.bind(op, v1, args[1]);
    }
    return Rules.LOOP;
  }

  /** {@code einsum(subscripts, operands)}: a letter no term uses labels the batch axis of each batched operand and of the result. */
  private static Object einsum(BatchInterpreter level, Op op, Object[] args) {
    String spec = ((String) args[0]).replace(" ", "");
    Object[] ops = (Object[]) args[1];
    char batch = 0;
    for (char c = 'a'; c <= 'z' && batch == 0; c++) {
      if (spec.indexOf(c) < 0) {
        batch = c;
      }
    }
    for (char c = 'A'; c <= 'Z' && batch == 0; c++) {
      if (spec.indexOf(c) < 0) {
        batch = c;
      }
    }
    if (batch == 0 || spec.contains(",,")) {
      return Rules.LOOP;
    }
    String in = spec;
    String out;
    int arrow = spec.indexOf("->");
    if (arrow >= 0) {
      in = spec.substring(0, arrow);
      out = spec.substring(arrow + 2);
    } else {
      // NumPy's implicit output: the labels used once, in alphabetical order, after any ellipsis.
      StringBuilder o = new StringBuilder(in.contains("...") ? "..." : "");
      String letters = in.replace("...", "");
      letters.chars().filter(Character::isLetter).distinct().sorted()
          .filter(c -> letters.indexOf(c) == letters.lastIndexOf(c)).forEach(c -> o.append((char) c));
      out = o.toString();
    }
    String[] terms = in.split(",", -1);
    if (terms.length != ops.length) {
      return Rules.LOOP;
    }
    Object[] operands = new Object[ops.length];
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < ops.length; i++) {
      NDArray v = level.valueOf(ops[i]);
      s.append(i == 0 ? "" : ",");
      if (v != null) {
        s.append(batch);
        operands[i] = v;
      } else {
        operands[i] = ops[i];
      }
      s.append(terms[i]);
    }
    s.append("->").append(batch).append(out);
    return Dispatch.bind(op, s.toString(), operands, args[2]);
  }
}

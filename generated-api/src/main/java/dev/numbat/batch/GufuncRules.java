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
    Rules.add("gufunc", GufuncRules::vdot, "vdot");
    Rules.add("gufunc", GufuncRules::cross, "cross");
    Rules.add("gufunc", GufuncRules::multiDot, "linalg.multi_dot");
    Rules.add("gufunc", GufuncRules::tensorinv, "linalg.tensorinv");
  }

  /** {@code vdot(a, b)}: the examples flattened, then vecdot (which conjugates its first operand, as vdot does). */
  private static Object vdot(BatchInterpreter level, Op op, Object[] args) {
    int na = dev.numbat.backend.cpu.Shapes.size(BatchInterpreter.exampleShape(args[0]));
    int nb = dev.numbat.backend.cpu.Shapes.size(BatchInterpreter.exampleShape(args[1]));
    if (na != nb) {
      return Rules.LOOP;
    }
    return Np.linalg.vecdot(Rules.flat(level.batchOf(args[0])), Rules.flat(level.batchOf(args[1])), -1);
  }

  /**
   * {@code cross(a, b, axisa, axisb, axisc, axis)}: each vector axis counted from the end of its
   * operand, the operands padded to one number of loop axes, the result's vector axis counted from
   * the end of the example's result.
   */
  private static Object cross(BatchInterpreter level, Op op, Object[] args) {
    int[] sa = BatchInterpreter.exampleShape(args[0]);
    int[] sb = BatchInterpreter.exampleShape(args[1]);
    if (sa.length == 0 || sb.length == 0) {
      return Rules.LOOP;
    }
    int axisa = (Integer) args[2];
    int axisb = (Integer) args[3];
    int axisc = (Integer) args[4];
    if (args[5] != null) {
      axisa = axisb = axisc = (Integer) args[5];
    }
    int aa = Rules.fromEnd(axisa, sa.length);
    int ab = Rules.fromEnd(axisb, sb.length);
    int loops = Math.max(sa.length, sb.length) - 1;
    boolean vector = sa[sa.length + aa] == 3 || sb[sb.length + ab] == 3;
    int ac = vector ? Rules.fromEnd(axisc, loops + 1) : -1;
    Object a = args[0];
    Object b = args[1];
    NDArray va = level.valueOf(a);
    NDArray vb = level.valueOf(b);
    if (va != null) {
      a = Rules.toRank(va, loops + 1);
    }
    if (vb != null) {
      b = Rules.toRank(vb, loops + 1);
    }
    return Dispatch.bind(op, a, b, aa, ab, ac, null);
  }

  /** {@code multi_dot(arrays)}: a chain of matmuls, a first vector as a row and a last one as a column. */
  private static Object multiDot(BatchInterpreter level, Op op, Object[] args) {
    Object[] xs = (Object[]) args[0];
    int n = xs.length;
    if (n < 2) {
      return Rules.LOOP;
    }
    boolean row = BatchInterpreter.exampleShape(xs[0]).length == 1;
    boolean col = BatchInterpreter.exampleShape(xs[n - 1]).length == 1;
    NDArray r = null;
    for (int i = 0; i < n; i++) {
      int[] s = BatchInterpreter.exampleShape(xs[i]);
      if (s.length != ((i == 0 && row) || (i == n - 1 && col) ? 1 : 2)) {
        return Rules.LOOP;
      }
      NDArray v = level.valueOf(xs[i]);
      NDArray x = v != null ? v : xs[i] instanceof NDArray y ? y : Np.asarray(xs[i]);
      if (i == 0 && row) {
        x = Np.expandDims(x, -2);
      } else if (i == n - 1 && col) {
        x = Np.expandDims(x, -1);
      }
      r = r == null ? x : Np.matmul(r, x);
    }
    if (col) {
      r = Np.squeeze(r, -1);
    }
    if (row) {
      r = Np.squeeze(r, col ? -1 : -2);
    }
    return r;
  }

  /** {@code tensorinv(a, ind)}: the examples as square matrices, inverted, reshaped to the example's result. */
  private static Object tensorinv(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    int ind = (Integer) args[1];
    int[] s = java.util.Arrays.copyOfRange(v.shapeRef(), 1, v.ndim());
    if (ind <= 0 || ind > s.length) {
      return Rules.LOOP;
    }
    int p = dev.numbat.backend.cpu.Shapes.size(java.util.Arrays.copyOfRange(s, 0, ind));
    int q = dev.numbat.backend.cpu.Shapes.size(java.util.Arrays.copyOfRange(s, ind, s.length));
    if (p != q) {
      return Rules.LOOP;
    }
    NDArray inv = Np.linalg.inv(Np.reshape(v, v.shape(0), p, q));
    int[] out = new int[s.length + 1];
    out[0] = v.shape(0);
    int k = 1;
    for (int i = ind; i < s.length; i++) {
      out[k++] = s[i];
    }
    for (int i = 0; i < ind; i++) {
      out[k++] = s[i];
    }
    return Np.reshape(inv, out);
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
    NDArray r;
    if (v2 == null && s2.length == 2 && b instanceof NDArray m && ((NDArray) a).size() > 0) {
      // A batch of matrices times one matrix: one product of the stacked rows (one GEMM instead of B).
      NDArray x = (NDArray) a;
      int[] xs = x.shapeRef();
      int k = xs[xs.length - 1];
      NDArray rows = (NDArray) Dispatch.bind(op, Np.reshape(x, -1, k), m);
      int[] out = xs.clone();
      out[out.length - 1] = m.shape(1);
      r = Np.reshape(rows, out);
    } else if (a instanceof NDArray x && b instanceof NDArray y && x.ndim() >= 2 && y.ndim() >= 2 && x.shape(-1) == 1
        && y.shape(-2) == 1 && x.dtype().isInexact() && y.dtype().isInexact()) {
      // A contraction over one element (per-example outer products, x^T g in a gradient): each
      // result element is one product, so the broadcast multiply is the same values without a
      // small matrix product per example (and fuses under Np.function).
      r = Np.multiply(x, y);
    } else {
      r = (NDArray) Dispatch.bind(op, a, b);
    }
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
    if (vb != null) {
      b = Rules.toRank(vb, loops + 2);
    }
    NDArray r = (NDArray) Dispatch.bind(op, a, b);
    return vector ? Np.squeeze(r, -1) : r;
  }

  /** {@code vecdot(x1, x2, axis)}: broadcasting operands, the axis counted from the end of their broadcast. */
  private static Object vecdot(BatchInterpreter level, Op op, Object[] args) {
    int[] s1 = BatchInterpreter.exampleShape(args[0]);
    int[] s2 = BatchInterpreter.exampleShape(args[1]);
    int rank = Math.max(s1.length, s2.length);
    int given = (Integer) args[2];
    if (Math.min(s1.length, s2.length) == 0 || given >= 0 && s1.length != s2.length) {
      return Rules.LOOP; // the axis is each operand's own: a non-negative one names different axes of the two
    }
    dev.numbat.backend.cpu.Shapes.broadcast(s1, s2);
    int axis = Rules.fromEnd(given, s1.length);
    Rules.fromEnd(given, s2.length);
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

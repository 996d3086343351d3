package dev.numbat.batch;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.core.AbstractValue;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;
import dev.numbat.indexing.IndexOps;
import dev.numbat.indexing.IndexPlan;
import dev.numbat.indexing.Slice;

/**
 * Indexing, gathers and scatters (JAX's gather/scatter batching). An unbatched index gets a full
 * slice for the batch axis in front. Batched index arrays become advanced indices of the batch
 * with {@code arange(B)} in front, so that example i reads its own array with its own indices;
 * where NumPy's placement of the advanced axes then differs from the example's (the advanced
 * indices are adjacent but not first), the result's axes are permuted back.
 */
final class IndexRules {
  private IndexRules() {}

  static void register() {
    Rules.add("index", IndexRules::get, IndexOps.GET.name);
    for (Op op : IndexOps.ALL) {
      if (op != IndexOps.GET) {
        Rules.add("scatter", IndexRules::update, op.name);
      }
    }
    Rules.add("gather", IndexRules::take, "take");
    Rules.add("gather", IndexRules::takeAlongAxis, "take_along_axis");
    Rules.add("scatter", IndexRules::putAlongAxis, "put_along_axis");
  }

  /** {@code put_along_axis(arr, indices, values, axis)}: arr and indices as batches, values padded to their rank. */
  private static Object putAlongAxis(BatchInterpreter level, Op op, Object[] args) {
    int n = BatchInterpreter.exampleShape(args[0]).length;
    Integer axis = (Integer) args[3];
    if (axis == null || n == 0) {
      return Rules.LOOP;
    }
    Object values = level.isBatched(args[2]) ? Rules.toRank(level.valueOf(args[2]), n) : args[2];
    return Dispatch.bind(op, level.batchOf(args[0]), level.batchOf(args[1]), values,
        Integer.valueOf(Rules.fromEnd(axis, n)));
  }

  /**
   * The example's plan: its result shape, and where its advanced axes go. Batched index arrays
   * are planned as stand-ins of their example shape (in-bounds zeros).
   */
  private static IndexPlan examplePlan(BatchInterpreter level, NDArray x, Object[] index) {
    Object[] ex = new Object[index.length];
    for (int i = 0; i < index.length; i++) {
      ex[i] = level.isBatched(index[i]) ? AbstractValue.of((NDArray) index[i]).standIn() : index[i];
    }
    NDArray standIn = Np.broadcastTo(Np.zeros(new int[0], DType.BOOL), x.shapeRef());
    return IndexPlan.of(standIn, ex);
  }

  /**
   * The batch's index for {@code index} and the permutation that turns the batch's result into
   * examples in their own layout (null when none is needed).
   */
  private static Object[][] rewrite(BatchInterpreter level, NDArray x, Object[] index, IndexPlan ex) {
    boolean arrays = level.involvesBatched(index);
    int b = level.size;
    int advStart = ex.advancedStart();
    int advNdim = ex.advancedNdim();
    int rank = ex.shape().length;
    Object[] idx = new Object[index.length + 1];
    int[] perm = null;
    if (!arrays) {
      idx[0] = new Slice(null, null, null);
      System.arraycopy(index, 0, idx, 1, index.length);
      if (!ex.isBasic() && !adjacent(index)) {
        // NumPy put the example's separated advanced axes first: the batch axis comes after them.
        perm = moveToFront(rank + 1, advNdim);
      }
      return new Object[][] {idx, perm == null ? null : box(perm)};
    }
    int[] s = new int[advNdim + 1];
    java.util.Arrays.fill(s, 1);
    s[0] = b;
    idx[0] = Np.reshape(Np.arange(b), s);
    for (int i = 0; i < index.length; i++) {
      NDArray v = level.valueOf(index[i]);
      if (v != null && v.dtype().isBool()) {
        return null;
      }
      idx[i + 1] = v != null ? Rules.toRank(v, advNdim) : index[i];
    }
    if (advStart > 0) {
      // The example's advanced axes sit after advStart others; the batch's went first.
      perm = new int[rank + 1];
      int k = 0;
      perm[k++] = 0;
      for (int i = 0; i < advStart; i++) {
        perm[k++] = 1 + advNdim + i;
      }
      for (int i = 0; i < advNdim; i++) {
        perm[k++] = 1 + i;
      }
      for (int i = advStart + advNdim; i < rank; i++) {
        perm[k++] = 1 + i;
      }
    }
    return new Object[][] {idx, perm == null ? null : box(perm)};
  }

  /** Whether the example's advanced components are adjacent (ints count once any array is there). */
  private static boolean adjacent(Object[] index) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < index.length; i++) {
      Object o = index[i];
      boolean basic = o == null || o instanceof Slice || o instanceof dev.numbat.indexing.NewAxis
          || o instanceof dev.numbat.indexing.Ellipsis || o instanceof Boolean;
      if (!basic) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    for (int i = first + 1; i < last; i++) {
      Object o = index[i];
      if (o == null || o instanceof Slice || o instanceof dev.numbat.indexing.NewAxis || o instanceof dev.numbat.indexing.Ellipsis) {
        return false;
      }
    }
    return true;
  }

  /** The permutation that moves axis {@code axis} of an {@code n}-axis array to the front. */
  private static int[] moveToFront(int n, int axis) {
    int[] p = new int[n];
    p[0] = axis;
    for (int i = 0, k = 1; i < n; i++) {
      if (i != axis) {
        p[k++] = i;
      }
    }
    return p;
  }

  private static Integer[] box(int[] p) {
    Integer[] r = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      r[i] = p[i];
    }
    return r;
  }

  private static int[] unbox(Object[] p) {
    int[] r = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      r[i] = (Integer) p[i];
    }
    return r;
  }

  /** {@code x[index]}. */
  private static Object get(BatchInterpreter level, Op op, Object[] args) {
    NDArray x = (NDArray) args[0];
    Object[] index = (Object[]) args[1];
    IndexPlan ex = examplePlan(level, x, index);
    Object[][] rw = rewrite(level, x, index, ex);
    if (rw == null) {
      return Rules.LOOP;
    }
    NDArray r = (NDArray) Dispatch.bind(op, level.batchOf(x), rw[0]);
    return rw[1] == null ? r : Np.transpose(r, unbox(rw[1]));
  }

  /** {@code x.at(index).op(v)}: v, in the example's layout, is brought to the batch's. */
  private static Object update(BatchInterpreter level, Op op, Object[] args) {
    NDArray x = (NDArray) args[0];
    Object[] index = (Object[]) args[1];
    IndexPlan ex = examplePlan(level, x, index);
    Object[][] rw = rewrite(level, x, index, ex);
    if (rw == null) {
      return Rules.LOOP;
    }
    Object v = args[2];
    int rank = ex.shape().length;
    if (rw[1] != null || level.isBatched(v)) {
      NDArray vb = Rules.toRank(level.batchOf(v), rank);
      if (rw[1] != null) {
        int[] perm = unbox(rw[1]);
        int[] inv = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
          inv[perm[i]] = i;
        }
        // The batch's target has the axes in the order the permutation undoes: v goes there.
        vb = Np.transpose(Np.broadcastTo(vb, ViewRules.prepend(level.size, ex.shape())), inv);
      }
      v = vb;
    }
    return Dispatch.bind(op, level.batchOf(x), rw[0], v);
  }

  /** {@code take(a, indices, axis, mode)}. */
  private static Object take(BatchInterpreter level, Op op, Object[] args) {
    NDArray va = level.valueOf(args[0]);
    NDArray vi = level.valueOf(args[1]);
    Integer axis = (Integer) args[2];
    int n = BatchInterpreter.exampleShape(args[0]).length;
    if (vi == null) {
      if (axis == null) {
        return Dispatch.bind(op, Rules.flat(va), args[1], Integer.valueOf(1), args[3]);
      }
      return Dispatch.bind(op, va, args[1], Integer.valueOf(Rules.fromEnd(axis, n) + n + 1), args[3]);
    }
    if (va == null) {
      if (axis == null) {
        return Dispatch.bind(op, args[0], vi, null, args[3]);
      }
      int ax = dev.numbat.backend.cpu.Shapes.normalizeAxis(axis, n);
      NDArray r = (NDArray) Dispatch.bind(op, args[0], vi, Integer.valueOf(ax), args[3]);
      return ax == 0 ? r : Np.moveaxis(r, ax, 0);
    }
    if (args[3] != null && !"raise".equals(args[3])) {
      return Rules.LOOP;
    }
    // Both batched: example e reads its own array at its own indices, arange(B) pairing them.
    int ri = vi.ndim() - 1;
    int[] s = new int[ri + 1];
    java.util.Arrays.fill(s, 1);
    s[0] = level.size;
    NDArray batch = Np.reshape(Np.arange(level.size), s);
    if (axis == null) {
      return Np.reshape(flatGet(Rules.flat(va), batch, vi), vi.shapeRef());
    }
    int ax = dev.numbat.backend.cpu.Shapes.normalizeAxis(axis, n);
    Object[] idx = new Object[ax + 2];
    idx[0] = batch;
    for (int k = 1; k <= ax; k++) {
      idx[k] = new Slice(null, null, null);
    }
    idx[ax + 1] = vi;
    NDArray r = va.get(idx);
    if (ax == 0) {
      return r;
    }
    int[] perm = new int[r.ndim()];
    int k = 0;
    perm[k++] = 0;
    for (int i = 0; i < ax; i++) {
      perm[k++] = 1 + ri + i;
    }
    for (int i = 0; i < ri; i++) {
      perm[k++] = 1 + i;
    }
    for (int i = 1 + ri + ax; i < perm.length; i++) {
      perm[k++] = i;
    }
    return Np.transpose(r, perm);
  }

  private static NDArray flatGet(NDArray flat, NDArray batch, NDArray indices) {
    return flat.get(batch, indices);
  }

  /** {@code take_along_axis(arr, indices, axis)}: both as batches, the axis counted from the end. */
  private static Object takeAlongAxis(BatchInterpreter level, Op op, Object[] args) {
    int n = BatchInterpreter.exampleShape(args[0]).length;
    Integer axis = (Integer) args[2];
    NDArray a = level.batchOf(args[0]);
    NDArray i = level.batchOf(args[1]);
    if (axis == null) {
      return Dispatch.bind(op, Rules.flat(a), i, Integer.valueOf(-1));
    }
    if (n == 0) {
      return Rules.LOOP;
    }
    return Dispatch.bind(op, a, i, Integer.valueOf(Rules.fromEnd(axis, n)));
  }
}

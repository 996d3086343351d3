package dev.numbat.indexing;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.core.Dispatch;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.GatherScatter;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.StridedViews;

/**
 * JAX-style functional updates of NumPy's in-place indexed operations: {@code x.at(idx).set(v)}
 * is NumPy's {@code c = x.copy(); c[idx] = v}, {@code x.at(idx).add(v)} is
 * {@code np.add.at(c, idx, v)}; each returns the new array and leaves {@code x} unchanged.
 *
 * <p>{@code set} assigns as NumPy's {@code __setitem__}: values broadcast to the indexed shape
 * (extra leading length-1 axes allowed), arrays cast unsafely to {@code x}'s dtype, Java numbers
 * converted with Python's rules (an integer out of range is an OverflowError); where an index
 * repeats, the last value wins. The arithmetic updates are NumPy's unbuffered {@code ufunc.at}:
 * a repeated index applies the operation once per occurrence, in order; {@code v} is converted
 * with {@code asarray} (NumPy 2's {@code ufunc.at} treats a Python scalar as a strong array), the
 * ufunc runs on the promoted dtype of {@code x} and {@code v}, and its result is cast back to
 * {@code x}'s dtype unsafely (so {@code int64.at(i).add(1.5)} truncates, as NumPy does).
 *
 * <p>Gradients (recorded on open tapes; rules in {@link IndexGrads}) follow these semantics: after
 * {@code set}, an index that repeats passes v's gradient only to its last occurrence (the
 * write that stays); the arithmetic updates differentiate the whole sequence of updates, so
 * {@code multiply} with an index named twice multiplies twice (x gets {@code g v1 v2}, each v the
 * product of x with the other). {@code min} and {@code max} split the gradient equally between
 * the current value and v where they tie, as the {@code minimum}/{@code maximum} ufuncs' rules do
 * (TF's maximum/minimum would give all of it to their first input, here the current value).
 */
public final class At {
  private final NDArray x;
  private final Object[] index;

  /** The update builder for {@code x[index]}; {@code index} as {@code NDArray.get} takes it. */
  public At(NDArray x, Object[] index) {
    this.x = x;
    this.index = index;
  }

  /** {@code x[index]}, as {@link NDArray#get(Object...)}. */
  public NDArray get() {
    return x.get(index);
  }

  /** A copy of {@code x} with {@code x[index] = v}. */
  public NDArray set(Object v) {
    return (NDArray) Dispatch.bind(IndexOps.SET, x, index, v);
  }

  /** The implementation of {@link IndexOps#SET}. */
  static NDArray set(NDArray x, Object[] index, Object v) {
    DType d = x.dtype();
    NDArray c = Copy.copy(x);
    IndexPlan p = IndexPlan.of(c, index);
    int[] offs = p.offsets();
    int[] rs = p.shape();
    NDArray val = v instanceof NDArray a ? Cast.to(a.strong(), d) : Convert.asarray(v, d);
    if (val.ndim() > 0 && IndexPlan.isIntegerTuple(x, index)) {
      // NumPy 2.4: one element takes a scalar only (a size-1 array is no longer unpacked)
      throw new ValueError("setting an array element with a sequence.");
    }
    int[] vs = val.shapeRef();
    int lead = 0;
    while (vs.length - lead > rs.length && vs[lead] == 1) {
      lead++;
    }
    if (lead > 0) {
      val = StridedViews.view(val, java.util.Arrays.copyOfRange(vs, lead, vs.length),
          java.util.Arrays.copyOfRange(val.stridesRef(), lead, vs.length), val.offset());
    }
    if (!broadcastable(val.shapeRef(), rs)) {
      throw new ValueError(p.isBasic()
          ? "could not broadcast input array from shape " + Shapes.strNoSpace(vs) + " into shape "
              + Shapes.strNoSpace(rs)
          : "shape mismatch: value array of shape " + Shapes.strNoSpace(vs)
              + " could not be broadcast to indexing result of shape " + Shapes.strNoSpace(rs));
    }
    NDArray flat = spread(val, rs);
    GatherScatter.scatterInto(c, offs, flat, null);
    return c;
  }

  /** {@code np.add.at}: {@code x[index] += v}, once per occurrence of a repeated index. */
  public NDArray add(Object v) { return (NDArray) Dispatch.bind(IndexOps.ADD, x, index, v); }

  /** {@code np.subtract.at}. */
  public NDArray subtract(Object v) { return (NDArray) Dispatch.bind(IndexOps.SUBTRACT, x, index, v); }

  /** {@code np.multiply.at}. */
  public NDArray multiply(Object v) { return (NDArray) Dispatch.bind(IndexOps.MULTIPLY, x, index, v); }

  /** {@code np.divide.at} (true division; an integer {@code x} gets the quotient truncated back). */
  public NDArray divide(Object v) { return (NDArray) Dispatch.bind(IndexOps.DIVIDE, x, index, v); }

  /** {@code np.power.at}. */
  public NDArray power(Object v) { return (NDArray) Dispatch.bind(IndexOps.POWER, x, index, v); }

  /** {@code np.minimum.at} (NaN propagates). */
  public NDArray min(Object v) { return (NDArray) Dispatch.bind(IndexOps.MIN, x, index, v); }

  /** {@code np.maximum.at} (NaN propagates). */
  public NDArray max(Object v) { return (NDArray) Dispatch.bind(IndexOps.MAX, x, index, v); }

  /** The implementation of the arithmetic updates of {@link IndexOps}. */
  static NDArray update(NDArray x, Object[] index, Ufunc2 ufunc, Object v) {
    DType d = x.dtype();
    NDArray val = Convert.asarray(v, null);
    // NumPy resolves the ufunc's loop before it looks at the index, so its TypeError (bool
    // subtract) comes first; some kernels only raise per element, so run one on a zero probe.
    ufunc.call(NDArray.allocate(d, new int[] {1}), NDArray.allocate(val.dtype(), new int[] {1}));
    NDArray c = Copy.copy(x);
    IndexPlan p = IndexPlan.of(c, index);
    int[] offs = p.offsets();
    int[] rs = p.shape();
    if (val.ndim() > rs.length || !broadcastable(val.shapeRef(), rs)) {
      throw new ValueError("array is not broadcastable to correct shape");
    }
    NDArray vals = spread(val, rs);
    int n = offs.length;
    if (n == 0) {
      return c;
    }
    // Repeated targets are updated once per occurrence, in order (unbuffered ufunc.at).
    Rounds rounds = Rounds.of(offs, c.size());
    for (int r = 0; r < rounds.count(); r++) {
      int[] sel = rounds.targets()[r];
      NDArray vr = rounds.count() > 1 ? GatherScatter.gather(vals, rounds.positions(r), new int[] {sel.length})
          : StridedViews.view(vals, new int[] {n}, new int[] {1}, 0);
      NDArray cur = GatherScatter.gather(c, sel, new int[] {sel.length});
      NDArray res = Cast.to(ufunc.call(cur, vr).strong(), d);
      GatherScatter.scatterInto(c, sel, res, null);
    }
    return c;
  }

  /** A binary ufunc's entry point ({@code AddOp::call}). */
  interface Ufunc2 {
    NDArray call(Object a, Object b);
  }

  private static boolean broadcastable(int[] v, int[] to) {
    if (v.length > to.length) {
      return false;
    }
    int off = to.length - v.length;
    for (int i = 0; i < v.length; i++) {
      if (v[i] != 1 && v[i] != to[i + off]) {
        return false;
      }
    }
    return true;
  }

  /** {@code v} broadcast to {@code shape} as a fresh C-contiguous array. */
  private static NDArray spread(NDArray v, int[] shape) {
    return Copy.copy(StridedViews.broadcast(v, shape));
  }
}

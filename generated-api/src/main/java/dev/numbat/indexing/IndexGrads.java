package dev.numbat.indexing;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradHelpers;
import dev.numbat.autodiff.GradRule;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.HostArrays;
import java.util.function.BinaryOperator;

/**
 * Gradient rules of indexing, which is not a spec'd op ({@code x.get(idx)}, {@code x.at(idx)}):
 * written by hand in the generated rules' form and recorded by the indexing entry points.
 * Parameters are {@code (x, index)} for get and {@code (x, index, v)} for the updates. Rules are
 * written with ops, so an outer tape records them (second derivatives).
 */
public final class IndexGrads {
  private IndexGrads() {}

  private static final byte[] GET_INPUTS = {GradRule.ARRAY, GradRule.NONE};
  private static final byte[] AT_INPUTS = {GradRule.ARRAY, GradRule.NONE, GradRule.ARRAY};
  private static final String WHERE = "dev.numbat.indexing.IndexGrads";

  /** {@code x[index]}: g scatter-added into zeros of x's shape (an advanced index may repeat). */
  static final GradRule GET = new GradRule("getitem", WHERE, GradRule.Status.DIFFERENTIABLE,
      GET_INPUTS, (g, args, result, need) -> new Object[] {
          need[0] ? Np.zeros(((NDArray) args[0]).shape(), g.dtype()).at((Object[]) args[1]).add(g) : null, null});

  /**
   * {@code x.at(index).set(v)}: x's gradient is g with the overwritten elements zeroed; v's is g at
   * the indexed elements, where an index that repeats passes it only to its last occurrence (the
   * write NumPy's {@code c[index] = v} keeps), the earlier ones getting 0.
   */
  static final GradRule SET = new GradRule("at.set", WHERE, GradRule.Status.DIFFERENTIABLE,
      AT_INPUTS, (g, args, result, need) -> {
        Object[] index = (Object[]) args[1];
        NDArray gv = null;
        if (need[2]) {
          gv = g.get(index);
          NDArray last = lastWrites((NDArray) args[0], index);
          if (last != null) {
            gv = Np.where(last, gv, 0);
          }
        }
        return new Object[] {need[0] ? g.at(index).set(0) : null, null, gv};
      });

  /**
   * Of the elements {@code x[index]} selects (in C order, the order assignment writes them), those
   * that are the last to write their target, as a bool array of the indexed shape; null when no
   * target repeats.
   */
  private static NDArray lastWrites(NDArray x, Object[] index) {
    IndexPlan p = IndexPlan.of(NDArray.allocate(DType.INT8, x.shape()), index);
    int[] offs = p.offsets();
    int[] lastAt = new int[Math.max(x.size(), 1)];
    java.util.Arrays.fill(lastAt, -1);
    boolean repeats = false;
    for (int k = 0; k < offs.length; k++) {
      repeats |= lastAt[offs[k]] >= 0;
      lastAt[offs[k]] = k;
    }
    if (!repeats) {
      return null;
    }
    byte[] mask = new byte[offs.length];
    for (int k = 0; k < offs.length; k++) {
      mask[k] = (byte) (lastAt[offs[k]] == k ? 1 : 0);
    }
    return HostArrays.bool(p.shape(), mask);
  }

  /** {@code x.at(index).add(v)}: g for x, g at the indexed elements for v. */
  static final GradRule ADD = new GradRule("at.add", WHERE, GradRule.Status.DIFFERENTIABLE,
      AT_INPUTS, (g, args, result, need) -> new Object[] {
          need[0] ? g : null, null, need[2] ? g.get((Object[]) args[1]) : null});

  /** {@code x.at(index).subtract(v)}. */
  static final GradRule SUBTRACT = new GradRule("at.subtract", WHERE,
      GradRule.Status.DIFFERENTIABLE, AT_INPUTS, (g, args, result, need) -> new Object[] {
          need[0] ? g : null, null, need[2] ? Np.negative(g.get((Object[]) args[1])) : null});

  /**
   * One step {@code res = f(cur, v)} of an unbuffered {@code ufunc.at}: the gradients of cur and
   * of v from the step's upstream gradient {@code gs} (conjugated derivatives, TF's convention).
   */
  private interface Step {
    NDArray[] grads(NDArray gs, NDArray cur, NDArray v, NDArray res);
  }

  /** {@code multiply.at}: d/dcur = v, d/dv = cur. */
  static final GradRule MULTIPLY = sequential("multiply", Np::multiply, (gs, cur, v, res) -> new NDArray[] {
      Np.multiply(gs, GradHelpers.conj(v)), Np.multiply(gs, GradHelpers.conj(cur))});

  /** {@code divide.at}: d/dcur = 1/v, d/dv = -res/v. */
  static final GradRule DIVIDE = sequential("divide", Np::divide, (gs, cur, v, res) -> new NDArray[] {
      Np.divide(gs, GradHelpers.conj(v)), Np.negative(Np.multiply(gs, GradHelpers.conj(Np.divide(res, v))))});

  /** {@code power.at}: d/dcur = v cur^(v-1), d/dv = res log(cur) (0 where cur is 0, as the power ufunc's rule). */
  static final GradRule POWER = sequential("power", Np::power, (gs, cur, v, res) -> new NDArray[] {
      Np.multiply(gs, GradHelpers.conj(Np.multiply(v, Np.power(cur, Np.subtract(v, 1))))),
      GradHelpers.powerExponentGrad(gs, cur, res)});

  /** {@code minimum.at}: the smaller of cur and v gets the gradient; a tie splits it (as the minimum ufunc's rule). */
  static final GradRule MIN = sequential("min", Np::minimum, (gs, cur, v, res) -> new NDArray[] {
      GradHelpers.extremumGrad(gs, cur, v, res), GradHelpers.extremumGrad(gs, v, cur, res)});

  /** {@code maximum.at}: as {@link #MIN}. */
  static final GradRule MAX = sequential("max", Np::maximum, (gs, cur, v, res) -> new NDArray[] {
      GradHelpers.extremumGrad(gs, cur, v, res), GradHelpers.extremumGrad(gs, v, cur, res)});

  /**
   * The rule of an unbuffered {@code ufunc.at} update: a target that the index names k times is
   * updated k times in a row ({@code c = f(f(x, v1), v2)}), so the gradient runs back through the
   * updates in reverse. The updates are replayed with ops first (the values each step saw), in the
   * rounds {@code At} runs them: the r-th occurrences of all targets, whose targets are distinct.
   */
  private static GradRule sequential(String name, BinaryOperator<NDArray> f, Step step) {
    return new GradRule("at." + name, WHERE, GradRule.Status.DIFFERENTIABLE, AT_INPUTS, (g, args, result, need) -> {
      NDArray x = (NDArray) args[0];
      Object[] index = (Object[]) args[1];
      NDArray v = args[2] instanceof NDArray a ? a : Convert.asarray(args[2], null);
      IndexPlan p = IndexPlan.of(NDArray.allocate(DType.INT8, x.shape()), index);
      int[] offs = p.offsets();
      int[] rs = p.shape();
      int n = offs.length;
      if (n == 0) {
        return new Object[] {need[0] ? g : null, null, null};
      }
      Rounds rd = Rounds.of(offs, x.size());
      int rounds = rd.count();
      NDArray[] sel = new NDArray[rounds];
      NDArray[] pos = new NDArray[rounds];
      for (int r = 0; r < rounds; r++) {
        sel[r] = indices(rd.targets()[r]);
        pos[r] = indices(rd.positions(r));
      }
      NDArray vs = Np.ravel(Np.broadcastTo(v, rs));
      NDArray c = Np.ravel(x);
      NDArray[] cur = new NDArray[rounds];
      NDArray[] vr = new NDArray[rounds];
      NDArray[] res = new NDArray[rounds];
      for (int r = 0; r < rounds; r++) {
        cur[r] = c.get(sel[r]);
        vr[r] = vs.get(pos[r]);
        res[r] = f.apply(cur[r], vr[r]);
        if (r + 1 < rounds) {
          NDArray back = res[r].dtype() == c.dtype() ? res[r] : Np.astype(res[r], c.dtype());
          c = c.at(sel[r]).set(back);
        }
      }
      NDArray gc = Np.ravel(g);
      NDArray gv = null;
      for (int r = rounds - 1; r >= 0; r--) {
        NDArray gs = gc.get(sel[r]);
        NDArray[] d = step.grads(gs, cur[r], vr[r], res[r]);
        gc = gc.at(sel[r]).set(d[0]);
        if (need[2]) {
          gv = gv == null ? Np.zeros(new int[] {n}, d[1].dtype()).at(pos[r]).set(d[1]) : gv.at(pos[r]).set(d[1]);
        }
      }
      return new Object[] {need[0] ? Np.reshape(gc, x.shape()) : null, null, need[2] ? Np.reshape(gv, rs) : null};
    });
  }

  private static NDArray indices(int[] v) {
    long[] l = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      l[i] = v[i];
    }
    return HostArrays.int64(l);
  }
}

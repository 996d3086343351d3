package dev.numbat.autodiff;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NotImplementedError;
import dev.numbat.errors.ValueError;
import dev.numbat.impl.ShapeOps;
import dev.numbat.indexing.Slice;
import dev.numbat.backend.cpu.Reduction;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import java.util.Arrays;

/**
 * Java helpers that gradient rules in the op specs name when one short formula is not enough
 * ({@code grad: {a: "GradHelpers.maxGrad(g, a, result, axis, keepdims)"}}). Every helper computes
 * with ordinary ops, so an outer tape records it: gradients of gradients work through helpers too.
 * Helpers return gradients of any shape that broadcasts to the input's; the tape sums back.
 */
public final class GradHelpers {
  private GradHelpers() {}

  // ------------------------------------------------------------------ building blocks

  /** The complex conjugate; real arrays are returned as they are (no copy). Rules write {@code conj(x)}. */
  public static NDArray conj(Object x) {
    NDArray a = Scalars.operand(x);
    return a.dtype().isComplex() ? Np.conjugate(a) : a;
  }

  /**
   * {@code x} broadcast to {@code shape}: {@code broadcast_to}'s view with zero strides (its gradient is
   * the tape's usual sum back to x's shape). Raises NumPy's ValueError when the shapes do not broadcast.
   */
  public static NDArray expandTo(NDArray x, int[] shape) {
    if (Arrays.equals(x.shapeRef(), shape)) {
      return x;
    }
    if (!Arrays.equals(Shapes.broadcast(x.shapeRef(), shape), shape)) {
      throw new ValueError("operands could not be broadcast together with remapped shapes [original->remapped]: "
          + Shapes.strNoSpace(x.shapeRef()) + " and requested shape " + Shapes.strNoSpace(shape));
    }
    return Np.broadcastTo(x, shape.clone());
  }

  /**
   * {@code g} summed back to {@code shape} (PyTorch's {@code sum_to}): over leading axes it has
   * beyond {@code shape} and over axes where {@code shape} has 1; broadcast up when {@code g} is
   * smaller. The tape applies it to every gradient, so rules never un-broadcast themselves.
   */
  public static NDArray sumTo(NDArray g, int[] shape) {
    int[] gs = g.shapeRef();
    if (Arrays.equals(gs, shape)) {
      return g;
    }
    int lead = gs.length - shape.length;
    if (lead < 0 || !Arrays.equals(Shapes.broadcast(gs, shape), gs)) {
      return expandTo(g, shape);
    }
    int[] axes = new int[gs.length];
    int k = 0;
    for (int i = 0; i < gs.length; i++) {
      if (i < lead || (shape[i - lead] == 1 && gs[i] != 1)) {
        axes[k++] = i;
      }
    }
    NDArray s = k == 0 ? g : Np.sum(g, Arrays.copyOf(axes, k));
    return Arrays.equals(s.shapeRef(), shape) ? s : Np.reshape(s, shape);
  }

  /** The shape of {@code a} reduced over {@code axis} with keepdims (null: all axes). */
  static int[] keptShape(NDArray a, int[] axis) {
    boolean[] m = Shapes.axisMask(axis, a.ndim());
    int[] s = a.shape();
    for (int i = 0; i < s.length; i++) {
      if (m[i]) {
        s[i] = 1;
      }
    }
    return s;
  }

  /** A reduction's upstream gradient {@code g} broadcast back to the shape of its input {@code a}. */
  public static NDArray unreduce(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    int[] kept = keptShape(a, axis);
    NDArray k = keepdims || Arrays.equals(g.shapeRef(), kept) ? g : Np.reshape(g, kept);
    return expandTo(k, a.shapeRef());
  }

  /** The number of elements a reduction over {@code axis} combines. */
  static long count(NDArray a, int[] axis) {
    boolean[] m = Shapes.axisMask(axis, a.ndim());
    long n = 1;
    for (int i = 0; i < m.length; i++) {
      if (m[i]) {
        n *= a.shape(i);
      }
    }
    return n;
  }

  /** 1.0 where {@code mask} is true, 0.0 elsewhere, in dtype {@code like}'s (real) float type. */
  static NDArray asFloat(NDArray mask, NDArray like) {
    DType d = like.dtype().isInexact() ? like.dtype() : DType.FLOAT64;
    return Np.astype(mask, d);
  }

  // ------------------------------------------------------------------ element-wise

  /** maximum/minimum: the input that wins gets g; a tie splits g equally (0.5 each). */
  public static NDArray extremumGrad(NDArray g, NDArray self, NDArray other, NDArray result) {
    NDArray wins = asFloat(Np.equal(self, result), g);
    NDArray tie = asFloat(Np.equal(other, result), g);
    // wins - 0.5 * wins * tie: 1 when only self is the result, 0.5 on a tie, 0 when other wins.
    return Np.multiply(g, Np.subtract(wins, Np.multiply(0.5, Np.multiply(wins, tie))));
  }

  /**
   * angle(z) = atan2(im, re): for complex z the gradient is {@code g * 1j / conj(z)} (TF's convention:
   * dL/dre + i dL/dim); times 180/pi with {@code deg}. A real input's angle is constant: no gradient.
   */
  public static NDArray angleGrad(NDArray g, NDArray z, boolean deg) {
    if (!z.dtype().isComplex()) {
      return null;
    }
    NDArray d = Np.divide(Scalars.weak(new Complex(0, 1)), Np.conjugate(z));
    NDArray r = Np.multiply(g, d);
    return deg ? Np.multiply(r, 180.0 / Math.PI) : r;
  }

  /** sinc(x) = sin(pi x)/(pi x): {@code (cos(pi x) - sinc(x)) / x}, 0 at x = 0. */
  public static NDArray sincGrad(NDArray g, NDArray x, NDArray result) {
    NDArray zero = asFloat(Np.equal(x, 0), x);
    NDArray safeX = Np.add(x, zero);
    NDArray d = Np.divide(Np.subtract(Np.cos(Np.multiply(x, Math.PI)), result), safeX);
    return Np.multiply(g, Np.multiply(d, Np.subtract(1, zero)));
  }

  /** {@code d/dy x**y = x**y * log(x)}, 0 where x is 0 (TF's convention, no NaN from log(0)). */
  public static NDArray powerExponentGrad(NDArray g, NDArray x, NDArray result) {
    NDArray zero = Np.equal(x, 0);
    NDArray safeX = Np.add(x, asFloat(zero, x));
    NDArray d = Np.multiply(result, Np.log(safeX));
    return Np.multiply(g, conj(d));
  }

  /** imag(z): the gradient of a real g w.r.t. z is {@code g * 1j} (TF's convention). */
  public static NDArray timesI(NDArray g, NDArray x) {
    if (!x.dtype().isComplex()) {
      return null;
    }
    return Np.multiply(g, Scalars.weak(new Complex(0, 1)));
  }

  /**
   * clip = minimum(maximum(a, lo), hi), NumPy's definition: {@code a} gets g where
   * {@code lo <= a <= hi} (the bounds pass the gradient, as TF's clip_by_value).
   */
  public static NDArray clipGrad(NDArray g, NDArray a, NDArray lo, NDArray hi) {
    NDArray keep = null;
    if (lo != null) {
      keep = asFloat(Np.greaterEqual(a, lo), g);
    }
    if (hi != null) {
      NDArray below = asFloat(Np.lessEqual(a, hi), g);
      keep = keep == null ? below : Np.multiply(keep, below);
    }
    return keep == null ? g : Np.multiply(g, keep);
  }

  /**
   * clip's bounds: {@code lo} gets g where it replaced the value ({@code a < lo}) and was not cut
   * by {@code hi} ({@code lo <= hi}); {@code hi} gets g where {@code maximum(a, lo) > hi}.
   */
  public static NDArray clipBoundGrad(NDArray g, NDArray a, NDArray lo, NDArray hi, boolean lower) {
    if ((lower ? lo : hi) == null) {
      return null;
    }
    NDArray mask;
    if (lower) {
      mask = Np.less(a, lo);
      if (hi != null) {
        mask = Np.logicalAnd(mask, Np.lessEqual(lo, hi));
      }
    } else {
      mask = Np.greater(lo == null ? a : Np.maximum(a, lo), hi);
    }
    return Np.multiply(g, asFloat(mask, g));
  }

  // ------------------------------------------------------------------ reductions

  /** mean: g / N spread back over the input. */
  public static NDArray meanGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    return Np.divide(unreduce(g, a, axis, keepdims), (double) count(a, axis));
  }

  /** max/min (and nanmax/nanmin): g shared equally among the elements equal to the result (ties). */
  public static NDArray extremumReduceGrad(NDArray g, NDArray a, NDArray result, int[] axis, boolean keepdims) {
    NDArray r = unreduce(result, a, axis, keepdims);
    NDArray mask = asFloat(Np.equal(a, r), g);
    NDArray n = Np.sum(mask, axis, true);
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.divide(mask, n));
  }

  /**
   * prod, exact with zeros: where a slice has no zero, {@code g * prod / a}; one zero, only that
   * element gets {@code g * (product of the others)}; two or more zeros, nothing.
   */
  public static NDArray prodGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    NDArray isZero = Np.equal(a, 0);
    NDArray zf = asFloat(isZero, a);
    NDArray nonzero = Np.add(a, zf);                    // zeros replaced by 1
    NDArray prodNz = Np.prod(nonzero, axis, true);      // product of the nonzero elements
    NDArray zeros = Np.sum(zf, axis, true);
    NDArray none = asFloat(Np.equal(zeros, 0), a);
    NDArray one = asFloat(Np.equal(zeros, 1), a);
    NDArray d = Np.add(Np.multiply(none, Np.divide(prodNz, nonzero)), Np.multiply(Np.multiply(one, zf), prodNz));
    return Np.multiply(unreduce(g, a, axis, keepdims), conj(d));
  }

  /** nansum: g everywhere but at NaNs. */
  public static NDArray nansumGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    return Np.multiply(unreduce(g, a, axis, keepdims), asFloat(Np.logicalNot(Np.isnan(a)), g));
  }

  /** nanprod: prod's gradient with NaNs taken as 1, nothing at the NaNs. */
  public static NDArray nanprodGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    // NaNs become 1 by where (not a host fill), so the rule also runs on tracers; an outer tape
    // sees d filled/da = 1 off the NaNs and 0 at them, which is the rule's own mask.
    NDArray filled = Np.where(Np.isnan(a), 1, a);
    return Np.multiply(prodGrad(g, filled, axis, keepdims), asFloat(Np.logicalNot(Np.isnan(a)), g));
  }

  /** nanmean: g / (number of non-NaN elements) at the non-NaN elements. */
  public static NDArray nanmeanGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    NDArray ok = asFloat(Np.logicalNot(Np.isnan(a)), g);
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.divide(ok, Np.sum(ok, axis, true)));
  }

  /** var: {@code 2 (a - mean) / (N - ddof) * g}. */
  public static NDArray varGrad(NDArray g, NDArray a, int[] axis, double ddof, boolean keepdims) {
    NDArray dev = Np.subtract(a, Np.mean(a, axis, true));
    double scale = 2.0 / (count(a, axis) - ddof);
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.multiply(dev, scale));
  }

  /** std: {@code (a - mean) / ((N - ddof) * std) * g}. */
  public static NDArray stdGrad(NDArray g, NDArray a, NDArray result, int[] axis, double ddof, boolean keepdims) {
    NDArray dev = Np.subtract(a, Np.mean(a, axis, true));
    NDArray r = unreduce(result, a, axis, keepdims);
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.divide(dev, Np.multiply(r, count(a, axis) - ddof)));
  }

  /** nanvar: var's gradient over the non-NaN elements (N = their count), nothing at the NaNs. */
  public static NDArray nanvarGrad(NDArray g, NDArray a, int[] axis, double ddof, boolean keepdims) {
    NDArray ok = asFloat(Np.logicalNot(Np.isnan(a)), a);
    NDArray n = Np.sum(ok, axis, true);
    // NaN deviations become 0 by where, as nanprod's fill.
    NDArray dev = Np.where(Np.isnan(a), 0, Np.subtract(a, Np.nanmean(a, axis, null, true)));
    NDArray scale = Np.divide(2.0, Np.subtract(n, ddof));
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.multiply(dev, scale));
  }

  /** nanstd: nanvar's gradient over {@code 2 * result}. */
  public static NDArray nanstdGrad(NDArray g, NDArray a, NDArray result, int[] axis, double ddof, boolean keepdims) {
    NDArray v = nanvarGrad(g, a, axis, ddof, keepdims);
    return Np.divide(v, Np.multiply(unreduce(result, a, axis, keepdims), 2));
  }

  /** where= as a float mask of a's shape (1 where selected), for the masked statistics' rules. */
  private static NDArray whereMask(NDArray a, NDArray where, NDArray like) {
    return asFloat(Np.broadcastTo(Np.asarray(where, dev.numbat.DType.BOOL), a.shape()), like);
  }

  /** nanmean with where=: g / (count of the selected non-NaN elements) at those, nothing elsewhere. */
  public static NDArray nanmeanGrad(NDArray g, NDArray a, int[] axis, boolean keepdims, NDArray where) {
    if (where == null) {
      return nanmeanGrad(g, a, axis, keepdims);
    }
    NDArray ok = Np.multiply(asFloat(Np.logicalNot(Np.isnan(a)), g), whereMask(a, where, g));
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.divide(ok, Np.sum(ok, axis, true)));
  }

  /** var with where=: {@code 2 (a - mean) / (N - ddof) * g} over the selected elements (N their count), 0 elsewhere. */
  public static NDArray varGrad(NDArray g, NDArray a, int[] axis, double ddof, boolean keepdims, NDArray where) {
    if (where == null) {
      return varGrad(g, a, axis, ddof, keepdims);
    }
    NDArray m = whereMask(a, where, a);
    NDArray dev = maskedDeviation(a, m, axis);
    NDArray scale = Np.divide(2.0, Np.subtract(Np.sum(m, axis, true), ddof));
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.multiply(dev, scale));
  }

  /** std with where=: {@code (a - mean) / ((N - ddof) * std) * g} over the selected elements, 0 elsewhere. */
  public static NDArray stdGrad(NDArray g, NDArray a, NDArray result, int[] axis, double ddof, boolean keepdims,
      NDArray where) {
    if (where == null) {
      return stdGrad(g, a, result, axis, ddof, keepdims);
    }
    NDArray m = whereMask(a, where, a);
    NDArray dev = maskedDeviation(a, m, axis);
    NDArray r = unreduce(result, a, axis, keepdims);
    NDArray den = Np.multiply(r, Np.subtract(Np.sum(m, axis, true), ddof));
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.divide(dev, den));
  }

  /** a minus the mean of its selected elements (mask m, 1/0), zero where m is 0 (by where, so masked NaNs stay out). */
  private static NDArray maskedDeviation(NDArray a, NDArray m, int[] axis) {
    NDArray sel = Np.notEqual(m, 0);
    NDArray mean = Np.divide(Np.sum(Np.where(sel, a, 0), axis, true), Np.sum(m, axis, true));
    return Np.where(sel, Np.subtract(a, mean), 0);
  }

  /** nanvar with where=: var's masked gradient with the NaNs also left out. */
  public static NDArray nanvarGrad(NDArray g, NDArray a, int[] axis, double ddof, boolean keepdims, NDArray where) {
    if (where == null) {
      return nanvarGrad(g, a, axis, ddof, keepdims);
    }
    NDArray ok = Np.multiply(asFloat(Np.logicalNot(Np.isnan(a)), a), whereMask(a, where, a));
    NDArray dev = maskedDeviation(a, ok, axis);
    NDArray scale = Np.divide(2.0, Np.subtract(Np.sum(ok, axis, true), ddof));
    return Np.multiply(unreduce(g, a, axis, keepdims), Np.multiply(dev, scale));
  }

  /** nanstd with where=: nanvar's masked gradient over {@code 2 * result}. */
  public static NDArray nanstdGrad(NDArray g, NDArray a, NDArray result, int[] axis, double ddof, boolean keepdims,
      NDArray where) {
    NDArray v = nanvarGrad(g, a, axis, ddof, keepdims, where);
    return Np.divide(v, Np.multiply(unreduce(result, a, axis, keepdims), 2));
  }

  /** ptp = max - min. */
  public static NDArray ptpGrad(NDArray g, NDArray a, int[] axis, boolean keepdims) {
    NDArray mx = Np.amax(a, axis, keepdims);
    NDArray mn = Np.amin(a, axis, keepdims);
    return Np.subtract(extremumReduceGrad(g, a, mx, axis, keepdims), extremumReduceGrad(g, a, mn, axis, keepdims));
  }

  /** Reverse cumulative sum along {@code axis}: {@code total - cumsum + g}. */
  private static NDArray reverseCumsum(NDArray g, int axis) {
    NDArray total = Np.sum(g, new int[] {axis}, true);
    return Np.add(Np.subtract(total, Np.cumsum(g, Integer.valueOf(axis))), g);
  }

  /** cumsum: reverse cumulative sum of g along the axis (the flattened input when axis is null). */
  public static NDArray cumsumGrad(NDArray g, NDArray a, Integer axis) {
    if (axis == null) {
      return Np.reshape(reverseCumsum(g, 0), a.shape());
    }
    return reverseCumsum(g, Shapes.normalizeAxis(axis, a.ndim()));
  }

  /**
   * cumprod: {@code reverse_cumsum(g * result) / a} (TF's rule: exact while the input has no
   * zeros; a zero gives inf/nan, as in TF).
   */
  public static NDArray cumprodGrad(NDArray g, NDArray a, NDArray result, Integer axis) {
    NDArray ga = Np.multiply(g, conj(result));
    NDArray flat = axis == null ? Np.reshape(a, -1) : a;
    NDArray r = reverseCumsum(ga, axis == null ? 0 : Shapes.normalizeAxis(axis, a.ndim()));
    NDArray d = Np.divide(r, conj(flat));
    return axis == null ? Np.reshape(d, a.shape()) : d;
  }

  // ------------------------------------------------------------------ shape and linear algebra

  /**
   * reshape/ravel/flatten with {@code order}: g reshaped back to the input's shape in the same
   * order the op read the input ('A' and 'K' resolved from the input's layout as NumPy does).
   */
  public static NDArray reshapeLike(NDArray g, NDArray a, String order) {
    if (Arrays.equals(g.shapeRef(), a.shapeRef())) {
      return g;
    }
    String o = order == null ? "C" : order.toUpperCase(java.util.Locale.ROOT);
    boolean c = a.isContiguous();
    boolean f = ShapeOps.isFContiguous(a.shapeRef(), a.stridesRef());
    if (o.equals("A")) {
      o = f && !c ? "F" : "C";
    } else if (o.equals("K")) {
      if (!c && !f && a.ndim() > 1) {
        throw new NotImplementedError("gradient of order='K' reshaping of a non-contiguous array");
      }
      o = f && !c ? "F" : "C";
    }
    return Np.reshape(g, a.shape(), o);
  }

  /** transpose: g transposed by the inverse permutation. */
  public static NDArray transposeGrad(NDArray g, int[] axes) {
    if (axes == null) {
      return Np.transpose(g);
    }
    int n = axes.length;
    int[] inv = new int[n];
    for (int i = 0; i < n; i++) {
      inv[Shapes.normalizeAxis(axes[i], n)] = i;
    }
    return Np.transpose(g, inv);
  }

  /**
   * diag: a 1-d v is put on the k-th diagonal (its gradient is that diagonal of g); a 2-d v gives
   * its k-th diagonal, whose gradient is g put back on that diagonal of zeros of v's shape
   * ({@code diag(g, k)} is square; the rows and columns past v's hold only zeros).
   */
  public static NDArray diagGrad(NDArray g, NDArray v, int k) {
    if (v.ndim() == 1) {
      return Np.diag(g, k);
    }
    int rows = v.shape(0);
    int cols = v.shape(1);
    if (g.size() == 0) {
      return Np.zeros(new int[] {rows, cols}, g.dtype());
    }
    NDArray sq = Np.diag(g, k);
    int r = Math.min(sq.shape(0), rows);
    int c = Math.min(sq.shape(1), cols);
    NDArray cut = sq.get(new Slice(0, r, null), new Slice(0, c, null));
    return Np.pad(cut, new int[][] {{0, rows - r}, {0, cols - c}});
  }

  /** diagflat: the k-th diagonal of g, in v's shape. */
  public static NDArray diagflatGrad(NDArray g, NDArray v, int k) {
    return Np.reshape(Np.diag(g, k), v.shape());
  }

  /** dot: the gradient of {@code a} ({@code wrt == 0}) or {@code b} for the shapes dot takes. */
  public static NDArray dotGrad(NDArray g, NDArray a, NDArray b, int wrt) {
    int na = a.ndim();
    int nb = b.ndim();
    if (na == 0 || nb == 0) {
      return Np.multiply(g, conj(wrt == 0 ? b : a));
    }
    if (nb > 2) {
      throw new NotImplementedError("gradient of dot with a " + nb + "-d second argument (use matmul/tensordot)");
    }
    int k = a.shape(-1);
    NDArray a2 = na == 2 ? a : Np.reshape(a, -1, k);
    NDArray b2 = nb == 2 ? b : Np.reshape(b, k, 1);
    int n = b2.shape(1);
    NDArray g2 = Np.reshape(g, -1, n);
    if (wrt == 0) {
      NDArray ga = Np.dot(g2, conj(Np.transpose(b2)));
      return Np.reshape(ga, a.shape());
    }
    NDArray gb = Np.dot(conj(Np.transpose(a2)), g2);
    return Np.reshape(gb, b.shape());
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.errors.ZeroDivisionError;
import dev.numbat.kernels.cpu.Accumulate;
import dev.numbat.kernels.cpu.Reduce;
import dev.numbat.kernels.cpu.ReduceMinMax;
import dev.numbat.ops.AddOp;
import dev.numbat.ops.AmaxOp;
import dev.numbat.ops.AminOp;
import dev.numbat.ops.AstypeOp;
import dev.numbat.ops.BroadcastToOp;
import dev.numbat.ops.CopyOp;
import dev.numbat.ops.CountNonzeroOp;
import dev.numbat.ops.DivideOp;
import dev.numbat.ops.IsnanOp;
import dev.numbat.ops.LogicalNotOp;
import dev.numbat.ops.MeanOp;
import dev.numbat.ops.MultiplyOp;
import dev.numbat.ops.ReshapeOp;
import dev.numbat.ops.SubtractOp;
import dev.numbat.ops.SumOp;
import dev.numbat.ops.TransposeOp;
import dev.numbat.backend.cpu.Accumulation;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.GatherScatter;
import dev.numbat.backend.cpu.HostArrays;
import dev.numbat.backend.cpu.StridedViews;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.types.Promotion;
import dev.numbat.types.PromotionRule;
import dev.numbat.backend.cpu.Reduction;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.Ufunc;

/**
 * The java-kind statistics of {@code op-specs/ops/reductions.yaml}: ops whose parameters do not fit
 * the reduction kind (ddof, weights, an int-only axis, scans). They run the kernels of
 * {@code dev.numbat.kernels.cpu} through the {@link Reduction} and {@link Accumulation} runners,
 * following the steps of NumPy's Python implementations so that dtypes and edge cases match.
 */
public final class Statistics {
  private Statistics() {}

  private static NDArray arr(Object a) {
    return Convert.asarray(a, null);
  }

  // ---------------------------------------------------------------- var, std, nanvar, nanstd, nanmean

  /** A reduction kernel taking ddof, for var/nanvar. */
  @FunctionalInterface
  private interface DdofKernel {
    void run(int n, Object x, int xo, int xs, Object o, int oo, double ddof);
  }

  public static NDArray var(Object a, int[] axis, DType dtype, double ddof, boolean keepdims) {
    return variance(arr(a), axis, dtype, ddof, keepdims, false);
  }

  public static NDArray std(Object a, int[] axis, DType dtype, double ddof, boolean keepdims) {
    return sqrt(Np.var(a, axis, dtype, ddof, keepdims), keepdims);
  }

  public static NDArray nanvar(Object a, int[] axis, DType dtype, double ddof, boolean keepdims) {
    NDArray x = arr(a);
    return variance(x, axis, checkNanDtype(x, dtype), ddof, keepdims, x.dtype().isInexact());
  }

  public static NDArray nanstd(Object a, int[] axis, DType dtype, double ddof, boolean keepdims) {
    return sqrt(Np.nanvar(a, axis, dtype, ddof, keepdims), keepdims);
  }

  // ---------------------------------------------------------------- where= (var, std, nanvar, nanstd, nanmean)

  /** where= broadcast against x as a bool mask (NumPy broadcasts it to a's shape). */
  private static NDArray whereMask(NDArray x, Object where) {
    return Np.broadcastTo(Np.asarray(where, DType.BOOL), x.shape());
  }

  private static boolean anyTrue(NDArray c) {
    return Np.any(c).booleanValue();
  }

  /**
   * NumPy's _var with where=, step by step with its ufuncs: N = the count of True elements per
   * slice (intp, keepdims), mean = sum(a, dtype, keepdims, where) / N (cast back to the sum's
   * dtype), deviations a - mean squared, summed with where= and divided by max(N - ddof, 0).
   * bool/integers default to float64; "Degrees of freedom <= 0 for slice" when any N <= ddof.
   */
  public static NDArray var(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Object where) {
    if (where == null) {
      return var(a, axis, dtype, ddof, keepdims);
    }
    NDArray x = arr(a);
    if (x.ndim() == 0 && axis != null && axis.length > 0) {
      throw new dev.numbat.errors.AxisError(axis[0], 0);
    }
    return maskedVar(x, axis, dtype, ddof, keepdims, whereMask(x, where));
  }

  private static NDArray maskedVar(NDArray x, int[] axis, DType dtype, double ddof, boolean keepdims, NDArray mask) {
    DType d = dtype;
    if (d == null && (x.dtype().isBool() || x.dtype().isInteger())) {
      d = DType.FLOAT64;
    }
    NDArray cntKeep = SumOp.call(mask, axis, true, DType.INT64);
    if (cntKeep.size() > 0 && anyTrue(Np.lessEqual(cntKeep, ddof))) {
      dev.numbat.Warnings.runtime("Degrees of freedom <= 0 for slice");
    }
    NDArray s = SumOp.call(Np.where(mask, x, 0L), axis, true, d);
    NDArray mean = Cast.to(DivideOp.call(s, cntKeep), s.dtype());
    NDArray dx = SubtractOp.call(x, mean);
    DType t = x.dtype();
    NDArray sq = t.isFloat() || t.isInteger() || !dx.dtype().isComplex() ? MultiplyOp.call(dx, dx) : abs2(dx);
    NDArray v = SumOp.call(Np.where(mask, sq, 0L), axis, keepdims, d);
    NDArray cnt = keepdims ? cntKeep : SumOp.call(mask, axis, false, DType.INT64);
    NDArray dof = Np.maximum(SubtractOp.call(cnt, count(ddof)), 0L);
    return Cast.to(DivideOp.call(v, dof), v.dtype());
  }

  public static NDArray std(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Object where) {
    if (where == null) {
      return std(a, axis, dtype, ddof, keepdims);
    }
    return sqrt(Np.var(a, axis, dtype, ddof, keepdims, null, where), keepdims);
  }

  /**
   * NumPy's nanvar with where=: for non-inexact input np.var's; otherwise the NaNs and the
   * masked-out elements are left out alike (count, mean and squared deviations), the squares
   * summed with dtype= and divided by count - ddof, NaN (and "Degrees of freedom <= 0 for slice.")
   * where that is <= 0.
   */
  public static NDArray nanvar(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Object where) {
    if (where == null) {
      return nanvar(a, axis, dtype, ddof, keepdims);
    }
    NDArray x = arr(a);
    if (!x.dtype().isInexact()) {
      return maskedVar(x, axis, dtype, ddof, keepdims, whereMask(x, where));
    }
    checkNanDtype(x, dtype);
    if (x.dtype() == DType.BFLOAT16 && dtype != null) {
      x = Cast.to(x, DType.FLOAT32); // as nanvarSteps
    }
    DType t = x.dtype();
    NDArray excl = Np.logicalOr(IsnanOp.call(x), LogicalNotOp.call(whereMask(x, where)));
    NDArray keep = LogicalNotOp.call(excl);
    NDArray zeroed = Cast.to(Np.where(excl, 0L, x), t);
    NDArray avg = SumOp.call(zeroed, axis, true, dtype);
    avg = Cast.to(DivideOp.call(avg, CountNonzeroOp.call(keep, axis, true, null)), avg.dtype());
    NDArray dx = Cast.to(Np.where(excl, 0L, Cast.to(SubtractOp.call(zeroed, avg), t)), t);
    NDArray sq = t.isComplex() ? Reduction.realOfTimesConj(dx) : MultiplyOp.call(dx, dx);
    NDArray v = SumOp.call(sq, axis, keepdims, dtype);
    NDArray dof = SubtractOp.call(CountNonzeroOp.call(keep, axis, keepdims, null), count(ddof));
    NDArray r = Cast.to(DivideOp.call(v, dof), v.dtype());
    NDArray bad = Np.lessEqual(dof, 0L);
    if (bad.size() > 0 && anyTrue(bad)) {
      dev.numbat.Warnings.runtime("Degrees of freedom <= 0 for slice.");
    }
    return Cast.to(Np.where(bad, Double.NaN, r), r.dtype());
  }

  public static NDArray nanstd(Object a, int[] axis, DType dtype, double ddof, boolean keepdims, Object where) {
    if (where == null) {
      return nanstd(a, axis, dtype, ddof, keepdims);
    }
    return sqrt(Np.nanvar(a, axis, dtype, ddof, keepdims, null, where), keepdims);
  }

  /**
   * NumPy's nanmean with where=: non-inexact input is np.mean's; otherwise the sum (dtype=) of
   * the elements that are neither NaN nor masked out, divided by their int64 count and cast back
   * to the sum's dtype; "Mean of empty slice" where a count is 0 (NaN there).
   */
  public static NDArray nanmean(Object a, int[] axis, DType dtype, boolean keepdims, Object where) {
    if (where == null) {
      return nanmean(a, axis, dtype, keepdims);
    }
    NDArray x = arr(a);
    if (!x.dtype().isInexact()) {
      return ReductionKeywords.reduce("mean", x, axis, keepdims, dtype, null, where);
    }
    checkNanDtype(x, dtype);
    NDArray excl = Np.logicalOr(IsnanOp.call(x), LogicalNotOp.call(whereMask(x, where)));
    NDArray cnt = CountNonzeroOp.call(LogicalNotOp.call(excl), axis, keepdims, null);
    NDArray tot = SumOp.call(Cast.to(Np.where(excl, 0L, x), x.dtype()), axis, keepdims, dtype);
    NDArray avg = Cast.to(DivideOp.call(tot, cnt), tot.dtype());
    if (cnt.size() > 0 && anyTrue(Np.equal(cnt, 0L))) {
      dev.numbat.Warnings.runtime("Mean of empty slice");
    }
    return avg;
  }

  /** NumPy's nan-functions refuse a non-inexact dtype= for inexact input. */
  private static DType checkNanDtype(NDArray x, DType dtype) {
    if (x.dtype().isInexact() && dtype != null && !dtype.isInexact()) {
      throw new TypeError("If a is inexact, then dtype must be inexact");
    }
    return dtype;
  }

  /**
   * NumPy's _var / nanvar (and std, nanstd). Without dtype= (or with the dtype NumPy would use)
   * one kernel per output: bool/integers in float64, complex gives its real dtype, 16-bit floats
   * round every step as NumPy's half loops do. Any other dtype= follows NumPy's array steps
   * literally ({@link #varSteps}, {@link #nanvarSteps}): the result then has that dtype, even an
   * integer or complex one.
   */
  private static NDArray variance(NDArray x, int[] axis, DType dtype, double ddof, boolean keepdims, boolean nan) {
    if (!nan && x.ndim() == 0 && axis != null && axis.length > 0) {
      // Shapes.axisMask lets a 0-d array take axis 0 or -1 as ufunc.reduce (and so the
      // nan-functions) do, but np.var normalizes the axis itself first and raises.
      throw new dev.numbat.errors.AxisError(axis[0], 0);
    }
    DType a = x.dtype();
    boolean natural = dtype == null || (dtype == a && a.isFloat())
        || (dtype == DType.FLOAT64 && (a.isBool() || a.isInteger()));
    NDArray r;
    if (!natural) {
      r = nan ? nanvarSteps(x, axis, dtype, ddof, keepdims) : varSteps(x, axis, dtype, ddof, keepdims);
    } else {
      DType t = a.isBool() || a.isInteger() ? DType.FLOAT64 : a;
      DdofKernel k = switch (t.ordinal()) {
        case 9 -> nan
            ? (n, i, io, is, o, oo, dd) -> Reduce.nanvar_f16(n, (short[]) i, io, is, (short[]) o, oo, dd)
            : (n, i, io, is, o, oo, dd) -> Reduce.var_f16(n, (short[]) i, io, is, (short[]) o, oo, dd);
        case 10 -> nan
            ? (n, i, io, is, o, oo, dd) -> Reduce.nanvar_bf16(n, (short[]) i, io, is, (short[]) o, oo, dd)
            : (n, i, io, is, o, oo, dd) -> Reduce.var_bf16(n, (short[]) i, io, is, (short[]) o, oo, dd);
        case 11 -> nan
            ? (n, i, io, is, o, oo, dd) -> Reduce.nanvar_f32(n, (float[]) i, io, is, (float[]) o, oo, dd)
            : (n, i, io, is, o, oo, dd) -> Reduce.var_f32(n, (float[]) i, io, is, (float[]) o, oo, dd);
        case 13 -> nan
            ? (n, i, io, is, o, oo, dd) -> Reduce.nanvar_c64(n, (float[]) i, io, is, (float[]) o, oo, dd)
            : (n, i, io, is, o, oo, dd) -> Reduce.var_c64(n, (float[]) i, io, is, (float[]) o, oo, dd);
        case 14 -> nan
            ? (n, i, io, is, o, oo, dd) -> Reduce.nanvar_c128(n, (double[]) i, io, is, (double[]) o, oo, dd)
            : (n, i, io, is, o, oo, dd) -> Reduce.var_c128(n, (double[]) i, io, is, (double[]) o, oo, dd);
        default -> nan
            ? (n, i, io, is, o, oo, dd) -> Reduce.nanvar_f64(n, (double[]) i, io, is, (double[]) o, oo, dd)
            : (n, i, io, is, o, oo, dd) -> Reduce.var_f64(n, (double[]) i, io, is, (double[]) o, oo, dd);
      };
      r = Reduction.reduce(x, axis, keepdims, t, t.realType(),
          (n, i, io, is, o, oo) -> k.run(n, i, io, is, o, oo, ddof), null);
    }
    if (!nan && r.size() > 0 && (double) x.size() / r.size() - ddof <= 0) {
      // NumPy divides by max(n - ddof, 0): 0/0 is invalid, a positive sum over 0 a division by zero
      dev.numbat.Warnings.runtime("Degrees of freedom <= 0 for slice");
      String op = r.ndim() == 0 ? "scalar divide" : "divide";
      if (dev.numbat.backend.cpu.FloatChecks.hasNaN(r) && !dev.numbat.backend.cpu.FloatChecks.hasNaN(x)) {
        dev.numbat.FloatErrors.report(dev.numbat.FloatErrors.INVALID, op);
      }
      if (dev.numbat.backend.cpu.FloatChecks.hasInf(r) && !dev.numbat.backend.cpu.FloatChecks.hasInf(x)) {
        dev.numbat.FloatErrors.report(dev.numbat.FloatErrors.DIVIDE, op);
      }
    }
    return r;
  }

  /**
   * NumPy's _var with an explicit dtype D, with the same ufuncs: mean = cast_D(sum(a, dtype=D,
   * keepdims) / n); x = a - mean; x*x (re^2 + im^2 for complex x of non-real-number a);
   * sum(x, dtype=D) / max(n - ddof, 0) cast to D.
   */
  private static NDArray varSteps(NDArray x, int[] axis, DType d, double ddof, boolean keepdims) {
    if (x.dtype() == DType.BFLOAT16) {
      // As in nanvarSteps: bfloat16 intermediates are modelled as float32 (no NumPy reference).
      x = Cast.to(x, DType.FLOAT32);
    }
    DType a = x.dtype();
    int n = reducedCount(x, axis);
    NDArray mean = divideByCount(SumOp.call(x, axis, true, d), n, d);
    NDArray dev = SubtractOp.call(x, mean);
    NDArray sq = a.isFloat() || a.isInteger() || !dev.dtype().isComplex() ? MultiplyOp.call(dev, dev) : abs2(dev);
    return divideByCount(SumOp.call(sq, axis, keepdims, d), Math.max(n - ddof, 0), d);
  }

  /**
   * NumPy's nanvar with an explicit dtype D (inexact input): NaN replaced by 0, the mean divided
   * by the non-NaN count (in float64), deviations in the input dtype with NaN places zeroed, their
   * squares summed with dtype D and divided by count - ddof; NaN where that is <= 0.
   */
  private static NDArray nanvarSteps(NDArray x, int[] axis, DType d, double ddof, boolean keepdims) {
    if (x.dtype() == DType.BFLOAT16) {
      // NumPy has no bfloat16; the conformance reference models it as float32 values, so the
      // deviations are not rounded to bfloat16 (as an ml_dtypes array would round them in place).
      x = Cast.to(x, DType.FLOAT32);
    }
    DType a = x.dtype();
    NDArray zeroed = Reduction.replaceNan(x, 0);
    NDArray sum = SumOp.call(zeroed, axis, true, d);
    NDArray cntKeep = notNanCount(x, axis, true);
    NDArray mean = Cast.to(DivideOp.call(sum, cntKeep), d);
    // the deviations with NaN places (complex: either part NaN) zeroed, built with ops
    NDArray dev = Cast.to(Np.where(IsnanOp.call(x), 0L, Cast.to(SubtractOp.call(zeroed, mean), a)), a);
    NDArray sq = a.isComplex() ? Reduction.realOfTimesConj(dev) : MultiplyOp.call(dev, dev);
    NDArray v = SumOp.call(sq, axis, keepdims, d);
    NDArray dof = SubtractOp.call(notNanCount(x, axis, keepdims), count(ddof));
    NDArray r = Cast.to(DivideOp.call(v, dof), d);
    return Cast.to(Np.where(Np.lessEqual(dof, 0L), Double.NaN, r), d);
  }

  /** The number of elements each output of a reduction over {@code axis} combines. */
  private static int reducedCount(NDArray x, int[] axis) {
    boolean[] red = Shapes.axisMask(axis, x.ndim());
    int n = 1;
    for (int i = 0; i < red.length; i++) {
      n *= red[i] ? x.shape(i) : 1;
    }
    return n;
  }

  /** int64 counts of the non-NaN elements (complex: neither part NaN) over {@code axis}. */
  private static NDArray notNanCount(NDArray x, int[] axis, boolean keepdims) {
    return CountNonzeroOp.call(LogicalNotOp.call(IsnanOp.call(x)), axis, keepdims, null);
  }

  /**
   * NumPy's element count, an intp scalar (strong int64), or the float64 that subtracting a
   * fractional ddof makes of it: dividing by it divides a float32/float16 sum in float64 and a
   * complex64 one in complex128.
   */
  private static NDArray count(double c) {
    return c == Math.rint(c)
        ? HostArrays.int64(Shapes.SCALAR, new long[] {(long) c})
        : HostArrays.float64(Shapes.SCALAR, new double[] {c});
  }

  /** s / count cast to dtype t, as NumPy's true_divide(s, count, out=s, casting='unsafe'). */
  private static NDArray divideByCount(NDArray s, double count, DType t) {
    return Cast.to(DivideOp.call(s, count(count)), t);
  }

  private static TypeError boolSubtract() {
    return new TypeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
        + "the `^` operator, or the logical_xor function instead.");
  }

  /** re^2 + im^2 of a complex array in its real dtype, with NumPy's multiply and add (var's fast path). */
  private static NDArray abs2(NDArray z) {
    NDArray re = UnaryImpl.real(z);
    NDArray im = UnaryImpl.imag(z);
    return AddOp.call(MultiplyOp.call(re, re), MultiplyOp.call(im, im));
  }

  /**
   * std's np.sqrt of the variance r. For a bool/integer r the sqrt loop gives float16/32/64, which
   * only a scalar result casts back (truncating); an array result raises NumPy's casting TypeError
   * (np.sqrt(ret, out=ret) with casting 'same_kind').
   */
  private static NDArray sqrt(NDArray r, boolean keepdims) {
    NDArray s = Np.sqrt(r);
    DType t = r.dtype();
    if (t.isBool() || t.isInteger()) {
      if (r.ndim() != 0 || keepdims) {
        throw new TypeError("Cannot cast ufunc 'sqrt' output from dtype('" + s.dtype().name() + "') to dtype('"
            + t.name() + "') with casting rule 'same_kind'");
      }
      return Np.astype(s, t);
    }
    return s;
  }

  public static NDArray nanmean(Object a, int[] axis, DType dtype, boolean keepdims) {
    NDArray x = arr(a);
    if (!x.dtype().isInexact()) {
      return MeanOp.call(x, axis, keepdims, dtype);
    }
    DType t = checkNanDtype(x, dtype) != null ? dtype : x.dtype();
    if (t != x.dtype()) {
      // NumPy: the NaN-free sum with dtype=t divided by the int64 count (so in float64), cast to t.
      NDArray tot = SumOp.call(Reduction.replaceNan(x, 0), axis, keepdims, t);
      return Cast.to(DivideOp.call(tot, notNanCount(x, axis, keepdims)), t);
    }
    Reduction.Kernel k = switch (t.ordinal()) {
      case 9 -> (n, i, io, is, o, oo) -> Reduce.nanmean_f16(n, (short[]) i, io, is, (short[]) o, oo);
      case 10 -> (n, i, io, is, o, oo) -> Reduce.nanmean_bf16(n, (short[]) i, io, is, (short[]) o, oo);
      case 11 -> (n, i, io, is, o, oo) -> Reduce.nanmean_f32(n, (float[]) i, io, is, (float[]) o, oo);
      case 12 -> (n, i, io, is, o, oo) -> Reduce.nanmean_f64(n, (double[]) i, io, is, (double[]) o, oo);
      case 13 -> (n, i, io, is, o, oo) -> Reduce.nanmean_c64(n, (float[]) i, io, is, (float[]) o, oo);
      default -> (n, i, io, is, o, oo) -> Reduce.nanmean_c128(n, (double[]) i, io, is, (double[]) o, oo);
    };
    return Reduction.reduce(x, axis, keepdims, t, t, k, null);
  }

  // ---------------------------------------------------------------- average

  /**
   * NumPy's average: without weights the mean (and the element count as sum of weights); with
   * weights {@code sum(a * w) / sum(w)} in {@code result_type(a, w)} (float64 at least for integer
   * and bool {@code a}). Returns an NDArray, or {avg, sum_of_weights} when {@code returned}.
   */
  public static Object average(Object a, int[] axis, Object weights, boolean returned, boolean keepdims) {
    NDArray x = arr(a);
    NDArray avg;
    NDArray scl;
    if (weights == null) {
      avg = MeanOp.call(x, axis, keepdims, null);
      if (avg.size() == 0) {
        // NumPy computes a.size / avg.size in Python.
        throw new ZeroDivisionError("division by zero");
      }
      double count = (double) x.size() / avg.size();
      scl = Np.full(avg.shape(), count, avg.dtype());
      return returned ? new NDArray[] {avg, scl} : avg;
    }
    NDArray w = arr(weights);
    DType rt = Promotion.promoteTypes(x.dtype(), w.dtype());
    if (x.dtype().isBool() || x.dtype().isInteger()) {
      rt = Promotion.promoteTypes(rt, DType.FLOAT64);
    }
    int nd = x.ndim();
    if (!java.util.Arrays.equals(x.shapeRef(), w.shapeRef())) {
      if (axis == null) {
        throw new TypeError("Axis must be specified when shapes of a and weights differ.");
      }
      int[] ws = new int[nd];
      java.util.Arrays.fill(ws, 1);
      if (axis.length == 1) {
        if (w.ndim() != 1) {
          throw new TypeError("1D weights expected when shapes of a and weights differ.");
        }
        int ax = Shapes.normalizeAxis(axis[0], nd);
        if (w.shape(0) != x.shape(ax)) {
          throw new ValueError("Length of weights not compatible with specified axis.");
        }
        ws[ax] = w.shape(0);
        w = ReshapeOp.call(w, ws, "C");
      } else {
        // NumPy 2: weights shaped as a's axes, in sorted axis order.
        int[] sorted = new int[axis.length];
        for (int i = 0; i < axis.length; i++) {
          sorted[i] = Shapes.normalizeAxis(axis[i], nd);
        }
        int[] want = new int[axis.length];
        for (int i = 0; i < axis.length; i++) {
          want[i] = x.shape(sorted[i]);
        }
        if (!java.util.Arrays.equals(w.shapeRef(), want)) {
          throw new ValueError("Shape of weights must be consistent with shape of a along specified axis.");
        }
        int[] order = sortedOrder(sorted);
        for (int i = 0; i < axis.length; i++) {
          int src = order[i];
          ws[sorted[src]] = w.shape(src);
        }
        // w's axes in a's order, then a's other axes as length-1 ones (recorded ops: weights get gradients).
        w = ReshapeOp.call(TransposeOp.call(w, order), ws, "C");
      }
    }
    scl = SumOp.call(w, axis, keepdims, rt);
    // A traced or vectorized weight sum has no host values to check here: the zero-sum case then
    // divides (inf/NaN), as jax.numpy.average does; eager calls raise NumPy's error.
    for (boolean nonzero : !scl.bufferKind().equals("heap") ? new boolean[0] : HostArrays.truth(scl)) {
      if (!nonzero) {
        throw new ZeroDivisionError("Weights sum to zero, can't be normalized");
      }
    }
    NDArray num = SumOp.call(MultiplyOp.call(castRecorded(x, rt), castRecorded(w, rt)), axis, keepdims, rt);
    avg = DivideOp.call(num, scl);
    if (returned) {
      if (!java.util.Arrays.equals(scl.shapeRef(), avg.shapeRef())) {
        // np.broadcast_to(scl, avg.shape).copy()
        scl = CopyOp.call(BroadcastToOp.call(scl, avg.shape()));
      }
      return new NDArray[] {avg, scl};
    }
    return avg;
  }

  /**
   * {@code x} cast to {@code t} by astype (a recorded op, so average differentiates through its
   * steps: sum(a * w) / sum(w)); a weak scalar keeps its weak cast.
   */
  private static NDArray castRecorded(NDArray x, DType t) {
    return x.isWeak() ? Cast.to(x, t) : AstypeOp.call(x, t, false);
  }

  private static int[] sortedOrder(int[] axes) {
    Integer[] idx = new Integer[axes.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (p, q) -> Integer.compare(axes[p], axes[q]));
    int[] r = new int[idx.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = idx[i];
    }
    return r;
  }

  // ---------------------------------------------------------------- ptp

  /** max - min in the input dtype (integers wrap), as NumPy's ptp. */
  public static NDArray ptp(Object a, int[] axis, boolean keepdims) {
    NDArray x = Np.asarray(a);
    NDArray mx = AmaxOp.call(x, axis, keepdims, null);
    NDArray mn = AminOp.call(x, axis, keepdims, null);
    if (x.dtype().isBool()) {
      // NumPy's subtract refuses bool even when the max/min are empty.
      throw boolSubtract();
    }
    return SubtractOp.call(mx, mn);
  }

  // ---------------------------------------------------------------- argmax, argmin, nanargmax, nanargmin

  public static NDArray argmax(Object a, Integer axis, boolean keepdims) {
    NDArray x = arr(a);
    return arg(x, axis, keepdims, argKernel(x.dtype(), true, false), "argmax");
  }

  public static NDArray argmin(Object a, Integer axis, boolean keepdims) {
    NDArray x = arr(a);
    return arg(x, axis, keepdims, argKernel(x.dtype(), false, false), "argmin");
  }

  public static NDArray nanargmax(Object a, Integer axis, boolean keepdims) {
    NDArray x = arr(a);
    return checkAllNan(arg(x, axis, keepdims, argKernel(x.dtype(), true, x.dtype().isInexact()), "argmax"));
  }

  public static NDArray nanargmin(Object a, Integer axis, boolean keepdims) {
    NDArray x = arr(a);
    return checkAllNan(arg(x, axis, keepdims, argKernel(x.dtype(), false, x.dtype().isInexact()), "argmin"));
  }

  /** The nan-arg kernels write -1 for an all-NaN run. */
  private static NDArray checkAllNan(NDArray r) {
    for (long v : HostArrays.longs(r)) {
      if (v < 0) {
        throw new ValueError("All-NaN slice encountered");
      }
    }
    return r;
  }

  /**
   * NumPy's argmax/argmin: axis=None indexes the C-order flattened array; a 0-d array behaves as
   * a 1-element 1-d array (axis 0 and -1 are valid) but the result stays 0-d.
   */
  private static NDArray arg(NDArray x, Integer axis, boolean keepdims, Reduction.Kernel k, String name) {
    String empty = "attempt to get " + name + " of an empty sequence";
    if (x.ndim() == 0) {
      if (axis != null) {
        Shapes.normalizeAxis(axis, 1);
      }
      NDArray one = StridedViews.view(x, new int[] {1}, new int[] {1}, x.offset());
      return Reduction.reduce(one, null, false, x.dtype(), DType.INT64, k, empty);
    }
    return Reduction.reduce(x, axis == null ? null : new int[] {axis}, keepdims, x.dtype(), DType.INT64, k, empty);
  }

  private static Reduction.Kernel argKernel(DType d, boolean max, boolean nan) {
    if (d.isHalf()) {
      boolean bf = d == DType.BFLOAT16;
      return max
          ? nan
              ? bf ? (n, i, io, is, o, oo) -> ReduceMinMax.nanargmax_bf16(n, (short[]) i, io, is, (long[]) o, oo)
                  : (n, i, io, is, o, oo) -> ReduceMinMax.nanargmax_f16(n, (short[]) i, io, is, (long[]) o, oo)
              : bf ? (n, i, io, is, o, oo) -> ReduceMinMax.argmax_bf16(n, (short[]) i, io, is, (long[]) o, oo)
                  : (n, i, io, is, o, oo) -> ReduceMinMax.argmax_f16(n, (short[]) i, io, is, (long[]) o, oo)
          : nan
              ? bf ? (n, i, io, is, o, oo) -> ReduceMinMax.nanargmin_bf16(n, (short[]) i, io, is, (long[]) o, oo)
                  : (n, i, io, is, o, oo) -> ReduceMinMax.nanargmin_f16(n, (short[]) i, io, is, (long[]) o, oo)
              : bf ? (n, i, io, is, o, oo) -> ReduceMinMax.argmin_bf16(n, (short[]) i, io, is, (long[]) o, oo)
                  : (n, i, io, is, o, oo) -> ReduceMinMax.argmin_f16(n, (short[]) i, io, is, (long[]) o, oo);
    }
    if (nan) {
      return switch (d.ordinal()) {
        case 11 -> max ? (n, i, io, is, o, oo) -> ReduceMinMax.nanargmax_f32(n, (float[]) i, io, is, (long[]) o, oo)
            : (n, i, io, is, o, oo) -> ReduceMinMax.nanargmin_f32(n, (float[]) i, io, is, (long[]) o, oo);
        case 12 -> max ? (n, i, io, is, o, oo) -> ReduceMinMax.nanargmax_f64(n, (double[]) i, io, is, (long[]) o, oo)
            : (n, i, io, is, o, oo) -> ReduceMinMax.nanargmin_f64(n, (double[]) i, io, is, (long[]) o, oo);
        case 13 -> max ? (n, i, io, is, o, oo) -> ReduceMinMax.nanargmax_c64(n, (float[]) i, io, is, (long[]) o, oo)
            : (n, i, io, is, o, oo) -> ReduceMinMax.nanargmin_c64(n, (float[]) i, io, is, (long[]) o, oo);
        default -> max ? (n, i, io, is, o, oo) -> ReduceMinMax.nanargmax_c128(n, (double[]) i, io, is, (long[]) o, oo)
            : (n, i, io, is, o, oo) -> ReduceMinMax.nanargmin_c128(n, (double[]) i, io, is, (long[]) o, oo);
      };
    }
    if (max) {
      return switch (d.ordinal()) {
        case 0 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_bool(n, (byte[]) i, io, is, (long[]) o, oo);
        case 1 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_i8(n, (byte[]) i, io, is, (long[]) o, oo);
        case 2 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_i16(n, (short[]) i, io, is, (long[]) o, oo);
        case 3 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_i32(n, (int[]) i, io, is, (long[]) o, oo);
        case 4 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_i64(n, (long[]) i, io, is, (long[]) o, oo);
        case 5 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_u8(n, (byte[]) i, io, is, (long[]) o, oo);
        case 6 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_u16(n, (short[]) i, io, is, (long[]) o, oo);
        case 7 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_u32(n, (int[]) i, io, is, (long[]) o, oo);
        case 8 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_u64(n, (long[]) i, io, is, (long[]) o, oo);
        case 11 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_f32(n, (float[]) i, io, is, (long[]) o, oo);
        case 12 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_f64(n, (double[]) i, io, is, (long[]) o, oo);
        case 13 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_c64(n, (float[]) i, io, is, (long[]) o, oo);
        default -> (n, i, io, is, o, oo) -> ReduceMinMax.argmax_c128(n, (double[]) i, io, is, (long[]) o, oo);
      };
    }
    return switch (d.ordinal()) {
      case 0 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_bool(n, (byte[]) i, io, is, (long[]) o, oo);
      case 1 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_i8(n, (byte[]) i, io, is, (long[]) o, oo);
      case 2 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_i16(n, (short[]) i, io, is, (long[]) o, oo);
      case 3 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_i32(n, (int[]) i, io, is, (long[]) o, oo);
      case 4 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_i64(n, (long[]) i, io, is, (long[]) o, oo);
      case 5 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_u8(n, (byte[]) i, io, is, (long[]) o, oo);
      case 6 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_u16(n, (short[]) i, io, is, (long[]) o, oo);
      case 7 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_u32(n, (int[]) i, io, is, (long[]) o, oo);
      case 8 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_u64(n, (long[]) i, io, is, (long[]) o, oo);
      case 11 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_f32(n, (float[]) i, io, is, (long[]) o, oo);
      case 12 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_f64(n, (double[]) i, io, is, (long[]) o, oo);
      case 13 -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_c64(n, (float[]) i, io, is, (long[]) o, oo);
      default -> (n, i, io, is, o, oo) -> ReduceMinMax.argmin_c128(n, (double[]) i, io, is, (long[]) o, oo);
    };
  }

  // ---------------------------------------------------------------- cumsum, cumprod, diff

  public static NDArray cumsum(Object a, Integer axis, DType dtype) {
    return scan(arr(a), axis, dtype, true);
  }

  public static NDArray cumprod(Object a, Integer axis, DType dtype) {
    return scan(arr(a), axis, dtype, false);
  }

  /**
   * NumPy's add/multiply.accumulate behind cumsum/cumprod: axis=None flattens in C order, a 0-d
   * array counts as 1-d, and without dtype= bool and narrow integers accumulate in (u)int64.
   */
  private static NDArray scan(NDArray x, Integer axis, DType dtype, boolean sum) {
    int ax;
    if (axis == null || x.ndim() == 0) {
      x = ravel(x);
      ax = Shapes.normalizeAxis(axis == null ? 0 : axis, 1);
    } else {
      ax = Shapes.normalizeAxis(axis, x.ndim());
    }
    DType t = dtype != null ? dtype : PromotionRule.WIDEN_INTS.apply(x.dtype());
    return Accumulation.along(x, ax, t, t, x.shape(ax), scanKernel(t, sum ? 0 : 1));
  }

  /** A 1-d C-order view (or copy, when not contiguous) of {@code x}. */
  private static NDArray ravel(NDArray x) {
    if (x.isContiguous()) {
      return StridedViews.view(x, new int[] {x.size()}, new int[] {1}, x.offset());
    }
    NDArray c = dev.numbat.backend.cpu.Copy.copy(x);
    return StridedViews.view(c, new int[] {c.size()}, new int[] {1}, c.offset());
  }

  /** Kernel of Accumulate for dtype t: op 0 cumsum, 1 cumprod, 2 diff. */
  private static Ufunc.Unary scanKernel(DType t, int op) {
    return switch (t.ordinal()) {
      case 0 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_bool(n, (byte[]) x, xo, xs, (byte[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_bool(n, (byte[]) x, xo, xs, (byte[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_bool(n, (byte[]) x, xo, xs, (byte[]) o, oo, os);
      case 1, 5 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_x8(n, (byte[]) x, xo, xs, (byte[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_x8(n, (byte[]) x, xo, xs, (byte[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_x8(n, (byte[]) x, xo, xs, (byte[]) o, oo, os);
      case 2, 6 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_x16(n, (short[]) x, xo, xs, (short[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_x16(n, (short[]) x, xo, xs, (short[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_x16(n, (short[]) x, xo, xs, (short[]) o, oo, os);
      case 3, 7 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_x32(n, (int[]) x, xo, xs, (int[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_x32(n, (int[]) x, xo, xs, (int[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_x32(n, (int[]) x, xo, xs, (int[]) o, oo, os);
      case 4, 8 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_x64(n, (long[]) x, xo, xs, (long[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_x64(n, (long[]) x, xo, xs, (long[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_x64(n, (long[]) x, xo, xs, (long[]) o, oo, os);
      case 9 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_f16(n, (short[]) x, xo, xs, (short[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_f16(n, (short[]) x, xo, xs, (short[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_f16(n, (short[]) x, xo, xs, (short[]) o, oo, os);
      case 10 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_bf16(n, (short[]) x, xo, xs, (short[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_bf16(n, (short[]) x, xo, xs, (short[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_bf16(n, (short[]) x, xo, xs, (short[]) o, oo, os);
      case 11 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_f32(n, (float[]) x, xo, xs, (float[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_f32(n, (float[]) x, xo, xs, (float[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_f32(n, (float[]) x, xo, xs, (float[]) o, oo, os);
      case 12 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_f64(n, (double[]) x, xo, xs, (double[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_f64(n, (double[]) x, xo, xs, (double[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_f64(n, (double[]) x, xo, xs, (double[]) o, oo, os);
      case 13 -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_c64(n, (float[]) x, xo, xs, (float[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_c64(n, (float[]) x, xo, xs, (float[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_c64(n, (float[]) x, xo, xs, (float[]) o, oo, os);
      default -> op == 0 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumsum_c128(n, (double[]) x, xo, xs, (double[]) o, oo, os)
          : op == 1 ? (n, x, xo, xs, o, oo, os) -> Accumulate.cumprod_c128(n, (double[]) x, xo, xs, (double[]) o, oo, os)
          : (n, x, xo, xs, o, oo, os) -> Accumulate.diff_c128(n, (double[]) x, xo, xs, (double[]) o, oo, os);
    };
  }

  /**
   * NumPy's diff: prepend/append (converted as np.asanyarray, a 0-d value broadcast to one slice)
   * are concatenated along axis first, then {@code a[1:] - a[:-1]} (bool: !=) is taken n times.
   */
  public static NDArray diff(Object a, int n, int axis, Object prepend, Object append) {
    if (n == 0) {
      return arr(a);
    }
    if (n < 0) {
      throw new ValueError("order must be non-negative but got " + n);
    }
    NDArray x = arr(a);
    int nd = x.ndim();
    if (nd == 0) {
      throw new ValueError("diff requires input that is at least one dimensional");
    }
    int ax = Shapes.normalizeAxis(axis, nd);
    if (prepend != null || append != null) {
      java.util.List<NDArray> parts = new java.util.ArrayList<>();
      if (prepend != null) {
        parts.add(sliceShaped(arr(prepend), x, ax));
      }
      parts.add(x);
      if (append != null) {
        parts.add(sliceShaped(arr(append), x, ax));
      }
      x = concatenate(parts, ax);
    }
    DType t = x.dtype();
    int len = x.shape(ax);
    if (n >= len) {
      int[] s = x.shape();
      s[ax] = 0;
      return NDArray.allocate(t, s);
    }
    Ufunc.Unary k = scanKernel(t, 2);
    for (int i = 0; i < n; i++) {
      x = Accumulation.along(x, ax, t, t, x.shape(ax) - 1, k);
    }
    return x;
  }

  /** A 0-d prepend/append broadcast to x's shape with length 1 along axis (a view). */
  private static NDArray sliceShaped(NDArray p, NDArray x, int ax) {
    if (p.ndim() != 0) {
      return p;
    }
    int[] s = x.shape();
    s[ax] = 1;
    return StridedViews.view(p, s, new int[s.length], p.offset());
  }

  /** np.concatenate along {@code ax}: NumPy's shape checks and messages, result_type of the parts. */
  private static NDArray concatenate(java.util.List<NDArray> parts, int ax) {
    NDArray first = parts.get(0);
    int nd = first.ndim();
    DType t = first.dtype();
    int total = 0;
    for (int p = 0; p < parts.size(); p++) {
      NDArray q = parts.get(p);
      if (q.ndim() != nd) {
        throw new ValueError("all the input arrays must have same number of dimensions, but the array at index 0 has "
            + nd + " dimension(s) and the array at index " + p + " has " + q.ndim() + " dimension(s)");
      }
      for (int d = 0; d < nd; d++) {
        if (d != ax && q.shape(d) != first.shape(d)) {
          throw new ValueError("all the input array dimensions except for the concatenation axis must match "
              + "exactly, but along dimension " + d + ", the array at index 0 has size " + first.shape(d)
              + " and the array at index " + p + " has size " + q.shape(d));
        }
      }
      total += q.shape(ax);
      t = p == 0 ? t : Promotion.promoteTypes(t, q.dtype());
    }
    int[] shape = first.shape();
    shape[ax] = total;
    NDArray out = NDArray.allocate(t, shape);
    int at = 0;
    for (NDArray q : parts) {
      NDArray c = Cast.to(q, t);
      GatherScatter.assign(out, c.shapeRef(), out.stridesRef(), out.offset() + at * out.stridesRef()[ax], c);
      at += q.shape(ax);
    }
    return out;
  }
}

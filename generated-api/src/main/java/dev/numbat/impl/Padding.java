package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.ops.AmaxOp;
import dev.numbat.ops.AminOp;
import dev.numbat.ops.MeanOp;
import dev.numbat.ops.MultiplyOp;
import dev.numbat.ops.RintOp;
import dev.numbat.ops.SubtractOp;
import dev.numbat.backend.cpu.Cast;
import dev.numbat.backend.cpu.LaneMedians;
import dev.numbat.backend.cpu.Scalars;
import dev.numbat.backend.cpu.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code np.pad} with every NumPy mode. The algorithm is NumPy's: the original array is placed in
 * the middle of the output, then the axes are padded one after the other, each working on the
 * region that spans the already padded earlier axes and the original extent of the later ones,
 * so corner values come out exactly as NumPy's.
 */
public final class Padding {
  private Padding() {}

  private static final List<String> MODES = List.of("constant", "edge", "linear_ramp", "maximum", "mean", "median",
      "minimum", "reflect", "symmetric", "wrap", "empty");

  /**
   * {@code np.pad(array, pad_width, mode, **kwargs)}. pad_width is an int, a (before, after)
   * pair, or one pair per axis. The keyword arguments apply to their modes only (null means not
   * given): constant_values (constant), end_values (linear_ramp), stat_length (maximum, mean,
   * median, minimum), reflect_type 'even'/'odd' (reflect, symmetric). 'empty' leaves the pad area
   * zero (NumPy leaves it undefined).
   */
  public static NDArray pad(Object array, Object padWidth, String mode, Object constantValues, Object endValues,
      Object statLength, String reflectType) {
    NDArray x = ArrayMoves.arr(array);
    int nd = x.ndim();
    NDArray pw = ArrayMoves.arr(padWidth);
    if (pw.dtype().kind() != 'i') {
      throw new TypeError("`pad_width` must be of integral type.");
    }
    long[][] widths = indexPairs(pw, nd);
    String m = mode == null ? "constant" : mode;
    if (!MODES.contains(m)) {
      throw new ValueError("mode '" + m + "' is not supported");
    }
    List<String> given = new ArrayList<>();
    if (constantValues != null && !m.equals("constant")) {
      given.add("'constant_values'");
    }
    if (endValues != null && !m.equals("linear_ramp")) {
      given.add("'end_values'");
    }
    if (statLength != null && !List.of("maximum", "mean", "median", "minimum").contains(m)) {
      given.add("'stat_length'");
    }
    if (reflectType != null && !m.equals("reflect") && !m.equals("symmetric")) {
      given.add("'reflect_type'");
    }
    if (!given.isEmpty()) {
      throw new ValueError("unsupported keyword arguments for mode '" + m + "': {" + String.join(", ", given) + "}");
    }
    int[] shape = new int[nd];
    int[] before = new int[nd];
    int[] orig = x.shapeRef();
    for (int d = 0; d < nd; d++) {
      before[d] = Math.toIntExact(widths[d][0]);
      shape[d] = Math.toIntExact(orig[d] + widths[d][0] + widths[d][1]);
    }
    NDArray out = NDArray.allocate(x.dtype(), shape);
    int[] st = out.stridesRef();
    int center = 0;
    for (int d = 0; d < nd; d++) {
      center += before[d] * st[d];
    }
    ArrayMoves.assign(out, orig, st, center, x);
    if (m.equals("empty")) {
      return out;
    }
    if (!m.equals("constant") && x.size() == 0) {
      for (int d = 0; d < nd; d++) {
        if (orig[d] == 0 && (widths[d][0] > 0 || widths[d][1] > 0)) {
          throw new ValueError("can't extend empty axis " + d + " using modes other than 'constant' or 'empty'");
        }
      }
      return out;
    }
    NDArray[][] values = m.equals("constant") ? valuePairs(constantValues, nd)
        : m.equals("linear_ramp") ? valuePairs(endValues, nd) : null;
    long[][] lengths = null;
    if (List.of("maximum", "mean", "median", "minimum").contains(m)) {
      lengths = statLength == null ? null : indexPairs(ArrayMoves.arr(statLength), nd);
    }
    for (int ax = 0; ax < nd; ax++) {
      int lw = before[ax];
      int rw = (int) widths[ax][1];
      NDArray roi = roi(out, before, orig, ax);
      switch (m) {
        case "constant" -> setPadArea(out, roi, ax, lw, rw, values[ax][0], values[ax][1]);
        case "edge" -> {
          NDArray[] e = edges(roi, ax, lw, rw);
          setPadArea(out, roi, ax, lw, rw, e[0], e[1]);
        }
        case "linear_ramp" -> {
          NDArray[] e = edges(roi, ax, lw, rw);
          NDArray left = ramp(values[ax][0], e[0], lw, out.dtype(), ax, false);
          NDArray right = ramp(values[ax][1], e[1], rw, out.dtype(), ax, true);
          setPadArea(out, roi, ax, lw, rw, left, right);
        }
        case "maximum", "minimum", "mean", "median" -> {
          NDArray[] s = stats(roi, ax, lw, rw, lengths == null ? null : lengths[ax], m);
          setPadArea(out, roi, ax, lw, rw, s[0], s[1]);
        }
        case "reflect", "symmetric" -> {
          boolean odd = "odd".equals(reflectType);
          boolean edge = m.equals("symmetric");
          if (orig[ax] == 1 && (lw > 0 || rw > 0)) {
            // NumPy's legacy behaviour: a length-1 axis is extended with its edge
            NDArray[] e = edges(roi, ax, lw, rw);
            setPadArea(out, roi, ax, lw, rw, e[0], e[1]);
            continue;
          }
          int[] lr = {lw, rw};
          while (lr[0] > 0 || lr[1] > 0) {
            lr = reflectBoth(out, roi, ax, lr[0], lr[1], odd, orig[ax], edge);
          }
        }
        default -> {
          int[] lr = {lw, rw};
          int period = roi.shapeRef()[ax] - lw - rw;
          while (lr[0] > 0 || lr[1] > 0) {
            lr = wrapBoth(out, roi, ax, lr[0], lr[1], period);
          }
        }
      }
    }
    return out;
  }

  /** The region padded for axis ax: earlier axes in full, this and later axes at the original extent. */
  private static NDArray roi(NDArray out, int[] before, int[] orig, int ax) {
    int nd = out.ndim();
    int[] s = out.shape();
    int off = 0;
    int[] st = out.stridesRef();
    for (int d = ax + 1; d < nd; d++) {
      s[d] = orig[d];
      off += before[d] * st[d];
    }
    return ArrayMoves.view(out, s, st, off);
  }

  /** NumPy's _as_pairs with as_index: non-negative (before, after) per axis. */
  private static long[][] indexPairs(NDArray x, int nd) {
    long[] v = ArrayMoves.indexValues(x, "same_kind");
    long[][] r = new long[nd][2];
    if (x.ndim() < 3 && v.length == 1) {
      if (v[0] < 0) {
        throw new ValueError("index can't contain negative values");
      }
      for (long[] p : r) {
        p[0] = v[0];
        p[1] = v[0];
      }
      return r;
    }
    if (x.ndim() < 3 && v.length == 2 && !Arrays.equals(x.shapeRef(), new int[] {2, 1})) {
      if (v[0] < 0 || v[1] < 0) {
        throw new ValueError("index can't contain negative values");
      }
      for (long[] p : r) {
        p[0] = v[0];
        p[1] = v[1];
      }
      return r;
    }
    for (long w : v) {
      if (w < 0) {
        throw new ValueError("index can't contain negative values");
      }
    }
    NDArray b = ShapeOps.broadcastTo(x, new int[] {nd, 2});
    long[] bv = ArrayMoves.indexValues(b, "same_kind");
    for (int d = 0; d < nd; d++) {
      r[d][0] = bv[2 * d];
      r[d][1] = bv[2 * d + 1];
    }
    return r;
  }

  /** NumPy's _as_pairs for values: 0-d arrays (strong, as NumPy's elements), 0 when not given. */
  private static NDArray[][] valuePairs(Object v, int nd) {
    NDArray x = ArrayMoves.arr(v == null ? (Object) 0L : v);
    NDArray[][] r = new NDArray[nd][2];
    NDArray flat = ShapeOps.ravel(x, "C");
    if (x.ndim() < 3 && x.size() == 1) {
      NDArray e = element(flat, 0);
      for (NDArray[] p : r) {
        p[0] = e;
        p[1] = e;
      }
      return r;
    }
    if (x.ndim() < 3 && x.size() == 2 && !Arrays.equals(x.shapeRef(), new int[] {2, 1})) {
      for (NDArray[] p : r) {
        p[0] = element(flat, 0);
        p[1] = element(flat, 1);
      }
      return r;
    }
    NDArray b = ShapeOps.ravel(ShapeOps.broadcastTo(x, new int[] {nd, 2}), "C");
    for (int d = 0; d < nd; d++) {
      r[d][0] = element(b, 2 * d);
      r[d][1] = element(b, 2 * d + 1);
    }
    return r;
  }

  private static NDArray element(NDArray flat1d, int i) {
    return ArrayMoves.view(flat1d, new int[0], new int[0], flat1d.offset() + i * flat1d.stridesRef()[0]);
  }

  /** Writes the left value into [0, lw) and the right into [n - rw, n) along ax of the region. */
  private static void setPadArea(NDArray out, NDArray roi, int ax, int lw, int rw, NDArray left, NDArray right) {
    int n = roi.shapeRef()[ax];
    write(out, Joining.slice(roi, ax, 0, lw), left);
    write(out, Joining.slice(roi, ax, n - rw, n), right);
  }

  /** out[region] = v with NumPy's assignment casting (unsafe, as setitem with an array value). */
  private static void write(NDArray out, NDArray region, NDArray v) {
    if (region.size() == 0) {
      return;
    }
    NDArray s = v.dtype() == out.dtype() ? v : Cast.to(v.strong(), out.dtype());
    ArrayMoves.assign(out, region, ShapeOps.broadcastTo(s, region.shapeRef()));
  }

  /** The first and last original slices (length 1 along ax) of the region. */
  private static NDArray[] edges(NDArray roi, int ax, int lw, int rw) {
    int n = roi.shapeRef()[ax];
    return new NDArray[] {Joining.slice(roi, ax, lw, lw + 1), Joining.slice(roi, ax, n - rw - 1, n - rw)};
  }

  /** np.linspace(end, edge, width, endpoint=False, dtype, axis), reversed along ax for the right side. */
  private static NDArray ramp(NDArray end, NDArray edge, int width, DType dt, int ax, boolean reverse) {
    NDArray r = Creation.linspace(end, ShapeOps.squeeze(edge, new int[] {ax}), width, false, dt, ax);
    return reverse ? ShapeOps.flip(r, new int[] {ax}) : r;
  }

  /** NumPy's _get_stats: the statistic of the first / last stat_length original values. */
  private static NDArray[] stats(NDArray roi, int ax, int lw, int rw, long[] lengths, String m) {
    int n = roi.shapeRef()[ax];
    int left = lw;
    int right = n - rw;
    int max = right - left;
    long ll = lengths == null || max < lengths[0] ? max : lengths[0];
    long rl = lengths == null || max < lengths[1] ? max : lengths[1];
    if ((ll == 0 || rl == 0) && (m.equals("maximum") || m.equals("minimum"))) {
      throw new ValueError("stat_length of 0 yields no value for padding");
    }
    DType dt = roi.dtype();
    NDArray ls = stat(Joining.slice(roi, ax, left, (int) (left + ll)), ax, m, dt);
    if (ll == max && rl == max) {
      return new NDArray[] {ls, ls};
    }
    NDArray rs = stat(Joining.slice(roi, ax, (int) (right - rl), right), ax, m, dt);
    return new NDArray[] {ls, rs};
  }

  private static NDArray stat(NDArray chunk, int ax, String m, DType dt) {
    int[] axis = {ax};
    NDArray s = switch (m) {
      case "maximum" -> AmaxOp.call(chunk, axis, true, null);
      case "minimum" -> AminOp.call(chunk, axis, true, null);
      case "mean" -> MeanOp.call(chunk, axis, true, null);
      default -> median(chunk, ax);
    };
    // NumPy rounds the statistic (half to even) before storing it into an integer array
    if (dt.isInteger() && !s.dtype().isInteger()) {
      s = RintOp.call(s);
    }
    return s;
  }

  /**
   * np.median along ax with keepdims: the middle value or the mean of the two middle values of
   * each lane; NaN when a lane holds a NaN (or is empty). float64 for integer and bool input,
   * else the input's dtype.
   */
  private static NDArray median(NDArray chunk, int ax) {
    NDArray lanes = ShapeOps.moveaxis(chunk, ax, -1);
    int len = lanes.shapeRef()[lanes.ndim() - 1];
    int[] outShape = chunk.shape();
    outShape[ax] = 1;
    DType in = chunk.dtype();
    DType dt = in.isInexact() ? in : DType.FLOAT64;
    int count = Shapes.size(outShape);
    NDArray flatLanes = ShapeOps.reshape(lanes, new int[] {count, len}, "C");
    return LaneMedians.medians(flatLanes, dt, outShape);
  }

  /** One pass of NumPy's _set_reflect_both; returns the pad widths still to fill. */
  private static int[] reflectBoth(NDArray out, NDArray roi, int ax, int lp, int rp, boolean odd, int period,
      boolean includeEdge) {
    int n = roi.shapeRef()[ax];
    int old = n - rp - lp;
    int edgeOffset;
    if (includeEdge) {
      old = old / period * period;
      edgeOffset = 1;
    } else {
      old = (old - 1) / (period - 1) * (period - 1) + 1;
      edgeOffset = 0;
      old -= 1;
    }
    if (lp > 0) {
      int chunk = Math.min(old, lp);
      int stop = lp - edgeOffset;
      // reversed slice [stop + chunk, stop) step -1 : elements stop+chunk down to stop+1
      NDArray src = ShapeOps.flip(Joining.slice(roi, ax, stop + 1, stop + chunk + 1), new int[] {ax});
      if (odd) {
        src = oddReflect(Joining.slice(roi, ax, lp, lp + 1), src);
      }
      write(out, Joining.slice(roi, ax, lp - chunk, lp), src);
      lp -= chunk;
    }
    if (rp > 0) {
      int chunk = Math.min(old, rp);
      int start = n - rp + edgeOffset - 2;
      NDArray src = ShapeOps.flip(Joining.slice(roi, ax, start - chunk + 1, start + 1), new int[] {ax});
      if (odd) {
        src = oddReflect(Joining.slice(roi, ax, n - rp - 1, n - rp), src);
      }
      write(out, Joining.slice(roi, ax, n - rp, n - rp + chunk), src);
      rp -= chunk;
    }
    return new int[] {lp, rp};
  }

  /** 2 * edge - chunk in the array's arithmetic (NumPy's odd reflection). */
  private static NDArray oddReflect(NDArray edge, NDArray chunk) {
    return SubtractOp.call(MultiplyOp.call(Scalars.weak(2L), edge), chunk);
  }

  /** One pass of NumPy's _set_wrap_both; returns the pad widths still to fill. */
  private static int[] wrapBoth(NDArray out, NDArray roi, int ax, int lp, int rp, int originalPeriod) {
    int n = roi.shapeRef()[ax];
    int period = n - rp - lp;
    period = period / originalPeriod * originalPeriod;
    int newLeft = 0;
    int newRight = 0;
    if (lp > 0) {
      int end = lp + period;
      int start = end - Math.min(period, lp);
      NDArray src = Joining.slice(roi, ax, start, end);
      if (lp > period) {
        write(out, Joining.slice(roi, ax, lp - period, lp), src);
        newLeft = lp - period;
      } else {
        write(out, Joining.slice(roi, ax, 0, lp), src);
      }
    }
    if (rp > 0) {
      int start = n - rp - period;
      int end = start + Math.min(period, rp);
      NDArray src = Joining.slice(roi, ax, start, end);
      if (rp > period) {
        write(out, Joining.slice(roi, ax, n - rp, n - rp + period), src);
        newRight = rp - period;
      } else {
        write(out, Joining.slice(roi, ax, n - rp, n), src);
      }
    }
    return new int[] {newLeft, newRight};
  }
}

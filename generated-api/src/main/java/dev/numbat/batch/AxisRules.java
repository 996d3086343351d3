package dev.numbat.batch;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;

/**
 * Ops along axes of one array (reductions, sorts, scans, the fft transforms, flips and rolls): the
 * axis argument of the example becomes the same axis counted from the end, which names it in the
 * batch too; "every axis" ({@code axis=None} of a reduction) becomes the list of the example's
 * axes, and "flattened" ({@code axis=None} of argmax, sort, cumsum) flattens each example first.
 * Other array arguments must be unbatched (else the loop runs the call).
 */
final class AxisRules {
  private AxisRules() {}

  /** What {@code axis=None} means for an op. */
  private enum NoAxis { EVERY, FLATTENED, NOT_ALLOWED }

  /** {@code (x, axis, keepdims, dtype)}. */
  static final Rule REDUCTION = along(1, NoAxis.EVERY, -1);

  static void register() {
    Rules.add("reduction", along(1, NoAxis.EVERY, -1), "median", "nanmedian");
    // where= (var/nanvar's argument 6, nanmean's 4) is a second array that may carry the batch axis: looped
    Rules.add("reduction", (level, op, args) -> args.length > 6 && args[6] != null ? Rules.LOOP : along(1, NoAxis.EVERY, -1)
        .apply(level, op, args), "var", "nanvar");
    Rules.add("reduction", (level, op, args) -> args.length > 4 && args[4] != null ? Rules.LOOP : along(1, NoAxis.EVERY, -1)
        .apply(level, op, args), "nanmean");
    Rules.add("reduction", (level, op, args) -> args[2] != null ? Rules.LOOP : along(1, NoAxis.EVERY, -1)
        .apply(level, op, args), "average");
    Rules.add("reduction", along(1, NoAxis.FLATTENED, 2), "argmax", "argmin", "nanargmax", "nanargmin");
    Rules.add("scan", along(1, NoAxis.FLATTENED, -1), "cumsum", "cumprod");
    Rules.add("sort", along(1, NoAxis.FLATTENED, -1), "sort", "argsort");
    Rules.add("sort", along(2, NoAxis.FLATTENED, -1), "partition", "argpartition");
    Rules.add("sort", AxisRules::quantile, "quantile", "nanquantile");
    Rules.add("fft", along(2, NoAxis.NOT_ALLOWED, -1), "fft.fft", "fft.ifft", "fft.rfft", "fft.irfft", "fft.hfft",
        "fft.ihfft");
    Rules.add("view", along(1, NoAxis.EVERY, -1), "flip");
    Rules.add("view", (level, op, args) -> args[3] != null || args[4] != null ? Rules.LOOP
        : along(2, NoAxis.NOT_ALLOWED, -1).apply(level, op, args), "diff");
    Rules.add("view", AxisRules::roll, "roll");
    Rules.add("sort", AxisRules::lexsort, "lexsort");
    Rules.add("view", (level, op, args) -> level.isBatched(args[1]) ? Rules.LOOP
        : along(2, NoAxis.FLATTENED, -1).apply(level, op, args), "repeat");
  }

  /**
   * The rule of an op whose argument 0 is the array and argument {@code axisArg} its axis (an
   * {@code int}, {@code Integer} or {@code int[]}); {@code keepdimsArg} (or -1) is the keepdims
   * flag of an op whose flattened reduction keeps one axis per example axis.
   */
  private static Rule along(int axisArg, NoAxis none, int keepdimsArg) {
    return (level, op, call) -> {
      Object[] args = call;
      NDArray v = level.valueOf(args[0]);
      for (int i = 1; i < args.length; i++) {
        if (level.isBatched(args[i]) || args[i] instanceof Object[] xs && level.involvesBatched(xs)) {
          return Rules.LOOP;
        }
      }
      int ndim = v.ndim() - 1;
      Object axis = args[axisArg];
      args = Rules.with(args, 0, v);
      if (axis == null) {
        switch (none) {
          case EVERY:
            return Dispatch.bind(op, Rules.with(args, axisArg, Rules.allFromEnd(ndim)));
          case FLATTENED: {
            Object r = Dispatch.bind(op, Rules.with(Rules.with(args, 0, Rules.flat(v)), axisArg, Integer.valueOf(-1)));
            if (keepdimsArg >= 0 && (Boolean) args[keepdimsArg]) {
              int[] s = new int[ndim + 1];
              java.util.Arrays.fill(s, 1);
              s[0] = v.shape(0);
              return Np.reshape((NDArray) r, s);
            }
            return r;
          }
          default:
            return Rules.LOOP;
        }
      }
      if (ndim == 0) {
        return Rules.LOOP; // a 0-d example: which axes it accepts (0 and -1, or none) is the op's own business
      }
      Object shifted = axis instanceof int[] axes ? Rules.fromEnd(axes, ndim)
          : (Object) Integer.valueOf(Rules.fromEnd(((Number) axis).intValue(), ndim));
      return Dispatch.bind(op, Rules.with(args, axisArg, shifted));
    };
  }

  /** {@code quantile(a, q, axis, ...)}: the result's leading axes are q's, so the batch axis comes after them. */
  private static Object quantile(BatchInterpreter level, Op op, Object[] args) {
    // an empty example takes nanquantile's empty-input path, which is NumPy's per call: the loop's
    if (level.isBatched(args[1]) || !level.isBatched(args[0]) || BatchInterpreter.exampleSize(args[0]) == 0) {
      return Rules.LOOP;
    }
    int qdims = BatchInterpreter.exampleShape(args[1]).length;
    Object r = along(2, NoAxis.EVERY, -1).apply(level, op, args);
    return qdims == 0 || r == Rules.LOOP ? r : Np.moveaxis((NDArray) r, qdims, 0);
  }

  /** {@code lexsort(keys, axis)}: keys as one array (keys along its axis 0) or a list of arrays, each sorted along the axis counted from the end. */
  private static Object lexsort(BatchInterpreter level, Op op, Object[] args) {
    Object keys = args[0];
    int axis = (Integer) args[1];
    NDArray v = level.valueOf(keys);
    if (v != null) {
      int n = v.ndim() - 2;
      if (n < 1) {
        return Rules.LOOP;
      }
      return Dispatch.bind(op, Np.moveaxis(v, 0, 1), Integer.valueOf(Rules.fromEnd(axis, n)));
    }
    if (!(keys instanceof Object[] ks) || ks.length == 0) {
      return Rules.LOOP;
    }
    int n = BatchInterpreter.exampleShape(ks[0]).length;
    if (n < 1) {
      return Rules.LOOP;
    }
    Object[] b = new Object[ks.length];
    for (int i = 0; i < ks.length; i++) {
      b[i] = level.batchOf(ks[i]);
    }
    return Dispatch.bind(op, b, Integer.valueOf(Rules.fromEnd(axis, n)));
  }

  /** {@code roll(a, shift, axis)}: without an axis the flattened example rolls. */
  private static Object roll(BatchInterpreter level, Op op, Object[] args) {
    NDArray v = level.valueOf(args[0]);
    if (v == null) {
      return Rules.LOOP;
    }
    int ndim = v.ndim() - 1;
    if (args[2] == null) {
      NDArray r = (NDArray) Dispatch.bind(op, new Object[] {Rules.flat(v), args[1], new int[] {-1}});
      return Np.reshape(r, v.shapeRef());
    }
    return Dispatch.bind(op, new Object[] {v, args[1], Rules.fromEnd((int[]) args[2], ndim)});
  }
}

package dev.numbat.random;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.OverflowError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.RandomFill;
import java.util.Arrays;

/**
 * How the parameters and {@code size} of a draw become an output, as NumPy's {@code _common.cont}
 * and {@code disc}: parameters are checked with NumPy's messages; with {@code size} null and
 * scalar parameters the result is one value (a 0-d array here, a Python scalar in NumPy); else the
 * output has shape {@code size} (or the parameters' broadcast shape) and is filled in C order,
 * element i drawing with the parameters broadcast to position i.
 */
final class Draws {
  private Draws() {}

  /** The checks of NumPy's {@code check_constraint}. */
  enum Cons { NONE, NON_NEGATIVE, POSITIVE, BOUNDED_0_1, POISSON }

  /** {@code np.iinfo('l').max - sqrt(np.iinfo('l').max) * 10}, NumPy's POISSON_LAM_MAX. */
  static final double POISSON_LAM_MAX = 9.223372036854775807E18 - Math.sqrt(9.223372036854775807E18) * 10;

  /** Checked parameters of one call and its output shape (null: a single scalar draw). */
  static final class Params {
    final int[] shape;
    final int n;
    private final double[][] values;

    Params(int[] shape, double[][] values) {
      this.shape = shape;
      this.n = shape == null ? 1 : Shapes.size(shape);
      this.values = values;
    }

    double get(int param, int i) {
      double[] v = values[param];
      return v.length == 1 ? v[0] : v[i];
    }

    /** True when parameter {@code param} is the same for every element. */
    boolean constant(int param) { return values[param].length == 1; }
  }

  /** Validates a size: NumPy's error for a negative dimension. */
  static int[] checkSize(int[] size) {
    Shapes.checkedSize(size);
    return size;
  }

  /** Converts, checks (NumPy's order and messages) and broadcasts float parameters against {@code size}. */
  static Params params(int[] size, Object[] values, String[] names, Cons[] cons) {
    double[][] out = new double[values.length][];
    int[] bshape = null;
    NDArray[] arrays = new NDArray[values.length];
    for (int i = 0; i < values.length; i++) {
      NDArray a = Convert.asarray(values[i], null);
      if (!a.dtype().isFloat() || a.dtype() != DType.FLOAT64) {
        a = dev.numbat.backend.cpu.Cast.to(a.strong(), DType.FLOAT64);
      }
      arrays[i] = a;
      if (a.ndim() > 0) {
        bshape = bshape == null ? a.shapeRef() : Shapes.broadcast(bshape, a.shapeRef());
      }
    }
    double[][] flat = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      if (cons[i] != Cons.NONE) {
        flat[i] = RandomFill.broadcastDoubles(arrays[i], arrays[i].shapeRef());
        check(flat[i], names[i], cons[i]);
      }
    }
    int[] shape;
    if (size != null) {
      shape = checkSize(size).clone();
      if (bshape != null && !Arrays.equals(Shapes.broadcast(bshape, shape), shape)) {
        throw new ValueError("Output size " + Shapes.str(shape)
            + " is not compatible with broadcast dimensions of inputs " + Shapes.str(bshape) + ".");
      }
    } else {
      shape = bshape;
    }
    for (int i = 0; i < values.length; i++) {
      NDArray a = arrays[i];
      out[i] = a.ndim() == 0 ? new double[] {a.item() instanceof Double d ? d : ((Number) a.item()).doubleValue()}
          : flat[i] != null && Arrays.equals(a.shapeRef(), shape) ? flat[i] : broadcastDoubles(a, shape);
    }
    return new Params(shape, out);
  }

  /** Checks the values {@code d} of a parameter (in C order). */
  private static void check(double[] d, String name, Cons c) {
    if (c == Cons.NONE) {
      return;
    }
    for (int i = 0; i < d.length; i++) {
      double v = d[i];
      switch (c) {
        case NON_NEGATIVE -> {
          // NumPy tests the sign bit: -0.0 is refused too
          if (!Double.isNaN(v) && (Double.doubleToRawLongBits(v) < 0)) {
            throw new ValueError(name + " < 0");
          }
        }
        case POSITIVE -> {
          if (v <= 0) {
            throw new ValueError(name + " <= 0");
          }
        }
        case BOUNDED_0_1 -> {
          if (!(v >= 0) || !(v <= 1)) {
            throw new ValueError(name + " < 0, " + name + " > 1 or " + name + " is NaN");
          }
        }
        case POISSON -> {
          if (!(v >= 0)) {
            throw new ValueError(name + " < 0 or " + name + " is NaN");
          } else if (!(v <= POISSON_LAM_MAX)) {
            throw new ValueError(name + " value too large");
          }
        }
        default -> { }
      }
    }
  }

  /** {@code low, high - low} for uniform, with NumPy's overflow check on the range. */
  static Object[] uniformRange(Object low, Object high, String scalarMessage) {
    NDArray lo = Convert.asarray(low, DType.FLOAT64);
    NDArray hi = Convert.asarray(high, DType.FLOAT64);
    if (lo.ndim() == 0 && hi.ndim() == 0) {
      double l = ((Number) lo.item()).doubleValue();
      double r = ((Number) hi.item()).doubleValue() - l;
      if (!Double.isFinite(r)) {
        throw new OverflowError(scalarMessage);
      }
      return new Object[] {l, r};
    }
    int[] shape = Shapes.broadcast(lo.shapeRef(), hi.shapeRef());
    double[] l = broadcastDoubles(lo, shape);
    double[] h = broadcastDoubles(hi, shape);
    double[] r = new double[l.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = h[i] - l[i];
      if (!Double.isFinite(r[i])) {
        throw new OverflowError("Range exceeds valid bounds");
      }
    }
    return new Object[] {lo, RandomFill.float64(shape, r)};
  }

  /** {@code x} broadcast to {@code shape}, flattened in C order, as doubles. */
  static double[] broadcastDoubles(NDArray x, int[] shape) {
    return RandomFill.broadcastDoubles(x, shape);
  }

  /** {@code x} broadcast to {@code shape}, flattened in C order, as longs. */
  static long[] broadcastLongs(NDArray x, int[] shape) {
    return RandomFill.broadcastLongs(x, shape);
  }

  /** An output of doubles for {@code p}: a 0-d array for a scalar call. */
  static NDArray doubles(Params p, java.util.function.IntToDoubleFunction draw) {
    double[] d = new double[p.n];
    for (int i = 0; i < d.length; i++) {
      d[i] = draw.applyAsDouble(i);
    }
    return RandomFill.float64(p.shape == null ? Shapes.SCALAR : p.shape, d);
  }

  /** An output of int64 for {@code p}: a 0-d array for a scalar call. */
  static NDArray longs(Params p, java.util.function.IntToLongFunction draw) {
    long[] d = new long[p.n];
    for (int i = 0; i < d.length; i++) {
      d[i] = draw.applyAsLong(i);
    }
    return RandomFill.int64(p.shape == null ? Shapes.SCALAR : p.shape, d);
  }

  /** The shape of a size-only draw: {@code size}, or () for a single value. */
  static int[] shapeOf(int[] size) {
    return size == null ? Shapes.SCALAR : checkSize(size).clone();
  }
}

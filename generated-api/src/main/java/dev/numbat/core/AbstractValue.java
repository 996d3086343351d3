package dev.numbat.core;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a transformation knows of an array without its data: dtype, shape and the NEP 50 weak
 * flag (the device joins when devices do). Abstract evaluation ({@link Op#abstractEval}) maps the
 * arguments' abstract values to the result's; a tracer is an array that has only this.
 */
public record AbstractValue(DType dtype, int[] shape, boolean weak) {
  public AbstractValue {
    shape = shape.clone();
  }

  public static AbstractValue of(NDArray x) {
    return new AbstractValue(x.dtype(), x.shapeRef(), x.isWeak());
  }

  public int ndim() { return shape.length; }

  public int size() { return Shapes.size(shape); }

  @Override
  public int[] shape() { return shape.clone(); }

  @Override
  public boolean equals(Object o) {
    return o instanceof AbstractValue a && a.dtype == dtype && a.weak == weak && Arrays.equals(a.shape, shape);
  }

  @Override
  public int hashCode() { return dtype.hashCode() * 31 + Arrays.hashCode(shape) + (weak ? 1 : 0); }

  /** NumPy's spelling: {@code float32[3,4]}, with {@code weak} for a weak scalar. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(dtype.toString()).append('[');
    for (int i = 0; i < shape.length; i++) {
      b.append(i == 0 ? "" : ",").append(shape[i]);
    }
    return b.append(']').append(weak ? " weak" : "").toString();
  }

  /**
   * A concrete array of this abstract value, the stand-in of the default abstract evaluation:
   * zeros, for inexact dtypes with ones on the diagonal of the last two axes (so that the linalg
   * primitives, which refuse a singular or indefinite matrix, evaluate too). Integer and bool
   * stand-ins are all zeros: as indices they are in bounds for every non-empty axis.
   */
  public NDArray standIn() {
    return dtype.isInexact() ? diagonal() : weakIf(dev.numbat.Np.zeros(shape, dtype));
  }

  private NDArray diagonal() {
    NDArray z = shape.length >= 2 && size() > 0
        ? dev.numbat.Np.broadcastTo(dev.numbat.Np.eye(shape[shape.length - 2], shape[shape.length - 1], 0, dtype), shape)
        : dev.numbat.Np.zeros(shape, dtype);
    return weakIf(z);
  }

  private NDArray weakIf(NDArray z) {
    return weak ? z.asWeak() : z;
  }

  /**
   * A stand-in of seeded random normal values, for the primitives that refuse the first one
   * (tensorinv of a matrix that is singular once reshaped, average of weights summing to zero);
   * integers and bools get ones (the unit diagonal for matrices: an integer matrix for linalg).
   */
  public NDArray randomStandIn() {
    if (!dtype.isInexact()) {
      return shape.length >= 2 ? diagonal() : weakIf(dev.numbat.Np.ones(shape, dtype));
    }
    java.util.Random r = new java.util.Random(size());
    double[] v = new double[size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextGaussian();
    }
    NDArray z = dev.numbat.Np.astype(dev.numbat.Np.reshape(dev.numbat.Np.asarray(v), shape), dtype);
    return weak ? z.asWeak() : z;
  }

  /** The arguments with each abstract value (also inside an {@code Object[]}) replaced by its stand-in. */
  public static Object[] standIns(Object[] args) {
    return standIns(args, false);
  }

  /** {@link #standIns(Object[])} with {@link #randomStandIn()}s when {@code random}. */
  public static Object[] standIns(Object[] args, boolean random) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof AbstractValue a) {
        out[i] = random ? a.randomStandIn() : a.standIn();
      } else if (out[i] instanceof Object[] xs) {
        out[i] = standIns(xs, random);
      }
    }
    return out;
  }

  /** The abstract value of each array in an implementation's result (an array, NDArray[] or Object[]). */
  public static AbstractValue[] ofResult(Object r) {
    List<AbstractValue> out = new ArrayList<>();
    collect(r, out);
    return out.toArray(new AbstractValue[0]);
  }

  private static void collect(Object r, List<AbstractValue> out) {
    if (r instanceof NDArray a) {
      out.add(of(a));
    } else if (r instanceof Object[] xs) {
      for (Object x : xs) {
        collect(x, out);
      }
    }
  }
}

package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.ValueError;

/**
 * Shape functions NumPy defines in Python over transpose, ravel and concatenate (permute_dims,
 * matrix_transpose, rollaxis, resize): compositions of public ops, so every interpreter sees
 * through them.
 */
public final class ShapeCompositions {
  private ShapeCompositions() {}

  /** {@code np.permute_dims(a, axes)}: the array API's name of transpose. */
  public static NDArray permuteDims(Object a, int[] axes) {
    return axes == null ? Np.transpose(a) : Np.transpose(a, axes);
  }

  /** {@code np.matrix_transpose(x)}: the last two axes swapped. */
  public static NDArray matrixTranspose(Object x) {
    NDArray a = Np.asarray(x);
    if (a.ndim() < 2) {
      throw new ValueError("Input array must be at least 2-dimensional, but it is " + a.ndim());
    }
    return Np.swapaxes(a, -1, -2);
  }

  /** {@code np.rollaxis(a, axis, start)}: axis moved to before position start (NumPy's own steps and messages). */
  public static NDArray rollaxis(Object a, int axis, int start) {
    NDArray x = Np.asarray(a);
    int n = x.ndim();
    if (axis < -n || axis >= n) {
      throw new AxisError(axis, n);
    }
    int ax = axis < 0 ? axis + n : axis;
    int st = start < 0 ? start + n : start;
    if (st < 0 || st >= n + 1) {
      throw new AxisError("'start' arg requires " + (-n) + " <= start < " + (n + 1) + ", but " + st + " was passed in");
    }
    if (ax < st) {
      st--;
    }
    if (ax == st) {
      return Np.transpose(x, identity(n));
    }
    int[] axes = new int[n];
    for (int i = 0, k = 0; i < n; i++) {
      if (i != ax) {
        axes[k++] = i;
      }
    }
    System.arraycopy(axes, st, axes, st + 1, n - 1 - st);
    axes[st] = ax;
    return Np.transpose(x, axes);
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  /** {@code np.resize(a, new_shape)}: the flattened array repeated to fill new_shape (zeros when either is empty). */
  public static NDArray resize(Object a, int[] newShape) {
    NDArray flat = Np.ravel(a);
    long newSize = 1;
    for (int d : newShape) {
      newSize *= d;
      if (d < 0) {
        throw new ValueError("all elements of `new_shape` must be non-negative");
      }
    }
    if (flat.size() == 0 || newSize == 0) {
      return Np.zerosLike(flat, flat.dtype(), newShape);
    }
    int repeats = (int) ((newSize + flat.size() - 1) / flat.size());
    Object[] parts = new Object[repeats];
    java.util.Arrays.fill(parts, flat);
    NDArray tiled = Np.concatenate(parts, 0);
    return Np.reshape(tiled.get(Np.slice(0, (int) newSize)), newShape);
  }
}

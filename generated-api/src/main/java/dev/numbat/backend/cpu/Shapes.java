package dev.numbat.backend.cpu;

import dev.numbat.NDArray;
import dev.numbat.errors.AxisError;
import dev.numbat.errors.IndexError;
import dev.numbat.errors.ValueError;
import java.util.Arrays;

/** Shape arithmetic: sizes, strides, broadcasting and axis validation, with NumPy's errors. */
public final class Shapes {
  private Shapes() {}

  public static final int[] SCALAR = new int[0];

  public static int size(int[] shape) {
    long n = 1;
    for (int d : shape) {
      n *= d;
    }
    return n > Integer.MAX_VALUE ? -1 : (int) n;
  }

  /** Size, refusing negative dimensions and more than 2^31-1 elements. */
  public static int checkedSize(int[] shape) {
    long n = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new ValueError("negative dimensions are not allowed");
      }
      n *= d;
      if (n > Integer.MAX_VALUE) {
        throw new ValueError("array of shape " + str(shape) + " has more than 2^31-1 elements, the most a "
            + "CPU array holds");
      }
    }
    return (int) n;
  }

  public static int[] cStrides(int[] shape) {
    int[] s = new int[shape.length];
    int acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= Math.max(shape[i], 1);
    }
    return s;
  }

  public static boolean isCContiguous(int[] shape, int[] strides) {
    int acc = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (shape[i] == 0) {
        return true;
      }
      if (shape[i] != 1 && strides[i] != acc) {
        return false;
      }
      acc *= shape[i];
    }
    return true;
  }

  /** NumPy's tuple text: (), (3,), (2, 3). */
  /**
   * Whether {@code s}, without its leading ones, equals the end of {@code shape}: a C-contiguous
   * array of shape {@code s} is then a trailing part repeated over {@code shape} (a bias row), the
   * broadcast fused loops read in place.
   */
  public static boolean isTrailingPart(int[] s, int[] shape) {
    int lead = 0;
    while (lead < s.length && s[lead] == 1) {
      lead++;
    }
    int k = s.length - lead;
    if (k > shape.length) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (s[lead + i] != shape[shape.length - k + i]) {
        return false;
      }
    }
    return true;
  }

  public static String str(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      b.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return b.append(')').toString();
  }

  /** Broadcast of two shapes, or NumPy's error naming both. */
  public static int[] broadcast(int[] a, int[] b) {
    if (Arrays.equals(a, b)) {
      return a;
    }
    int n = Math.max(a.length, b.length);
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      int da = i < n - a.length ? 1 : a[i - (n - a.length)];
      int db = i < n - b.length ? 1 : b[i - (n - b.length)];
      if (da == db || db == 1) {
        r[i] = da;
      } else if (da == 1) {
        r[i] = db;
      } else {
        throw new ValueError("operands could not be broadcast together with shapes " + strNoSpace(a) + " "
            + strNoSpace(b) + " ");
      }
    }
    return r;
  }

  /** Broadcast of several shapes; the error lists all, as NumPy's does. */
  public static int[] broadcast(int[]... shapes) {
    int[] r = shapes[0];
    try {
      for (int i = 1; i < shapes.length; i++) {
        r = broadcast(r, shapes[i]);
      }
    } catch (ValueError e) {
      StringBuilder b = new StringBuilder("operands could not be broadcast together with shapes ");
      for (int[] s : shapes) {
        b.append(strNoSpace(s)).append(' ');
      }
      throw new ValueError(b.toString());
    }
    return r;
  }

  /** NumPy prints shapes in broadcast errors without spaces: (2,3) (4,). */
  public static String strNoSpace(int[] shape) {
    return str(shape).replace(" ", "");
  }

  /** Strides of {@code x} seen through shape {@code out} (0 on broadcast dimensions). */
  public static int[] broadcastStrides(NDArray x, int[] out) {
    int[] xs = x.shapeRef();
    int[] st = x.stridesRef();
    int n = out.length;
    int[] r = new int[n];
    int off = n - xs.length;
    for (int i = off; i < n; i++) {
      r[i] = xs[i - off] == 1 ? 0 : st[i - off];
    }
    return r;
  }

  /** A valid axis in [0, ndim), or NumPy's AxisError. */
  public static int normalizeAxis(int axis, int ndim) {
    if (axis < -ndim || axis >= ndim) {
      throw new AxisError(axis, ndim);
    }
    return axis < 0 ? axis + ndim : axis;
  }

  /** Axes for a reduction: null means all; duplicates raise NumPy's ValueError. */
  public static boolean[] axisMask(int[] axis, int ndim) {
    boolean[] m = new boolean[ndim];
    if (axis == null) {
      Arrays.fill(m, true);
      return m;
    }
    if (ndim == 0) {
      // NumPy accepts axis=0 and axis=-1 on 0-d arrays (a reduction over nothing) for backward
      // compatibility; an int[] cannot tell 0 from (0,), so (0,) is accepted as well.
      for (int a : axis) {
        if (a != 0 && a != -1) {
          throw new AxisError(a, 0);
        }
      }
      return m;
    }
    for (int a : axis) {
      int k = normalizeAxis(a, ndim);
      if (m[k]) {
        throw new ValueError("duplicate value in 'axis'");
      }
      m[k] = true;
    }
    return m;
  }

  /** Storage offset of a multi-index, with NumPy's IndexError for bad indices. */
  public static int offsetOf(NDArray x, int[] index) {
    int[] s = x.shapeRef();
    if (index.length != s.length) {
      throw new IndexError(index.length > s.length ? "too many indices for array: array is "
          + s.length + "-dimensional, but " + index.length + " were indexed"
          : "incorrect number of indices for array");
    }
    int off = x.offset();
    int[] st = x.stridesRef();
    for (int i = 0; i < s.length; i++) {
      int k = index[i];
      if (k < -s[i] || k >= s[i]) {
        throw new IndexError("index " + k + " is out of bounds for axis " + i + " with size " + s[i]);
      }
      off += (k < 0 ? k + s[i] : k) * st[i];
    }
    return off;
  }

  /** Storage offset of the element at C-order flat position {@code flat}. */
  public static int flatToOffset(NDArray x, int flat) {
    int size = x.size();
    if (flat < -size || flat >= size) {
      throw new IndexError("index " + flat + " is out of bounds for size " + size);
    }
    if (flat < 0) {
      flat += size;
    }
    int[] s = x.shapeRef();
    int[] st = x.stridesRef();
    int off = x.offset();
    for (int i = s.length - 1; i >= 0; i--) {
      off += (flat % s[i]) * st[i];
      flat /= s[i];
    }
    return off;
  }
}

package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;

/**
 * An array's elements as Java scalars for the element-at-a-time text paths ({@code loadtxt},
 * {@code genfromtxt}, text {@code fromfile}, {@code savetxt}, text {@code tofile}): a
 * {@link Filler} stores parsed numbers into a new array with {@link Storage}'s C-cast semantics,
 * and the exports give an array's float elements, in C order, as their bits or as doubles.
 */
public final class HostScalars {
  private HostScalars() {}

  /** A filler for a new array of {@code n} elements of {@code d}, all zero until set. */
  public static Filler filler(DType d, int n) {
    return new Filler(d, n);
  }

  /** A new array being filled element by element (flat C-order index); {@link #array} when done. */
  public static final class Filler {
    private final DType d;
    private final int n;
    private final Object data;

    private Filler(DType d, int n) {
      this.d = d;
      this.n = n;
      this.data = Storage.allocate(d, n);
    }

    public DType dtype() {
      return d;
    }

    /** Element {@code i} from a long, wrapping as C casts do; floats convert. */
    public void setLong(int i, long v) {
      Storage.setLong(data, d, i, v, false);
    }

    /** Element {@code i} from a double, as a C cast. */
    public void setDouble(int i, double v) {
      Storage.setDouble(data, d, i, v);
    }

    /** Element {@code i} from a complex value (the real part for a real dtype; nonzero for bool). */
    public void setComplex(int i, double re, double im) {
      Storage.setComplex(data, d, i, re, im);
    }

    /** The filled array, C-contiguous, of {@code shape} (whose size is the filler's). */
    public NDArray array(int[] shape) {
      return new NDArray(d, shape, data);
    }

    /** A new 1-d array of the first {@code k} elements. */
    public NDArray first(int k) {
      return k == n ? array(new int[] {n}) : Copy.copy(new NDArray(d, new int[] {k}, Shapes.cStrides(new int[] {k}), 0, data, false));
    }
  }

  /**
   * The raw bits of the float (or complex: the real or, with {@code imag}, imaginary part) elements
   * of {@code x} in C order, as {@link FloatFormat#bits} gives them.
   */
  public static long[] floatBits(NDArray x, boolean imag) {
    int n = x.size();
    long[] out = new long[n];
    DType d = x.dtype();
    Object data = n == 0 ? null : x.data();
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      out[i] = FloatFormat.bits(data, d, w.next(), imag);
    }
    return out;
  }

  /**
   * The elements of {@code x} in C order as doubles ({@link Storage#getDouble}: the real part of a
   * complex element; with {@code imag}, {@link Storage#getImag}).
   */
  public static double[] doubles(NDArray x, boolean imag) {
    int n = x.size();
    double[] out = new double[n];
    DType d = x.dtype();
    Object data = n == 0 ? null : x.data();
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    for (int i = 0; i < n; i++) {
      int k = w.next();
      out[i] = imag ? Storage.getImag(data, d, k) : Storage.getDouble(data, d, k);
    }
    return out;
  }
}

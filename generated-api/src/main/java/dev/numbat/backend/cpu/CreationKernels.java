package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Half;
import java.util.Arrays;

/**
 * The element loops of the creation ops ({@code full}, {@code eye}, {@code arange}, the
 * linspace family, {@code diag}, {@code vander}): each returns a new array it allocated, or
 * reads an array's values for the caller's host-side arithmetic.
 */
public final class CreationKernels {
  private CreationKernels() {}

  // ------------------------------------------------------------------ full / eye

  /** A new C-contiguous array of {@code shape} with every element the 0-d {@code v}'s (and its dtype). */
  public static NDArray filled(int[] shape, NDArray v) {
    NDArray out = NDArray.allocate(v.dtype(), shape);
    Object src = v.data();
    int o = v.offset();
    switch (out.data()) {
      case byte[] b -> Arrays.fill(b, ((byte[]) src)[o]);
      case short[] s -> Arrays.fill(s, ((short[]) src)[o]);
      case int[] i -> Arrays.fill(i, ((int[]) src)[o]);
      case long[] l -> Arrays.fill(l, ((long[]) src)[o]);
      case float[] f -> {
        if (out.dtype().isComplex()) {
          float re = ((float[]) src)[2 * o];
          float im = ((float[]) src)[2 * o + 1];
          for (int k = 0; k < f.length; k += 2) {
            f[k] = re;
            f[k + 1] = im;
          }
        } else {
          Arrays.fill(f, ((float[]) src)[o]);
        }
      }
      case double[] d -> {
        if (out.dtype().isComplex()) {
          double re = ((double[]) src)[2 * o];
          double im = ((double[]) src)[2 * o + 1];
          for (int k = 0; k < d.length; k += 2) {
            d[k] = re;
            d[k + 1] = im;
          }
        } else {
          Arrays.fill(d, ((double[]) src)[o]);
        }
      }
      default -> throw new IllegalStateException();
    }
    return out;
  }

  /** A new {@code (n, cols)} array of {@code d}: ones on diagonal {@code k}, zeros elsewhere. */
  public static NDArray eye(DType d, int[] shape, int n, int cols, int k) {
    NDArray out = NDArray.allocate(d, shape);
    Object data = out.data();
    for (int i = 0; i < n; i++) {
      long j = (long) i + k;
      if (j >= 0 && j < cols) {
        Storage.setLong(data, d, (int) (i * (long) cols + j), 1, false);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ arange

  /**
   * A new 1-d array of {@code d} and length {@code len}: element 0 is {@code first}, element 1
   * {@code second} (boxed Java scalars, stored as {@link Convert#putScalar} does), and element i
   * {@code x[0] + i * (x[1] - x[0])} in the dtype, as NumPy's per-dtype {@code fill}.
   */
  public static NDArray arange(DType d, int len, Object first, Object second) {
    NDArray out = NDArray.allocate(d, new int[] {len});
    if (len == 0) {
      return out;
    }
    Object data = out.data();
    Convert.putScalar(first, data, d, 0);
    if (len == 1) {
      return out;
    }
    Convert.putScalar(second, data, d, 1);
    fillArange(data, d, len);
    return out;
  }

  private static void fillArange(Object data, DType d, int len) {
    switch (d.ordinal()) {
      case 0 -> { }
      case 11 -> {
        float[] f = (float[]) data;
        float s = f[0];
        float delta = f[1] - s;
        for (int i = 2; i < len; i++) {
          f[i] = s + (float) i * delta;
        }
      }
      case 12 -> {
        double[] f = (double[]) data;
        double s = f[0];
        double delta = f[1] - s;
        for (int i = 2; i < len; i++) {
          f[i] = s + i * delta;
        }
      }
      case 9, 10 -> {
        short[] h = (short[]) data;
        boolean bf = d == DType.BFLOAT16;
        float s = bf ? Half.bf16ToFloat(h[0]) : Half.f16ToFloat(h[0]);
        float delta = (bf ? Half.bf16ToFloat(h[1]) : Half.f16ToFloat(h[1])) - s;
        for (int i = 2; i < len; i++) {
          float v = s + (float) i * delta;
          h[i] = bf ? Half.floatToBf16(v) : Half.floatToF16(v);
        }
      }
      case 13 -> {
        float[] f = (float[]) data;
        float sr = f[0];
        float si = f[1];
        float dr = f[2] - sr;
        float di = f[3] - si;
        for (int i = 2; i < len; i++) {
          f[2 * i] = sr + (float) i * dr;
          f[2 * i + 1] = si + (float) i * di;
        }
      }
      case 14 -> {
        double[] f = (double[]) data;
        double sr = f[0];
        double si = f[1];
        double dr = f[2] - sr;
        double di = f[3] - si;
        for (int i = 2; i < len; i++) {
          f[2 * i] = sr + i * dr;
          f[2 * i + 1] = si + i * di;
        }
      }
      default -> {
        long s = Storage.getLong(data, d, 0);
        long delta = Storage.getLong(data, d, 1) - s;
        for (int i = 2; i < len; i++) {
          Storage.setLong(data, d, i, s + i * delta, false);
        }
      }
    }
  }

  // ------------------------------------------------------------------ linspace family

  /**
   * A new C-contiguous array of {@code dt} and {@code shape} from C-order values already exact
   * in dt: {@code re} (and {@code im} for complex, else null), stored as {@link Storage} does.
   */
  public static NDArray fromValues(DType dt, int[] shape, double[] re, double[] im) {
    NDArray out = NDArray.allocate(dt, shape);
    Object data = out.data();
    for (int k = 0; k < re.length; k++) {
      if (im != null) {
        Storage.setComplex(data, dt, k, re[k], im[k]);
      } else {
        Storage.setDouble(data, dt, k, re[k]);
      }
    }
    return out;
  }

  /** A new C-contiguous array of {@code y}'s float dtype and shape holding floor of each element. */
  public static NDArray floor(NDArray y) {
    NDArray c = Copy.copy(y);
    Object data = c.data();
    DType d = c.dtype();
    for (int k = 0; k < c.size(); k++) {
      Storage.setDouble(data, d, k, Math.floor(Storage.getDouble(data, d, k)));
    }
    return c;
  }

  /**
   * geomspace's last steps on {@code r} ((num, m) values in C order, of dtype {@code out}): a copy
   * with row 0 set to {@code starts} and, when {@code endpoint} and num > 1, the last row to
   * {@code stops} (stored as C casts to {@code out}); then each value times {@code sign[k % m]}
   * in a new array of dtype {@code p}.
   */
  public static NDArray geomspaceSigned(NDArray r0, double[] starts, double[] stops, int num, boolean endpoint,
      double[] sign, DType p) {
    NDArray r = Copy.copy(r0);
    DType out = r.dtype();
    int m = starts.length;
    Object rd = r.data();
    if (num > 0) {
      for (int j = 0; j < m; j++) {
        Storage.setDouble(rd, out, j, starts[j]);
        if (num > 1 && endpoint) {
          Storage.setDouble(rd, out, (num - 1) * m + j, stops[j]);
        }
      }
    }
    NDArray signed = NDArray.allocate(p, r.shapeRef());
    Object sd = signed.data();
    for (int k = 0; k < r.size(); k++) {
      Storage.setDouble(sd, p, k, sign[k % Math.max(m, 1)] * Storage.getDouble(rd, out, k));
    }
    return signed;
  }

  /** True when some element of {@code x} is zero (both parts, for complex). */
  public static boolean anyZero(NDArray x) {
    NDArray c = Copy.contiguous(x);
    for (int k = 0; k < c.size(); k++) {
      if (Storage.getDouble(c.data(), c.dtype(), c.offset() + k) == 0
          && Storage.getImag(c.data(), c.dtype(), c.offset() + k) == 0) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ diag / vander

  /** A new {@code shape} = (size, size) array with the 1-d {@code x} on diagonal {@code k}, zeros elsewhere. */
  public static NDArray diagonalMatrix(NDArray x, int k, int[] shape) {
    int n = x.shapeRef()[0];
    int size = shape[1];
    NDArray out = NDArray.allocate(x.dtype(), shape);
    int w = x.dtype().isComplex() ? 2 : 1;
    NDArray c = Copy.contiguous(x);
    for (int i = 0; i < n; i++) {
      int r = k >= 0 ? i : i - k;
      int col = k >= 0 ? i + k : i;
      System.arraycopy(c.data(), (c.offset() + i) * w, out.data(), (r * size + col) * w, w);
    }
    return out;
  }

  /**
   * A new {@code shape} = (rows, cols) Vandermonde matrix of the 1-d {@code a} (already of the
   * int64, float64 or complex128 dtype {@code d}): powers by repeated multiplication, decreasing
   * unless {@code increasing}.
   */
  public static NDArray vander(NDArray a, DType d, int[] shape, boolean increasing) {
    int rows = shape[0];
    int cols = shape[1];
    NDArray out = NDArray.allocate(d, shape);
    NDArray xs = Copy.contiguous(a);
    Object data = out.data();
    for (int r = 0; r < rows; r++) {
      int xi = xs.offset() + r;
      switch (d.ordinal()) {
        case 4 -> {
          long xv = ((long[]) xs.data())[xi];
          long p = 1;
          for (int j = 0; j < cols; j++) {
            p = j == 0 ? 1 : j == 1 ? xv : p * xv;
            ((long[]) data)[r * cols + (increasing ? j : cols - 1 - j)] = p;
          }
        }
        case 12 -> {
          double xv = ((double[]) xs.data())[xi];
          double p = 1;
          for (int j = 0; j < cols; j++) {
            p = j == 0 ? 1 : j == 1 ? xv : p * xv;
            ((double[]) data)[r * cols + (increasing ? j : cols - 1 - j)] = p;
          }
        }
        default -> {
          double xr = ((double[]) xs.data())[2 * xi];
          double xim = ((double[]) xs.data())[2 * xi + 1];
          double pr = 1;
          double pi = 0;
          for (int j = 0; j < cols; j++) {
            if (j == 1) {
              pr = xr;
              pi = xim;
            } else if (j > 1) {
              double nr = pr * xr - pi * xim;
              double ni = pr * xim + pi * xr;
              pr = nr;
              pi = ni;
            }
            int at = r * cols + (increasing ? j : cols - 1 - j);
            ((double[]) data)[2 * at] = pr;
            ((double[]) data)[2 * at + 1] = pi;
          }
        }
      }
    }
    return out;
  }
}

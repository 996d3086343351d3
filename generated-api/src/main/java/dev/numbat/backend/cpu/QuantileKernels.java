package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Half;

/**
 * The lane loops of median, quantile and their nan-versions (NumPy 2's {@code _quantile}): the
 * input is a fresh C-contiguous (rows, n) table of lanes and its stable argsort along the lanes
 * (int64, NaN last); each lane's neighbours are picked by the method's virtual index and combined
 * with NumPy's {@code _lerp}, its dtypes and rounding steps.
 */
public final class QuantileKernels {
  private QuantileKernels() {}

  /** v rounded to dtype d (float dtypes; others unchanged), as NumPy's step in that dtype. */
  private static double rnd(double v, DType d) {
    return switch (d.ordinal()) {
      case 9 -> Half.f16ToFloat(Half.doubleToF16(v));
      case 10 -> Half.bf16ToFloat(Half.floatToBf16((float) v));
      case 11 -> (float) v;
      default -> v;
    };
  }

  /** The count of non-NaN elements of lane r (its sorted positions {@code perm[base..base+n)}; NaNs sort last). */
  private static int validCount(Object td, DType d, long[] perm, int base, int n) {
    if (!d.isInexact()) {
      return n;
    }
    int m = n;
    while (m > 0 && isNan(td, d, base + (int) perm[base + m - 1])) {
      m--;
    }
    return m;
  }

  private static boolean isNan(Object td, DType d, int i) {
    double re = Storage.getDouble(td, d, i);
    double im = Storage.getImag(td, d, i);
    return re != re || im != im;
  }

  /** An array of dtype d and shape filled with NaN. */
  public static NDArray nanFilled(DType d, int[] shape) {
    NDArray out = NDArray.allocate(d, shape);
    for (int i = 0; i < out.size(); i++) {
      Storage.setDouble(out.data(), out.dtype(), i, Double.NaN);
    }
    return out;
  }

  /**
   * NumPy's median of each lane of the (rows, n) table {@code t} (sorted positions {@code perm}),
   * shaped {@code shape}: the mean of the middle one or two (a float16 mean sums in float32); NaN
   * lanes give their NaN ({@code dropNan}: nanmedian over the non-NaN elements; {@code whole}:
   * its 1-d path, where an all-NaN lane gives its last element).
   */
  public static NDArray median(NDArray t, NDArray perm, int rows, int n, int[] shape, boolean dropNan, boolean whole) {
    DType d = t.dtype();
    DType rd = d.isInexact() ? d : DType.FLOAT64;
    NDArray out = NDArray.allocate(rd, shape);
    Object td = t.data();
    long[] p = (long[]) perm.data();
    for (int r = 0; r < rows; r++) {
      int base = r * n;
      int m = validCount(td, d, p, base, n);
      double re;
      double im = 0;
      if (n == 0 || (dropNan && m == 0)) {
        re = Double.NaN;
        im = d.isComplex() ? Double.NaN : 0;
        if (n > 0) {
          // nanmedian: NumPy's 1-d path returns the all-NaN lane's last element, its axis path np.nan
          im = whole ? Storage.getImag(td, d, base + n - 1) : 0;
          re = whole ? Storage.getDouble(td, d, base + n - 1) : Double.NaN;
        }
      } else if (!dropNan && m < n) {
        // NumPy 2's _median_nancheck copies the lane's last element after its partition (kth -1):
        // the greatest in sort order, a NaN (for complex, the NaN that sorts last, imaginary part kept)
        int i = base + (int) p[base + n - 1];
        re = Storage.getDouble(td, d, i);
        im = Storage.getImag(td, d, i);
      } else {
        int h = m / 2;
        if (m % 2 == 1) {
          int i = base + (int) p[base + h];
          re = Storage.getDouble(td, d, i);
          im = Storage.getImag(td, d, i);
        } else {
          int i0 = base + (int) p[base + h - 1];
          int i1 = base + (int) p[base + h];
          DType acc = d.isHalf() ? DType.FLOAT32 : d.isComplex() ? d.realType() : rd;
          re = rnd(rnd(Storage.getDouble(td, d, i0) + Storage.getDouble(td, d, i1), acc) / 2, acc);
          im = rnd(rnd(Storage.getImag(td, d, i0) + Storage.getImag(td, d, i1), acc) / 2, acc);
        }
      }
      Storage.setComplex(out.data(), rd, r, re, im);
    }
    return out;
  }

  /**
   * The quantiles {@code qs} of each lane of the (rows, n) table {@code t} (sorted positions
   * {@code perm}), result dtype {@code rd} and shape {@code shape} (q's axes first, then the
   * lanes'): one element for the {@code discrete} methods, else NumPy's virtual index and
   * {@code _lerp} in q's dtype {@code g} (float64 for a {@code weak} q). A lane with a NaN gives
   * NaN, unless {@code nan} (nanquantile: over the non-NaN elements; an all-NaN lane gives NaN).
   */
  public static NDArray quantile(NDArray t, NDArray perm, int rows, int n, int[] shape, double[] qs, String method,
      boolean discrete, DType g, DType rd, boolean weak, boolean nan) {
    DType d = t.dtype();
    NDArray out = NDArray.allocate(rd, shape);
    Object td = t.data();
    Object od = out.data();
    long[] p = (long[]) perm.data();
    int w = d.isComplex() ? 2 : 1;
    for (int r = 0; r < rows; r++) {
      int base = r * n;
      int m = validCount(td, d, p, base, n);
      boolean lanNan = m < n;
      int cnt = nan ? m : n;
      for (int qi = 0; qi < qs.length; qi++) {
        int o = qi * rows + r;
        if ((lanNan && !nan) || cnt == 0) {
          Storage.setDouble(od, rd, o, Double.NaN);
          continue;
        }
        double qv = qs[qi];
        if (discrete) {
          int idx = discreteIndex(method, cnt, qv);
          System.arraycopy(td, (base + (int) p[base + idx]) * w, od, o * w, w);
          continue;
        }
        // continuous methods: virtual index and gamma in q's precision (float64 for a weak q)
        double vi = virtualIndex(method, cnt, qv, g);
        double fl = Math.floor(vi);
        int prev = (int) fl;
        int next = prev + 1;
        if (vi >= cnt - 1) {
          prev = cnt - 1;
          next = cnt - 1;
        }
        if (vi < 0) {
          prev = 0;
          next = 0;
        }
        double gamma = rnd(vi - fl, g);
        if (method.equals("midpoint")) {
          gamma = vi % 1 == 0 ? 0 : 0.5;
        } else if (method.equals("averaged_inverted_cdf")) {
          gamma = gamma == 0 ? 0.5 : 1;
        }
        int ia = base + (int) p[base + prev];
        int ib = base + (int) p[base + next];
        Storage.setDouble(od, rd, o, lerp(td, d, ia, ib, gamma, g, rd, weak));
      }
    }
    return out;
  }

  /** Index into the sorted valid elements for the methods that pick one element. */
  private static int discreteIndex(String method, int n, double q) {
    double idx = switch (method) {
      case "lower" -> Math.floor((n - 1) * q);
      case "higher" -> Math.ceil((n - 1) * q);
      case "nearest" -> Math.rint((n - 1) * q);
      case "linear" -> (n - 1) * q;
      case "inverted_cdf" -> {
        double v = n * q - 1;
        double p = Math.floor(v);
        yield v - p == 0 ? p : p + 1;
      }
      default -> {
        double v = n * q - 1 - 0.5;
        double p = Math.floor(v);
        yield (v - p == 0) && (Math.floorMod((long) p, 2) == 1) ? p : p + 1;
      }
    };
    return (int) Math.min(Math.max(idx, 0), n - 1);
  }

  private static double virtualIndex(String method, int n, double q, DType g) {
    return switch (method) {
      case "linear" -> rnd((n - 1) * q, g);
      case "midpoint" -> {
        double v = rnd((n - 1) * q, g);
        yield rnd(0.5 * (Math.floor(v) + Math.ceil(v)), g);
      }
      case "averaged_inverted_cdf" -> rnd(rnd(n * q, g) - 1, g);
      case "hazen" -> virtual(n, q, 0.5, 0.5, g);
      case "weibull" -> virtual(n, q, 0, 0, g);
      case "median_unbiased" -> virtual(n, q, 1 / 3.0, 1 / 3.0, g);
      case "normal_unbiased" -> virtual(n, q, 3 / 8.0, 3 / 8.0, g);
      default -> virtual(n, q, 0, 1, g);
    };
  }

  /** NumPy's _compute_virtual_index: n*q + (alpha + q*(1-alpha-beta)) - 1, each step in q's dtype. */
  private static double virtual(int n, double q, double alpha, double beta, DType g) {
    return rnd(rnd(rnd(n * q, g) + rnd(alpha + rnd(q * (1 - alpha - beta), g), g), g) - 1, g);
  }

  /**
   * NumPy's _lerp: diff = b - a in a's dtype (integers wrap), then a + diff*t, or b - diff*(1-t)
   * where t >= 0.5, each step rounded to the result dtype.
   */
  private static double lerp(Object td, DType d, int ia, int ib, double t, DType g, DType rd, boolean weak) {
    double av = Storage.getDouble(td, d, ia);
    double bv = Storage.getDouble(td, d, ib);
    double diff;
    if (d.isInteger()) {
      long dl = Storage.getLong(td, d, ib) - Storage.getLong(td, d, ia);
      diff = switch (d.ordinal()) {
        case 1 -> (byte) dl;
        case 5 -> dl & 0xFF;
        case 2 -> (short) dl;
        case 6 -> dl & 0xFFFF;
        case 3 -> (int) dl;
        case 7 -> dl & 0xFFFF_FFFFL;
        case 8 -> Storage.unsignedToDouble(dl);
        default -> dl;
      };
    } else {
      diff = rnd(bv - av, d);
    }
    if (t >= 0.5) {
      double omt = weak ? 1 - t : rnd(1 - t, g);
      return rnd(bv - rnd(diff * omt, rd), rd);
    }
    return rnd(av + rnd(diff * t, rd), rd);
  }
}

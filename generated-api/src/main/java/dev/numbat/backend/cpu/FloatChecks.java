package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.FloatErrors;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.VectorizedArith;

/**
 * The floating-point error check after an eager ufunc ({@link FloatErrors} states the semantics).
 * The common case costs one SIMD pass over the fresh result (no NaN, no infinity: nothing to
 * report); only a result holding one is examined element by element against its operands.
 */
public final class FloatChecks {
  private FloatChecks() {}

  /**
   * {@code -Dnumbat.fpcheck=false} turns the check off (every condition then behaves as "ignore"),
   * for measuring what it costs ({@code ./numbat bench errstate}).
   */
  private static final boolean ENABLED = !"false".equals(System.getProperty("numbat.fpcheck"));

  public static void after(String op, NDArray out, NDArray a) {
    if (needsLook(op, out, a, null)) {
      examine(op, out, new NDArray[] {a});
    }
  }

  public static void after(String op, NDArray out, NDArray a, NDArray b) {
    if (needsLook(op, out, a, b)) {
      examine(op, out, new NDArray[] {a, b});
    }
  }

  public static void after(String op, NDArray out, NDArray a, NDArray b, NDArray c) {
    if (needsLook(op, out, a, b)) {
      examine(op, out, new NDArray[] {a, b, c});
    }
  }

  /** Elements a parallel kernel writes before it checks them (16 Ki: 64 KB of float32, still in L1/L2). */
  public static final int BLOCK = 1 << 14;

  /** Results the parallel kernels found finite chunk by chunk while their data was in cache. */
  private static final ThreadLocal<java.lang.ref.WeakReference<NDArray>> VERIFIED = new ThreadLocal<>();

  /**
   * Whether a parallel kernel writing a fresh {@code outType} result should check its chunks as
   * it goes ({@link #chunkFinite}, then {@link #verified}) instead of leaving a second pass to
   * {@link #after}.
   */
  public static boolean wanted(DType outType) {
    if (!ENABLED || !outType.isFloat() && !outType.isComplex()) {
      return false;
    }
    int[] m = FloatErrors.modes();
    return FloatErrors.checking(m) && m[2] == FloatErrors.IGNORE;
  }

  /** Whether elements [s, s + m) of fresh result storage {@code o} of dtype {@code t} are all finite. */
  public static boolean chunkFinite(Object o, DType t, int s, int m) {
    int w = t.isComplex() ? 2 : 1;
    return allFinite(o, t, s * w, m * w);
  }

  /** Records that every chunk of {@code out} was finite, so {@link #after} need not read it again. */
  public static void verified(NDArray out) {
    // weakly: a kernel called outside a ufunc call (nobody to consume the mark) must not keep its result alive
    VERIFIED.set(new java.lang.ref.WeakReference<>(out));
  }

  private static boolean needsLook(String op, NDArray out, NDArray a, NDArray b) {
    if (!ENABLED) {
      return false;
    }
    if (out.size() >= Parallel.THRESHOLD) {
      java.lang.ref.WeakReference<NDArray> v = VERIFIED.get();
      if (v != null && v.get() == out) {
        VERIFIED.remove();
        return false;
      }
    }
    DType t = out.dtype();
    if (!t.isFloat() && !t.isComplex()) {
      if (b != null && t.isInteger() && isIntegerDivision(op) && FloatErrors.modes()[0] != FloatErrors.IGNORE
          && hasZero(b)) {
        FloatErrors.report(FloatErrors.DIVIDE, op);
      }
      return false;
    }
    int[] m = FloatErrors.modes();
    if (!FloatErrors.checking(m)) {
      return false;
    }
    return m[2] != FloatErrors.IGNORE || !allFinite(out);
  }

  private static boolean isIntegerDivision(String op) {
    return switch (op) {
      case "floor_divide", "remainder", "fmod", "divmod" -> true;
      default -> false;
    };
  }

  private static boolean hasZero(NDArray b) {
    Object d = b.data();
    DType t = b.dtype();
    StridedWalk w = new StridedWalk(b.shapeRef(), b.stridesRef(), b.offset());
    for (int i = 0, n = b.size(); i < n; i++) {
      if (Storage.getLong(d, t, w.next()) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code x} (any layout, real or complex) holds a NaN. */
  public static boolean hasNaN(NDArray x) {
    return count(x, true) > 0;
  }

  /** Whether {@code x} holds an infinity. */
  public static boolean hasInf(NDArray x) {
    return count(x, false) > 0;
  }

  private static int count(NDArray x, boolean nan) {
    DType t = x.dtype();
    if (!t.isInexact()) {
      return 0;
    }
    Object d = x.data();
    StridedWalk w = new StridedWalk(x.shapeRef(), x.stridesRef(), x.offset());
    int c = 0;
    for (int i = 0, n = x.size(); i < n; i++) {
      int k = w.next();
      double re = Storage.getDouble(d, t, k);
      double im = t.isComplex() ? Storage.getImag(d, t, k) : 0;
      c += (nan ? Double.isNaN(re) || Double.isNaN(im) : Double.isInfinite(re) || Double.isInfinite(im)) ? 1 : 0;
    }
    return c;
  }

  /** Whether fresh contiguous {@code out} holds neither NaN nor an infinity. */
  private static boolean allFinite(NDArray out) {
    int n = out.size() * (out.dtype().isComplex() ? 2 : 1);
    return allFinite(out.data(), out.dtype(), out.offset(), n);
  }

  /** Storage elements [off, off + n) (re and im parts counted apart) hold neither NaN nor an infinity. */
  private static boolean allFinite(Object data, DType t, int off, int n) {
    return switch (data) {
      case float[] f -> {
        if (n < 32) {
          // below a few vectors the SIMD loop's set-up costs more than the elements
          for (int i = 0; i < n; i++) {
            float v = f[off + i];
            if (v - v != 0) {
              yield false;
            }
          }
          yield true;
        }
        yield VectorizedArith.get().allFinite(n, f, off);
      }
      case double[] d -> {
        if (n < 16) {
          for (int i = 0; i < n; i++) {
            double v = d[off + i];
            if (v - v != 0) {
              yield false;
            }
          }
          yield true;
        }
        yield VectorizedArith.get().allFinite(n, d, off);
      }
      case short[] h -> {
        int exp = t == DType.BFLOAT16 ? 0x7F80 : 0x7C00;
        for (int i = 0; i < n; i++) {
          if ((h[off + i] & exp) == exp) {
            yield false;
          }
        }
        yield true;
      }
      default -> true;
    };
  }

  /** Per element: a NaN from non-NaN operands, an infinity from finite ones, and (when asked) underflow. */
  private static void examine(String op, NDArray out, NDArray[] ins) {
    int[] shape = out.shapeRef();
    int n = out.size();
    double[][] outParts = parts(out, shape);
    double[][][] inParts = new double[ins.length][][];
    for (int k = 0; k < ins.length; k++) {
      inParts[k] = parts(ins[k], shape);
    }
    boolean under = FloatErrors.modes()[2] != FloatErrors.IGNORE;
    double tiny = minNormal(out.dtype());
    int flags = 0;
    for (int i = 0; i < n; i++) {
      double re = outParts[0][i];
      double im = outParts[1][i];
      boolean nan = Double.isNaN(re) || Double.isNaN(im);
      boolean inf = Double.isInfinite(re) || Double.isInfinite(im);
      boolean inNan = false;
      boolean inInf = false;
      boolean inZero = false;
      boolean pole = false;
      for (double[][] p : inParts) {
        double xr = p[0][i];
        double xi = p[1][i];
        inNan |= Double.isNaN(xr) || Double.isNaN(xi);
        inInf |= Double.isInfinite(xr) || Double.isInfinite(xi);
        inZero |= xr == 0 && xi == 0;
        pole |= op.equals("log1p") && xr == -1 && xi == 0 || op.equals("arctanh") && Math.abs(xr) == 1 && xi == 0;
      }
      if (nan && !inNan) {
        flags |= FloatErrors.INVALID;
      }
      if (inf && !inInf && !inNan) {
        flags |= inZero || pole ? FloatErrors.DIVIDE : FloatErrors.OVER;
      }
      if (under && !nan && !inf && !inNan && !inInf && !inZero) {
        double mag = Math.max(Math.abs(re), Math.abs(im));
        if (mag != 0 ? mag < tiny : underflowsToZero(op)) {
          flags |= FloatErrors.UNDER;
        }
      }
    }
    if (flags != 0) {
      FloatErrors.report(flags, op);
    }
  }

  /** Ops whose zero result from nonzero finite operands is an underflow (not an exact zero such as x - x). */
  private static boolean underflowsToZero(String op) {
    return switch (op) {
      case "multiply", "divide", "exp", "exp2", "power", "float_power", "ldexp", "square" -> true;
      default -> false;
    };
  }

  private static double minNormal(DType t) {
    if (t == DType.FLOAT32 || t == DType.COMPLEX64 || t == DType.BFLOAT16) {
      return Float.MIN_NORMAL;
    }
    if (t == DType.FLOAT16) {
      return 0x1p-14;
    }
    return Double.MIN_NORMAL;
  }

  /** {re, im} of {@code x} broadcast to {@code shape}, in C order (im all zero for real dtypes). */
  private static double[][] parts(NDArray x, int[] shape) {
    int n = Shapes.size(shape);
    double[] re = new double[n];
    double[] im = new double[n];
    Object d = x.data();
    DType t = x.dtype();
    StridedWalk w = new StridedWalk(shape, Shapes.broadcastStrides(x, shape), x.offset());
    for (int i = 0; i < n; i++) {
      int k = w.next();
      re[i] = Storage.getDouble(d, t, k);
      if (t.isComplex()) {
        im[i] = Storage.getImag(d, t, k);
      }
    }
    return new double[][] {re, im};
  }
}

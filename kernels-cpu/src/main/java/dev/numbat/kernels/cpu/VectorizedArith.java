package dev.numbat.kernels.cpu;

/**
 * SIMD loops for binary element-wise kernels with a contiguous output, where each input is
 * either contiguous (stride 1) or one broadcast value (stride 0): the runtime passes stride 0 for
 * a scalar operand, and {@code 1 + x} or {@code 1 / y} must stay on the SIMD path. Float loops:
 * add, subtract, multiply, divide and NumPy's maximum/minimum/fmax/fmin; integer loops (any
 * signedness, two's complement wraps): add, subtract, multiply, and, or, xor; float comparisons
 * (equal, notEqual, less, lessEqual) with a bool (0/1 byte) output, NaN comparing as Java's
 * operators do (false, except notEqual).
 *
 * <p>One implementation is chosen at start-up: the Panama Vector API when
 * {@code jdk.incubator.vector} is present, else plain Java loops (Lucene's
 * VectorizationProvider pattern, as {@link Vectorized}). The plain loops exist because C2 does
 * not auto-vectorize a loop whose arrays carry different offsets: it cannot rule out overlap.
 */
public interface VectorizedArith {
  /** The implementation picked once for this JVM. */
  static VectorizedArith get() {
    return Holder.INSTANCE;
  }

  /** Which implementation runs: "panama" or "scalar". */
  String name();

  /** True when the strides fit these loops: output contiguous, each input contiguous or broadcast. */
  static boolean fits(int as, int bs, int os) {
    return os == 1 && (as | bs) >>> 1 == 0 && (as | bs) != 0;
  }

  // In every method the strides as and bs are 0 or 1 (see fits) and the output stride is 1.

  void add(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void subtract(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void multiply(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void divide(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void maximum(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void minimum(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void fmax(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void fmin(int n, float[] a, int ao, int as, float[] b, int bo, int bs, float[] o, int oo);

  void add(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void subtract(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void multiply(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void divide(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void maximum(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void minimum(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void fmax(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void fmin(int n, double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo);

  void add(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo);

  void subtract(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo);

  void multiply(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo);

  void and(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo);

  void or(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo);

  void xor(int n, byte[] a, int ao, int as, byte[] b, int bo, int bs, byte[] o, int oo);

  void add(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo);

  void subtract(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo);

  void multiply(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo);

  void and(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo);

  void or(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo);

  void xor(int n, short[] a, int ao, int as, short[] b, int bo, int bs, short[] o, int oo);

  void add(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo);

  void subtract(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo);

  void multiply(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo);

  void and(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo);

  void or(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo);

  void xor(int n, int[] a, int ao, int as, int[] b, int bo, int bs, int[] o, int oo);

  void add(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo);

  void subtract(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo);

  void multiply(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo);

  void and(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo);

  void or(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo);

  void xor(int n, long[] a, int ao, int as, long[] b, int bo, int bs, long[] o, int oo);

  void equal(int n, float[] a, int ao, int as, float[] b, int bo, int bs, byte[] o, int oo);

  void notEqual(int n, float[] a, int ao, int as, float[] b, int bo, int bs, byte[] o, int oo);

  void less(int n, float[] a, int ao, int as, float[] b, int bo, int bs, byte[] o, int oo);

  void lessEqual(int n, float[] a, int ao, int as, float[] b, int bo, int bs, byte[] o, int oo);

  void equal(int n, double[] a, int ao, int as, double[] b, int bo, int bs, byte[] o, int oo);

  void notEqual(int n, double[] a, int ao, int as, double[] b, int bo, int bs, byte[] o, int oo);

  void less(int n, double[] a, int ao, int as, double[] b, int bo, int bs, byte[] o, int oo);

  void lessEqual(int n, double[] a, int ao, int as, double[] b, int bo, int bs, byte[] o, int oo);

  /** Whether a[ao .. ao + n) holds no NaN and no infinity (the floating-point error check's fast path). */
  boolean allFinite(int n, float[] a, int ao);

  boolean allFinite(int n, double[] a, int ao);

  final class Holder {
    private Holder() {}

    static final VectorizedArith INSTANCE = pick();

    private static VectorizedArith pick() {
      if (Boolean.getBoolean("numbat.scalar")) {
        return new ScalarVectorizedArith();
      }
      if (!VectorApi.present()) {
        return new ScalarVectorizedArith();
      }
      try {
        return new PanamaVectorizedArith();
      } catch (LinkageError e) {
        VectorApi.unusable(e);
        return new ScalarVectorizedArith();
      }
    }
  }
}

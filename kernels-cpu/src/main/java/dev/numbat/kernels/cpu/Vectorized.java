package dev.numbat.kernels.cpu;

/**
 * Contiguous float loops that benefit from SIMD. One implementation is chosen at start-up:
 * the Panama Vector API when {@code jdk.incubator.vector} is present, else plain Java loops
 * (Lucene's VectorizationProvider pattern). Contiguous means stride 1 for every operand.
 * {@code -Dnumbat.scalar=true} forces the plain loops.
 */
public interface Vectorized {
  /** The implementation picked once for this JVM. */
  static Vectorized get() {
    return Holder.INSTANCE;
  }

  /** Which implementation runs: "panama" or "scalar". */
  String name();

  void add(int n, float[] a, int ao, float[] b, int bo, float[] o, int oo);

  void exp(int n, float[] x, int xo, float[] o, int oo);

  void exp(int n, double[] x, int xo, double[] o, int oo);

  void log(int n, float[] x, int xo, float[] o, int oo);

  void log(int n, double[] x, int xo, double[] o, int oo);

  void sin(int n, float[] x, int xo, float[] o, int oo);

  void sin(int n, double[] x, int xo, double[] o, int oo);

  void cos(int n, float[] x, int xo, float[] o, int oo);

  void cos(int n, double[] x, int xo, double[] o, int oo);

  void tanh(int n, float[] x, int xo, float[] o, int oo);

  void tanh(int n, double[] x, int xo, double[] o, int oo);

  void sqrt(int n, float[] x, int xo, float[] o, int oo);

  void sqrt(int n, double[] x, int xo, double[] o, int oo);

  void neg(int n, float[] x, int xo, float[] o, int oo);

  void neg(int n, double[] x, int xo, double[] o, int oo);

  void abs(int n, float[] x, int xo, float[] o, int oo);

  void abs(int n, double[] x, int xo, double[] o, int oo);

  final class Holder {
    private Holder() {}

    static final Vectorized INSTANCE = pick();

    private static Vectorized pick() {
      if (Boolean.getBoolean("numbat.scalar")) {
        return new ScalarVectorized();
      }
      if (!VectorApi.present()) {
        return new ScalarVectorized();
      }
      try {
        return new PanamaVectorized();
      } catch (LinkageError e) {
        VectorApi.unusable(e);
        return new ScalarVectorized();
      }
    }
  }
}

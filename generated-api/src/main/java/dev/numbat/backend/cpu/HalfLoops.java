package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.kernels.cpu.Half;

/**
 * float16/bfloat16 loops that run a float32 kernel: inputs are widened to float32 in blocks, the
 * kernel runs, and float outputs are rounded once back to 16 bits (NumPy's way for float16).
 */
public final class HalfLoops {
  private HalfLoops() {}

  private static final int BLOCK = 1024;

  private static boolean bf(DType d) {
    return d == DType.BFLOAT16;
  }

  public static Ufunc.Unary unary(DType in, DType out, Ufunc.Unary f32) {
    boolean inBf = bf(in);
    boolean halfOut = out.isHalf();
    boolean outBf = bf(out);
    return (n, x, xo, xs, o, oo, os) -> {
      int b = Math.min(n, BLOCK);
      float[] tx = new float[b];
      float[] to = halfOut ? new float[b] : null;
      for (int s = 0; s < n; s += b) {
        int m = Math.min(b, n - s);
        Half.widen(inBf, m, (short[]) x, xo + s * xs, xs, tx);
        if (halfOut) {
          f32.run(m, tx, 0, 1, to, 0, 1);
          Half.narrow(outBf, m, to, (short[]) o, oo + s * os, os);
        } else {
          f32.run(m, tx, 0, 1, o, oo + s * os, os);
        }
      }
    };
  }

  public static Ufunc.Binary binary(DType in, DType out, Ufunc.Binary f32) {
    boolean inBf = bf(in);
    boolean halfOut = out.isHalf();
    boolean outBf = bf(out);
    return (n, x, xo, xs, y, yo, ys, o, oo, os) -> {
      int b = Math.min(n, BLOCK);
      float[] tx = new float[b];
      float[] ty = new float[b];
      float[] to = halfOut ? new float[b] : null;
      for (int s = 0; s < n; s += b) {
        int m = Math.min(b, n - s);
        Half.widen(inBf, m, (short[]) x, xo + s * xs, xs, tx);
        Half.widen(inBf, m, (short[]) y, yo + s * ys, ys, ty);
        if (halfOut) {
          f32.run(m, tx, 0, 1, ty, 0, 1, to, 0, 1);
          Half.narrow(outBf, m, to, (short[]) o, oo + s * os, os);
        } else {
          f32.run(m, tx, 0, 1, ty, 0, 1, o, oo + s * os, os);
        }
      }
    };
  }

  public static Ufunc.Ternary ternary(DType in, DType out, Ufunc.Ternary f32) {
    boolean inBf = bf(in);
    boolean halfOut = out.isHalf();
    boolean outBf = bf(out);
    return (n, x, xo, xs, y, yo, ys, z, zo, zs, o, oo, os) -> {
      int b = Math.min(n, BLOCK);
      float[] tx = new float[b];
      float[] ty = new float[b];
      float[] tz = new float[b];
      float[] to = halfOut ? new float[b] : null;
      for (int s = 0; s < n; s += b) {
        int m = Math.min(b, n - s);
        Half.widen(inBf, m, (short[]) x, xo + s * xs, xs, tx);
        Half.widen(inBf, m, (short[]) y, yo + s * ys, ys, ty);
        Half.widen(inBf, m, (short[]) z, zo + s * zs, zs, tz);
        if (halfOut) {
          f32.run(m, tx, 0, 1, ty, 0, 1, tz, 0, 1, to, 0, 1);
          Half.narrow(outBf, m, to, (short[]) o, oo + s * os, os);
        } else {
          f32.run(m, tx, 0, 1, ty, 0, 1, tz, 0, 1, o, oo + s * os, os);
        }
      }
    };
  }

  /** A reduction kernel over 16-bit input: the whole run is widened, then reduced in float32. */
  public static Reduction.Kernel reduction(DType in, DType out, Reduction.Kernel f32) {
    boolean inBf = bf(in);
    boolean halfOut = out.isHalf();
    boolean outBf = bf(out);
    return (n, x, xo, xs, o, oo) -> {
      float[] tx = new float[n];
      Half.widen(inBf, n, (short[]) x, xo, xs, tx);
      if (halfOut) {
        float[] t = new float[1];
        f32.run(n, tx, 0, 1, t, 0);
        Half.narrow(outBf, 1, t, (short[]) o, oo, 1);
      } else {
        f32.run(n, tx, 0, 1, o, oo);
      }
    };
  }
}

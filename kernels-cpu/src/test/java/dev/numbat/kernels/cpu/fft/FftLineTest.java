package dev.numbat.kernels.cpu.fft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line kernels against the O(n^2) definition of the DFT, computed in double: every length
 * 1..40 and some Bluestein lengths (primes, 2 x prime), contiguous and strided, cropped and
 * zero-padded input, both precisions. The power-of-two real inverse checks JTransforms' n/2 scaling.
 */
class FftLineTest {
  private static final int[] LENGTHS = lengths();

  private static int[] lengths() {
    int[] extra = {64, 97, 127, 128, 243, 254, 1009, 1024};
    int[] r = new int[40 + extra.length];
    for (int i = 0; i < 40; i++) {
      r[i] = i + 1;
    }
    System.arraycopy(extra, 0, r, 40, extra.length);
    return r;
  }

  /** The DFT of x (interleaved, m complex values, zero-padded or cut to n), e^(sign 2 pi i jk/n). */
  private static double[] dft(double[] x, int m, int n, int sign) {
    double[] y = new double[2 * n];
    for (int k = 0; k < n; k++) {
      double re = 0;
      double im = 0;
      for (int j = 0; j < Math.min(m, n); j++) {
        double t = sign * 2 * Math.PI * ((long) j * k % n) / n;
        re += x[2 * j] * Math.cos(t) - x[2 * j + 1] * Math.sin(t);
        im += x[2 * j] * Math.sin(t) + x[2 * j + 1] * Math.cos(t);
      }
      y[2 * k] = re;
      y[2 * k + 1] = im;
    }
    return y;
  }

  private static double err(double[] want, double[] got, int count) {
    double m = 0;
    double norm = 0;
    for (int i = 0; i < count; i++) {
      m = Math.max(m, Math.abs(want[i] - got[i]));
      norm = Math.max(norm, Math.abs(want[i]));
    }
    return m / Math.max(1, norm);
  }

  @Test
  void complexLinesMatchTheDefinition() {
    Random r = new Random(1);
    for (int n : LENGTHS) {
      for (int m : new int[] {n, Math.max(1, n - 2), n + 3}) {
        double[] x = new double[2 * m];
        for (int i = 0; i < x.length; i++) {
          x[i] = r.nextGaussian();
        }
        for (boolean inverse : new boolean[] {false, true}) {
          double[] want = dft(x, m, n, inverse ? 1 : -1);
          // strided input (every other element of a longer line) into a strided output
          double[] xs = new double[4 * m];
          for (int i = 0; i < m; i++) {
            xs[4 * i] = x[2 * i];
            xs[4 * i + 1] = x[2 * i + 1];
          }
          double[] o = new double[2 * n];
          double[] os = new double[6 * n + 2];
          double[] w = new double[FftLine.workLength(n)];
          FftLine.c2c_c128(n, m, x, 0, 1, o, 0, 1, inverse, 1, w);
          FftLine.c2c_c128(n, m, xs, 0, 2, os, 1, 3, inverse, 1, w);
          double[] ost = new double[2 * n];
          for (int i = 0; i < n; i++) {
            ost[2 * i] = os[2 * (1 + 3 * i)];
            ost[2 * i + 1] = os[2 * (1 + 3 * i) + 1];
          }
          float[] xf = new float[2 * m];
          for (int i = 0; i < xf.length; i++) {
            xf[i] = (float) x[i];
          }
          float[] of = new float[2 * n];
          FftLine.c2c_c64(n, m, xf, 0, 1, of, 0, 1, inverse, 1f, new float[FftLine.workLength(n)]);
          double[] ofd = new double[2 * n];
          for (int i = 0; i < ofd.length; i++) {
            ofd[i] = of[i];
          }
          String at = "n=" + n + " m=" + m + " inverse=" + inverse;
          assertTrue(err(want, o, 2 * n) < 1e-13, at);
          assertTrue(err(want, ost, 2 * n) < 1e-13, at + " strided");
          // single precision: mixed-radix plans only (callers run Bluestein lengths in double)
          if (FftLine.mixedRadix(n)) {
            assertTrue(err(want, ofd, 2 * n) < 1e-5, at + " float: " + err(want, ofd, 2 * n));
          }
        }
      }
    }
  }

  @Test
  void realLinesMatchTheDefinition() {
    Random r = new Random(2);
    for (int n : LENGTHS) {
      int h = n / 2 + 1;
      double[] x = new double[2 * n];
      double[] xr = new double[n];
      for (int i = 0; i < n; i++) {
        xr[i] = r.nextGaussian();
        x[2 * i] = xr[i];
      }
      double[] full = dft(x, n, n, -1);
      double[] half = new double[2 * h];
      double[] w = new double[FftLine.workLength(n)];
      FftLine.r2c_f64(n, n, xr, 0, 1, half, 0, 1, false, 1, w);
      assertTrue(err(full, half, 2 * h) < 1e-13, "r2c n=" + n);
      double[] halfStrided = new double[4 * h];
      FftLine.r2c_f64(n, n, xr, 0, 1, halfStrided, 0, 2, true, 0.5, w);
      for (int k = 0; k < h; k++) {
        assertTrue(Math.abs(halfStrided[4 * k] - 0.5 * full[2 * k]) < 1e-12 * n, "r2c strided, conjugated n=" + n);
        assertTrue(Math.abs(halfStrided[4 * k + 1] + 0.5 * full[2 * k + 1]) < 1e-12 * n, "r2c strided, conjugated n=" + n);
      }
      // c2r of the half spectrum gives back n x the input, whatever the length (power-of-two scaling)
      double[] back = new double[n];
      FftLine.c2r_f64(n, h, half, 0, 1, back, 0, 1, false, 1.0 / n, w);
      double[] backStrided = new double[3 * n];
      FftLine.c2r_f64(n, h, half, 0, 1, backStrided, 0, 3, false, 1.0 / n, w);
      for (int i = 0; i < n; i++) {
        assertTrue(Math.abs(back[i] - xr[i]) < 1e-12, "c2r n=" + n + " at " + i);
        assertTrue(Math.abs(backStrided[3 * i] - xr[i]) < 1e-12, "c2r strided n=" + n + " at " + i);
      }
    }
  }
}

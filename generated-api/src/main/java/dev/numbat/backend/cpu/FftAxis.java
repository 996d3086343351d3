package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.fft.FftLine;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * One numpy.fft transform along one axis of an array: every line along {@code axis} (the other
 * axes are the batch) goes through a {@link FftLine} kernel into a new C-contiguous array whose
 * axis has the transform's output length. Lines of the same batch row that sit next to each other
 * in memory (an axis that is not the last) are gathered in blocks, so a column transform reads
 * whole cache lines. Many short lines are split over the common ForkJoin pool; a long line
 * (n >= 8192) is already split over threads inside JTransforms, so its lines run one by one.
 */
public final class FftAxis {
  private FftAxis() {}

  /** Which transform a line gets. */
  public enum Kind {
    /** complex to complex, n outputs. */
    C2C,
    /** real to complex, n / 2 + 1 outputs (rfft, ihfft). */
    R2C,
    /** Hermitian half spectrum to real, n outputs (irfft, hfft). */
    C2R
  }

  /** Whether length n has a mixed-radix plan (2^a 3^b 5^c); other lengths run Bluestein ({@link FftLine#mixedRadix}). */
  public static boolean mixedRadix(int n) {
    return FftLine.mixedRadix(n);
  }

  /** Work below this many elements (lines x n) runs on the calling thread. */
  private static final long PARALLEL_WORK = 1 << 15;
  /** From this length on JTransforms splits one line over threads itself. */
  private static final int LONG_LINE = 8192;
  /** {@code -Dnumbat.fft.threads=1} runs every line on the calling thread (JTransforms reads it too). */
  private static final int THREADS = Integer.getInteger("numbat.fft.threads", 0);
  /** Adjacent lines gathered per block when the axis is not the innermost. */
  private static final int BLOCK = 16;

  /**
   * The transform of {@code x} along {@code axis} (already normalised) with transform length n.
   * {@code x} must already have the computation dtype: complex64/complex128 for C2C and C2R,
   * float32/float64 for R2C. {@code inverse} picks e^(+) for C2C; for R2C and C2R it conjugates
   * the spectrum (ihfft's output, hfft's input). Every output is multiplied by {@code scale}.
   */
  public static NDArray transform(NDArray x, int axis, int n, Kind kind, boolean inverse, double scale) {
    int[] shape = x.shapeRef();
    int nin = shape[axis];
    int nout = kind == Kind.R2C ? n / 2 + 1 : n;
    DType out = switch (kind) {
      case C2C -> x.dtype();
      case R2C -> x.dtype() == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128;
      case C2R -> x.dtype() == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
    };
    int[] oshape = shape.clone();
    oshape[axis] = nout;
    NDArray r = NDArray.allocate(out, oshape);
    int lines = Shapes.size(oshape) / Math.max(1, nout);
    if (Shapes.size(oshape) == 0) {
      return r;
    }
    int[] ostrides = Shapes.cStrides(oshape);
    Lines plan = new Lines(x, axis, ostrides, nin, n, kind, inverse, scale, x.data(), r.data());
    long work = (long) lines * n;
    int workers = THREADS > 0 ? Math.min(THREADS, ForkJoinPool.getCommonPoolParallelism() + 1)
        : ForkJoinPool.getCommonPoolParallelism() + 1;
    int groups = plan.groups();
    if (work < PARALLEL_WORK || n >= LONG_LINE || workers == 1 || groups == 1 || THREADS == 1) {
      plan.run(0, groups);
    } else {
      int chunks = Math.min(groups, workers * 4);
      IntStream.range(0, chunks).parallel().forEach(c -> {
        long lo = (long) groups * c / chunks;
        long hi = (long) groups * (c + 1) / chunks;
        plan.run((int) lo, (int) hi);
      });
    }
    return r;
  }

  /**
   * The lines of one transform, numbered by group: a group is up to BLOCK lines that differ only
   * in the innermost batch axis when that axis is contiguous in the input, else one line.
   */
  private static final class Lines {
    final int axis;
    final int[] shape;
    final int[] xstrides;
    final int[] ostrides;
    final int xoff;
    final int nin;
    final int n;
    final Kind kind;
    final boolean inverse;
    final double scale;
    final Object xdata;
    final Object odata;
    /** The innermost batch axis (the last axis other than {@code axis}), or -1 for a 1-d array. */
    final int inner;
    final int block;
    final int perRow;

    Lines(NDArray x, int axis, int[] ostrides, int nin, int n, Kind kind, boolean inverse, double scale, Object xdata,
        Object odata) {
      this.axis = axis;
      this.shape = x.shapeRef();
      this.xstrides = x.stridesRef();
      this.ostrides = ostrides;
      this.xoff = x.offset();
      this.nin = nin;
      this.n = n;
      this.kind = kind;
      this.inverse = inverse;
      this.scale = scale;
      this.xdata = xdata;
      this.odata = odata;
      int in = -1;
      for (int d = shape.length - 1; d >= 0; d--) {
        if (d != axis) {
          in = d;
          break;
        }
      }
      this.inner = in;
      boolean blocked = in > axis && xstrides[in] == 1 && kind == Kind.C2C;
      this.block = blocked ? BLOCK : 1;
      this.perRow = in < 0 ? 1 : (shape[in] + block - 1) / block;
    }

    int groups() {
      int rows = 1;
      for (int d = 0; d < shape.length; d++) {
        if (d != axis && d != inner) {
          rows *= shape[d];
        }
      }
      return rows * perRow;
    }

    void run(int lo, int hi) {
      int wl = FftLine.workLength(n);
      boolean single = xdata instanceof float[];
      float[] wf = single ? new float[wl * block] : null;
      double[] wd = single ? null : new double[wl * block];
      for (int g = lo; g < hi; g++) {
        int rest = g / perRow;
        int first = (g % perRow) * block;
        int xo = xoff;
        int oo = 0;
        for (int d = shape.length - 1; d >= 0; d--) {
          if (d == axis || d == inner) {
            continue;
          }
          int i = rest % shape[d];
          rest /= shape[d];
          xo += i * xstrides[d];
          oo += i * ostrides[d];
        }
        int count = inner < 0 ? 1 : Math.min(block, shape[inner] - first);
        if (inner >= 0) {
          xo += first * xstrides[inner];
          oo += first * ostrides[inner];
        }
        if (block > 1 && count > 1) {
          runBlock(xo, oo, count, wf, wd);
        } else {
          for (int j = 0; j < count; j++) {
            int xj = inner < 0 ? xo : xo + j * xstrides[inner];
            int oj = inner < 0 ? oo : oo + j * ostrides[inner];
            line(xj, oj, wf, wd);
          }
        }
      }
    }

    /** One line: input at element offset xo (stride along axis), output at oo. */
    private void line(int xo, int oo, float[] wf, double[] wd) {
      int xs = xstrides[axis];
      int os = ostrides[axis];
      if (wf != null) {
        float[] x = (float[]) xdata;
        float[] o = (float[]) odata;
        float s = (float) scale;
        switch (kind) {
          case C2C -> FftLine.c2c_c64(n, nin, x, xo, xs, o, oo, os, inverse, s, wf);
          case R2C -> FftLine.r2c_f32(n, nin, x, xo, xs, o, oo, os, inverse, s, wf);
          case C2R -> FftLine.c2r_f32(n, nin, x, xo, xs, o, oo, os, inverse, s, wf);
        }
      } else {
        double[] x = (double[]) xdata;
        double[] o = (double[]) odata;
        switch (kind) {
          case C2C -> FftLine.c2c_c128(n, nin, x, xo, xs, o, oo, os, inverse, scale, wd);
          case R2C -> FftLine.r2c_f64(n, nin, x, xo, xs, o, oo, os, inverse, scale, wd);
          case C2R -> FftLine.c2r_f64(n, nin, x, xo, xs, o, oo, os, inverse, scale, wd);
        }
      }
    }

    /**
     * {@code count} adjacent complex lines (input elements {@code xo + j} along the inner axis):
     * gathered row by row into contiguous scratch lines (reading {@code count} neighbours per
     * row), transformed in place there, scattered back the same way.
     */
    private void runBlock(int xo, int oo, int count, float[] wf, double[] wd) {
      int xs = xstrides[axis];
      int os = ostrides[axis];
      int m = Math.min(n, nin);
      int wl = FftLine.workLength(n);
      if (wf != null) {
        float[] x = (float[]) xdata;
        float[] o = (float[]) odata;
        for (int i = 0; i < m; i++) {
          int k = 2 * (xo + i * xs);
          for (int j = 0; j < count; j++) {
            wf[j * wl + 2 * i] = x[k + 2 * j];
            wf[j * wl + 2 * i + 1] = x[k + 2 * j + 1];
          }
        }
        for (int j = 0; j < count; j++) {
          FftLine.c2c_c64(n, m, wf, j * wl / 2, 1, wf, j * wl / 2, 1, inverse, (float) scale, null);
        }
        for (int i = 0; i < n; i++) {
          int k = 2 * (oo + i * os);
          for (int j = 0; j < count; j++) {
            o[k + 2 * j] = wf[j * wl + 2 * i];
            o[k + 2 * j + 1] = wf[j * wl + 2 * i + 1];
          }
        }
      } else {
        double[] x = (double[]) xdata;
        double[] o = (double[]) odata;
        for (int i = 0; i < m; i++) {
          int k = 2 * (xo + i * xs);
          for (int j = 0; j < count; j++) {
            wd[j * wl + 2 * i] = x[k + 2 * j];
            wd[j * wl + 2 * i + 1] = x[k + 2 * j + 1];
          }
        }
        for (int j = 0; j < count; j++) {
          FftLine.c2c_c128(n, m, wd, j * wl / 2, 1, wd, j * wl / 2, 1, inverse, scale, null);
        }
        for (int i = 0; i < n; i++) {
          int k = 2 * (oo + i * os);
          for (int j = 0; j < count; j++) {
            o[k + 2 * j] = wd[j * wl + 2 * i];
            o[k + 2 * j + 1] = wd[j * wl + 2 * i + 1];
          }
        }
      }
    }
  }
}

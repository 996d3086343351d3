package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The runner of scans along one axis (cumsum, cumprod, diff): the kernel, with the unary-ufunc
 * signature, maps each 1-d line of the input along {@code axis} to a line of the output, whose
 * length along that axis may differ (diff: one less). Lines run in parallel when there is enough
 * work.
 */
public final class Accumulation {
  private Accumulation() {}

  private static final int WORKERS = Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1);

  /**
   * Casts {@code a} to {@code in}, allocates a C-contiguous {@code outType} array shaped as
   * {@code a} but {@code outLen} long along {@code axis} (a valid, non-negative axis), and calls
   * {@code k.run(outLen, line, lineStride, outLine, outStride)} once per line.
   */
  public static NDArray along(NDArray a, int axis, DType in, DType outType, int outLen, Ufunc.Unary k) {
    a = Cast.to(a.strong(), in);
    int nd = a.ndim();
    int[] outShape = a.shape();
    outShape[axis] = outLen;
    NDArray out = NDArray.allocate(outType, outShape);
    if (out.size() == 0) {
      return out;
    }
    int[] restShape = new int[nd - 1];
    int[] restIn = new int[nd - 1];
    int[] restOut = new int[nd - 1];
    for (int i = 0, j = 0; i < nd; i++) {
      if (i != axis) {
        restShape[j] = outShape[i];
        restIn[j] = a.stridesRef()[i];
        restOut[j] = out.stridesRef()[i];
        j++;
      }
    }
    int lines = Shapes.size(restShape);
    int[] inOffs = Reduction.offsets(restShape, restIn, a.offset(), lines);
    int[] outOffs = Reduction.offsets(restShape, restOut, 0, lines);
    int xs = a.stridesRef()[axis];
    int os = out.stridesRef()[axis];
    Object x = a.data();
    Object o = out.data();
    long work = (long) lines * outLen;
    int chunks = (int) Math.min(Math.min(lines, WORKERS * 4L), work / (Parallel.THRESHOLD / 4));
    if (work < Parallel.THRESHOLD || WORKERS == 1 || chunks < 2) {
      for (int j = 0; j < lines; j++) {
        k.run(outLen, x, inOffs[j], xs, o, outOffs[j], os);
      }
      return out;
    }
    int per = (lines + chunks - 1) / chunks;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int hi = Math.min(lines, (c + 1) * per);
      for (int j = c * per; j < hi; j++) {
        k.run(outLen, x, inOffs[j], xs, o, outOffs[j], os);
      }
    });
    return out;
  }
}

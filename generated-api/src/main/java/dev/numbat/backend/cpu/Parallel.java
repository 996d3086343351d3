package dev.numbat.backend.cpu;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** Splits large contiguous kernel work across the common ForkJoin pool. */
public final class Parallel {
  private Parallel() {}

  /** Below this many elements a loop runs on the calling thread (thread hand-off costs ~µs). */
  public static final int THRESHOLD = Integer.getInteger("numbat.parallel.threshold", 1 << 16);
  private static final int WORKERS = Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1);

  /** A range body: processes elements [start, start + n). */
  public interface Range {
    void run(int start, int n);
  }

  /** Runs {@code body} over [0, n) in chunks, in parallel when n is large. */
  public static void forRange(int n, Range body) {
    if (n < THRESHOLD || WORKERS == 1) {
      body.run(0, n);
      return;
    }
    int chunks = Math.min(WORKERS * 4, Math.max(1, n / (THRESHOLD / 4)));
    int per = (n + chunks - 1) / chunks;
    per = (per + 15) & ~15;
    ForkJoinPool.commonPool().invoke(new Split(body, 0, n, per));
  }

  /**
   * Runs {@code body} over units [0, units) (blocks of a fused loop) split into about two ranges
   * per worker, in parallel when {@code parallel} and there are two units or more.
   */
  public static void forUnits(int units, boolean parallel, Range body) {
    if (!parallel || WORKERS == 1 || units < 2) {
      body.run(0, units);
      return;
    }
    ForkJoinPool.commonPool().invoke(new Split(body, 0, units, Math.max(1, (units + WORKERS * 2 - 1) / (WORKERS * 2)), 1));
  }

  private static final class Split extends RecursiveAction {
    private final Range body;
    private final int lo;
    private final int hi;
    private final int grain;
    /** Split points are multiples of this (16 elements for kernels, 1 block for fused loops). */
    private final int align;

    Split(Range body, int lo, int hi, int grain) {
      this(body, lo, hi, grain, 16);
    }

    Split(Range body, int lo, int hi, int grain, int align) {
      this.body = body;
      this.lo = lo;
      this.hi = hi;
      this.grain = grain;
      this.align = align;
    }

    @Override
    protected void compute() {
      if (hi - lo <= grain) {
        body.run(lo, hi - lo);
        return;
      }
      int mid = lo + ((hi - lo) / 2 + align - 1) / align * align;
      invokeAll(new Split(body, lo, mid, grain, align), new Split(body, mid, hi, grain, align));
    }
  }
}

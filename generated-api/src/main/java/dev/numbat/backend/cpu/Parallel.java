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

  private static final class Split extends RecursiveAction {
    private final Range body;
    private final int lo;
    private final int hi;
    private final int grain;

    Split(Range body, int lo, int hi, int grain) {
      this.body = body;
      this.lo = lo;
      this.hi = hi;
      this.grain = grain;
    }

    @Override
    protected void compute() {
      if (hi - lo <= grain) {
        body.run(lo, hi - lo);
        return;
      }
      int mid = lo + (((hi - lo) / 2 + 15) & ~15);
      invokeAll(new Split(body, lo, mid, grain), new Split(body, mid, hi, grain));
    }
  }
}

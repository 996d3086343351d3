package dev.numbat.indexing;

import dev.numbat.errors.ValueError;

/**
 * Python's {@code slice(start, stop, step)} as an index: {@code null} bounds are Python's
 * {@code None}. Bounds are clipped as {@code slice.indices(n)} does, so any integers are valid.
 * Make one with {@code Np.slice(1, 3)}, {@code Np.slice(null, null, -1)} ({@code ::-1}).
 */
public final class Slice {
  private final Integer start;
  private final Integer stop;
  private final Integer step;

  public Slice(Integer start, Integer stop, Integer step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  public Integer start() { return start; }

  public Integer stop() { return stop; }

  public Integer step() { return step; }

  /**
   * Python's {@code slice.indices(n)} plus the length: {@code {start, stop, step, length}} with
   * start and stop clipped to the axis (a negative step clips to [-1, n-1]).
   */
  public int[] indices(int n) {
    int st = step == null ? 1 : step;
    if (st == 0) {
      throw new ValueError("slice step cannot be zero");
    }
    int lo = st > 0 ? 0 : -1;
    int hi = st > 0 ? n : n - 1;
    int a = start == null ? (st > 0 ? lo : hi) : clip(start, n, lo, hi);
    int b = stop == null ? (st > 0 ? hi : lo) : clip(stop, n, lo, hi);
    long len;
    if (st > 0) {
      len = b > a ? ((long) b - a + st - 1) / st : 0;
    } else {
      len = a > b ? ((long) a - b - st - 1) / -(long) st : 0;
    }
    return new int[] {a, b, st, (int) len};
  }

  private static int clip(long v, int n, int lo, int hi) {
    if (v < 0) {
      v += n;
    }
    return (int) Math.max(lo, Math.min(hi, v));
  }

  /** Python's text for the slice in an index: {@code 1:3}, {@code ::-1}, {@code :}. */
  @Override
  public String toString() {
    String s = (start == null ? "" : start) + ":" + (stop == null ? "" : stop);
    return step == null ? s : s + ":" + step;
  }
}

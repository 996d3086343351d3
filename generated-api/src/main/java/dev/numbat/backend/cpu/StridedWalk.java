package dev.numbat.backend.cpu;

/** Visits the storage offsets of a strided N-d array in C order, one {@link #next()} at a time. */
public final class StridedWalk {
  private final int[] shape;
  private final int[] strides;
  private final int[] idx;
  private int off;
  private boolean started;

  public StridedWalk(int[] shape, int[] strides, int offset) {
    this.shape = shape;
    this.strides = strides;
    this.idx = new int[shape.length];
    this.off = offset;
  }

  /** The next storage offset. Call exactly size() times. */
  public int next() {
    if (!started) {
      started = true;
      return off;
    }
    for (int i = shape.length - 1; i >= 0; i--) {
      if (++idx[i] < shape[i]) {
        off += strides[i];
        return off;
      }
      off -= strides[i] * (shape[i] - 1);
      idx[i] = 0;
    }
    return off;
  }
}

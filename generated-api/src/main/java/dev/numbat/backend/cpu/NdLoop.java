package dev.numbat.backend.cpu;

/**
 * Walks the outer dimensions of several operands sharing one (broadcast) shape, leaving the
 * innermost dimension to a 1-d kernel call. Dimensions that are contiguous in every operand are
 * merged first, so a C-contiguous or a broadcast-scalar operand costs a single kernel call.
 */
public final class NdLoop {
  private final int[] shape;
  private final int[][] strides;
  private final int[] idx;
  private final int[] offsets;
  private final int nd;

  /** @param strides per operand, aligned to {@code shape} (0 on broadcast dims). */
  public NdLoop(int[] shape, int[][] strides, int[] offsets) {
    int ops = strides.length;
    int[] s = new int[shape.length];
    int[][] st = new int[ops][shape.length];
    int n = 0;
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] == 1) {
        continue;
      }
      boolean merge = n > 0;
      for (int k = 0; k < ops && merge; k++) {
        merge = st[k][n - 1] == strides[k][d] * shape[d];
      }
      if (merge) {
        s[n - 1] *= shape[d];
        for (int k = 0; k < ops; k++) {
          st[k][n - 1] = strides[k][d];
        }
      } else {
        s[n] = shape[d];
        for (int k = 0; k < ops; k++) {
          st[k][n] = strides[k][d];
        }
        n++;
      }
    }
    if (n == 0) {
      s = new int[] {1};
      st = new int[ops][1];
      n = 1;
    }
    this.nd = n;
    this.shape = s;
    this.strides = st;
    this.idx = new int[n];
    this.offsets = offsets.clone();
  }

  /** Length of the innermost (kernel) dimension. */
  public int inner() { return shape[nd - 1]; }

  /** Stride of operand {@code k} along the innermost dimension. */
  public int innerStride(int k) { return strides[k][nd - 1]; }

  /** Current start offsets of each operand (updated by {@link #next()}). */
  public int[] offsets() { return offsets; }

  /** Number of kernel calls the walk makes. */
  public int outerCount() {
    int c = 1;
    for (int d = 0; d < nd - 1; d++) {
      c *= shape[d];
    }
    return c;
  }

  /** Advances to the next inner run; false when done. */
  public boolean next() {
    for (int d = nd - 2; d >= 0; d--) {
      if (++idx[d] < shape[d]) {
        for (int k = 0; k < offsets.length; k++) {
          offsets[k] += strides[k][d];
        }
        return true;
      }
      idx[d] = 0;
      for (int k = 0; k < offsets.length; k++) {
        offsets[k] -= strides[k][d] * (shape[d] - 1);
      }
    }
    return false;
  }
}

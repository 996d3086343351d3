package dev.numbat.backend.cpu;

import dev.numbat.NDArray;

/** Materialising views as C-contiguous arrays. */
public final class Copy {
  private Copy() {}

  /** {@code x} itself when C-contiguous from offset 0, else a C-contiguous copy. */
  public static NDArray contiguous(NDArray x) {
    if (x.isContiguous() && x.offset() == 0 && !x.isWeak()) {
      return x;
    }
    return copy(x);
  }

  /** Always a fresh C-contiguous copy. */
  public static NDArray copy(NDArray x) {
    NDArray out = NDArray.allocate(x.dtype(), x.shapeRef());
    int n = x.size();
    if (n == 0) {
      return out;
    }
    int w = x.dtype().isComplex() ? 2 : 1;
    Object src = x.data();
    Object dst = out.data();
    if (x.isContiguous()) {
      System.arraycopy(src, x.offset() * w, dst, 0, n * w);
      return out;
    }
    NdLoop it = new NdLoop(x.shapeRef(), new int[][] {x.stridesRef(), out.stridesRef()}, new int[] {x.offset(), 0});
    int inner = it.inner();
    int s0 = it.innerStride(0);
    int[] off = it.offsets();
    do {
      if (s0 == 1 && w == 1) {
        System.arraycopy(src, off[0], dst, off[1], inner);
      } else {
        for (int j = 0; j < inner; j++) {
          System.arraycopy(src, (off[0] + j * s0) * w, dst, (off[1] + j) * w, w);
        }
      }
    } while (it.next());
    return out;
  }
}

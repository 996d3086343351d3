package dev.numbat.backend.cpu;

import dev.numbat.NDArray;

/**
 * Strided views: the one way code outside the CPU backend makes an O(1) view (transpose, basic
 * slices, diagonals, broadcasts, inserted axes) of an array. The view shares {@code x}'s storage;
 * nothing writes through it (arrays are immutable).
 */
public final class StridedViews {
  private StridedViews() {}

  /**
   * A strong (non-weak) view of {@code x}'s storage with {@code shape}, {@code strides} (in
   * elements) and {@code offset} (the storage index of element (0, ..., 0)). The caller keeps
   * every addressed element inside {@code x}'s storage.
   */
  public static NDArray view(NDArray x, int[] shape, int[] strides, int offset) {
    return new NDArray(x.dtype(), shape, strides, offset, x.data(), false);
  }

  /** {@code x} broadcast to {@code shape} as a view (stride 0 along broadcast axes). */
  public static NDArray broadcast(NDArray x, int[] shape) {
    return view(x, shape, Shapes.broadcastStrides(x, shape), x.offset());
  }
}

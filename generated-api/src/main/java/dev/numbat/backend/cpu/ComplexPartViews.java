package dev.numbat.backend.cpu;

import dev.numbat.NDArray;

/**
 * The real and imaginary parts of a complex array as O(1) views of its interleaved storage
 * (the part's real dtype, doubled strides), for {@code np.real} and {@code np.imag}.
 */
public final class ComplexPartViews {
  private ComplexPartViews() {}

  /** Part {@code which} (0: real, 1: imaginary) of the complex {@code x} as a strong view. */
  public static NDArray part(NDArray x, int which) {
    int[] st = x.strides();
    for (int i = 0; i < st.length; i++) {
      st[i] *= 2;
    }
    return new NDArray(x.dtype().realType(), x.shape(), st, 2 * x.offset() + which, x.data(), false);
  }
}

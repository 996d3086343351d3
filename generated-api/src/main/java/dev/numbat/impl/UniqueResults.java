package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.Np;

/**
 * The array API's unique_values, unique_counts, unique_inverse and unique_all: np.unique with
 * equal_nan=False and the flags each one asks for. NumPy returns named tuples; Numbat returns
 * their fields as an NDArray[] in the tuple's field order.
 */
public final class UniqueResults {
  private UniqueResults() {}

  public static NDArray uniqueValues(Object x) {
    return (NDArray) Np.unique(x, false, false, false, null, false);
  }

  /** {values, counts}. */
  public static NDArray[] uniqueCounts(Object x) {
    return (NDArray[]) Np.unique(x, false, false, true, null, false);
  }

  /** {values, inverse_indices}; inverse_indices has x's shape. */
  public static NDArray[] uniqueInverse(Object x) {
    return (NDArray[]) Np.unique(x, false, true, false, null, false);
  }

  /** {values, indices, inverse_indices, counts}. */
  public static NDArray[] uniqueAll(Object x) {
    return (NDArray[]) Np.unique(x, true, true, true, null, false);
  }
}

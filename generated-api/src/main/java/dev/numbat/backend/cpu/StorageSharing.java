package dev.numbat.backend.cpu;

import dev.numbat.NDArray;

/**
 * Whether two arrays are views of one storage: how an op that must return a new array
 * ({@code np.array}, {@code flatten}) learns that a conversion or ravel gave back a view.
 */
public final class StorageSharing {
  private StorageSharing() {}

  /** True when {@code a} and {@code b} are views of the same storage (identity, not overlap). */
  public static boolean sameStorage(NDArray a, NDArray b) {
    return a.data() == b.data();
  }
}

package dev.numbat.errors;

/**
 * Memory could not be had: NumPy's {@code _ArrayMemoryError} ("Unable to allocate 8.00 GiB for an
 * array with shape (...) and data type float64"), and device memory the GPU allocator could not
 * find after a GC cycle and a retry (its message gives the sizes asked, in use and cached).
 */
public class MemoryError extends OutOfMemoryError implements NumpyError {
  public MemoryError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "MemoryError";
  }
}

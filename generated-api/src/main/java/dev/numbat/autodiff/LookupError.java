package dev.numbat.autodiff;

import dev.numbat.errors.NumpyError;

/**
 * A gradient was asked through an op that has none: TF's
 * {@code LookupError: No gradient defined for operation ...}.
 */
public class LookupError extends RuntimeException implements NumpyError {
  public LookupError(String message) {
    super(message);
  }

  @Override
  public String pythonType() { return "LookupError"; }
}

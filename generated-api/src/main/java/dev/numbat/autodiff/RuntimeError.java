package dev.numbat.autodiff;

import dev.numbat.errors.NumpyError;

/** Misuse of a tape, with TF's wording (a non-persistent tape asked twice, ...). */
public class RuntimeError extends IllegalStateException implements NumpyError {
  public RuntimeError(String message) {
    super(message);
  }

  @Override
  public String pythonType() { return "RuntimeError"; }
}

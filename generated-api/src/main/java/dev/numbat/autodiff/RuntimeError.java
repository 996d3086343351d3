package dev.numbat.autodiff;

/** Misuse of a tape, with TF's wording (a non-persistent tape asked twice, ...). */
public class RuntimeError extends dev.numbat.errors.RuntimeError {
  public RuntimeError(String message) {
    super(message);
  }
}

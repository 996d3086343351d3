package dev.numbat.errors;

/** A Python integer out of bounds for the dtype (NEP 50), as NumPy's OverflowError. */
public class OverflowError extends ArithmeticException implements NumpyError {
  public OverflowError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "OverflowError";
  }
}

package dev.numbat.errors;

/** As Python's FloatingPointError: a floating-point error whose mode is "raise" ({@code Np.errstate}). */
public class FloatingPointError extends ArithmeticException implements NumpyError {
  public FloatingPointError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "FloatingPointError";
  }
}

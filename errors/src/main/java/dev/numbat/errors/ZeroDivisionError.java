package dev.numbat.errors;

/** As Python's ZeroDivisionError. */
public class ZeroDivisionError extends ArithmeticException implements NumpyError {
  public ZeroDivisionError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "ZeroDivisionError";
  }
}

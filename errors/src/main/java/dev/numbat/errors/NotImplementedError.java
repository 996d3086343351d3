package dev.numbat.errors;

/** A NumPy feature Numbat does not provide (yet); the message says what. */
public class NotImplementedError extends UnsupportedOperationException implements NumpyError {
  public NotImplementedError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "NotImplementedError";
  }
}

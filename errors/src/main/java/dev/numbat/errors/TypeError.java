package dev.numbat.errors;

/** A type NumPy rejects with TypeError (unsupported dtype for an op, bad cast). */
public class TypeError extends IllegalArgumentException implements NumpyError {
  public TypeError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "TypeError";
  }
}

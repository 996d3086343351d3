package dev.numbat.errors;

/** A value NumPy rejects with ValueError. */
public class ValueError extends IllegalArgumentException implements NumpyError {
  public ValueError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "ValueError";
  }
}

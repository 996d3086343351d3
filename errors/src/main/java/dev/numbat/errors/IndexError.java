package dev.numbat.errors;

/** An index out of range, as NumPy's IndexError. */
public class IndexError extends IndexOutOfBoundsException implements NumpyError {
  public IndexError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "IndexError";
  }
}

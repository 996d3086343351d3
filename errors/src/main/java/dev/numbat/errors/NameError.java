package dev.numbat.errors;

/** As Python's NameError (NumPy raises it for error mode "call" with no callback set). */
public class NameError extends IllegalStateException implements NumpyError {
  public NameError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "NameError";
  }
}

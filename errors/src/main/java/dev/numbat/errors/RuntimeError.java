package dev.numbat.errors;

/**
 * Python's RuntimeError, as TF raises it for configuration that comes too late ("Virtual devices
 * cannot be modified after being initialized") and for a device that cannot run what it was asked.
 */
public class RuntimeError extends IllegalStateException implements NumpyError {
  public RuntimeError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "RuntimeError";
  }
}

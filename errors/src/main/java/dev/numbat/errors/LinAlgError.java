package dev.numbat.errors;

/**
 * NumPy's numpy.linalg.LinAlgError (a ValueError): "Singular matrix", "Matrix is not positive
 * definite", "Last 2 dimensions of the array must be square", "SVD did not converge".
 */
public class LinAlgError extends ValueError {
  public LinAlgError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "LinAlgError";
  }
}

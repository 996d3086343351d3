package dev.numbat.errors;

/** NumPy's AxisError (a ValueError and an IndexError): "axis 2 is out of bounds for array of dimension 2". */
public class AxisError extends ValueError {
  public AxisError(int axis, int ndim) {
    super("axis " + axis + " is out of bounds for array of dimension " + ndim);
  }

  public AxisError(String message) {
    super(message);
  }

  @Override
  public String pythonType() {
    return "AxisError";
  }
}

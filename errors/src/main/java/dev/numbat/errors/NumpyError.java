package dev.numbat.errors;

/** Implemented by every Numbat exception: the NumPy (Python) exception class it stands for. */
public interface NumpyError {
  /** "ValueError", "TypeError", "AxisError", ... */
  String pythonType();
}

package dev.numbat.errors;

import java.io.IOException;

/** Python's {@code PermissionError} (the file may not be read or written): {@code [Errno 13] Permission denied: 'NAME'}. */
public class PermissionError extends OSError {
  public PermissionError(String file, IOException cause) {
    super("[Errno 13] Permission denied: " + quoted(file), cause);
  }

  @Override
  public String pythonType() {
    return "PermissionError";
  }
}

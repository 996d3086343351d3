package dev.numbat.errors;

import java.io.IOException;

/** Python's {@code IsADirectoryError} (the path names a directory where a file was expected): {@code [Errno 21] Is a directory: 'NAME'}. */
public class IsADirectoryError extends OSError {
  public IsADirectoryError(String file, IOException cause) {
    super("[Errno 21] Is a directory: " + quoted(file), cause);
  }

  @Override
  public String pythonType() {
    return "IsADirectoryError";
  }
}

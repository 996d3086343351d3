package dev.numbat.errors;

import java.io.IOException;

/** Python's {@code FileNotFoundError} (the file does not exist): {@code [Errno 2] No such file or directory: 'NAME'}. */
public class FileNotFoundError extends OSError {
  public FileNotFoundError(String file, IOException cause) {
    super("[Errno 2] No such file or directory: " + quoted(file), cause);
  }

  @Override
  public String pythonType() {
    return "FileNotFoundError";
  }
}

package dev.numbat.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Python's {@code OSError}: a file operation failed. Unchecked (an {@link UncheckedIOException},
 * the I/O error as its cause); {@link #of} gives the subclass Python would raise, with Python's
 * message form ({@code [Errno 2] No such file or directory: 'data.npy'}).
 */
public class OSError extends UncheckedIOException implements NumpyError {
  public OSError(String message, IOException cause) {
    super(message, cause);
  }

  @Override
  public String pythonType() {
    return "OSError";
  }

  /** The Python exception for a Java I/O failure on {@code file} (the name as the caller gave it). */
  public static OSError of(IOException e, String file) {
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    if (e instanceof NoSuchFileException || reason.contains("No such file")) {
      return new FileNotFoundError(file, e);
    }
    if (e instanceof AccessDeniedException || reason.contains("Permission denied")) {
      return new PermissionError(file, e);
    }
    if (reason.contains("Is a directory")) {
      return new IsADirectoryError(file, e);
    }
    return new OSError(e.getMessage(), e);
  }

  static String quoted(String file) {
    return "'" + file.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}

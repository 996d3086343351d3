package dev.numbat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.Np;
import dev.numbat.errors.FileNotFoundError;
import dev.numbat.errors.IsADirectoryError;
import dev.numbat.errors.OSError;
import dev.numbat.errors.PermissionError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File errors as Python raises them (messages as NumPy 2.4.6 / CPython print them). */
class FileErrorsTest {
  @Test
  void aMissingFileIsFileNotFoundError(@TempDir Path dir) {
    String missing = dir.resolve("missing.npy").toString();
    // np.load('.../missing.npy') -> FileNotFoundError: [Errno 2] No such file or directory: '.../missing.npy'
    FileNotFoundError e = assertThrows(FileNotFoundError.class, () -> Np.load(missing));
    assertEquals("[Errno 2] No such file or directory: '" + missing + "'", e.getMessage());
    assertEquals("FileNotFoundError", e.pythonType());
    assertTrue(e instanceof OSError && e.getCause() != null);
    assertThrows(FileNotFoundError.class, () -> Np.loadtxt(missing));
  }

  @Test
  void aDirectoryIsIsADirectoryError(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    // np.loadtxt('.../sub') -> IsADirectoryError: [Errno 21] Is a directory: '.../sub'
    IsADirectoryError e = assertThrows(IsADirectoryError.class, () -> Np.loadtxt(sub.toString()));
    assertEquals("[Errno 21] Is a directory: '" + sub + "'", e.getMessage());
  }

  @Test
  void anUnwritableFileIsPermissionError(@TempDir Path dir) throws Exception {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    org.junit.jupiter.api.Assumptions.assumeTrue(ro.toFile().setWritable(false, false) && !Files.isWritable(ro),
        "skipped: this user (root) ignores permission bits, so no file here is unwritable");
    String target = ro.resolve("x.npy").toString();
    PermissionError e = assertThrows(PermissionError.class, () -> Np.save(target, Np.zeros(2)));
    assertEquals("[Errno 13] Permission denied: '" + target + "'", e.getMessage());
  }
}

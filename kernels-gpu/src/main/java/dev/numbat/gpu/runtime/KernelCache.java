package dev.numbat.gpu.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The on-disk cache of NVRTC output, so a kernel compiles once per machine rather than once per
 * process (NVRTC takes 10-100 ms a program). An entry is the image cuModuleLoadData takes (CUBIN
 * or PTX), in a file named by the SHA-256 of everything that determines it: the source, the
 * options, the target architecture and NVRTC's version. The folder is
 * {@code -Dnumbat.cuda.cache}, else {@code $XDG_CACHE_HOME/numbat/cuda}, else
 * {@code ~/.cache/numbat/cuda}.
 *
 * <p>Best effort: an unreadable or unwritable folder means a compile, never an error. Writes go
 * to a temporary file moved into place, so a concurrent reader sees a whole entry or none.
 */
final class KernelCache {
  private final Path dir;

  KernelCache(Path dir) {
    this.dir = dir;
  }

  static Path defaultDir() {
    String p = System.getProperty("numbat.cuda.cache");
    if (p != null && !p.isBlank()) return Path.of(p);
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("numbat").resolve("cuda");
  }

  Path dir() {
    return dir;
  }

  /**
   * The entry's key: SHA-256 over the length-prefixed fields (so no two different field lists give
   * the same bytes), in hex.
   */
  static String key(String source, List<String> options, String arch, String nvrtcVersion) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      field(md, "numbat-kernel-cache-v1");
      field(md, source);
      field(md, Integer.toString(options.size()));
      for (String o : options) field(md, o);
      field(md, arch);
      field(md, nvrtcVersion);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  private static void field(MessageDigest md, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    md.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
    md.update(b);
  }

  private Path file(String key, String suffix) {
    return dir.resolve(key + suffix);
  }

  /** The cached image, or null. */
  byte[] read(String key, String suffix) {
    try {
      return Files.readAllBytes(file(key, suffix));
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** Stores an image; returns whether it was written. */
  boolean write(String key, String suffix, byte[] image) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key, ".tmp");
      try {
        Files.write(tmp, image);
        try {
          Files.move(tmp, file(key, suffix), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file(key, suffix), StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}

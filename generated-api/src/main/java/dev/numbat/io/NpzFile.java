package dev.numbat.io;

import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An open {@code .npz} archive, NumPy's {@code NpzFile}: a read-only map from array names (member
 * names without {@code .npy}, in archive order) to arrays. Members are read lazily, each time they
 * are looked up (as NumPy does; keep the result if you need it twice). {@code get("x.npy")} works
 * as {@code get("x")}. Close it (try-with-resources) to release the file; lookups after close
 * raise ValueError.
 */
public final class NpzFile extends AbstractMap<String, NDArray> implements AutoCloseable {
  private final ZipFile zip;
  private final Map<String, String> members = new LinkedHashMap<>();
  private volatile boolean closed;

  private NpzFile(ZipFile zip) {
    this.zip = zip;
    for (ZipEntry e : Collections.list(zip.entries())) {
      String n = e.getName();
      members.putIfAbsent(n.endsWith(".npy") ? n.substring(0, n.length() - 4) : n, n);
    }
  }

  /** Opens an archive; a file that is not a zip archive raises ValueError. */
  public static NpzFile open(Path path) throws IOException {
    try {
      return new NpzFile(new ZipFile(path.toFile()));
    } catch (ZipException e) {
      throw new ValueError("File is not a zip file: " + path + " (" + e.getMessage() + ")");
    }
  }

  /** NumPy's {@code files}: the array names, in archive order. */
  public List<String> files() {
    return List.copyOf(members.keySet());
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String k && (members.containsKey(k) || members.containsValue(k));
  }

  /** The array named {@code key} (read now), or null when the archive has no such member. */
  @Override
  public NDArray get(Object key) {
    if (!(key instanceof String k)) {
      return null;
    }
    String member = members.get(k);
    if (member == null && members.containsValue(k)) {
      member = k;
    }
    return member == null ? null : read(member);
  }

  private NDArray read(String member) {
    if (closed) {
      throw new ValueError("I/O operation on a closed NpzFile");
    }
    try {
      ZipEntry e = zip.getEntry(member);
      try (InputStream in = zip.getInputStream(e)) {
        return Npy.read(in);
      }
    } catch (ZipException ex) {
      throw new ValueError("corrupt .npz member '" + member + "': " + ex.getMessage());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public int size() {
    return members.size();
  }

  /** Names and arrays; each array is read when its entry's value is asked for. */
  @Override
  public Set<Entry<String, NDArray>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, NDArray>> iterator() {
        Iterator<Map.Entry<String, String>> it = members.entrySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() { return it.hasNext(); }

          @Override
          public Entry<String, NDArray> next() {
            Map.Entry<String, String> m = it.next();
            return new Entry<>() {
              @Override
              public String getKey() { return m.getKey(); }

              @Override
              public NDArray getValue() { return read(m.getValue()); }

              @Override
              public NDArray setValue(NDArray v) { throw new UnsupportedOperationException("NpzFile is read-only"); }
            };
          }
        };
      }

      @Override
      public int size() { return members.size(); }
    };
  }

  @Override
  public void close() throws IOException {
    closed = true;
    zip.close();
  }

  @Override
  public String toString() {
    return "NpzFile " + zip.getName() + " with keys: " + String.join(", ", members.keySet());
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes {@code arrays} (name to array, in iteration order) as NumPy's {@code savez}
   * ({@code compress} false: stored members) or {@code savez_compressed} (deflated). Each member
   * is {@code NAME.npy} holding exactly what {@link Npy#write} writes.
   */
  public static void write(Path path, Map<String, NDArray> arrays, boolean compress) throws IOException {
    for (NDArray x : arrays.values()) {
      NpyHeader.descr(x.dtype());
    }
    try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 16))) {
      for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
        ZipEntry z = new ZipEntry(e.getKey() + ".npy");
        if (compress) {
          z.setMethod(ZipEntry.DEFLATED);
        } else {
          // A stored entry needs its size and CRC up front: one encoding pass computes them, so no
          // second copy of the array is held in memory.
          CRC32 crc = new CRC32();
          long[] count = {0};
          OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) { count[0]++; }

            @Override
            public void write(byte[] b, int off, int len) { count[0] += len; }
          };
          Npy.write(e.getValue(), new CheckedOutputStream(counting, crc));
          z.setMethod(ZipEntry.STORED);
          z.setSize(count[0]);
          z.setCompressedSize(count[0]);
          z.setCrc(crc.getValue());
        }
        zip.putNextEntry(z);
        Npy.write(e.getValue(), zip);
        zip.closeEntry();
      }
    }
  }

  /** Names for {@code savez}'s positional arrays: arr_0, arr_1, ... */
  static List<String> positionalNames(int n) {
    List<String> l = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      l.add("arr_" + i);
    }
    return l;
  }
}

package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.io.ByteCodec;
import dev.numbat.io.JavaBuffers;
import dev.numbat.io.Npy;
import dev.numbat.io.NpzFile;
import dev.numbat.io.TextIo;
import dev.numbat.backend.cpu.Convert;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spec'd file and buffer ops ({@code op-specs/ops/io.yaml}): NumPy's save/load/savez, raw
 * bytes, text files, and Java arrays and buffers. The formats live in {@code dev.numbat.io}; this
 * class adapts NumPy's calling conventions (file names as str/Path/File, ".npy"/".npz" appended
 * as NumPy does) and turns I/O failures into {@link UncheckedIOException} (the generated API
 * declares no checked exceptions).
 */
public final class IoImpl {
  private IoImpl() {}

  /** A file argument: String, Path or File; {@code ext} is appended when missing (null: never). */
  static Path path(Object file, String ext) {
    Path p = switch (file) {
      case Path x -> x;
      case String s -> Path.of(s);
      case File f -> f.toPath();
      case null -> throw new TypeError("expected str, bytes or os.PathLike object, not NoneType");
      default -> throw new TypeError("expected str, bytes or os.PathLike object, not " + file.getClass().getName());
    };
    if (ext != null && !p.toString().endsWith(ext)) {
      p = p.resolveSibling(p.getFileName() + ext);
    }
    return p;
  }

  /**
   * A failed file operation on {@code file} as Python reports it: FileNotFoundError,
   * IsADirectoryError, PermissionError (with Python's {@code [Errno N] ...: 'name'}), else OSError;
   * a file that ended early stays an {@link UncheckedIOException} with the reader's message.
   */
  static UncheckedIOException io(IOException e, Path file) {
    if (e instanceof java.io.EOFException) {
      return new UncheckedIOException(e.getMessage(), e);
    }
    return dev.numbat.errors.OSError.of(e, file.toString());
  }

  // ------------------------------------------------------------------ npy / npz

  public static Path save(Object file, Object arr) {
    Path p = path(file, ".npy");
    try {
      Npy.write(p, Convert.asarray(arr, null));
    } catch (IOException e) {
      throw io(e, p);
    }
    return p;
  }

  private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
  private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};

  public static Object load(Object file, String mmapMode) {
    Path p = path(file, null);
    boolean mapped = mmapMode(mmapMode);
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(p)) {
        head = in.readNBytes(6);
      }
      if (head.length == 0) {
        throw new EOFException("No data left in file");
      }
      if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY)) {
        return NpzFile.open(p);
      }
      if (head.length == 6 && startsWith(head, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'})) {
        return mapped ? Npy.readMapped(p) : Npy.read(p);
      }
      throw new ValueError("Cannot load file containing pickled data when allow_pickle=False");
    } catch (IOException e) {
      throw io(e, p);
    }
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** True for a read-only mapping; writable modes cannot be honoured by immutable arrays. */
  private static boolean mmapMode(String mode) {
    if (mode == null) {
      return false;
    }
    return switch (mode) {
      case "r", "readonly", "c", "copyonwrite" -> true;
      case "r+", "readwrite", "w+", "write" -> throw new ValueError("mmap_mode '" + mode + "' writes through to "
          + "the file, which immutable Numbat arrays cannot do; use 'r' (or 'c')");
      default -> throw new ValueError("mode must be one of ['r', 'c', 'r+', 'w+', 'readonly', 'copyonwrite', "
          + "'readwrite', 'write'] (got '" + mode + "')");
    };
  }

  public static Path savez(Object file, Object[] arrays) {
    return savez(file, arrays, false);
  }

  public static Path savezCompressed(Object file, Object[] arrays) {
    return savez(file, arrays, true);
  }

  private static Path savez(Object file, Object[] arrays, boolean compress) {
    Path p = path(file, ".npz");
    Map<String, NDArray> named = new LinkedHashMap<>();
    Object[] args = arrays == null ? new Object[0] : arrays;
    int positional = 0;
    for (Object a : args) {
      if (!(a instanceof Map<?, ?>)) {
        named.put("arr_" + positional++, Convert.asarray(a, null));
      }
    }
    for (Object a : args) {
      if (a instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!(e.getKey() instanceof String k)) {
            throw new TypeError("savez array names must be strings, not " + e.getKey());
          }
          if (named.containsKey(k)) {
            throw new ValueError("Cannot use un-named variables and keyword " + k);
          }
          named.put(k, Convert.asarray(e.getValue(), null));
        }
      }
    }
    try {
      NpzFile.write(p, named, compress);
    } catch (IOException e) {
      throw io(e, p);
    }
    return p;
  }

  // ------------------------------------------------------------------ raw bytes

  public static byte[] tobytes(Object a, String order) {
    return ByteCodec.toBytes(Convert.asarray(a, null), orderChar(order), ByteOrder.LITTLE_ENDIAN);
  }

  private static char orderChar(String order) {
    String o = order == null ? "C" : order;
    if (o.length() != 1 || "CFAKcfak".indexOf(o.charAt(0)) < 0) {
      throw new ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + o + "')");
    }
    char c = Character.toUpperCase(o.charAt(0));
    return c == 'K' ? 'A' : c;
  }

  public static NDArray frombuffer(Object buffer, DType dtype, int count, int offset) {
    DType d = dtype == null ? DType.FLOAT64 : dtype;
    byte[] bytes;
    int base;
    int len;
    switch (buffer) {
      case byte[] b -> {
        bytes = b;
        base = 0;
        len = b.length;
      }
      case ByteBuffer bb when bb.hasArray() -> {
        bytes = bb.array();
        base = bb.arrayOffset() + bb.position();
        len = bb.remaining();
      }
      case ByteBuffer bb -> {
        bytes = new byte[bb.remaining()];
        bb.duplicate().get(bytes);
        base = 0;
        len = bytes.length;
      }
      case null -> throw new TypeError("a bytes-like object is required, not 'NoneType'");
      default -> throw new TypeError("a bytes-like object is required, not '" + buffer.getClass().getName() + "'");
    }
    return ByteCodec.frombuffer(bytes, base, len, d, count, offset);
  }

  public static NDArray fromfile(Object file, DType dtype, int count, String sep, int offset) {
    DType d = dtype == null ? DType.FLOAT64 : dtype;
    Path p = path(file, null);
    try {
      if (sep == null || sep.isEmpty()) {
        return ByteCodec.fromfile(p, d, count, offset);
      }
      if (offset != 0) {
        throw new TypeError("'offset' argument only permitted for binary files");
      }
      return TextIo.fromfileText(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1), d, count, sep);
    } catch (IOException e) {
      throw io(e, p);
    }
  }

  public static Path tofile(Object a, Object fid, String sep, String format) {
    Path p = path(fid, null);
    NDArray x = Convert.asarray(a, null);
    try {
      if (sep == null || sep.isEmpty()) {
        Files.write(p, ByteCodec.toBytes(x, 'C', ByteOrder.LITTLE_ENDIAN));
      } else {
        Files.writeString(p, TextIo.tofileText(x, sep, format), java.nio.charset.StandardCharsets.ISO_8859_1);
      }
    } catch (IOException e) {
      throw io(e, p);
    }
    return p;
  }

  // ------------------------------------------------------------------ text

  public static NDArray loadtxt(Object fname, DType dtype, String comments, String delimiter, int skiprows,
      int[] usecols, boolean unpack, int ndmin, Integer maxRows) {
    Path p = path(fname, null);
    try {
      return TextIo.loadtxt(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1),
          dtype == null ? DType.FLOAT64 : dtype, comments, delimiter, skiprows, usecols, unpack, ndmin, maxRows);
    } catch (IOException e) {
      throw io(e, p);
    }
  }

  public static NDArray genfromtxt(Object fname, DType dtype, String comments, String delimiter, int skipHeader,
      int skipFooter, int[] usecols, double fillingValues, boolean unpack, int ndmin) {
    Path p = path(fname, null);
    try {
      return TextIo.genfromtxt(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1),
          dtype == null ? DType.FLOAT64 : dtype, comments, delimiter, skipHeader, skipFooter, usecols, fillingValues,
          unpack, ndmin);
    } catch (IOException e) {
      throw io(e, p);
    }
  }

  public static Path savetxt(Object fname, Object x, String fmt, String delimiter, String newline, String header,
      String footer, String comments) {
    Path p = path(fname, null);
    String text = TextIo.savetxt(Convert.asarray(x, null), fmt, delimiter, newline, header, footer, comments);
    try {
      Files.writeString(p, text, java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw io(e, p);
    }
    return p;
  }

  // ------------------------------------------------------------------ Java arrays and buffers

  public static NDArray wrap(Object data, int[] shape, DType dtype) {
    return JavaBuffers.wrap(data, shape, dtype);
  }

  public static Buffer toBuffer(Object a) {
    return JavaBuffers.toBuffer(Convert.asarray(a, null));
  }

  public static ByteBuffer toByteBuffer(Object a, Object order) {
    ByteOrder o = switch (order) {
      case null -> ByteOrder.nativeOrder();
      case ByteOrder bo -> bo;
      case String s when s.equals("<") || s.equalsIgnoreCase("little") -> ByteOrder.LITTLE_ENDIAN;
      case String s when s.equals(">") || s.equalsIgnoreCase("big") -> ByteOrder.BIG_ENDIAN;
      case String s when s.equals("=") || s.equals("|") || s.equalsIgnoreCase("native") -> ByteOrder.nativeOrder();
      default -> throw new ValueError("byte order must be a java.nio.ByteOrder or one of '<', '>', '=', 'little', "
          + "'big', 'native', got " + order);
    };
    return JavaBuffers.toByteBuffer(Convert.asarray(a, null), o);
  }
}

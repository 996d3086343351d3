package dev.numbat.io;

import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.HostBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing NumPy's {@code .npy} format, versions 1.0, 2.0 and 3.0, either byte order,
 * C or Fortran order, every Numbat dtype but bfloat16 (which has no NumPy descr).
 *
 * <p>Nothing is allocated from an unchecked header: the header length is bounded before it is
 * read, the shape is validated (no negative dimensions, at most 2^31-1 elements), and the array
 * is allocated only once its bytes are known to exist: for a file, its length is checked first;
 * for a stream (an {@code .npz} member), the data is read in 1 MiB chunks as it arrives and the
 * array allocated after the last one.
 */
public final class Npy {
  private Npy() {}

  /** Chunk for streaming data: a multiple of every itemsize (1, 2, 4, 8, 16). */
  private static final int CHUNK = 1 << 20;

  /** Where header and data bytes come from. */
  private interface Input {
    /** Like {@link InputStream#read(byte[], int, int)}: -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException;
  }

  private static byte[] readExactly(Input in, int n, String what) throws IOException {
    byte[] b = new byte[n];
    int got = 0;
    while (got < n) {
      int r = in.read(b, got, n - got);
      if (r < 0) {
        throw eof(what, n, got);
      }
      got += r;
    }
    return b;
  }

  private static ValueError eof(String what, long want, long got) {
    return new ValueError("EOF: reading " + what + ", expected " + want + " bytes got " + got);
  }

  /** Reads magic, version, header length and header; returns the header and its total length. */
  private static NpyHeader readHeader(Input in, long[] consumed) throws IOException {
    byte[] magic = readExactly(in, NpyHeader.MAGIC_LEN, "magic string");
    int major = NpyHeader.checkMagic(magic);
    int lb = NpyHeader.lengthFieldBytes(major);
    byte[] lenField = readExactly(in, lb, "array header length");
    long hlen = 0;
    for (int k = lb - 1; k >= 0; k--) {
      hlen = (hlen << 8) | (lenField[k] & 0xFF);
    }
    if (hlen > NpyHeader.MAX_HEADER_BYTES) {
      // NumPy reads the header before judging its size, so a short file is an EOF error; skip
      // through it in bounded pieces instead of allocating what the length field claims.
      byte[] skip = new byte[8192];
      long got = 0;
      while (got < hlen) {
        int r = in.read(skip, 0, (int) Math.min(skip.length, hlen - got));
        if (r < 0) {
          throw eof("array header", hlen, got);
        }
        got += r;
      }
      NpyHeader.checkLength(hlen);
    }
    byte[] raw = readExactly(in, (int) hlen, "array header");
    consumed[0] = NpyHeader.MAGIC_LEN + lb + hlen;
    return NpyHeader.parse(raw, major);
  }

  /** The C-order shape the data of a header decodes to: the shape, reversed for Fortran order. */
  private static int[] storedShape(NpyHeader h) {
    int[] shape = h.shape();
    if (!h.fortran() || shape.length < 2) {
      return shape;
    }
    int[] rev = new int[shape.length];
    for (int k = 0; k < shape.length; k++) {
      rev[k] = shape[shape.length - 1 - k];
    }
    return rev;
  }

  /** The array of a header whose data decoded to {@code stored} (of {@link #storedShape}). */
  private static NDArray arrange(NpyHeader h, NDArray stored) {
    return !h.fortran() || h.shape().length < 2 ? stored : stored.T();
  }

  // ------------------------------------------------------------------ files

  /** Reads a {@code .npy} file. */
  public static NDArray read(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      Input in = (b, off, len) -> ch.read(ByteBuffer.wrap(b, off, len));
      long[] consumed = new long[1];
      NpyHeader h = readHeader(in, consumed);
      long need = h.dataBytes();
      long have = ch.size() - consumed[0];
      if (have < need) {
        throw eof("array data", need, Math.max(0, have));
      }
      HostBytes.Decoder data = HostBytes.decoder(h.dtype(), h.order(), storedShape(h));
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(need, 1)));
      MemorySegment seg = MemorySegment.ofBuffer(buf);
      int item = h.dtype().itemsize();
      long done = 0;
      while (done < need) {
        buf.clear().limit((int) Math.min(buf.capacity(), need - done));
        while (buf.hasRemaining()) {
          if (ch.read(buf) < 0) {
            throw eof("array data", need, done + buf.position());
          }
        }
        int n = buf.position() / item;
        data.decode(seg, 0, done / item, n);
        done += buf.position();
      }
      return arrange(h, data.array());
    }
  }

  /**
   * Reads a {@code .npy} file through a read-only memory mapping of it: the header is parsed in
   * place and the data decoded straight from the mapped pages into the array's storage, with no
   * intermediate buffer; the mapping is released before returning. The array itself lives on the
   * Java heap (Numbat's storage is always a Java array), so it holds a copy of the data.
   */
  public static NDArray readMapped(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
      long size = ch.size();
      MemorySegment seg = size == 0 ? MemorySegment.ofArray(new byte[0])
          : ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
      long[] pos = {0};
      Input in = (b, off, len) -> {
        long left = size - pos[0];
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        MemorySegment.copy(seg, java.lang.foreign.ValueLayout.JAVA_BYTE, pos[0], b, off, n);
        pos[0] += n;
        return n;
      };
      long[] consumed = new long[1];
      NpyHeader h = readHeader(in, consumed);
      long need = h.dataBytes();
      if (size - consumed[0] < need) {
        throw eof("array data", need, Math.max(0, size - consumed[0]));
      }
      return arrange(h, HostBytes.decode(seg, consumed[0], h.dtype(), h.order(), storedShape(h)));
    }
  }

  /**
   * Reads a {@code .npy} stream (an {@code .npz} member): the data is buffered in chunks as it
   * arrives, so a header claiming more data than the stream holds allocates nothing large.
   */
  public static NDArray read(InputStream stream) throws IOException {
    Input in = stream::read;
    NpyHeader h = readHeader(in, new long[1]);
    long need = h.dataBytes();
    List<byte[]> chunks = new ArrayList<>();
    long got = 0;
    while (got < need) {
      int n = (int) Math.min(CHUNK, need - got);
      byte[] c = stream.readNBytes(n);
      got += c.length;
      if (c.length < n) {
        throw eof("array data", need, got);
      }
      chunks.add(c);
    }
    HostBytes.Decoder data = HostBytes.decoder(h.dtype(), h.order(), storedShape(h));
    int item = h.dtype().itemsize();
    long at = 0;
    for (byte[] c : chunks) {
      data.decode(MemorySegment.ofArray(c), 0, at, c.length / item);
      at += c.length / item;
    }
    return arrange(h, data.array());
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes {@code x} as NumPy's {@code np.save} does, byte for byte: version 1.0 (2.0 only for a
   * header over 64 KiB), little-endian, Fortran order when {@code x} is Fortran- but not
   * C-contiguous. bfloat16 raises TypeError (NumPy has no bfloat16).
   */
  public static void write(NDArray x, OutputStream out) throws IOException {
    x = x.strong();
    out.write(NpyHeader.bytesFor(x));
    boolean fortran = !x.isContiguous() && ByteCodec.isFContiguous(x);
    NDArray c = ByteCodec.inOrder(x, fortran ? 'F' : 'C');
    int item = c.dtype().itemsize();
    int per = CHUNK / item;
    int n = c.size();
    byte[] buf = new byte[(int) Math.min(CHUNK, Math.max((long) n * item, 1))];
    MemorySegment seg = MemorySegment.ofArray(buf);
    for (int done = 0; done < n; ) {
      int k = Math.min(per, n - done);
      HostBytes.encode(c, done, k, ByteOrder.LITTLE_ENDIAN, seg, 0);
      out.write(buf, 0, k * item);
      done += k;
    }
  }

  /** Writes {@code x} to a file (created or truncated). */
  public static void write(Path path, NDArray x) throws IOException {
    NpyHeader.descr(x.dtype());
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
      write(x, out);
    }
  }
}

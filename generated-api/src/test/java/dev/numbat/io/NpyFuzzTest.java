package dev.numbat.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.NumpyError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 3000 mutated {@code .npy} files (bit flips, truncations, header edits, hostile lengths
 * and shapes, versions 1 to 3) through every reader: the file reader, the memory-mapped reader, the
 * stream reader ({@code .npz} members) and {@code Np.load}. Each must return an array or throw a
 * {@code dev.numbat.errors} exception or an I/O exception: never another exception, an
 * OutOfMemoryError from trusting a header, a crash or a hang (the whole run is timed).
 */
class NpyFuzzTest {
  @TempDir
  Path dir;

  private static final String[] HEADER_TOKENS = {"(", ")", "{", "}", "[", "]", ",", ":", "'", "\"", "-1", "0",
      "2147483647", "2147483648", "4611686018427387904", "99999999999999999999999", "True", "False", "None", "L",
      "'<f8'", "'>c16'", "'|O'", "'<U4'", "'fortran_order'", "'shape'", "'descr'", "1e5", "\\x00", "\n", "#",
      "((((((((((", "'''", "é", "(1, -1)", "(65536, 65536)", "()", "(0,)"};

  private static byte[] npy(NDArray x) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Npy.write(x, b);
    return b.toByteArray();
  }

  /** A file with a hand-written header in the given version. */
  private static byte[] handmade(String header, int major, int dataBytes) {
    byte[] h = header.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    int lb = major == 1 ? 2 : 4;
    byte[] out = new byte[8 + lb + h.length + dataBytes];
    System.arraycopy(NpyHeader.MAGIC, 0, out, 0, 6);
    out[6] = (byte) major;
    for (int k = 0; k < lb; k++) {
      out[8 + k] = (byte) (h.length >>> (8 * k));
    }
    System.arraycopy(h, 0, out, 8 + lb, h.length);
    for (int k = 8 + lb + h.length; k < out.length; k++) {
      out[k] = (byte) (k * 31);
    }
    return out;
  }

  private static List<byte[]> seeds() throws IOException {
    List<byte[]> s = new ArrayList<>();
    for (DType d : DType.values()) {
      if (d != DType.BFLOAT16) {
        s.add(npy(Np.arange(12).reshape(3, 4).astype(d)));
      }
    }
    s.add(npy(Np.arange(6).reshape(2, 3).T()));
    s.add(npy(Np.zeros(new int[0], DType.FLOAT64)));
    s.add(npy(Np.zeros(new int[] {0, 3}, DType.INT8)));
    s.add(handmade("{'descr': '>f4', 'fortran_order': True, 'shape': (2, 2), }\n", 2, 16));
    s.add(handmade("{'descr': '<c8', 'fortran_order': False, 'shape': (3,), }\n", 3, 24));
    s.add(handmade("{'descr': '|b1', 'fortran_order': False, 'shape': (5L,), }\n", 1, 5));
    return s;
  }

  private static byte[] mutate(byte[] seed, Random r) {
    byte[] b = seed.clone();
    switch (r.nextInt(7)) {
      case 0 -> { // bit flips anywhere
        int flips = 1 + r.nextInt(8);
        for (int k = 0; k < flips; k++) {
          int i = r.nextInt(b.length);
          b[i] ^= (byte) (1 << r.nextInt(8));
        }
      }
      case 1 -> { // truncation
        return java.util.Arrays.copyOf(b, r.nextInt(b.length));
      }
      case 2 -> { // bit flips in magic, version and length field
        int i = r.nextInt(Math.min(12, b.length));
        b[i] ^= (byte) (1 << r.nextInt(8));
      }
      case 3 -> { // header token insertion / replacement
        String all = new String(b, StandardCharsets.ISO_8859_1);
        int hs = 10;
        int he = Math.max(hs + 1, all.indexOf('}') + 1);
        int at = hs + r.nextInt(he - hs);
        int cut = r.nextInt(4);
        String tok = HEADER_TOKENS[r.nextInt(HEADER_TOKENS.length)];
        String edited = all.substring(0, at) + tok + all.substring(Math.min(all.length(), at + cut));
        return edited.getBytes(StandardCharsets.ISO_8859_1);
      }
      case 4 -> { // a huge, negative or overflowing shape, keeping the length field honest
        String[] shapes = {"(2147483647,)", "(4611686018427387904, 4)", "(-3,)", "(65536, 65536)", "(1048576, 1024)",
            "(0, 99999999999999)", "(3, -1)", "(" + "2, ".repeat(40) + ")", "(268435456,)", "(True, 2)"};
        String[] descrs = {"'<f8'", "'>c16'", "'|u1'", "'<f2'", "'|O'", "'<V8'", "[('a', '<f4')]", "5"};
        String h = "{'descr': " + descrs[r.nextInt(descrs.length)] + ", 'fortran_order': " + (r.nextBoolean() ? "False" : "True")
            + ", 'shape': " + shapes[r.nextInt(shapes.length)] + ", }";
        return handmade(h, 1 + r.nextInt(3), r.nextInt(64));
      }
      case 5 -> { // hostile header length field
        if (b.length > 12) {
          int major = b[6];
          int lb = major == 1 ? 2 : 4;
          long v = switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 0xFFFFFFFFL;
            case 2 -> 40001;
            default -> r.nextInt(1 << 16);
          };
          for (int k = 0; k < lb && 8 + k < b.length; k++) {
            b[8 + k] = (byte) (v >>> (8 * k));
          }
        }
      }
      default -> { // random bytes appended or a random version
        if (r.nextBoolean()) {
          b[6] = (byte) r.nextInt(5);
        } else {
          byte[] extra = new byte[r.nextInt(32)];
          r.nextBytes(extra);
          byte[] c = java.util.Arrays.copyOf(b, b.length + extra.length);
          System.arraycopy(extra, 0, c, b.length, extra.length);
          return c;
        }
      }
    }
    return b;
  }

  private interface Reader {
    Object read(Path p, byte[] bytes) throws IOException;
  }

  @Test
  void mutatedFilesRaiseOnlyNumbatOrIoErrors() throws IOException {
    long t0 = System.nanoTime();
    Random r = new Random(20240611L);
    List<byte[]> seeds = seeds();
    Reader[] readers = {
        (p, b) -> Npy.read(p),
        (p, b) -> Npy.readMapped(p),
        (p, b) -> Npy.read(new ByteArrayInputStream(b)),
        (p, b) -> Np.load(p),
    };
    Path p = dir.resolve("fuzz.npy");
    int ok = 0;
    int rejected = 0;
    int n = 3000;
    for (int i = 0; i < n; i++) {
      byte[] b = mutate(seeds.get(r.nextInt(seeds.size())), r);
      Files.write(p, b);
      for (Reader reader : readers) {
        try {
          Object got = reader.read(p, b);
          if (got instanceof NDArray x) {
            // A file that loads must be self-consistent: its bytes re-encode to its size.
            assertTrue(ByteCodec.toBytes(x, 'C', java.nio.ByteOrder.LITTLE_ENDIAN).length == x.nbytes());
          }
          ok++;
        } catch (RuntimeException e) {
          if (!(e instanceof NumpyError) && !(e instanceof UncheckedIOException)) {
            fail("mutation " + i + " raised " + e + " for bytes " + java.util.Arrays.toString(
                java.util.Arrays.copyOf(b, Math.min(b.length, 200))), e);
          }
          rejected++;
        } catch (IOException e) {
          rejected++;
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    assertTrue(rejected > n, "most mutations are rejected (" + rejected + " rejected, " + ok + " loaded)");
    assertTrue(ok > 100, "some mutations still load (" + ok + ")");
    // A hang guard, generous for a loaded 2-core CI machine (about 5 s when idle).
    assertTrue(secs < 60, "fuzzing took " + secs + " s");
  }

  @Test
  void mutatedNpzArchivesRaiseOnlyNumbatOrIoErrors() throws IOException {
    Random r = new Random(7L);
    Path src = Np.savez(dir.resolve("src"), Np.arange(10), Np.ones(new int[] {3, 3}, DType.COMPLEX64));
    Path srcC = Np.savezCompressed(dir.resolve("srcc"), Np.arange(100).reshape(10, 10));
    List<byte[]> seeds = List.of(Files.readAllBytes(src), Files.readAllBytes(srcC));
    Path p = dir.resolve("fuzz.npz");
    for (int i = 0; i < 600; i++) {
      byte[] b = seeds.get(r.nextInt(2)).clone();
      if (r.nextInt(3) == 0) {
        b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
      } else {
        for (int k = 0, m = 1 + r.nextInt(6); k < m; k++) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
      }
      Files.write(p, b);
      try {
        Object got = Np.load(p);
        if (got instanceof NpzFile z) {
          try (z) {
            for (String k : z.files()) {
              z.get(k);
            }
          }
        }
      } catch (RuntimeException e) {
        if (!(e instanceof NumpyError) && !(e instanceof UncheckedIOException)) {
          fail("npz mutation " + i + " raised " + e, e);
        }
      } catch (IOException e) {
        // an I/O error (a corrupt archive reported by java.util.zip) is an allowed outcome
      }
    }
  }
}

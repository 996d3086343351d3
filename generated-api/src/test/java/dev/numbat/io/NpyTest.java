package dev.numbat.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .npy/.npz reading and writing. Byte-level expectations marked "NumPy 1.24" were produced by
 * running {@code np.save} on the array in the comment; the conformance suite (IoSuite) compares
 * with NumPy itself for every dtype and many shapes.
 */
class NpyTest {
  @TempDir
  Path dir;

  private static boolean same(NDArray a, NDArray b) {
    return a.dtype() == b.dtype() && java.util.Arrays.equals(a.shapeRef(), b.shapeRef())
        && java.util.Arrays.equals(ByteCodec.toBytes(a, 'C', java.nio.ByteOrder.LITTLE_ENDIAN),
            ByteCodec.toBytes(b, 'C', java.nio.ByteOrder.LITTLE_ENDIAN));
  }

  private static NDArray sample(DType d, int... shape) {
    int n = dev.numbat.backend.cpu.Shapes.size(shape);
    NDArray r = Np.arange(n).sub(n / 2).mul(7.25).reshape(shape);
    return d.isComplex() ? r.add(Np.multiply(r, new dev.numbat.Complex(0, -1.5))).astype(d) : r.astype(d);
  }

  @Test
  void roundTripsEveryDtypeAndShape() throws IOException {
    int[][] shapes = {{}, {0}, {5}, {2, 3}, {0, 4}, {2, 3, 4}, {1, 1, 1}};
    for (DType d : DType.values()) {
      if (d == DType.BFLOAT16) {
        continue;
      }
      for (int[] s : shapes) {
        NDArray x = sample(d, s);
        Path p = dir.resolve("x.npy");
        Npy.write(p, x);
        assertTrue(same(x, Npy.read(p)), d + " " + java.util.Arrays.toString(s));
        assertTrue(same(x, Npy.readMapped(p)), d + " mapped");
        if (s.length >= 2) {
          Npy.write(p, x.T());
          NDArray back = Npy.read(p);
          assertTrue(same(x.T(), back));
          assertEquals(x.T().isContiguous(), back.isContiguous(), "Fortran order kept");
        }
      }
    }
  }

  @Test
  void headerIsNumpys() throws IOException {
    // NumPy 1.24: np.save(f, np.zeros((2, 3), np.float32)) header; total 128 bytes before the data.
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Npy.write(Np.zeros(new int[] {2, 3}, DType.FLOAT32), b);
    byte[] out = b.toByteArray();
    String want = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }" + " ".repeat(58) + "\n";
    assertEquals(128 + 24, out.length);
    assertEquals(0x76, out[8]);
    assertEquals(want, new String(out, 10, 118, StandardCharsets.ISO_8859_1));
    // NumPy 1.24: np.save(f, np.zeros((2, 3), np.float32).T) says fortran_order True, shape (3, 2).
    b.reset();
    Npy.write(Np.zeros(new int[] {2, 3}, DType.FLOAT32).T(), b);
    assertTrue(new String(b.toByteArray(), StandardCharsets.ISO_8859_1)
        .startsWith("\u0093NUMPY\u0001\u0000v\u0000{'descr': '<f4', 'fortran_order': True, 'shape': (3, 2), } "));
  }

  @Test
  void bfloat16IsRefused() {
    NDArray x = Np.ones(new int[] {2}, DType.BFLOAT16);
    TypeError e = assertThrows(TypeError.class, () -> Np.save(dir.resolve("b.npy"), x));
    assertTrue(e.getMessage().startsWith("bfloat16 has no NumPy dtype"));
    assertFalse(Files.exists(dir.resolve("b.npy")), "nothing written");
  }

  private Path file(String header, int major, byte[] data) throws IOException {
    byte[] h = header.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(NpyHeader.MAGIC);
    b.write(major);
    b.write(0);
    int len = h.length;
    for (int k = 0; k < (major == 1 ? 2 : 4); k++) {
      b.write(len >>> (8 * k));
    }
    b.write(h);
    b.write(data);
    Path p = dir.resolve("h.npy");
    Files.write(p, b.toByteArray());
    return p;
  }

  private static String load(Path p) {
    try {
      Np.load(p);
      return "no error";
    } catch (ValueError e) {
      return e.getMessage();
    }
  }

  private static String readMsg(Path p) {
    try {
      Npy.read(p);
      return "no error";
    } catch (ValueError | IOException e) {
      return e.getMessage();
    }
  }

  @Test
  void readsBigEndianFortranAndAllVersions() throws IOException {
    // >i4 [[1, 2, 3], [4, 5, 6]] stored in Fortran order: 1 4 2 5 3 6.
    byte[] data = {0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 3, 0, 0, 0, 6};
    for (int v = 1; v <= 3; v++) {
      NDArray x = (NDArray) Np.load(file("{'descr': '>i4', 'fortran_order': True, 'shape': (2, 3), }\n", v, data));
      assertEquals(DType.INT32, x.dtype());
      assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6}, x.toIntArray());
    }
    // Python 2 long literals in a version 1 header (NumPy's _filter_header accepts them).
    NDArray y = Npy.read(file("{'descr': '|u1', 'fortran_order': False, 'shape': (2L,), }", 1, new byte[] {7, 9}));
    assertArrayEquals(new long[] {7, 9}, y.toLongArray());
  }

  @Test
  void malformedHeadersRaiseNumpysErrors() throws IOException {
    byte[] six = new byte[24];
    assertEquals("Object arrays cannot be loaded when allow_pickle=False",
        load(file("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }", 1, six)));
    assertEquals("Header does not contain the correct keys: ['descr', 'shape']",
        load(file("{'descr': '<f8', 'shape': (3,), }", 1, six)));
    assertEquals("fortran_order is not a valid bool: 1",
        load(file("{'descr': '<f8', 'fortran_order': 1, 'shape': (3,), }", 1, six)));
    assertEquals("shape is not valid: [3]",
        load(file("{'descr': '<f8', 'fortran_order': False, 'shape': [3], }", 1, six)));
    assertEquals("Header is not a dictionary: [1, 2]", load(file("[1, 2]", 1, six)));
    assertEquals("Cannot parse header: \"{'descr': '<f8'\"", load(file("{'descr': '<f8'", 1, six)));
    assertEquals("EOF: reading array data, expected 32 bytes got 24",
        load(file("{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }", 1, six)));
    assertTrue(load(file("{'descr': '<U3', 'fortran_order': False, 'shape': (1,), }", 1, six))
        .startsWith("descr is not supported by Numbat: '<U3'"));
    assertTrue(load(file("{'descr': '<f8', 'fortran_order': False, 'shape': (-1, 3), }", 1, six))
        .contains("negative dimensions are not allowed"));
    assertTrue(load(file("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4), }", 1, six))
        .contains("more than 2^31-1 elements"));
    Path p = file("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", 1, six);
    byte[] b = Files.readAllBytes(p);
    b[6] = 4;
    Files.write(p, b);
    assertEquals("we only support format version (1,0), (2,0), and (3,0), not (4, 0)", readMsg(p));
    b[0] = 'X';
    Files.write(p, b);
    assertEquals("Cannot load file containing pickled data when allow_pickle=False", load(p));
    assertEquals("the magic string is not correct; expected b'\\x93NUMPY', got b'XNUMPY'", readMsg(p));
    Files.write(p, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) 0xff, (byte) 0xff, '{'});
    assertEquals("EOF: reading array header, expected 65535 bytes got 1", load(p));
  }

  @Test
  void npzHoldsNamedAndPositionalArrays() throws IOException {
    Map<String, Object> named = new LinkedHashMap<>();
    named.put("w", sample(DType.FLOAT32, 2, 2));
    named.put("flags", sample(DType.BOOL, 3));
    for (boolean compress : new boolean[] {false, true}) {
      Path p = compress ? Np.savezCompressed(dir.resolve("a"), sample(DType.INT16, 4), named)
          : Np.savez(dir.resolve("a"), sample(DType.INT16, 4), named);
      assertEquals("a.npz", p.getFileName().toString());
      try (NpzFile z = (NpzFile) Np.load(p)) {
        assertEquals(java.util.List.of("arr_0", "w", "flags"), z.files());
        assertTrue(same(sample(DType.INT16, 4), z.get("arr_0")));
        assertTrue(same((NDArray) named.get("w"), z.get("w.npy")));
        assertTrue(same((NDArray) named.get("flags"), z.get("flags")));
        assertEquals(null, z.get("nope"));
        z.close();
        assertThrows(ValueError.class, () -> z.get("w"));
      }
    }
    assertThrows(ValueError.class, () -> Np.savez(dir.resolve("b"), 1, Map.of("arr_0", 2)));
  }

  @Test
  void mmapModesAndMissingFiles() throws IOException {
    Path p = Np.save(dir.resolve("m"), sample(DType.FLOAT64, 3, 2));
    assertTrue(same(sample(DType.FLOAT64, 3, 2), (NDArray) Np.load(p, "r")));
    assertThrows(ValueError.class, () -> Np.load(p, "r+"));
    assertThrows(ValueError.class, () -> Np.load(p, "x"));
    assertThrows(UncheckedIOException.class, () -> Np.load(dir.resolve("missing.npy")));
    Files.write(dir.resolve("empty.npy"), new byte[0]);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Np.load(dir.resolve("empty.npy")));
    assertInstanceOf(java.io.EOFException.class, e.getCause());
  }
}

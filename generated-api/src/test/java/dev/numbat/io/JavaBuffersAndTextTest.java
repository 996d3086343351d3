package dev.numbat.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.ValueError;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Java arrays and buffers in and out, and Python's %-formatting. Expected texts marked "Python"
 * are the outputs of CPython 3.11 / NumPy 1.24 for the expression in the comment.
 */
class JavaBuffersAndTextTest {

  @Test
  void wrapSharesTheJavaArray() {
    float[] f = {1, 2, 3, 4, 5, 6};
    NDArray x = Np.wrap(f, 2, 3);
    assertSame(f, x.data(), "zero-copy");
    assertEquals(DType.FLOAT32, x.dtype());
    assertArrayEquals(new int[] {2, 3}, x.shape());
    f[0] = 9; // the documented hazard: the caller must not do this
    assertEquals(9.0, (Double) x.item(0, 0));

    long[] bits = {-1L};
    NDArray u = Np.wrap(bits, new int[] {1}, DType.UINT64);
    assertSame(bits, u.data());
    assertEquals(-1L, u.item(0)); // uint64 max as its bits
    float[] pairs = {1, 2, 3, 4};
    NDArray c = Np.wrap(pairs, new int[] {2}, DType.COMPLEX64);
    assertSame(pairs, c.data());
    assertEquals(new dev.numbat.Complex(3, 4), c.item(1));

    NDArray b = Np.wrap(new boolean[] {true, false});
    assertEquals(DType.BOOL, b.dtype());
    assertThrows(ValueError.class, () -> Np.wrap(new double[5], 2, 3));
    assertArrayEquals(new int[] {3, 2}, Np.wrap(new int[6], -1, 2).shape());
    // A dtype of another storage type converts (as astype) into a copy.
    NDArray d = Np.wrap(new int[] {1, 2}, new int[] {2}, DType.FLOAT64);
    assertArrayEquals(new double[] {1, 2}, d.toDoubleArray());
  }

  @Test
  void wrapBuffers() {
    double[] backing = {0, 1, 2, 3, 4};
    DoubleBuffer db = DoubleBuffer.wrap(backing);
    db.position(1);
    NDArray x = Np.wrap(db, 2, 2);
    assertSame(backing, x.data(), "heap buffer: zero-copy from its position");
    assertArrayEquals(new double[] {1, 2, 3, 4}, x.toDoubleArray());
    NDArray ro = Np.wrap(DoubleBuffer.wrap(backing).asReadOnlyBuffer());
    assertNotSame(backing, ro.data(), "read-only buffer: copied");
    ByteBuffer be = ByteBuffer.allocateDirect(8).order(ByteOrder.BIG_ENDIAN);
    be.putInt(0, 1).putInt(4, -2);
    assertArrayEquals(new int[] {1, -2}, Np.wrap(be, new int[] {2}, DType.INT32).toIntArray());
  }

  @Test
  void buffersOut() {
    NDArray x = Np.wrap(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
    FloatBuffer fb = (FloatBuffer) x.toBuffer();
    assertTrue(fb.isReadOnly());
    assertEquals(6, fb.remaining());
    FloatBuffer t = (FloatBuffer) x.T().toBuffer();
    assertEquals(4f, t.get(1)); // x.T in C order: 1 4 2 5 3 6
    ShortBuffer h = (ShortBuffer) Np.ones(new int[] {2}, DType.FLOAT16).toBuffer();
    assertEquals((short) 0x3C00, h.get(0));
    ByteBuffer le = Np.asarray(new int[] {1}).toByteBuffer(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer big = Np.asarray(new int[] {1}).toByteBuffer(">");
    assertEquals(1, le.get(0));
    assertEquals(1, big.get(3));
    assertEquals(ByteOrder.BIG_ENDIAN, big.order());
    assertEquals(1, big.getInt(0));
  }

  @Test
  void frombufferAndTobytes() {
    byte[] raw = Np.asarray(new double[] {1.5, -2}).tobytes();
    assertEquals(16, raw.length);
    assertArrayEquals(new double[] {1.5, -2}, Np.frombuffer(raw).toDoubleArray());
    NDArray u8 = Np.frombuffer(raw, DType.UINT8, 4, 2);
    assertSame(raw, u8.data(), "1-byte dtypes view the bytes");
    assertEquals("offset must be non-negative and no greater than buffer length (16)",
        assertThrows(ValueError.class, () -> Np.frombuffer(raw, DType.UINT8, -1, 17)).getMessage());
    assertEquals("buffer size must be a multiple of element size",
        assertThrows(ValueError.class, () -> Np.frombuffer(raw, DType.FLOAT32, -1, 1)).getMessage());
    // Fortran order: np.array([[1, 2], [3, 4]], np.int8).tobytes('F') == b'\x01\x03\x02\x04'
    assertArrayEquals(new byte[] {1, 3, 2, 4}, Np.asarray(new byte[][] {{1, 2}, {3, 4}}).tobytes("F"));
  }

  private static String fmt(String f, Object... vals) {
    List<PyFormat.Value> l = new java.util.ArrayList<>();
    for (Object v : vals) {
      Object pv = v instanceof Integer i ? BigInteger.valueOf(i) : v;
      l.add(new PyFormat.Value(pv, v instanceof Double d
          ? dev.numbat.backend.cpu.FloatFormat.scalarStr(Double.doubleToRawLongBits(d), dev.numbat.backend.cpu.FloatFormat.F64)
          : String.valueOf(v)));
    }
    return PyFormat.format(f, l);
  }

  @Test
  void pythonPercentFormatting() {
    // Python: '%.18e' % 0.1, '%.18e' % 1e300
    assertEquals("1.000000000000000056e-01", fmt("%.18e", 0.1));
    assertEquals("1.000000000000000053e+300", fmt("%.18e", 1e300));
    // Python: '%10.4g|%-8.1f|%+.2e|%s' % (0.000123456, 2.25, -0.0, 1e16)
    assertEquals(" 0.0001235|2.2     |-0.00e+00|1e+16", fmt("%10.4g|%-8.1f|%+.2e|%s", 0.000123456, 2.25, -0.0, 1e16));
    // Python: '%05d %x %#o' % (-42, 255, 8)
    assertEquals("-0042 ff 0o10", fmt("%05d %x %#o", -42, 255, 8));
    assertEquals("nan inf", fmt("%.3f %e", Double.NaN, Double.POSITIVE_INFINITY));
    assertThrows(dev.numbat.errors.TypeError.class, () -> fmt("%f %f", 1.0));
    assertThrows(dev.numbat.errors.TypeError.class, () -> fmt("%f", 1.0, 2.0));
  }

  @Test
  void savetxtDefaultTextIsNumpys() {
    // NumPy 1.24: np.savetxt(s, np.array([[0.1, -2.5], [1e300, np.nan]]))
    String want = "1.000000000000000056e-01 -2.500000000000000000e+00\n1.000000000000000053e+300 nan\n";
    NDArray x = Np.asarray(new double[][] {{0.1, -2.5}, {1e300, Double.NaN}});
    assertEquals(want, TextIo.savetxt(x, "%.18e", " ", "\n", "", "", "# "));
    NDArray back = TextIo.loadtxt(want, DType.FLOAT64, "#", null, 0, null, false, 0, null);
    assertInstanceOf(NDArray.class, back);
    assertArrayEquals(new int[] {2, 2}, back.shape());
    assertEquals(0.1, back.toDoubleArray()[0]);
  }
}

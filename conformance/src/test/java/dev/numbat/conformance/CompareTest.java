package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.Scalars;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareTest {
  private static final Tolerance ELEMENTWISE = Tolerance.defaults(false);

  private static Py.Array f64(int[] shape, double... v) {
    ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double x : v) {
      b.putDouble(x);
    }
    return new Py.Array("float64", shape, b.array(), false);
  }

  private static Py.Array f32(int[] shape, float... v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : v) {
      b.putFloat(x);
    }
    return new Py.Array("float32", shape, b.array(), false);
  }

  @Test
  void closeIsAllcloseWithNanAndInf() {
    assertTrue(Compare.close(1.0, 1.0 + 1e-16, 1e-15, 1.0));
    assertFalse(Compare.close(1.0, 1.0 + 1e-14, 1e-15, 1.0));
    assertTrue(Compare.close(100.0, 100.0 + 1e-4, 1e-6, 100.0), "rtol scales with |want|");
    assertFalse(Compare.close(0.0, 2e-6, 1e-6, 0.0), "atol alone near zero");
    assertTrue(Compare.close(Double.NaN, Double.NaN, 0, 0));
    assertFalse(Compare.close(Double.NaN, 1.0, 1, 1));
    assertFalse(Compare.close(1.0, Double.NaN, 1, 1));
    assertTrue(Compare.close(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0));
    assertFalse(Compare.close(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, 1));
    assertFalse(Compare.close(Double.POSITIVE_INFINITY, 1e308, 1, 1));
    assertFalse(Compare.close(3.0, 3.0000001, 0, 3), "tol 0 is exact");
  }

  @Test
  void arrays() {
    NDArray x = new NDArray(DType.FLOAT64, new int[] {2}, new double[] {1.5, Double.NaN});
    assertNull(Compare.check(f64(new int[] {2}, 1.5, Double.NaN), x, ELEMENTWISE));
    assertNotNull(Compare.check(f64(new int[] {2}, 1.5, 2.0), x, ELEMENTWISE));
    assertTrue(Compare.check(f64(new int[] {1, 2}, 1.5, Double.NaN), x, ELEMENTWISE).startsWith("shape"));
    assertTrue(Compare.check(f32(new int[] {2}, 1.5f, Float.NaN), x, ELEMENTWISE).startsWith("dtype"));
    // float32 within its default 1e-6, but not within a tighter override
    NDArray y = new NDArray(DType.FLOAT32, new int[] {1}, new float[] {1.0000005f});
    assertNull(Compare.check(f32(new int[] {1}, 1.0f), y, ELEMENTWISE));
    assertNotNull(Compare.check(f32(new int[] {1}, 1.0f), y, Tolerance.of(false, Map.of("f32", "1e-8"))));
  }

  @Test
  void integersAreExact() {
    ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(-1L);
    Py.Array want = new Py.Array("uint64", new int[] {1}, b.array(), false);
    assertNull(Compare.check(want, new NDArray(DType.UINT64, new int[] {1}, new long[] {-1L}), ELEMENTWISE));
    String m = Compare.check(want, new NDArray(DType.UINT64, new int[] {1}, new long[] {-2L}), ELEMENTWISE);
    assertTrue(m.contains("18446744073709551615"), m);
  }

  @Test
  void complexComparesBothParts() {
    NDArray z = new NDArray(DType.COMPLEX128, new int[] {1}, new double[] {1.0, Double.NaN});
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1.0).putDouble(Double.NaN);
    assertNull(Compare.check(new Py.Array("complex128", new int[] {1}, b.array(), false), z, ELEMENTWISE));
    ByteBuffer c = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1.0).putDouble(2.0);
    assertNotNull(Compare.check(new Py.Array("complex128", new int[] {1}, c.array(), false), z, ELEMENTWISE));
  }

  @Test
  void pythonScalarsAndSequences() {
    NDArray t = new NDArray(DType.BOOL, new int[0], new byte[] {1});
    assertNull(Compare.check(Boolean.TRUE, t, ELEMENTWISE));
    assertNotNull(Compare.check(Boolean.FALSE, t, ELEMENTWISE));
    assertNotNull(Compare.check(1L, t, ELEMENTWISE), "a Python int is not a bool result");
    assertNull(Compare.check(2.5, Scalars.weak(2.5), ELEMENTWISE));
    assertNull(Compare.check(new Complex(1, 2), new Complex(1, 2), ELEMENTWISE));
    assertNull(Compare.check(new Py.Tuple(List.of(2L, 3L)), new int[] {2, 3}, ELEMENTWISE));
    assertNotNull(Compare.check(new Py.Tuple(List.of(2L, 3L)), new int[] {2}, ELEMENTWISE));
    NDArray a = new NDArray(DType.FLOAT64, new int[] {1}, new double[] {1.5});
    assertNull(Compare.check(List.of(f64(new int[] {1}, 1.5)), new Object[] {a}, ELEMENTWISE));
    assertNotNull(Compare.check(null, a, ELEMENTWISE));
  }

  /** Stands in for a Numbat info record. */
  public record Info(DType dtype, int bits, double smallestNormal, long max) {}

  @Test
  void objectsCompareAttributeWise() {
    ByteBuffer b = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(Float.floatToFloat16(6.104e-05f));
    Py.Array sn = new Py.Array("float16", new int[0], b.array(), true);
    Map<String, Object> attrs = new java.util.LinkedHashMap<>();
    attrs.put("bits", 16L);
    attrs.put("dtype", new Py.Name("float16"));
    attrs.put("smallest_normal", sn);
    attrs.put("max", new java.math.BigInteger("18446744073709551615"));
    attrs.put("kind", "f");
    Py.Obj want = new Py.Obj("finfo", "finfo(...)", attrs);
    assertNull(Compare.check(want, new Info(DType.FLOAT16, 16, 6.103515625e-05, -1L), ELEMENTWISE),
        "a string attribute Java lacks is ignored; uint64 max compares as bits");
    assertTrue(Compare.check(want, new Info(DType.FLOAT16, 32, 6.103515625e-05, -1L), ELEMENTWISE).contains("bits"));
    assertTrue(Compare.check(want, new Info(DType.FLOAT32, 16, 6.103515625e-05, -1L), ELEMENTWISE).contains("dtype"));
    attrs.put("tiny", sn);
    assertTrue(Compare.check(want, new Info(DType.FLOAT16, 16, 6.103515625e-05, -1L), ELEMENTWISE).contains("no tiny"));
  }

  @Test
  void tolerances() {
    Tolerance d = Tolerance.defaults(false);
    assertEquals(0, d.of("int32"));
    assertEquals(1e-3, d.of("float16"));
    assertEquals(1e-15, d.of("float64"));
    assertEquals(1e-5, Tolerance.defaults(true).of("float32"));
    Tolerance o = Tolerance.of(false, Map.of("float", "1e-4"));
    assertEquals(1e-4, o.of("float16"));
    assertEquals(1e-4, o.of("bfloat16"));
    assertEquals(1e-6, o.of("complex64"));
    assertEquals(2e-3, Tolerance.of(false, "2e-3").of("complex128"));
  }
}

package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.kernels.cpu.Half;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The NumPy worker itself: encoding both ways, exceptions, the bfloat16 rule. Needs NumPy (fails without). */
class WorkerTest {
  private static NumpyWorker w;

  @BeforeAll
  static void start() throws Exception {
    w = new NumpyWorker();
  }

  @AfterAll
  static void stop() {
    w.close();
  }

  private static NDArray bf16(float... v) {
    short[] s = new short[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = Half.floatToBf16(v[i]);
    }
    return new NDArray(DType.BFLOAT16, new int[] {v.length}, s);
  }

  private static NDArray f16(float... v) {
    short[] s = new short[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = Float.floatToFloat16(v[i]);
    }
    return new NDArray(DType.FLOAT16, new int[] {v.length}, s);
  }

  @Test
  void versionAndRoundTrip() throws Exception {
    assertTrue(w.version().contains("numpy="), w.version());
    NDArray x = new NDArray(DType.INT16, new int[] {2, 2}, new short[] {1, -2, 3, -4});
    Py.Array r = (Py.Array) w.call("lambda x: x", List.of(x), Map.of());
    assertEquals("int16", r.dtype());
    assertArrayEquals(new int[] {2, 2}, r.shape());
    assertNull(Compare.check(r, x, Tolerance.defaults(false)));
    Object t = w.call("lambda: (1, 2.5, True, None, 'a', 3+4j, [2**64])", List.of(), Map.of());
    java.util.List<Object> items = new java.util.ArrayList<>();
    items.add(1L);
    items.add(2.5);
    items.add(true);
    items.add(null);
    items.add("a");
    items.add(new dev.numbat.Complex(3, 4));
    items.add(List.of(java.math.BigInteger.ONE.shiftLeft(64)));
    assertEquals(new Py.Tuple(items), t);
  }

  @Test
  void scalarsStayZeroDimensional() throws Exception {
    Py.Array r = (Py.Array) w.call("numpy.sum", List.of(new NDArray(DType.FLOAT32, new int[] {3}, new float[] {1, 2, 3})), Map.of());
    assertEquals(0, r.shape().length);
    assertTrue(r.scalar());
    assertEquals("float32", r.dtype());
  }

  @Test
  void weakPromotionIsOn() throws Exception {
    NDArray i8 = new NDArray(DType.INT8, new int[] {1}, new byte[] {1});
    assertEquals("int8", ((Py.Array) w.call("numpy.add", List.of(i8, 300L - 299L), Map.of())).dtype());
    Py.Error e = (Py.Error) w.call("numpy.add", List.of(i8, 300L), Map.of());
    assertEquals("OverflowError", e.type());
  }

  @Test
  void exceptionsCarryTheirMro() throws Exception {
    NDArray x = new NDArray(DType.FLOAT64, new int[] {2}, new double[] {1, 2});
    Py.Error e = (Py.Error) w.call("numpy.sum", List.of(x), Map.of("axis", 3L));
    assertEquals("AxisError", e.type());
    assertTrue(e.mro().containsAll(List.of("AxisError", "ValueError", "IndexError")), e.mro().toString());
    assertTrue(e.message().contains("out of bounds"));
    Py.Error h = (Py.Error) w.call("numpy.no_such_function", List.of(), Map.of());
    assertTrue(h.harness(), "a broken reference is the spec's problem, named as such");
  }

  @Test
  void referenceIsNumpy2() throws Exception {
    // the worker refuses an older NumPy, so the report's header always names a NumPy 2 release
    assertTrue(w.version().matches("numbat-worker numpy=([2-9]|\\d\\d+)\\..*"), w.version());
    NDArray x = new NDArray(DType.FLOAT64, new int[] {1}, new double[] {0.5});
    Py.Array r = (Py.Array) w.call("numpy.acos", List.of(x), Map.of());
    // a NumPy 2 name; NumPy's SIMD acos may differ from Java's by an ulp on some CPUs
    assertEquals(Math.acos(0.5), (double) Compare.toArray(r).item(), 2 * Math.ulp(Math.acos(0.5)));
  }

  @Test
  void bfloat16Rule() throws Exception {
    // bfloat16 + bfloat16: float32 arithmetic rounded to bfloat16, reported as bfloat16
    Py.Array r = (Py.Array) w.call("numpy.add", List.of(bf16(1f), bf16(0.00390625f)), Map.of());
    assertEquals("bfloat16", r.dtype());
    assertEquals(1.0, Compare.toArray(r).item(), "1 + 2^-8 ties to even: 1");
    // bfloat16 + float16 promotes to float32
    assertEquals("float32", ((Py.Array) w.call("numpy.add", List.of(bf16(1f), f16(1f)), Map.of())).dtype());
    // bfloat16 + float32 is float32; bfloat16 + int8 is bfloat16; comparisons stay bool
    assertEquals("float32", ((Py.Array) w.call("numpy.add", List.of(bf16(1f),
        new NDArray(DType.FLOAT32, new int[] {1}, new float[] {1})), Map.of())).dtype());
    assertEquals("bfloat16", ((Py.Array) w.call("numpy.add", List.of(bf16(1f),
        new NDArray(DType.INT8, new int[] {1}, new byte[] {1})), Map.of())).dtype());
    assertEquals("bool", ((Py.Array) w.call("numpy.less", List.of(bf16(1f), bf16(2f)), Map.of())).dtype());
    // an explicit bfloat16 dtype wins even from float16 input
    Py.Array c = (Py.Array) w.call("numpy.asarray", List.of(f16(1.5f)), Map.of("dtype", DType.BFLOAT16));
    assertEquals("bfloat16", c.dtype());
    // a weak float meets a bfloat16 array as a bfloat16 (NEP 50): 4.6878... rounds to 4.6875
    Py.Array eq = (Py.Array) w.call("numpy.equal", List.of(bf16(4.6875f), 4.6878804648241825), Map.of());
    assertEquals(Boolean.TRUE, Compare.toArray(eq).item());
    // reductions: the float16-substituted run decides the dtype
    Py.Array s = (Py.Array) w.call("numpy.sum", List.of(bf16(1f, 2f, 3f)), Map.of());
    assertEquals("bfloat16", s.dtype());
    assertTrue(s.scalar());
    assertEquals("float64", ((Py.Array) w.call("numpy.sum", List.of(bf16(1f, 2f)), Map.of("dtype", DType.FLOAT64))).dtype());
    assertInstanceOf(Py.Array.class, w.call("numpy.sin", List.of(bf16(1f)), Map.of()));
  }

  @Test
  void bfloat16RuleEdges() throws Exception {
    // float_power's loop is float64: the weak float stays exact, the result is float64
    Py.Array p = (Py.Array) w.call("numpy.float_power", List.of(bf16(2f), 0.1), Map.of());
    assertEquals("float64", p.dtype());
    assertEquals(Math.pow(2, 0.1), Compare.toArray(p).item(0));
    // per item: a genuine float16 stays float16, the bfloat16 input's item is bfloat16
    List<?> l = (List<?>) w.call("lambda *xs: list(np.broadcast_arrays(*xs))", List.of(f16(1f), bf16(2f)), Map.of());
    assertEquals("float16", ((Py.Array) l.get(0)).dtype());
    assertEquals("bfloat16", ((Py.Array) l.get(1)).dtype());
    // dtype results are labelled too
    assertEquals(new Py.Name("bfloat16"), w.call("numpy.result_type",
        List.of(bf16(1f), new NDArray(DType.INT8, new int[] {1}, new byte[] {1})), Map.of()));
    assertEquals(new Py.Name("float32"), w.call("numpy.result_type", List.of(bf16(1f), f16(1f)), Map.of()));
    // bfloat16 data asked for as float16 stays float16
    assertEquals("float16", ((Py.Array) w.call("numpy.asarray", List.of(bf16(1.5f)), Map.of("dtype", DType.FLOAT16))).dtype());
  }
}

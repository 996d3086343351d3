package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.conformance.Inputs.Gen;
import dev.numbat.backend.cpu.Storage;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InputsTest {
  private static NDArray draw(String gen, DType d, int n) {
    return Inputs.array(Gen.parse(gen), d, new int[] {n}, new SplittableRandom(42), 1.25);
  }

  @Test
  void parse() {
    assertEquals(new Gen("uniform", -1.5, 1.5), Gen.parse("uniform(-1.5, 1.5)"));
    assertEquals(new Gen("int", 0, 10), Gen.parse("int(0, 10)"));
    assertEquals(Gen.DEFAULT, Gen.parse(null));
    assertThrows(IllegalArgumentException.class, () -> Gen.parse("gaussian"));
    assertThrows(IllegalArgumentException.class, () -> Gen.parse("uniform"));
    assertThrows(IllegalArgumentException.class, () -> Gen.parse("uniform(2, 1)"));
  }

  @Test
  void rangesAndCasts() {
    NDArray u = draw("uniform(-1.5, 1.5)", DType.FLOAT64, 200);
    for (int i = 0; i < 200; i++) {
      double v = Storage.getDouble(u.data(), u.dtype(), i);
      assertTrue(v >= -1.5 && v < 1.5, "uniform " + v);
    }
    NDArray k = draw("int(-3, 3)", DType.INT8, 200);
    for (int i = 0; i < 200; i++) {
      long v = Storage.getLong(k.data(), k.dtype(), i);
      assertTrue(v >= -3 && v < 3, "int " + v);
    }
    NDArray p = draw("positive", DType.FLOAT32, 200);
    NDArray nz = draw("nonzero", DType.INT16, 200);
    NDArray un = draw("default", DType.UINT8, 200);
    for (int i = 0; i < 200; i++) {
      assertTrue(Storage.getDouble(p.data(), p.dtype(), i) >= 1);
      assertTrue(Storage.getLong(nz.data(), nz.dtype(), i) != 0);
      assertTrue(Storage.getLong(un.data(), un.dtype(), i) >= 0);
    }
    NDArray h = draw("default", DType.FLOAT16, 50);
    for (int i = 0; i < 50; i++) {
      double v = Storage.getDouble(h.data(), h.dtype(), i);
      assertEquals(v, (double) Float.float16ToFloat(Float.floatToFloat16((float) v)), "float16 exact");
    }
  }

  @Test
  void specialGenerators() {
    NDArray q = draw("unique_int", DType.INT32, 24);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 24; i++) {
      seen.add(Storage.getLong(q.data(), q.dtype(), i));
    }
    assertEquals(24, seen.size());
    NDArray e = draw("some_equal", DType.FLOAT64, 100);
    int equal = 0;
    for (int i = 0; i < 100; i++) {
      equal += Storage.getDouble(e.data(), e.dtype(), i) == 1.25 ? 1 : 0;
    }
    assertTrue(equal > 25 && equal < 75, "about half equal the pool value: " + equal);
    NDArray nn = draw("some_inf_and_nan", DType.FLOAT32, 200);
    int nan = 0;
    int inf = 0;
    for (int i = 0; i < 200; i++) {
      double v = Storage.getDouble(nn.data(), nn.dtype(), i);
      nan += Double.isNaN(v) ? 1 : 0;
      inf += Double.isInfinite(v) ? 1 : 0;
    }
    assertTrue(nan > 5 && inf > 10, nan + " nan, " + inf + " inf");
    NDArray b = draw("bool", DType.FLOAT64, 50);
    for (int i = 0; i < 50; i++) {
      double v = Storage.getDouble(b.data(), b.dtype(), i);
      assertTrue(v == 0 || v == 1);
    }
  }

  @Test
  void weakScalars() {
    SplittableRandom r = new SplittableRandom(1);
    assertTrue(Inputs.weak(Gen.DEFAULT, 'f', r, 0) instanceof Double);
    assertTrue(Inputs.weak(Gen.DEFAULT, 'i', r, 0) instanceof Long);
    assertTrue(Inputs.weak(Gen.DEFAULT, 'b', r, 0) instanceof Boolean);
    assertTrue(Inputs.weak(Gen.DEFAULT, 'c', r, 0) instanceof dev.numbat.Complex);
    for (int i = 0; i < 50; i++) {
      assertTrue((Long) Inputs.weak(Gen.DEFAULT, 'u', r, 0) >= 0);
    }
  }
}

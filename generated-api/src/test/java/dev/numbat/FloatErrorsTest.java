package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.FloatingPointError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** NumPy 2.4's error states: each expectation is what NumPy 2.4.6 raised or reported for the same call. */
class FloatErrorsTest {
  private static final NDArray ONE = Np.asarray(new double[] {1.0});
  private static final NDArray ZERO = Np.asarray(new double[] {0.0});

  @Test
  void defaultsAreNumpys() {
    assertEquals(Map.of("divide", "warn", "over", "warn", "under", "ignore", "invalid", "warn"), Np.geterr());
  }

  @Test
  void raiseGivesFloatingPointErrorWithNumpysMessage() {
    try (var s = Np.errstate("all", "raise")) {
      raises("divide by zero encountered in divide", () -> Np.divide(ONE, 0));
      raises("invalid value encountered in divide", () -> Np.divide(ZERO, 0));
      raises("divide by zero encountered in log", () -> Np.log(ZERO));
      raises("invalid value encountered in sqrt", () -> Np.sqrt(Np.asarray(new double[] {-1})));
      raises("overflow encountered in exp", () -> Np.exp(Np.asarray(new float[] {1000f})));
      raises("underflow encountered in multiply", () -> Np.multiply(Np.asarray(new double[] {1e-300}), 1e-300));
      raises("divide by zero encountered in floor_divide", () -> Np.floorDivide(Np.asarray(new long[] {1, 2}), 0));
      raises("divide by zero encountered in remainder", () -> Np.remainder(Np.asarray(new long[] {1, 2}), 0));
      raises("invalid value encountered in subtract", () -> Np.subtract(Np.asarray(Double.POSITIVE_INFINITY), Double.POSITIVE_INFINITY));
      raises("invalid value encountered in multiply", () -> Np.multiply(Np.asarray(Double.POSITIVE_INFINITY), 0));
      raises("overflow encountered in add", () -> Np.add(Np.asarray(new float[] {3e38f}), Np.asarray(new float[] {3e38f})));
      // NaN in, NaN out: nothing to report
      assertTrue(Double.isNaN(Np.add(Np.asarray(Double.NaN), 1).doubleValue()));
    }
    assertEquals("warn", Np.geterr().get("divide"), "the scope restores the settings");
  }

  @Test
  void warnReportsOncePerCallSiteThroughTheHandler() {
    List<Warnings.Warning> seen = new ArrayList<>();
    var old = Warnings.setHandler(seen::add);
    try {
      Warnings.resetOnce();
      for (int i = 0; i < 3; i++) {
        Np.divide(ONE, 0); // one site
      }
      Np.divide(ONE, 0); // another site
      assertEquals(2, seen.size(), seen.toString());
      assertEquals("RuntimeWarning", seen.get(0).category());
      assertEquals("divide by zero encountered in divide", seen.get(0).message());
      assertTrue(seen.get(0).site().startsWith("dev.numbat.FloatErrorsTest.warnReportsOncePerCallSiteThroughTheHandler"),
          seen.get(0).site());
    } finally {
      Warnings.setHandler(old);
    }
  }

  @Test
  void callModeCallsTheHandlerWithNumpysTypeAndFlag() {
    List<String> calls = new ArrayList<>();
    try (var s = Np.errstate("all", "call")) {
      var old = Np.seterrcall((type, flag) -> calls.add(type + " " + flag));
      try {
        Np.divide(ONE, 0);
        Np.divide(ZERO, 0);
        Np.exp(Np.asarray(new double[] {1000}));
        Np.multiply(Np.asarray(new double[] {1e-300}), 1e-300);
      } finally {
        Np.seterrcall(old);
      }
    }
    assertEquals(List.of("divide by zero 1", "invalid value 8", "overflow 2", "underflow 4"), calls);
  }

  @Test
  void callModeWithoutAHandlerIsNumpysNameError() {
    try (var s = Np.errstate("divide", "call")) {
      var old = Np.seterrcall(null);
      try {
        var e = assertThrows(dev.numbat.errors.NameError.class, () -> Np.divide(ONE, 0));
        assertEquals("python callback specified for divide by zero (in  divide) but no function found.", e.getMessage());
      } finally {
        Np.seterrcall(old);
      }
    }
  }

  @Test
  void badSettingsGetNumpysErrors() {
    assertEquals("invalid error mode 'bogus'",
        assertThrows(ValueError.class, () -> Np.seterr(Map.of("divide", "bogus"))).getMessage());
    assertEquals("seterr() got an unexpected keyword argument 'foo'",
        assertThrows(TypeError.class, () -> Np.seterr(Map.of("foo", "raise"))).getMessage());
    assertEquals("errstate.__init__() got an unexpected keyword argument 'foo'",
        assertThrows(TypeError.class, () -> Np.errstate("foo", "raise")).getMessage());
  }

  @Test
  void settingsBelongToTheThread() throws Exception {
    try (var s = Np.errstate("divide", "raise")) {
      String[] other = new String[1];
      Thread t = new Thread(() -> other[0] = Np.geterr().get("divide"));
      t.start();
      t.join();
      assertEquals("warn", other[0]);
      assertEquals("raise", Np.geterr().get("divide"));
    }
  }

  @Test
  void ignoreSilencesAndSeterrReturnsTheOldSettings() {
    Map<String, String> old = Np.seterr("ignore");
    try {
      assertEquals("warn", old.get("divide"));
      assertTrue(Double.isInfinite(Np.divide(ONE, 0).toDoubleArray()[0]));
    } finally {
      Np.seterr(old);
    }
    assertEquals(Map.of("divide", "warn", "over", "warn", "under", "ignore", "invalid", "warn"), Np.geterr());
  }

  @Test
  void theOtherRuntimeWarningsUseTheSameChannelAndStates() {
    try (var s = Np.errstate("all", "raise")) {
      raises("invalid value encountered in scalar divide", () -> Np.mean(Np.zeros(0)));
      raises("invalid value encountered in divide", () -> Np.mean(Np.zeros(0, 3), 0));
      raises("divide by zero encountered in scalar divide", () -> Np.var(Np.asarray(new double[] {1, 2}), null, null, 2));
      raises("invalid value encountered in scalar divide", () -> Np.var(Np.asarray(new double[] {1}), null, null, 1));
    }
    List<String> seen = new ArrayList<>();
    var old = Warnings.setHandler(w -> seen.add(w.category() + ": " + w.message()));
    try (var s = Np.errstate("all", "ignore")) {
      Warnings.resetOnce();
      assertTrue(Double.isNaN(Np.mean(Np.zeros(0)).doubleValue()));
      assertTrue(Double.isNaN(Np.nanmax(Np.asarray(new double[] {Double.NaN})).doubleValue()));
      Np.var(Np.asarray(new double[] {1}), null, null, 1);
    } finally {
      Warnings.setHandler(old);
    }
    assertEquals(List.of("RuntimeWarning: Mean of empty slice", "RuntimeWarning: All-NaN slice encountered",
        "RuntimeWarning: Degrees of freedom <= 0 for slice"), seen);
  }

  @Test
  void readmeSnippetRaises() throws Exception {
    NDArray x = ONE;
    FloatingPointError e = assertThrows(FloatingPointError.class, () -> {
      try (var s = Np.errstate("divide", "raise")) {
        Np.divide(x, 0);
      }
    });
    assertEquals("divide by zero encountered in divide", e.getMessage());
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    assertTrue(readme.contains("try (var s = Np.errstate(\"divide\", \"raise\")) {\n  Np.divide(x, 0);"),
        "README no longer shows the errstate snippet");
  }

  @Test
  void tracingAndVectorizingReportNothingForTheirStandIns() {
    // abstract evaluation runs ops on stand-in zeros: 1 / (1 + 0) is fine, but 1 / stand-in is not the user's
    List<Warnings.Warning> seen = new ArrayList<>();
    var old = Warnings.setHandler(seen::add);
    try (var s = Np.errstate("all", "raise")) {
      Warnings.resetOnce();
      NDArray x = Np.asarray(new double[] {0.5, -2});
      var f = Np.function((NDArray y) -> Np.divide(1.0, Np.add(Np.mean(y), y)));
      assertEquals(2, f.apply(x).size());
      NDArray v = Np.vectorizedMap((NDArray y) -> Np.divide(1.0, Np.add(1.0, y)), x);
      assertEquals(2, v.size());
    } finally {
      Warnings.setHandler(old);
    }
    assertEquals(List.of(), seen);
  }

  @Test
  void largeResultsAreCheckedChunkByChunk() {
    // above the parallel threshold each chunk is checked as it is written: one bad element anywhere counts
    for (int at : new int[] {0, 100_000, 199_999}) {
      float[] v = new float[200_000];
      java.util.Arrays.fill(v, 1f);
      v[at] = 100f;
      NDArray x = Np.asarray(v);
      try (var s = Np.errstate("over", "raise")) {
        raises("overflow encountered in exp", () -> Np.exp(x));
        raises("overflow encountered in multiply", () -> Np.multiply(x, 1e37f));
      }
      assertEquals(200_000, Np.exp(Np.negative(x)).size());
    }
  }

  private static void raises(String message, Executable call) {
    assertEquals(message, assertThrows(FloatingPointError.class, call).getMessage());
  }
}

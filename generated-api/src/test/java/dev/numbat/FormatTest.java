package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.numbat.kernels.cpu.Half;
import dev.numbat.backend.cpu.FloatFormat;
import dev.numbat.backend.cpu.Format;
import dev.numbat.backend.cpu.Shapes;
import dev.numbat.backend.cpu.Storage;
import dev.numbat.backend.cpu.StridedWalk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * repr/str of arrays against the real NumPy (the reference interpreter with NumPy >= 2 that
 * {@code ./numbat test} found and passes as {@code -Dnumbat.python}), plus hand-checked expectations.
 */
class FormatTest {
  /** The launcher's reference interpreter ({@code ./numbat python} prints it); null when not started by it. */
  private static final String PYTHON = System.getProperty("numbat.python", System.getenv("NUMBAT_PYTHON"));

  // ---------------------------------------------------------------------------------------------
  // Hand-written expectations, checked in NumPy by hand (bfloat16: Numbat's own convention, since
  // NumPy has no bfloat16; ml_dtypes prints its values differently).

  @Test
  void seedGuideSlice() {
    // np.arange(24).reshape(2,3,4)[1, np.newaxis, 1:3, ...]: a view with offset 16
    long[] data = new long[24];
    for (int i = 0; i < 24; i++) {
      data[i] = i;
    }
    NDArray a = new NDArray(DType.INT64, new int[] {1, 2, 4}, new int[] {0, 4, 1}, 16, data, false);
    assertEquals("array([[[16, 17, 18, 19],\n        [20, 21, 22, 23]]])", a.toString());
    assertEquals("[[[16 17 18 19]\n  [20 21 22 23]]]", a.str());
  }

  @Test
  void dtypeSuffixes() {
    assertEquals("array([1, 2])", arr(DType.INT64, 1, 2).toString());
    assertEquals("array([1, 2], dtype=int8)", arr(DType.INT8, 1, 2).toString());
    assertEquals("array([1., 2.], dtype=float32)", arr(DType.FLOAT32, 1, 2).toString());
    assertEquals("array([1. , 2.5])", arr(DType.FLOAT64, 1, 2.5).toString());
    assertEquals("array([ True, False])", arr(DType.BOOL, 1, 0).toString());
    assertEquals("[ True False]", arr(DType.BOOL, 1, 0).str());
    assertEquals("array([], dtype=float64)", NDArray.allocate(DType.FLOAT64, new int[] {0}).toString());
    assertEquals("array([], dtype=int64)", NDArray.allocate(DType.INT64, new int[] {0}).toString());
    assertEquals("array([], shape=(0, 4), dtype=float64)",
        NDArray.allocate(DType.FLOAT64, new int[] {0, 4}).toString());
    assertEquals("[]", NDArray.allocate(DType.FLOAT64, new int[] {0, 4}).str());
    assertEquals("array(5)", scalar(DType.INT64, 5).toString());
    assertEquals("5", scalar(DType.INT64, 5).str());
    assertEquals("array(1.5, dtype=float32)", scalar(DType.FLOAT32, 1.5).toString());
    assertEquals("array(True)", scalar(DType.BOOL, 1).toString());
    assertEquals("array(1.)", scalar(DType.FLOAT64, 1).toString());
    assertEquals("1.0", scalar(DType.FLOAT64, 1).str());
  }

  @Test
  void floats() {
    assertEquals("array([0.1, 0.2, 0.3])", arr(DType.FLOAT64, 0.1, 0.2, 0.1 + 0.2).toString());
    assertEquals("array([1.e-05, 1.e+00])", arr(DType.FLOAT64, 1e-5, 1).toString());
    assertEquals("array([1.00000000e+00, 1.23456789e+10])", arr(DType.FLOAT64, 1, 12345678912.0).toString());
    assertEquals("array([ nan,  inf, -inf,   0.,  -0.])",
        arr(DType.FLOAT64, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0).toString());
    assertEquals("array([0.33333333, 1.        ])", arr(DType.FLOAT64, 1.0 / 3, 1).toString());
    assertEquals("array([0.1, 1. ], dtype=float16)", arr(DType.FLOAT16, 0.1, 1).toString());
    assertEquals("0.1", scalar(DType.FLOAT16, 0.1).str());
    assertEquals("1e+20", scalar(DType.FLOAT64, 1e20).str());
    assertEquals("1e-05", scalar(DType.FLOAT32, 1e-5).str());
  }

  @Test
  void complexAndUnsigned() {
    NDArray c = NDArray.allocate(DType.COMPLEX128, new int[] {2});
    Storage.setComplex(c.data(), DType.COMPLEX128, 0, 1, 2);
    Storage.setComplex(c.data(), DType.COMPLEX128, 1, 3, -4);
    assertEquals("array([1.+2.j, 3.-4.j])", c.toString());
    assertEquals("[1.+2.j 3.-4.j]", c.str());
    assertEquals("(1+2j)", new Complex(1, 2).toString());
    assertEquals("2j", new Complex(0, 2).toString());
    assertEquals("(-0-2.5j)", new Complex(-0.0, -2.5).toString());
    assertEquals("(nan+infj)", new Complex(Double.NaN, Double.POSITIVE_INFINITY).toString());
    NDArray u = new NDArray(DType.UINT64, new int[] {2}, new long[] {-1L, 5});
    assertEquals("array([18446744073709551615,                    5], dtype=uint64)", u.toString());
  }

  @Test
  void bfloat16() {
    // ml_dtypes' dtype name; values print like NumPy floats, shortest in bfloat16 precision.
    assertEquals("array([1., 2.], dtype=bfloat16)", arr(DType.BFLOAT16, 1, 2).toString());
    assertEquals("array([0.1 , 3.14], dtype=bfloat16)", arr(DType.BFLOAT16, 0.1, Math.PI).toString());
    assertEquals("0.1", scalar(DType.BFLOAT16, 0.1).str());
  }

  @Test
  void wrappingAndSummary() {
    NDArray a = NDArray.allocate(DType.INT64, new int[] {30});
    for (int i = 0; i < 30; i++) {
      Storage.setDouble(a.data(), DType.INT64, i, i);
    }
    assertEquals("array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n"
        + "       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29])", a.toString());
    NDArray big = NDArray.allocate(DType.INT64, new int[] {2000});
    for (int i = 0; i < 2000; i++) {
      Storage.setDouble(big.data(), DType.INT64, i, i);
    }
    // NumPy 2.2+ names the shape of a summarized array
    assertEquals("array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))", big.toString());
    assertEquals("[   0    1    2 ... 1997 1998 1999]", big.str());
  }

  private static NDArray arr(DType d, double... v) {
    NDArray a = NDArray.allocate(d, new int[] {v.length});
    for (int i = 0; i < v.length; i++) {
      Storage.setDouble(a.data(), d, i, v[i]);
    }
    return a;
  }

  private static NDArray scalar(DType d, double v) {
    NDArray a = NDArray.allocate(d, new int[0]);
    Storage.setDouble(a.data(), d, 0, v);
    return a;
  }

  // ---------------------------------------------------------------------------------------------
  // Differential test against NumPy.

  private static final String SCRIPT = """
      import sys
      import numpy as np
      UINT = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}
      out = []
      with open(sys.argv[1]) as f:
          for line in f:
              name, shape, hexes = line.rstrip("\\n").split("|")
              scalars = name.startswith("scalars:")
              if scalars:
                  name = name[len("scalars:"):]
              if name == "pycomplex":
                  re, im = (np.array([int(h, 16)], dtype=np.uint64).view(np.float64)[0] for h in hexes.split())
                  out.append(repr(complex(re, im)))
                  out.append(str(np.complex128(complex(re, im))))
                  continue
              dt = np.dtype(name)
              part = dt.itemsize // 2 if dt.kind == "c" else dt.itemsize
              if dt.kind == "b":
                  part = 1
              words = [int(h, 16) for h in hexes.split()] if hexes else []
              raw = np.array(words, dtype=UINT[part])
              a = raw.view(dt)
              shp = tuple(int(s) for s in shape.split(",")) if shape else ()
              a = a.reshape(shp)
              if scalars:
                  out.append("\\n".join(str(x) for x in a))
                  out.append("")
                  continue
              out.append(repr(a))
              out.append(str(a))
      with open(sys.argv[2], "w") as f:
          f.write("\\0".join(out))
      """;

  @Test
  void matchesNumpy() throws Exception {
    assertMatchesNumpy(generateCases(new Random(20240611)));
  }

  /**
   * Every float16 value: as a scalar str, inside 8-element arrays (each value once, shuffled) and a
   * sample as 0-d arrays. Dragon4 at half precision.
   */
  @Test
  void everyFloat16MatchesNumpy() throws Exception {
    short[] all = new short[65536];
    for (int b = 0; b < all.length; b++) {
      all[b] = (short) b;
    }
    NDArray flat = new NDArray(DType.FLOAT16, new int[] {all.length}, all);
    String expectedStrs = runNumpy(List.of("scalars:" + serialize(flat)))[0];
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      got.append(i == 0 ? "" : "\n").append(Format.scalarStr(DType.FLOAT16, all, i));
    }
    assertLinesEqual(expectedStrs, got.toString());

    Random rnd = new Random(7);
    short[] shuffled = all.clone();
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      short t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    List<NDArray> cases = new ArrayList<>();
    for (int k = 0; k < shuffled.length; k += 8) {
      cases.add(new NDArray(DType.FLOAT16, new int[] {8}, java.util.Arrays.copyOfRange(shuffled, k, k + 8)));
    }
    for (int k = 0; k < 2000; k++) {
      cases.add(new NDArray(DType.FLOAT16, new int[0], new short[] {shuffled[k]}));
    }
    assertMatchesNumpy(cases);
  }

  private static void assertLinesEqual(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    assertEquals(e.length, a.length, "line count");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < e.length; i++) {
      if (!e[i].equals(a[i])) {
        failures.add("line " + i + ": numpy " + e[i] + ", numbat " + a[i]);
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " mismatches:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }
  }

  /** Random float32/float64/complex bit patterns, and the notation-switch boundaries. */
  @Test
  void randomBitsAndBoundariesMatchNumpy() throws Exception {
    List<NDArray> cases = new ArrayList<>();
    Random rnd = new Random(11);
    for (int k = 0; k < 3000; k++) {
      cases.add(new NDArray(DType.FLOAT32, new int[0], new float[] {Float.intBitsToFloat(rnd.nextInt())}));
      cases.add(new NDArray(DType.FLOAT64, new int[0], new double[] {Double.longBitsToDouble(rnd.nextLong())}));
      // doubles of moderate magnitude, where positional printing and rounding at 8 digits happen
      cases.add(new NDArray(DType.FLOAT64, new int[0], new double[] {
          Double.longBitsToDouble((rnd.nextLong() & 0x800FFFFFFFFFFFFFL) | ((long) (1023 - 16 + rnd.nextInt(80)) << 52))}));
    }
    for (int k = 0; k < 600; k++) {
      int n = 1 + rnd.nextInt(5);
      float[] f = new float[n];
      double[] d = new double[n];
      double[] c = new double[2 * n];
      int e = rnd.nextInt(40) - 20;
      for (int i = 0; i < n; i++) {
        f[i] = Float.intBitsToFloat(rnd.nextInt());
        d[i] = Double.longBitsToDouble((rnd.nextLong() & 0x800FFFFFFFFFFFFFL)
            | ((long) (1023 + e + rnd.nextInt(12)) << 52));
        c[2 * i] = d[i];
        c[2 * i + 1] = rnd.nextBoolean() ? -d[i] / 3 : Double.longBitsToDouble(rnd.nextLong());
      }
      cases.add(new NDArray(DType.FLOAT32, new int[] {n}, f));
      cases.add(new NDArray(DType.FLOAT64, new int[] {n}, d));
      cases.add(new NDArray(DType.COMPLEX128, new int[] {n}, c));
      cases.add(new NDArray(DType.COMPLEX128, new int[0], new double[] {c[0], c[1]}));
      cases.add(new NDArray(DType.COMPLEX64, new int[0], new float[] {f[0], f[n - 1]}));
    }
    double[][] edges = {{1e-4, 1}, {0.99999e-4, 1}, {1e8, 1}, {99999999.99, 1}, {99999999, 1},
        {1, 1000}, {1, 1000.0000001}, {0.001, 1}, {1e16}, {9999999999999998.0}, {1e-4}, {9.9999e-5},
        {1001, 1.0009765625}, {2000, 1.999}, {123456.789, 100}, {12344, 100}, {0.5, 0.25, 0.125},
        {9.999999999, 1}, {0.999999995, 2}, {0.000123456785, 1}, {1.5e300, 1e-300}, {5e-324},
        {Double.MIN_NORMAL}, {-0.0}, {Double.NaN}, {Double.NEGATIVE_INFINITY, 1e-5},
        {Double.NaN, 1e10}, {Double.POSITIVE_INFINITY, Double.NaN}, {65504, 0.1}, {6.0e-8, 1}};
    DType[] fl = {DType.FLOAT16, DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64, DType.COMPLEX128};
    for (double[] v : edges) {
      for (DType d : fl) {
        NDArray a = NDArray.allocate(d, new int[] {v.length});
        NDArray s = NDArray.allocate(d, new int[0]);
        for (int i = 0; i < v.length; i++) {
          Storage.setComplex(a.data(), d, i, v[i], d.isComplex() ? -v[v.length - 1 - i] : 0);
        }
        Storage.setComplex(s.data(), d, 0, v[0], d.isComplex() ? v[v.length - 1] : 0);
        cases.add(a);
        cases.add(s);
      }
    }
    // line-width edges: the dtype suffix and the last element right at column 75
    for (DType d : new DType[] {DType.INT8, DType.INT16, DType.INT64, DType.UINT8, DType.BOOL, DType.FLOAT32}) {
      for (int n = 10; n <= 40; n++) {
        NDArray a = NDArray.allocate(d, new int[] {n});
        for (int i = 0; i < n; i++) {
          Storage.setDouble(a.data(), d, i, (i % 2 == 0 ? -100 : 100) + i);
        }
        cases.add(a);
        cases.add(new NDArray(d, new int[] {1, n}, a.data()));
      }
    }
    assertMatchesNumpy(cases);
  }

  /** Complex.toString against Python's complex repr and NumPy's complex128 str. */
  @Test
  void complexScalarMatchesPython() throws Exception {
    Random rnd = new Random(5);
    double[] special = {0.0, -0.0, 1.0, -2.5, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1e16, 9999999999999998.0, 1e-4, 9.999999999999999e-5, 1e300, 5e-324};
    List<String> lines = new ArrayList<>();
    List<Complex> values = new ArrayList<>();
    for (int k = 0; k < 600; k++) {
      double re = k < 169 ? special[k % 13] : rnd.nextBoolean() ? Double.longBitsToDouble(rnd.nextLong())
          : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
      double im = k < 169 ? special[k / 13] : rnd.nextBoolean() ? Double.longBitsToDouble(rnd.nextLong())
          : Math.rint(rnd.nextGaussian() * 100);
      values.add(new Complex(re, im));
      lines.add("pycomplex||" + Long.toHexString(Double.doubleToRawLongBits(re)) + " "
          + Long.toHexString(Double.doubleToRawLongBits(im)));
    }
    String[] expected = runNumpy(lines);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String got = values.get(i).toString();
      if (!got.equals(expected[2 * i]) || !got.equals(expected[2 * i + 1])) {
        failures.add(values.get(i).re() + ", " + values.get(i).im() + ": python " + expected[2 * i]
            + ", numpy " + expected[2 * i + 1] + ", numbat " + got);
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " mismatches:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }
  }

  private static void assertMatchesNumpy(List<NDArray> cases) throws Exception {
    List<String> lines = new ArrayList<>();
    for (NDArray a : cases) {
      lines.add(serialize(a));
    }
    String[] expected = runNumpy(lines);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      NDArray a = cases.get(i);
      String r = a.toString();
      String s = a.str();
      if (!r.equals(expected[2 * i])) {
        failures.add("case " + i + " repr\n  numpy:  " + expected[2 * i] + "\n  numbat: " + r);
      }
      if (!s.equals(expected[2 * i + 1])) {
        failures.add("case " + i + " str (" + expected[2 * i] + ")\n  numpy:  " + expected[2 * i + 1]
            + "\n  numbat: " + s);
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " mismatches of " + 2 * cases.size() + ":\n"
          + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }
  }

  /** Runs the NumPy script over the serialized cases; returns repr, str, repr, str, ... */
  private static String[] runNumpy(List<String> lines) throws Exception {
    Path dir = Files.createTempDirectory("numbat-format");
    Path script = dir.resolve("fmt.py");
    Path in = dir.resolve("cases.txt");
    Path out = dir.resolve("out.txt");
    try {
      Files.writeString(script, SCRIPT);
      Files.writeString(in, String.join("\n", lines) + "\n");
      runNumpy(script, in, out);
      String[] expected = Files.readString(out, StandardCharsets.UTF_8).split("\0", -1);
      assertEquals(2 * lines.size(), expected.length, "NumPy output count");
      return expected;
    } finally {
      for (Path p : new Path[] {script, in, out, dir}) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void runNumpy(Path script, Path in, Path out) throws IOException, InterruptedException {
    if (PYTHON == null || PYTHON.isBlank()) {
      fail("no reference interpreter: FormatTest compares with NumPy >= 2; run it through `./numbat test`, "
          + "or pass -Dnumbat.python=\"$(./numbat python)\"");
    }
    Process p = new ProcessBuilder(PYTHON, script.toString(), in.toString(), out.toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("NumPy reference run timed out");
    }
    if (p.exitValue() != 0) {
      if (log.contains("No module named 'numpy'")) {
        fail(PYTHON + " has no NumPy: FormatTest compares with NumPy >= 2; `./numbat python` finds or installs one");
      }
      fail("NumPy reference run failed:\n" + log);
    }
  }

  /** dtype|shape|raw bits of each element (both parts for complex) in logical C order, in hex. */
  private static String serialize(NDArray a) {
    DType d = a.dtype();
    StringBuilder b = new StringBuilder(d.name()).append('|');
    int[] shape = a.shapeRef();
    for (int i = 0; i < shape.length; i++) {
      b.append(i == 0 ? "" : ",").append(shape[i]);
    }
    b.append('|');
    StridedWalk w = new StridedWalk(shape, a.stridesRef(), a.offset());
    Object data = a.data();
    for (int k = 0; k < a.size(); k++) {
      int i = w.next();
      if (k > 0) {
        b.append(' ');
      }
      if (d.isInexact()) {
        b.append(Long.toHexString(FloatFormat.bits(data, d, i, false)));
        if (d.isComplex()) {
          b.append(' ').append(Long.toHexString(FloatFormat.bits(data, d, i, true)));
        }
      } else {
        long v = Storage.getLong(data, d, i);
        long mask = d.itemsize() == 8 ? -1L : (1L << (8 * d.itemsize())) - 1;
        b.append(Long.toHexString(v & mask));
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Case generation.

  private static final int[][] SHAPES = {
      {}, {0}, {1}, {2}, {5}, {9}, {0, 4}, {2, 0, 3}, {3, 4}, {2, 3, 4}, {1, 1, 1}, {4, 1}, {12},
      {25}, {3, 40}, {2, 2, 2, 2}, {7, 3}, {60}};
  private static final int[][] BIG_SHAPES = {{1001}, {2000}, {2, 600}, {30, 40, 2}, {11, 10, 10}, {1, 1200}};

  private static List<NDArray> generateCases(Random rnd) {
    List<NDArray> cases = new ArrayList<>();
    DType[] dtypes = {DType.BOOL, DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8,
        DType.UINT16, DType.UINT32, DType.UINT64, DType.FLOAT16, DType.FLOAT32, DType.FLOAT64,
        DType.COMPLEX64, DType.COMPLEX128};
    int gens = Gen.values().length;
    for (DType d : dtypes) {
      for (int[] shape : SHAPES) {
        int reps = d.isInexact() ? 3 : 1;
        for (int r = 0; r < reps; r++) {
          cases.add(make(d, shape, Gen.values()[rnd.nextInt(gens)], rnd));
        }
      }
      for (int[] shape : BIG_SHAPES) {
        cases.add(make(d, shape, Gen.values()[rnd.nextInt(gens)], rnd));
      }
      if (d.isInexact()) {
        // every generator on a small vector and as 0-d scalars (str of 0-d = scalar str)
        for (Gen g : Gen.values()) {
          cases.add(make(d, new int[] {6}, g, rnd));
          cases.add(make(d, new int[] {}, g, rnd));
          cases.add(make(d, new int[] {}, g, rnd));
        }
      }
      // views: transposed, reversed, stepped
      cases.add(make(d, new int[] {4, 6}, Gen.values()[rnd.nextInt(gens)], rnd).T());
      cases.add(reversed(make(d, new int[] {13}, Gen.values()[rnd.nextInt(gens)], rnd)));
      cases.add(stepped(make(d, new int[] {3, 20}, Gen.values()[rnd.nextInt(gens)], rnd)));
    }
    return cases;
  }

  private static NDArray reversed(NDArray a) {
    int n = a.shape(0);
    return new NDArray(a.dtype(), new int[] {n}, new int[] {-1}, n - 1, a.data(), false);
  }

  private static NDArray stepped(NDArray a) {
    int[] s = a.shapeRef();
    return new NDArray(a.dtype(), new int[] {s[0], s[1] / 2}, new int[] {s[1], 2}, 1, a.data(), false);
  }

  private enum Gen { SMALL_INT, NORMAL, WIDE, TINY, HUGE, SPECIAL, RANDOM_BITS, DECIMALS, ROUNDING, MIXED }

  private static NDArray make(DType d, int[] shape, Gen g, Random rnd) {
    NDArray a = NDArray.allocate(d, shape);
    int n = Shapes.size(shape);
    Object data = a.data();
    for (int i = 0; i < n; i++) {
      if (d.isBool()) {
        Storage.setLong(data, d, i, rnd.nextInt(2), false);
      } else if (d.isInteger()) {
        long v = switch (g) {
          case SMALL_INT, DECIMALS -> rnd.nextInt(21) - 10;
          case NORMAL, ROUNDING -> rnd.nextInt(2001) - 1000;
          case SPECIAL -> rnd.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
          default -> rnd.nextLong();
        };
        if (d.isUnsigned() && g == Gen.SMALL_INT) {
          v = Math.abs(v);
        }
        Storage.setLong(data, d, i, v, false);
      } else if (d.isComplex()) {
        Gen g2 = rnd.nextInt(3) == 0 ? Gen.values()[rnd.nextInt(Gen.values().length)] : g;
        Storage.setComplex(data, d, i, value(g, d, rnd), value(g2, d, rnd));
      } else if (g == Gen.RANDOM_BITS) {
        setBits(data, d, i, rnd.nextLong());
      } else {
        Storage.setDouble(data, d, i, value(g, d, rnd));
      }
    }
    return a;
  }

  private static void setBits(Object data, DType d, int i, long bits) {
    switch (d.ordinal()) {
      case 9, 10 -> ((short[]) data)[i] = (short) bits;
      case 11 -> ((float[]) data)[i] = Float.intBitsToFloat((int) bits);
      default -> ((double[]) data)[i] = Double.longBitsToDouble(bits);
    }
  }

  private static final double[] SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, -1.0, 0.5, 1e-300, 5e-324, Double.MAX_VALUE,
      65504, 6.1e-5, 6e-8, 3.4028235e38, 1.4e-45};

  private static double value(Gen g, DType d, Random rnd) {
    return switch (g) {
      case SMALL_INT -> rnd.nextInt(21) - 10;
      case NORMAL -> rnd.nextGaussian();
      case WIDE -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(9) - 3);
      case TINY -> rnd.nextGaussian() * Math.pow(10, -rnd.nextInt(12) - 4);
      case HUGE -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) + 7);
      case SPECIAL -> SPECIALS[rnd.nextInt(SPECIALS.length)];
      case RANDOM_BITS -> {
        long bits = rnd.nextLong();
        yield d.realType() == DType.FLOAT32 ? Float.intBitsToFloat((int) bits)
            : d.realType() == DType.FLOAT16 ? Half.f16ToFloat((short) bits) : Double.longBitsToDouble(bits);
      }
      case DECIMALS -> (rnd.nextInt(20001) - 10000) / Math.pow(10, rnd.nextInt(5));
      case ROUNDING -> {
        double[] r = {0.999999999, 9.9999999995, 0.123456785, 0.5, 1.000000005, 99999999.9,
            123456.7890123, 1.0 / 3, 2.0 / 3, 0.00011, 999.9999999, 1e-4, 1e8, 0.0001000001};
        yield r[rnd.nextInt(r.length)] * (rnd.nextBoolean() ? 1 : -1);
      }
      case MIXED -> {
        double[] r = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 0.0};
        yield rnd.nextInt(4) == 0 ? r[rnd.nextInt(r.length)] : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(7) - 3);
      }
    };
  }
}
